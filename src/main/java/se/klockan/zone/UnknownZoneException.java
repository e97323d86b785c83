package se.klockan.zone;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A zone id that names no zone: the client's mistake, a 400 that says where the zones are listed. */
public class UnknownZoneException extends ErrorResponseException {

	/** How much of a client's value an answer repeats. */
	private static final int ECHO_LIMIT = 64;

	public UnknownZoneException(String id) {
		super(HttpStatus.BAD_REQUEST, problem(id), null);
	}

	private static ProblemDetail problem(String id) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Unknown time zone '" + shown(id) + "'. GET /api/timezone lists the zones.");
		problem.setTitle("Unknown time zone");
		return problem;
	}

	/**
	 * The start of the client's value, with characters that could break a line, a terminal or the
	 * reading order (controls, line separators, format characters, lone surrogates) written as
	 * a backslash, "u" and four hex digits, so that no format, not even plain text, carries them raw.
	 */
	public static String shown(String id) {
		StringBuilder shown = new StringBuilder();
		id.codePoints().limit(ECHO_LIMIT).forEach((c) -> {
			switch (Character.getType(c)) {
				case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
						Character.SURROGATE, Character.UNASSIGNED ->
					shown.append(String.format("\\u%04X", c));
				default -> shown.appendCodePoint(c);
			}
		});
		return (id.codePoints().count() > ECHO_LIMIT) ? shown.append('…').toString() : shown.toString();
	}

}
