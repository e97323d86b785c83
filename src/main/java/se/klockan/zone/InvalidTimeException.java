package se.klockan.zone;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/**
 * An instant, a local time, an interval or an option the client wrote that isn't one Klockan
 * takes, or a local time it asked to reject: a 400 whose detail says what is accepted.
 */
public class InvalidTimeException extends ErrorResponseException {

	public InvalidTimeException(String detail) {
		super(HttpStatus.BAD_REQUEST, problem(detail), null);
	}

	private static ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, detail);
		problem.setTitle("Invalid time");
		return problem;
	}

	/** What the client should know, in one line. */
	public String detail() {
		return getBody().getDetail();
	}

}
