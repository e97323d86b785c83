package se.klockan.web;

import java.io.IOException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

import se.klockan.ip.IpAddress;

/**
 * Refuses a request whose client address is not an IP address. Behind Heroku's router the
 * address comes from {@code X-Forwarded-For}, and a trusted proxy could pass on anything there;
 * answers that show the address ({@code client_ip}) must not show that.
 */
class ClientAddressFilter implements Filter {

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (!isIpAddress(request.getRemoteAddr())) {
			request.setAttribute(ErrorResponses.DETAIL, "X-Forwarded-For does not end with an IP address.");
			((HttpServletResponse) response).sendError(HttpServletResponse.SC_BAD_REQUEST);
			return;
		}
		chain.doFilter(request, response);
	}

	static boolean isIpAddress(String address) {
		return IpAddress.parse(address) != null;
	}

}
