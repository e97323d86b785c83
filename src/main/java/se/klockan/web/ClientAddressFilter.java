package se.klockan.web;

import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

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
		if (address == null || address.isEmpty() || address.length() > 64) {
			return false;
		}
		return (address.indexOf(':') >= 0) ? isIpv6(address) : isIpv4(address);
	}

	private static boolean isIpv4(String address) {
		int parts = 0;
		int value = -1;
		for (int i = 0; i < address.length(); i++) {
			char c = address.charAt(i);
			if (c >= '0' && c <= '9') {
				value = (value < 0) ? c - '0' : value * 10 + (c - '0');
				if (value > 255) {
					return false;
				}
			}
			else if (c == '.' && value >= 0 && parts < 3) {
				parts++;
				value = -1;
			}
			else {
				return false;
			}
		}
		return parts == 3 && value >= 0;
	}

	private static boolean isIpv6(String address) {
		for (int i = 0; i < address.length(); i++) {
			char c = address.charAt(i);
			if (c == '%') {
				break; // a scope, which the parser checks
			}
			if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
				return false;
			}
		}
		try {
			// With a colon in it, this parses a literal and never asks DNS.
			InetAddress.getByName(address);
			return true;
		}
		catch (UnknownHostException ex) {
			return false;
		}
	}

}
