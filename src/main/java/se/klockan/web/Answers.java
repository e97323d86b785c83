package se.klockan.web;

import java.nio.charset.StandardCharsets;

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

	/** The {@code .txt} forms' type. */
	public static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private Answers() {
	}

	/** {@code body} as JSON, with {@code status}. */
	public static Object json(HttpServletResponse response, HttpStatus status, Object body) {
		return answer(response, status, MediaType.APPLICATION_JSON, body);
	}

	/**
	 * WorldTimeAPI's error: {@code {"error":"unknown location"}}, or with {@code text}
	 * {@code error: unknown location} on a line.
	 */
	public static Object worldTimeApiError(HttpServletResponse response, HttpStatus status, String message,
			boolean text) {
		return text ? answer(response, status, TEXT, "error: " + message + "\n")
				: json(response, status, new WorldTimeApiError(message));
	}

	/** WorldTimeAPI's error body. */
	public record WorldTimeApiError(String error) {
	}

	/** {@code body}, of {@code type}, with {@code status}. */
	public static <T> T answer(HttpServletResponse response, HttpStatus status, MediaType type, T body) {
		response.setStatus(status.value());
		response.setContentType(type.toString());
		return body;
	}

}
