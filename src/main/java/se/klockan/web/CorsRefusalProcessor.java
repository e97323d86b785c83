package se.klockan.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.DefaultCorsProcessor;

/**
 * Spring's CORS processing, with its refusals (a method other than GET or HEAD, an origin that
 * can't be read) answered as every other error is: a 403 in the client's format with our
 * headers, through the error page, rather than a bare "Invalid CORS request".
 */
class CorsRefusalProcessor extends DefaultCorsProcessor {

	@Override
	public boolean processRequest(CorsConfiguration config, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		boolean allowed = super.processRequest(config, request, response);
		if (!allowed) {
			request.setAttribute(ErrorResponses.DETAIL,
					"Requests from pages of other origins must be GET or HEAD, with an Origin that can be read.");
			response.sendError(HttpServletResponse.SC_FORBIDDEN);
		}
		return allowed;
	}

	/** Answered in {@link #processRequest}. */
	@Override
	protected void rejectRequest(ServerHttpResponse response) {
	}

}
