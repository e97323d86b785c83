package se.klockan.web;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * An answer that has a plain-text form beside its JSON, written by {@link TextFormConverter}
 * when {@code text/plain} is what the request gets: WorldTimeAPI's {@code .txt} answers.
 */
public interface TextForm {

	/** The text, ending with a line break. */
	String text();

	/** Its character set: UTF-8 unless a client's parser needs less. */
	default Charset charset() {
		return StandardCharsets.UTF_8;
	}

}
