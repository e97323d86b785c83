package se.klockan.zone;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.util.Locale;

import se.klockan.tz.Period;
import se.klockan.tz.TzRules;

/**
 * Works out the {@link WorldTime} for an instant and a zone, from the shipped tz database's
 * rules for it alone: no zone is treated specially.
 */
public final class WorldTimes {

	/**
	 * RFC 3339 with microseconds and a numeric offset, as WorldTimeAPI writes it; an offset with
	 * seconds (local mean time, before standard time) with them, so the time is exact.
	 */
	static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxxxx",
			Locale.ROOT);

	private static final DateTimeFormatter TRANSITION = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx",
			Locale.ROOT);

	private WorldTimes() {
	}

	public static WorldTime at(Instant instant, Zone zone, String clientIp) {
		TzRules rules = zone.rules();
		Instant now = instant.truncatedTo(ChronoUnit.MICROS);
		long epochSecond = now.getEpochSecond();
		Period period = rules.periodAt(epochSecond);
		ZoneOffset offset = period.offset();
		LocalDateTime local = LocalDateTime.ofEpochSecond(epochSecond, now.getNano(), offset);
		boolean dst = period.dst();
		return new WorldTime(period.abbreviation(), clientIp, rfc3339(local, offset),
				local.getDayOfWeek().getValue() % 7, local.getDayOfYear(), dst,
				dst ? format(rules.dstStart(epochSecond)) : null, period.dstOffset(),
				dst ? format(rules.dstEnd(epochSecond)) : null, period.standardOffset().getTotalSeconds(),
				zone.name(), epochSecond,
				rfc3339(LocalDateTime.ofEpochSecond(epochSecond, now.getNano(), ZoneOffset.UTC), ZoneOffset.UTC),
				utcOffset(offset), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
	}

	/**
	 * {@code 2026-11-25T13:42:22.123456+01:00}: what {@link #DATETIME} writes, without its
	 * per-call machinery, as every answer needs two. Years outside 0-9999 and offsets with seconds
	 * (local mean time, before 1900) are left to the formatter.
	 */
	public static String rfc3339(LocalDateTime time, ZoneOffset offset) {
		int year = time.getYear();
		int offsetSeconds = offset.getTotalSeconds();
		if (year < 0 || year > 9999 || offsetSeconds % 60 != 0) {
			return DATETIME.format(time.atOffset(offset));
		}
		char[] text = new char[32];
		dateAndTime(text, time);
		text[19] = '.';
		digits(text, 20, time.getNano() / 1000, 6);
		text[26] = (offsetSeconds < 0) ? '-' : '+';
		int offsetMinutes = Math.abs(offsetSeconds) / 60;
		digits(text, 27, offsetMinutes / 60, 2);
		text[29] = ':';
		digits(text, 30, offsetMinutes % 60, 2);
		return new String(text);
	}

	/** {@code +01:00}, {@code -03:00}, {@code +00:00} (never {@code Z}), as {@link #DATETIME} ends. */
	static String utcOffset(ZoneOffset offset) {
		return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
	}

	/** {@code 2026-11-25T13:42:22} into the first 19 characters, for a year of 0-9999. */
	private static void dateAndTime(char[] text, LocalDateTime time) {
		digits(text, 0, time.getYear(), 4);
		text[4] = '-';
		digits(text, 5, time.getMonthValue(), 2);
		text[7] = '-';
		digits(text, 8, time.getDayOfMonth(), 2);
		text[10] = 'T';
		digits(text, 11, time.getHour(), 2);
		text[13] = ':';
		digits(text, 14, time.getMinute(), 2);
		text[16] = ':';
		digits(text, 17, time.getSecond(), 2);
	}

	/** Writes {@code value} as {@code width} decimal digits, zero-padded, ending before {@code at + width}. */
	private static void digits(char[] text, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			text[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	/**
	 * {@code 2027-03-28T01:00:00+00:00}, as WorldTimeAPI writes {@code dst_from} and
	 * {@code dst_until}: by hand, as {@link #rfc3339} does, for years 0-9999.
	 */
	private static String format(Long epochSecond) {
		if (epochSecond == null) {
			return null;
		}
		LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
		if (time.getYear() < 0 || time.getYear() > 9999) {
			return TRANSITION.format(time.atOffset(ZoneOffset.UTC));
		}
		char[] text = "0000-00-00T00:00:00+00:00".toCharArray();
		dateAndTime(text, time);
		return new String(text);
	}

}
