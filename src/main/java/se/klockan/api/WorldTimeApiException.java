package se.klockan.api;

import java.util.List;

import org.springframework.http.HttpStatus;

/**
 * A request WorldTimeAPI answers with its error shape ({@link WorldTimeApiError}): 404
 * {@code unknown location}, or 400 for what is not a point, a name or a query.
 */
class WorldTimeApiException extends RuntimeException {

	private final HttpStatus status;

	private final List<String> candidates;

	private WorldTimeApiException(HttpStatus status, String message, List<String> candidates) {
		super(message, null, false, false);
		this.status = status;
		this.candidates = candidates;
	}

	static WorldTimeApiException unknownLocation() {
		return new WorldTimeApiException(HttpStatus.NOT_FOUND, "unknown location", List.of());
	}

	static WorldTimeApiException badRequest(String message) {
		return new WorldTimeApiException(HttpStatus.BAD_REQUEST, message, List.of());
	}

	/** A name that fits several zones: a 400 that lists some of them. */
	static WorldTimeApiException ambiguous(String message, List<String> candidates) {
		return new WorldTimeApiException(HttpStatus.BAD_REQUEST, message, List.copyOf(candidates));
	}

	HttpStatus status() {
		return this.status;
	}

	List<String> candidates() {
		return this.candidates;
	}

}
