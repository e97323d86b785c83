package se.klockan.web;

import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/**
 * An {@code Accept} header read by RFC 9110 (section 12.5.1), and the choice it makes among the
 * types we can write. For each of our types the most specific range that matches it sets its
 * quality ({@code text/html} over {@code text/*} over {@code *}{@code /*}; a range with
 * parameters over one without; the first of equally specific ones); a quality of 0, or no
 * matching range, means not acceptable. The highest quality wins; a tie goes to the type whose
 * range the client listed first, then to our own order.
 * <p>
 * Ranges that don't follow the grammar (a q outside 0 to 1, {@code *}{@code /html}, a missing
 * subtype) are left out rather than guessed at; a header with none left is as good as no header,
 * which accepts anything. Qualities with more than three decimals (which the RFC doesn't allow)
 * are cut to three, so a barely-positive one counts as a refusal. A lone {@code *}, which
 * Java's own {@code HttpURLConnection} sends, is read as {@code *}{@code /*}.
 */
public final class AcceptHeader {

	private static final AcceptHeader ANY = new AcceptHeader(List.of());

	/** A request attribute: the header as read once for the request. */
	static final String ATTRIBUTE = AcceptHeader.class.getName();

	private final List<Range> ranges;

	private AcceptHeader(List<Range> ranges) {
		this.ranges = ranges;
	}

	/** The request's {@code Accept} header, read once per request. */
	public static AcceptHeader of(HttpServletRequest request) {
		if (request.getAttribute(ATTRIBUTE) instanceof AcceptHeader accept) {
			return accept;
		}
		AcceptHeader accept = parse(value(request));
		request.setAttribute(ATTRIBUTE, accept);
		return accept;
	}

	/** The request's {@code Accept} value: several headers as one list, as RFC 9110 says; null when none. */
	static String value(HttpServletRequest request) {
		Enumeration<String> headers = request.getHeaders(HttpHeaders.ACCEPT);
		if (headers == null || !headers.hasMoreElements()) {
			return null;
		}
		String first = headers.nextElement();
		if (!headers.hasMoreElements()) {
			return first;
		}
		StringBuilder all = new StringBuilder(first);
		while (headers.hasMoreElements()) {
			all.append(',').append(headers.nextElement());
		}
		return all.toString();
	}

	/** The header's ranges; none (anything goes) when it is absent, empty or entirely malformed. */
	public static AcceptHeader parse(String header) {
		if (header == null || header.isBlank() || header.equals("*/*")) {
			return ANY;
		}
		List<Range> ranges = new ArrayList<>();
		for (String element : split(header, ',')) {
			Range range = Range.parse(element, ranges.size());
			if (range != null) {
				ranges.add(range);
			}
		}
		return ranges.isEmpty() ? ANY : new AcceptHeader(List.copyOf(ranges));
	}

	/** True when the client accepts anything: no header, or nothing in it that can be read. */
	public boolean acceptsAnything() {
		return this.ranges.isEmpty();
	}

	/** The ranges that follow the grammar, as the client wrote them; null when there are none. */
	String wellFormed() {
		if (this.ranges.isEmpty()) {
			return null;
		}
		StringBuilder header = new StringBuilder();
		for (Range range : this.ranges) {
			// A range naming a parameter our answers never have (a charset other than UTF-8) asks
			// for none of them; Actuator's JSON writer fails on one with a 500.
			if (!range.otherParameters()) {
				header.append((header.length() > 0) ? ", " : "").append(range.text());
			}
		}
		return (header.length() > 0) ? header.toString() : null;
	}

	/**
	 * The index in {@code offered} (our types, in our order of preference, with {@code charset}
	 * their only parameter) of the one to answer with, or -1 if the client accepts none.
	 */
	public int choose(List<MediaType> offered) {
		if (this.ranges.isEmpty()) {
			return 0;
		}
		int best = -1;
		Range bestRange = null;
		for (int i = 0; i < offered.size(); i++) {
			Range range = mostSpecificMatch(offered.get(i));
			if (range == null || range.quality == 0) {
				continue;
			}
			if (bestRange == null || range.quality > bestRange.quality
					|| (range.quality == bestRange.quality && range.position < bestRange.position)) {
				best = i;
				bestRange = range;
			}
		}
		return best;
	}

