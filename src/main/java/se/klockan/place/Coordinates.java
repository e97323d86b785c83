package se.klockan.place;

import java.util.regex.Pattern;

/**
 * Coordinates as clients write them: decimal degrees, latitude then longitude
 * ({@code 57.70716,11.96679}, {@code -33.9,18.4}). Nothing else is a point: no exponents, no
 * {@code NaN} or {@code Infinity}, no hex, nothing out of range, nothing longer than a GPS fix
 * needs.
 */
public final class Coordinates {

	/** Up to three digits of degrees and fifteen of a fraction (a nanometre is past any GPS). */
	private static final Pattern DEGREES = Pattern.compile("[+-]?\\d{1,3}(\\.\\d{1,15})?");

	private Coordinates() {
	}

	/** {@code latitude,longitude} (spaces around either allowed), or null if that is not a point. */
	public static double[] parse(String text) {
		if (text == null || text.length() > 64) {
			return null;
		}
		int comma = text.indexOf(',');
		if (comma < 0 || comma != text.lastIndexOf(',')) {
			return null;
		}
		return parse(text.substring(0, comma), text.substring(comma + 1));
	}

	/** A latitude and a longitude, or null if they are not a point. */
	public static double[] parse(String latitude, String longitude) {
		if (latitude == null || longitude == null || latitude.length() > 32 || longitude.length() > 32) {
			return null;
		}
		String lat = latitude.strip();
		String lon = longitude.strip();
		if (!DEGREES.matcher(lat).matches() || !DEGREES.matcher(lon).matches()) {
			return null;
		}
		double[] point = { Double.parseDouble(lat), Double.parseDouble(lon) };
		return PlaceLocator.isPoint(point[0], point[1]) ? point : null;
	}

}
