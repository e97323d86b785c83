package se.klockan.web;

import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.http.HttpHeaders;

/**
 * Shows Actuator's endpoints only the {@code Accept} ranges that follow the grammar and could
 * match an answer, as one header: its reader, less forgiving than {@link AcceptHeader}, answers
 * 500 to an empty element ({@code a/b,,a/b}), and its JSON writer to a charset JSON is never
 * written in ({@code application/json;charset=iso-8859-1}). Every other path reads the header
 * through {@link AcceptHeader}.
 */
class AcceptFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		HttpServletRequest http = (HttpServletRequest) request;
		String raw = AcceptHeader.value(http);
		String wellFormed = AcceptHeader.of(http).wellFormed();
		if (!Objects.equals(raw, wellFormed) && !(wellFormed == null && "*/*".equals(raw))) {
			request = new WellFormedAccept(http, wellFormed);
		}
		chain.doFilter(request, response);
	}

	private static final class WellFormedAccept extends HttpServletRequestWrapper {

		private final String accept;

		WellFormedAccept(HttpServletRequest request, String accept) {
			super(request);
			this.accept = accept;
		}

		@Override
		public String getHeader(String name) {
			return HttpHeaders.ACCEPT.equalsIgnoreCase(name) ? this.accept : super.getHeader(name);
		}

		@Override
		public Enumeration<String> getHeaders(String name) {
			if (!HttpHeaders.ACCEPT.equalsIgnoreCase(name)) {
				return super.getHeaders(name);
			}
			return (this.accept != null) ? Collections.enumeration(List.of(this.accept))
					: Collections.emptyEnumeration();
		}

	}

}