	/** The quality, 0 to 1000, the client gives {@code type}: 0 when it refuses it or names no range for it. */
	public int quality(MediaType type) {
		if (this.ranges.isEmpty()) {
			return 1000;
		}
		Range range = mostSpecificMatch(type);
		return (range != null) ? range.quality : 0;
	}

	private Range mostSpecificMatch(MediaType type) {
		Range match = null;
		for (Range range : this.ranges) {
			if (range.matches(type) && (match == null || range.specificity > match.specificity)) {
				match = range;
			}
		}
		return match;
	}

	/** Splits at {@code separator}s outside quoted strings. */
	private static List<String> split(String value, char separator) {
		List<String> parts = new ArrayList<>();
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (quoted && c == '\\') {
				i++;
			}
			else if (c == '"') {
				quoted = !quoted;
			}
			else if (c == separator && !quoted) {
				parts.add(value.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(value.substring(start));
		return parts;
	}

	/**
	 * One media range. {@code charset} is the only parameter our types have: a range naming any
	 * other, or another charset than UTF-8, matches none of them.
	 */
	private record Range(String text, String type, String subtype, boolean otherParameters, int quality,
			int specificity, int position) {

		/** 0 or 1, with up to three decimals by the RFC; more are cut, and {@code .5} is read as 0.5. */
		private static final Pattern QUALITY = Pattern.compile("0(\\.\\d*)?|1(\\.0*)?|\\.\\d+");

		static Range parse(String element, int position) {
			List<String> parts = split(element, ';');
			String name = parts.get(0).trim().toLowerCase(Locale.ROOT);
			if (name.equals("*")) {
				name = "*/*";
			}
			int slash = name.indexOf('/');
			if (slash <= 0 || !isToken(name, 0, slash) || !isToken(name, slash + 1, name.length())) {
				return null;
			}
			String type = name.substring(0, slash);
			String subtype = name.substring(slash + 1);
			if (type.equals("*") && !subtype.equals("*")) {
				return null;
			}
			boolean parameters = false;
			boolean other = false;
			int quality = 1000;
			String text = element.trim();
			for (int i = 1; i < parts.size(); i++) {
				String parameter = parts.get(i);
				int equals = parameter.indexOf('=');
				if (equals < 0) {
					return null;
				}
				String key = parameter.substring(0, equals).trim().toLowerCase(Locale.ROOT);
				String value = unquote(parameter.substring(equals + 1).trim());
				if (key.isEmpty() || !isToken(key, 0, key.length()) || value == null) {
					return null;
				}
				if (key.equals("q")) {
					quality = quality(value);
					if (quality < 0) {
						return null;
					}
					// What follows the weight is no parameter of the type (RFC 9110 has none there):
					// left out of the range as read, and as shown to Actuator.
					text = String.join(";", parts.subList(0, i + 1)).trim();
					break;
				}
				parameters = true;
				other |= !(key.equals("charset") && value.equalsIgnoreCase("utf-8"));
			}
			int specificity = (type.equals("*") ? 0 : subtype.equals("*") ? 2 : 4) + (parameters ? 1 : 0);
			return new Range(text, type, subtype, other, quality, specificity, position);
		}

		boolean matches(MediaType offered) {
			return !this.otherParameters && (this.type.equals("*") || this.type.equals(offered.getType()))
					&& (this.subtype.equals("*") || this.subtype.equals(offered.getSubtype()));
		}

		/** {@code 0}, {@code 0.5}, {@code .5}, {@code 1.000} as thousandths; -1 if it is not a number from 0 to 1. */
		private static int quality(String value) {
			if (!QUALITY.matcher(value).matches()) {
				return -1;
			}
			if (value.startsWith("1")) {
				return 1000;
			}
			String fraction = (value.substring(value.indexOf('.') + 1) + "000").substring(0, 3);
			return Integer.parseInt(fraction);
		}

		private static String unquote(String value) {
			if (!value.startsWith("\"")) {
				return isToken(value, 0, value.length()) ? value : null;
			}
			if (value.length() < 2 || !value.endsWith("\"")) {
				return null;
			}
			return value.substring(1, value.length() - 1).replaceAll("\\\\(.)", "$1");
		}

		/** RFC 9110's token: one or more of its visible characters. */
		private static boolean isToken(String value, int from, int to) {
			if (from >= to) {
				return false;
			}
			for (int i = from; i < to; i++) {
				char c = value.charAt(i);
				boolean tchar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
						|| "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
				if (!tchar) {
					return false;
				}
			}
			return true;
		}

	}

}
