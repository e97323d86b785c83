package se.klockan.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;

import se.klockan.web.TextForm;

/**
 * WorldTimeAPI's error: {@code {"error":"unknown location"}}, or as text
 * {@code error: unknown location}; an ambiguous name also lists candidates.
 *
 * @param error what is wrong
 * @param candidates for an ambiguous name, some zones it fits (none: left out)
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
record WorldTimeApiError(String error, List<String> candidates) implements TextForm {

	@Override
	public String text() {
		return "error: " + this.error + (this.candidates.isEmpty() ? "" : ": " + String.join(" ", this.candidates))
				+ "\n";
	}

}
