package se.klockan.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses a path with a {@code %} that doesn't start a two-digit hex escape. Tomcat lets one
 * through in a path parameter ({@code /time;%}), which it never decodes; Spring MVC decodes the
 * last segment when it writes any answer body (its check against reflected file downloads) and
 * fails there with a 500.
 */
class PercentEncodingFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!isPercentEncoded(((HttpServletRequest) request).getRequestURI())) {
			request.setAttribute(ErrorResponses.DETAIL, "The path has a % that is not followed by two hex digits.");
			((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
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

}
