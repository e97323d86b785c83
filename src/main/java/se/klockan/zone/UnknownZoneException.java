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
		String shown = (id.length() > ECHO_LIMIT) ? id.substring(0, ECHO_LIMIT) + "…" : id;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"Unknown time zone '" + shown + "'. GET /api/timezone lists the zones.");
		problem.setTitle("Unknown time zone");
		return problem;
	}

}
