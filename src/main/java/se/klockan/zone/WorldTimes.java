package se.klockan.zone;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * Works out the {@link WorldTime} for an instant and a zone, from the zone's {@link ZoneRules}
 * alone: no zone is treated specially.
 */
public final class WorldTimes {

	/** RFC 3339 with microseconds and a numeric offset, as WorldTimeAPI writes it. */
	static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx",
			Locale.ROOT);

	private static final DateTimeFormatter TRANSITION = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx",
			Locale.ROOT);

	/** CLDR's short names: the fallback where the system has no tz files. */
	private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

	/** Transitions followed at most while looking for the edges of one DST period. */
	private static final int MAX_TRANSITIONS = 16;

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private WorldTimes() {
	}

	/** The same fields as the JSON, with the same names and order, as {@code key: value} lines. */
	public static String lines(JsonMapper json, WorldTime time) {
		return json.convertValue(time, FIELDS)
			.entrySet()
			.stream()
			.map(field -> field.getKey() + ": " + ((field.getValue() != null) ? field.getValue() : ""))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	public static WorldTime at(Instant instant, Zone named, String clientIp) {
		ZoneId zone = named.id();
		Instant now = instant.truncatedTo(ChronoUnit.MICROS);
		ZonedDateTime local = now.atZone(zone);
		ZoneRules rules = zone.getRules();
		boolean dst = rules.isDaylightSavings(now);
		String abbreviation = Abbreviations.of(zone, now, local.getOffset());
		return new WorldTime((abbreviation != null) ? abbreviation : ABBREVIATION.format(local), clientIp,
				rfc3339(local.toLocalDateTime(), local.getOffset()),
				local.getDayOfWeek().getValue() % 7, local.getDayOfYear(), dst, dst ? dstStart(rules, now) : null,
				(int) rules.getDaylightSavings(now).getSeconds(), dst ? dstEnd(rules, now) : null,
				rules.getStandardOffset(now).getTotalSeconds(), named.name(), now.getEpochSecond(),
				rfc3339(LocalDateTime.ofEpochSecond(now.getEpochSecond(), now.getNano(), ZoneOffset.UTC), ZoneOffset.UTC),
				utcOffset(local.getOffset()), local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
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
		digits(text, 0, year, 4);
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
	private static String utcOffset(ZoneOffset offset) {
		return offset.equals(ZoneOffset.UTC) ? "+00:00" : offset.getId();
	}

	/** Writes {@code value} as {@code width} decimal digits, zero-padded, ending before {@code at + width}. */
	private static void digits(char[] text, int at, int value, int width) {
		for (int i = at + width - 1; i >= at; i--) {
			text[i] = (char) ('0' + value % 10);
			value /= 10;
		}
	}

	/** The transition that began the DST period in effect at {@code now}. */
	private static String dstStart(ZoneRules rules, Instant now) {
		// previousTransition is strictly before its argument: a nanosecond later includes now.
		ZoneOffsetTransition transition = rules.previousTransition(now.plusNanos(1));
		for (int i = 0; i < MAX_TRANSITIONS && transition != null
				&& rules.isDaylightSavings(transition.getInstant().minusNanos(1)); i++) {
			transition = rules.previousTransition(transition.getInstant());
		}
		return format(transition);
	}

	/** The transition that ends the DST period in effect at {@code now}. */
	private static String dstEnd(ZoneRules rules, Instant now) {
		ZoneOffsetTransition transition = rules.nextTransition(now);
		for (int i = 0; i < MAX_TRANSITIONS && transition != null
				&& rules.isDaylightSavings(transition.getInstant()); i++) {
			transition = rules.nextTransition(transition.getInstant());
		}
		return format(transition);
	}

	private static String format(ZoneOffsetTransition transition) {
		return (transition != null) ? TRANSITION.format(transition.getInstant().atOffset(ZoneOffset.UTC)) : null;
	}

}
