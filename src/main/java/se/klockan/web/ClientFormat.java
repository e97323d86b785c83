package se.klockan.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;

/**
 * The forms Klockan answers in, and which one a client gets: the one place that reads
 * {@code Accept}, by RFC 9110's rules ({@link AcceptHeader}). Handlers that negotiate name the
 * formats they offer, set no {@code produces} (so Spring MVC's own matching never disagrees with
 * this) and answer with the type chosen here.
 */
public enum ClientFormat {

	/** JSON: the default for APIs and for clients that say nothing. */
	JSON(MediaType.APPLICATION_JSON),

	/** One line of text. */
	TEXT(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8)),

	/** A page for a person. */
	HTML(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));

	private final MediaType type;

	private final HttpHeaders headers;

	ClientFormat(MediaType type) {
		this.type = type;
		HttpHeaders headers = new HttpHeaders();
		headers.setContentType(type);
		this.headers = HttpHeaders.readOnlyHttpHeaders(headers);
	}

	/** An answer in this format, made without building its headers again on every request. */
	public <T> ResponseEntity<T> answer(T body) {
		return new ResponseEntity<>(body, this.headers, HttpStatus.OK);
	}

	/** The media type of an answer in this format. */
	public MediaType type() {
		return this.type;
	}

	/**
	 * The format of {@code offered} (in our order of preference, the first the default) that the
	 * client prefers.
	 * @throws HttpMediaTypeNotAcceptableException if it accepts none of them: a 406 that lists them
	 */
	public static ClientFormat negotiate(HttpServletRequest request, List<ClientFormat> offered)
			throws HttpMediaTypeNotAcceptableException {
		AcceptHeader accept = AcceptHeader.of(request);
		if (accept.acceptsAnything()) {
			return offered.get(0);
		}
		List<MediaType> types = new ArrayList<>(offered.size());
		for (ClientFormat format : offered) {
			types.add(format.type);
		}
		int chosen = accept.choose(types);
		if (chosen < 0) {
			throw new HttpMediaTypeNotAcceptableException(types);
		}
		return offered.get(chosen);
	}

}
