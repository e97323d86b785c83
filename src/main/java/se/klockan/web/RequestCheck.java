package se.klockan.web;

import jakarta.servlet.http.HttpServletRequest;

/**
 * One reason to refuse a request before any handler sees it, for {@link RequestValidationFilter}:
 * a feature adds its own as a bean.
 */
@FunctionalInterface
public interface RequestCheck {

	/** Why the request gets a 400 (said in the answer), or null when this check lets it through. */
	String refusal(HttpServletRequest request);

}
