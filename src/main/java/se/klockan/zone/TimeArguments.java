package se.klockan.zone;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * The times a client writes in a query: an instant ({@code at}, {@code from}, {@code to}), a
 * local date-time ({@code datetime}) and a disambiguation. Read by hand, not by a
 * {@code DateTimeFormatter}: the forms are few and fixed, an instant is on the hot path of
 * {@code /api/timezone/{zone}?at=}, and whatever doesn't fit them is a 400
 * ({@link InvalidTimeException}) that says what does, never a 500.
 */
public final class TimeArguments {

	/** The first instant taken: 0001-01-01T00:00:00Z. */
	public static final long MIN_SECOND = LocalDate.of(1, 1, 1).toEpochDay() * 86_400;

	/** The last whole second taken: 9999-12-31T23:59:59Z. */
	public static final long MAX_SECOND = LocalDate.of(9999, 12, 31).toEpochDay() * 86_400 + 86_399;

	/** What an instant may be, for every answer that refuses one. */
	static final String INSTANT_FORMS = "Unix seconds (1806200000; up to six fraction digits: 1806200000.25) "
			+ "or an RFC 3339 date-time with Z or a numeric offset (2027-03-28T01:30:00Z, "
			+ "2027-03-28T03:30:00.250+02:00), from 0001-01-01 to 9999-12-31 UTC";

	/** What a local date-time may be. */
	static final String LOCAL_FORMS = "a local date-time without an offset (2027-03-14T09:00; seconds and up to six "
			+ "fraction digits optional: 2027-03-14T09:00:30.5), from 0001-01-01 to 9999-12-31";

	private TimeArguments() {
	}

	/**
	 * The instant a parameter names, or null without one: {@code values} as
	 * {@code getParameterValues} gives them.
	 */
	public static Instant instant(String name, String[] values) {
		String value = single(name, values);
		if (value == null) {
			return null;
		}
		Instant instant = instant(value);
		if (instant == null) {
			throw new InvalidTimeException(name + " must be " + INSTANT_FORMS + "; not '" + shown(value) + "'");
		}
		return instant;
	}

	/** The instant a parameter names, or the clock's now without one. */
	public static Instant instantOrNow(String name, String[] values, Clock clock) {
		Instant instant = instant(name, values);
		return (instant != null) ? instant : clock.instant();
	}

	/** The local date-time a parameter names; one is required. */
	public static LocalDateTime localDateTime(String name, String[] values) {
		String value = single(name, values);
		if (value == null) {
			throw new InvalidTimeException(name + " is missing: give " + LOCAL_FORMS);
		}
		LocalDateTime local = localDateTime(value);
		if (local == null) {
			throw new InvalidTimeException(name + " must be " + LOCAL_FORMS + "; not '" + shown(value) + "'");
		}
		return local;
	}

	/** The disambiguation a parameter names, {@code compatible} without one. */
	public static Disambiguation disambiguation(String name, String[] values) {
		String value = single(name, values);
		if (value == null) {
			return Disambiguation.COMPATIBLE;
		}
		for (Disambiguation option : Disambiguation.values()) {
			if (option.name().toLowerCase(Locale.ROOT).equals(value)) {
				return option;
			}
		}
		throw new InvalidTimeException(
				name + " must be compatible (the default), earlier, later or reject; not '" + shown(value) + "'");
	}

	private static String single(String name, String[] values) {
		if (values == null || values.length == 0) {
			return null;
		}
		if (values.length > 1) {
			throw new InvalidTimeException(name + " is given " + values.length + " times; give it once");
		}
		return values[0];
	}

	/** The client's value as an answer may repeat it: its start, with nothing that could break a line. */
	private static String shown(String value) {
		return UnknownZoneException.shown(value);
	}

	/** {@code 1806200000}, {@code -86400.5}, {@code 2027-03-28T01:30:00Z}, ...; null for anything else. */
	static Instant instant(String value) {
		int length = value.length();
		if (length == 0 || length > 40) {
			return null;
		}
		return (length >= 20 && value.charAt(4) == '-') ? dateTime(value) : unixSeconds(value);
	}

	private static Instant unixSeconds(String value) {
		boolean negative = value.charAt(0) == '-';
		int start = negative ? 1 : 0;
		int point = value.indexOf('.');
		int end = (point < 0) ? value.length() : point;
		if (end - start < 1 || end - start > 12) {
			return null;
		}
		long seconds = number(value, start, end);
		int nanos = 0;
		if (point >= 0) {
			int digits = value.length() - point - 1;
			if (digits < 1 || digits > 6) {
				return null;
			}
			long fraction = number(value, point + 1, value.length());
			if (fraction < 0) {
				return null;
			}
			nanos = (int) (fraction * POWERS[9 - digits]);
		}
		if (seconds < 0) {
			return null;
		}
		Instant instant = negative ? Instant.ofEpochSecond(-seconds, -nanos) : Instant.ofEpochSecond(seconds, nanos);
		return inRange(instant) ? instant : null;
	}

