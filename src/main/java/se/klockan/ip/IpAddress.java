package se.klockan.ip;

import java.net.InetAddress;
import java.net.UnknownHostException;

/** IP addresses as text, read strictly and without DNS. */
public final class IpAddress {

	private IpAddress() {
	}

	/**
	 * The address's bytes: 4 for IPv4 (also written as IPv4-mapped IPv6), 16 for IPv6; null when
	 * it is not one. IPv4 only as a dotted quad of decimal numbers without leading zeros (not
	 * {@code 1.2.3}, not {@code 010.1.1.1}); IPv6 in any of its text forms, with a zone
	 * ({@code %eth0}) disregarded. Never asks DNS.
	 */
	public static byte[] parse(String address) {
		if (address == null || address.isEmpty() || address.length() > 64) {
			return null;
		}
		if (address.indexOf(':') < 0) {
			return parseIpv4(address);
		}
		int scope = address.indexOf('%');
		if (scope >= 0 && !address.substring(scope + 1).matches("[A-Za-z0-9_.-]{1,15}")) {
			return null; // a zone is an interface's name or number
		}
		String literal = (scope >= 0) ? address.substring(0, scope) : address;
		for (int i = 0; i < literal.length(); i++) {
			char c = literal.charAt(i);
			if (Character.digit(c, 16) < 0 && c != ':' && c != '.') {
				return null;
			}
		}
		int dot = literal.indexOf('.');
		if (dot >= 0 && parseIpv4(literal.substring(literal.lastIndexOf(':') + 1)) == null) {
			return null; // an IPv4 tail must be a whole dotted quad
		}
		try {
			// With a colon and only hex digits, colons and dots, this parses a literal: no DNS.
			return InetAddress.getByName(literal).getAddress();
		}
		catch (UnknownHostException ex) {
			return null;
		}
	}

	private static byte[] parseIpv4(String address) {
		byte[] bytes = new byte[4];
		int part = 0;
		int value = 0;
		int digits = 0;
		for (int i = 0; i <= address.length(); i++) {
			char c = (i < address.length()) ? address.charAt(i) : '.';
			if (c >= '0' && c <= '9') {
				if (digits > 0 && value == 0) {
					return null; // a leading zero: octal to some parsers, decimal to others
				}
				value = value * 10 + (c - '0');
				digits++;
				if (value > 255) {
					return null;
				}
			}
			else if (c == '.' && digits > 0 && part < 4) {
				bytes[part++] = (byte) value;
				value = 0;
				digits = 0;
			}
			else {
				return null;
			}
		}
		return (part == 4) ? bytes : null;
	}

}
