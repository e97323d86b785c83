package se.klockan.web;

import java.util.Comparator;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;

/** The form a client wants its answers in, read from its {@code Accept} header. */
public enum ClientFormat {

	/** RFC 9457 problem JSON, or plain JSON: the default for APIs and anything unclear. */
	JSON(MediaType.APPLICATION_JSON, MediaType.APPLICATION_PROBLEM_JSON),

	/** One line of text. */
	TEXT(MediaType.TEXT_PLAIN),

	/** A page for a person. */
	HTML(MediaType.TEXT_HTML);

	private final List<MediaType> types;

	ClientFormat(MediaType... types) {
		this.types = List.of(types);
	}

	/**
	 * The format of the client's most preferred type that we can write, JSON when it names none
	 * (or its header can't be parsed).
	 */
	public static ClientFormat of(HttpServletRequest request) {
		List<MediaType> accepted;
		try {
			accepted = MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT));
		}
		catch (InvalidMediaTypeException ex) {
			return JSON;
		}
		accepted.sort(Comparator.comparingDouble(MediaType::getQualityValue).reversed());
		for (MediaType type : accepted) {
			if (type.getQualityValue() <= 0) {
				continue;
			}
			for (ClientFormat format : values()) {
				if (format.types.stream().anyMatch(type::includes)) {
					return format;
				}
			}
		}
		return JSON;
	}

}