	/** {@code yyyy-MM-ddTHH:mm:ss[.f]} then {@code Z} or {@code ±HH:MM} (a space for a {@code +} a query turned into one). */
	private static Instant dateTime(String value) {
		int zone = 19;
		int nanos = 0;
		if (value.length() > 20 && value.charAt(19) == '.') {
			zone = 20;
			while (zone < value.length() && isDigit(value.charAt(zone))) {
				zone++;
			}
			int digits = zone - 20;
			if (digits < 1 || digits > 9) {
				return null;
			}
			nanos = (int) (number(value, 20, zone) * POWERS[9 - digits]);
		}
		LocalDateTime local = local(value, true, nanos);
		ZoneOffset offset = offset(value, zone);
		if (local == null || offset == null) {
			return null;
		}
		Instant instant = local.toInstant(offset);
		return inRange(instant) ? instant : null;
	}

	private static ZoneOffset offset(String value, int at) {
		int rest = value.length() - at;
		if (rest == 1 && (value.charAt(at) == 'Z' || value.charAt(at) == 'z')) {
			return ZoneOffset.UTC;
		}
		char sign = (rest == 6) ? value.charAt(at) : '?';
		if ((sign != '+' && sign != '-' && sign != ' ') || value.charAt(at + 3) != ':') {
			return null;
		}
		long hours = number(value, at + 1, at + 3);
		long minutes = number(value, at + 4, at + 6);
		if (hours < 0 || hours > 23 || minutes < 0 || minutes > 59) {
			return null;
		}
		int seconds = (int) (hours * 3600 + minutes * 60);
		return ZoneOffset.ofTotalSeconds((sign == '-') ? -seconds : seconds);
	}

	/** {@code 2027-03-14T09:00}, {@code 2027-03-14T09:00:30}, {@code 2027-03-14T09:00:30.123456}; null for anything else. */
	static LocalDateTime localDateTime(String value) {
		int length = value.length();
		if (length == 16) {
			return local(value + ":00", false, 0);
		}
		if (length == 19) {
			return local(value, false, 0);
		}
		if (length < 21 || length > 26 || value.charAt(19) != '.') {
			return null;
		}
		long fraction = number(value, 20, length);
		if (fraction < 0) {
			return null;
		}
		LocalDateTime local = local(value, false, (int) (fraction * POWERS[9 - (length - 20)]));
		return local;
	}

	/** The first 19 characters as a date and time, or null; {@code t} only where an instant's RFC 3339 allows it. */
	private static LocalDateTime local(String value, boolean lowerCaseT, int nanos) {
		if (value.length() < 19 || value.charAt(4) != '-' || value.charAt(7) != '-' || value.charAt(13) != ':'
				|| value.charAt(16) != ':') {
			return null;
		}
		char t = value.charAt(10);
		if (t != 'T' && !(lowerCaseT && t == 't')) {
			return null;
		}
		long year = number(value, 0, 4);
		long month = number(value, 5, 7);
		long day = number(value, 8, 10);
		long hour = number(value, 11, 13);
		long minute = number(value, 14, 16);
		long second = number(value, 17, 19);
		if (year < 1 || month < 0 || day < 0 || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0
				|| second > 59) {
			return null;
		}
		try {
			return LocalDateTime.of(LocalDate.of((int) year, (int) month, (int) day),
					LocalTime.of((int) hour, (int) minute, (int) second, nanos));
		}
		catch (DateTimeException ex) {
			// February 30th, month 13.
			return null;
		}
	}

	private static boolean inRange(Instant instant) {
		return instant.getEpochSecond() >= MIN_SECOND && instant.getEpochSecond() <= MAX_SECOND;
	}

	private static final long[] POWERS = { 1, 10, 100, 1_000, 10_000, 100_000, 1_000_000, 10_000_000, 100_000_000,
			1_000_000_000 };

	/** The ASCII digits from {@code start} to {@code end} as a number, or -1 if any isn't one. */
	private static long number(String value, int start, int end) {
		if (start >= end) {
			return -1;
		}
		long number = 0;
		for (int i = start; i < end; i++) {
			char c = value.charAt(i);
			if (!isDigit(c)) {
				return -1;
			}
			number = number * 10 + (c - '0');
		}
		return number;
	}

	private static boolean isDigit(char c) {
		return c >= '0' && c <= '9';
	}

}
