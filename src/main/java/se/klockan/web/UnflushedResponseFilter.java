package se.klockan.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Lets Tomcat send a {@code Content-Length} for every answer, also those written by code that
 * flushes before it is done (Spring MVC does for every {@code ResponseEntity}, as handlers, error
 * answers and Actuator's endpoints return): a flush commits the headers, and the body then goes
 * out chunked, which small HTTP stacks on devices can't read. Ignoring it keeps a small body in
 * Tomcat's buffer until the request ends, when Tomcat knows its length; a body larger than the
 * buffer still goes out as it fills.
 */
class UnflushedResponseFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		chain.doFilter(request, new HttpServletResponseWrapper((HttpServletResponse) response) {

			@Override
			public void flushBuffer() {
			}

		});
	}

}
