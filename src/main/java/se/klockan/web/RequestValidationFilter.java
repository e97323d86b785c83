package se.klockan.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses, with a 400 in the client's format, what Tomcat lets through but nothing after it
 * should see. Its own checks, then the features' ({@link RequestCheck} beans):
 * <ul>
 * <li>a path with a {@code %} that doesn't start a two-digit hex escape: Tomcat lets one through in
 * a path parameter ({@code /time;%}), and Spring MVC, decoding the last segment when it writes any
 * answer (its check against reflected file downloads), fails there with a 500;
 * <li>a {@code Content-Length} that is not a number of bytes ({@code -1}, {@code 5x}), or two of
 * them, as RFC 9112 asks: Tomcat fails only when something reads it (the server's unread-body
 * valve does, after every request), with a stack trace.
 * </ul>
 */
public class RequestValidationFilter implements Filter {

	/** What {@link #contentLength} says of a length that can't be read. */
	public static final long UNREADABLE = -2;

	private final List<RequestCheck> checks;

	RequestValidationFilter(List<RequestCheck> features) {
		List<RequestCheck> checks = new ArrayList<>();
		checks.add((request) -> isPercentEncoded(request.getRequestURI()) ? null
				: "The path has a % that is not followed by two hex digits.");
		checks.add((request) -> (contentLength(request) != UNREADABLE) ? null : "Content-Length is not a number of bytes.");
		checks.addAll(features);
		this.checks = List.copyOf(checks);
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		for (RequestCheck check : this.checks) {
			String refusal = check.refusal(http);
			if (refusal != null) {
				request.setAttribute(ErrorResponses.DETAIL, refusal);
				((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	static boolean isPercentEncoded(String path) {
		for (int i = path.indexOf('%'); i >= 0; i = path.indexOf('%', i + 1)) {
			if (i + 2 >= path.length() || Character.digit(path.charAt(i + 1), 16) < 0
					|| Character.digit(path.charAt(i + 2), 16) < 0) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The request's {@code Content-Length}: -1 without one, {@link #UNREADABLE} when it is not a
	 * number or there are two. The server's unread-body valve asks too.
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
