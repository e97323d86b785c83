package se.klockan.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * A {@code Content-Length} that is not a number of bytes ({@code -1}, {@code 5x}), or two of them,
 * gets a 400 in the client's format, as RFC 9112 asks. Tomcat accepts such a header and fails only when
 * something reads it (the server's {@code UnreadBodies} does, after every request), with a
 * stack trace.
 */
public class BodyLengthFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (contentLength(request) == UNREADABLE) {
			request.setAttribute(ErrorResponses.DETAIL, "Content-Length is not a number of bytes.");
			((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	/** What {@link #contentLength} says of a length that can't be read. */
	public static final long UNREADABLE = -2;

	/**
	 * The request's {@code Content-Length}: -1 without one, {@link #UNREADABLE} when it is not a
	 * number or there are two. {@code UnreadBodies} asks too.
	 */
	public static long contentLength(ServletRequest request) {
		try {
			return request.getContentLengthLong();
		}
		catch (IllegalArgumentException ex) {
			return UNREADABLE;
		}
	}

}
