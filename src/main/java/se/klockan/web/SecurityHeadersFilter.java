package se.klockan.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;

/**
 * Headers that keep browsers from misreading what we send: no content sniffing, no referrer
 * leaking to other sites, and for pages a Content-Security-Policy that allows only our own
 * scripts, styles, requests and forms (the clock page's search). The policy goes only to clients that accept HTML, the only ones
 * that get pages, so API answers stay small.
 */
class SecurityHeadersFilter implements Filter {

	static final String CONTENT_SECURITY_POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		addHeaders((HttpServletRequest) request, (HttpServletResponse) response);
		chain.doFilter(request, response);
	}

	static void addHeaders(HttpServletRequest request, HttpServletResponse response) {
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("Referrer-Policy", "no-referrer");
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		if (accept != null && accept.contains("text/html")) {
			response.setHeader("Content-Security-Policy", CONTENT_SECURITY_POLICY);
		}
	}

}
