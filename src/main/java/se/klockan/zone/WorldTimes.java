package se.klockan.zone;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Locale;

/**
 * Works out the {@link WorldTime} for an instant and a zone, from the zone's {@link ZoneRules}
 * alone: no zone is treated specially.
 */
public final class WorldTimes {

	/** RFC 3339 with microseconds and a numeric offset, as WorldTimeAPI writes it. */
	public static final DateTimeFormatter DATETIME = DateTimeFormatter
		.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSxxx", Locale.ROOT);

	private static final DateTimeFormatter TRANSITION = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx",
			Locale.ROOT);

	private static final DateTimeFormatter OFFSET = DateTimeFormatter.ofPattern("xxx", Locale.ROOT);

	/** CLDR's short names: the fallback where the system has no tz files. */
	private static final DateTimeFormatter ABBREVIATION = DateTimeFormatter.ofPattern("zzz", Locale.ROOT);

	/** Transitions followed at most while looking for the edges of one DST period. */
	private static final int MAX_TRANSITIONS = 16;

	private WorldTimes() {
	}

	public static WorldTime at(Instant instant, ZoneId zone, String clientIp) {
		Instant now = instant.truncatedTo(ChronoUnit.MICROS);
		ZonedDateTime local = now.atZone(zone);
		ZoneRules rules = zone.getRules();
		boolean dst = rules.isDaylightSavings(now);
		String abbreviation = Abbreviations.of(zone, now, local.getOffset());
		return new WorldTime((abbreviation != null) ? abbreviation : ABBREVIATION.format(local), clientIp, DATETIME.format(local),
				local.getDayOfWeek().getValue() % 7, local.getDayOfYear(), dst, dst ? dstStart(rules, now) : null,
				(int) rules.getDaylightSavings(now).getSeconds(), dst ? dstEnd(rules, now) : null,
				rules.getStandardOffset(now).getTotalSeconds(), zone.getId(), now.getEpochSecond(),
				DATETIME.format(now.atOffset(ZoneOffset.UTC)), OFFSET.format(local),
				local.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
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
