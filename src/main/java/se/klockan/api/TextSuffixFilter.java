package se.klockan.api;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * Chooses the form of a WorldTimeAPI request ({@link ApiFormat}) from its path, sets it as the
 * answer's type, and shows the rest
 * of the app the path without {@code .txt}: {@code /api/ip/81.2.69.160.txt} routes as
 * {@code /api/ip/81.2.69.160}, so no handler sees the suffix.
 */
class TextSuffixFilter implements Filter {

	private static final String TXT = ".txt";

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		boolean text = http.getRequestURI().endsWith(TXT);
		ApiFormat format = text ? ApiFormat.TEXT : ApiFormat.JSON;
		request.setAttribute(ApiFormat.ATTRIBUTE, format);
		// The type set now is the type Spring MVC writes: it negotiates no further.
		response.setContentType(format.contentType());
		chain.doFilter(text ? new WithoutSuffix(http) : request, response);
	}

	private static final class WithoutSuffix extends HttpServletRequestWrapper {

		WithoutSuffix(HttpServletRequest request) {
			super(request);
		}

		@Override
		public String getRequestURI() {
			return strip(super.getRequestURI());
		}

		@Override
		public StringBuffer getRequestURL() {
			StringBuffer url = super.getRequestURL();
			return new StringBuffer(strip(url.toString()));
		}

		@Override
		public String getServletPath() {
			return strip(super.getServletPath());
		}

		private static String strip(String path) {
			return path.endsWith(TXT) ? path.substring(0, path.length() - TXT.length()) : path;
		}

	}

}
