package se.klockan.place;

import se.klockan.zone.UnknownZoneException;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;

/** A name that names no place we know: a 404 that says where places are searched. */
public class UnknownPlaceException extends ErrorResponseException {

	public UnknownPlaceException(String name) {
		super(HttpStatus.NOT_FOUND, problem(name), null);
	}

	private static ProblemDetail problem(String name) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND,
				"No place called '" + UnknownZoneException.shown(name) + "' is known. GET /api/place?q=... searches them.");
		problem.setTitle("Unknown place");
		return problem;
	}

}
