package se.klockan.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

/**
 * Answers for Spring MVC handlers to return: the status and type set on the response, the body
 * returned for Spring MVC's converters to write. Tomcat then sends the body with a
 * {@code Content-Length}, which small HTTP stacks on devices read up to; a {@code ResponseEntity}
 * flushes the response before the request ends, and so goes out chunked.
 */
public final class Answers {

	private Answers() {
	}

	/** {@code body} as JSON, with {@code status}. */
	public static Object json(HttpServletResponse response, HttpStatus status, Object body) {
		return answer(response, status, MediaType.APPLICATION_JSON, body);
	}

	/** {@code body}, of {@code type}, with {@code status}. */
	public static <T> T answer(HttpServletResponse response, HttpStatus status, MediaType type, T body) {
		response.setStatus(status.value());
		response.setContentType(type.toString());
		return body;
	}

}
