package se.klockan.zone;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * A zone's rules as a POSIX TZ string ({@code CET-1CEST,M3.5.0,M10.5.0/3}), the form C libraries
 * take in {@code TZ} and microcontrollers in {@code configTzTime}: derived from the JDK's rules,
 * the ones every other answer uses, and written as zic writes the last line of a TZif file.
 * <p>
 * A POSIX string holds one standard and one daylight-saving rule, repeated every year. Where a
 * zone's future has changes no such rule describes (Morocco's clocks go back for Ramadan each
 * year, a different month every year: the tz database lists them one by one until 2087), the
 * string describes the time after the last of them, and {@link #exactFrom} says from when it is
 * exact.
 */
public final class PosixTz {

	private static final int DAY = 86_400;

	private final String string;

	private final Instant exactFrom;

	private PosixTz(String string, Instant exactFrom) {
		this.string = string;
		this.exactFrom = exactFrom;
	}

	/** The TZ string. */
	public String string() {
		return this.string;
	}

	/**
	 * When the string starts to give every offset exactly: null when it already does at the
	 * instant it was made for, else the last change the tz database lists one by one.
	 */
	public Instant exactFrom() {
		return this.exactFrom;
	}

	/** The rules of {@code zone} as they stand after {@code now}. */
	public static PosixTz of(ZoneId zone, Instant now) {
		ZoneRules rules = zone.getRules();
		List<ZoneOffsetTransition> transitions = rules.getTransitions();
		ZoneOffsetTransition last = transitions.isEmpty() ? null : transitions.get(transitions.size() - 1);
		Instant exactFrom = (last != null && last.getInstant().isAfter(now)) ? last.getInstant() : null;
		List<ZoneOffsetTransitionRule> yearly = rules.getTransitionRules();
		if (yearly.size() != 2) {
			// One offset from the last transition on (or ever, for a zone that never changed).
			ZoneOffset offset = (last != null) ? last.getOffsetAfter() : rules.getOffset(now);
			Instant at = (exactFrom != null) ? exactFrom : now;
			return new PosixTz(name(zone, at, offset) + offset(-offset.getTotalSeconds()), exactFrom);
		}
		ZoneOffsetTransitionRule start = yearly.get(0);
		ZoneOffsetTransitionRule end = yearly.get(1);
		if (start.getOffsetAfter().equals(start.getStandardOffset())) {
			ZoneOffsetTransitionRule swap = start;
			start = end;
			end = swap;
		}
		ZoneOffset standard = end.getOffsetAfter();
		ZoneOffset daylight = start.getOffsetAfter();
		int year = Math.max(now.atOffset(ZoneOffset.UTC).getYear(),
				(last != null) ? last.getInstant().atOffset(ZoneOffset.UTC).getYear() + 1 : 0);
		StringBuilder tz = new StringBuilder();
		tz.append(name(zone, end.createTransition(year).getInstant(), standard));
		tz.append(offset(-standard.getTotalSeconds()));
		tz.append(name(zone, start.createTransition(year).getInstant(), daylight));
		if (daylight.getTotalSeconds() - standard.getTotalSeconds() != 3600) {
			tz.append(offset(-daylight.getTotalSeconds()));
		}
		tz.append(',').append(date(start)).append(',').append(date(end));
		return new PosixTz(tz.toString(), exactFrom);
	}

	/**
	 * {@code Mm.w.d[/time]} (or {@code Jn}) for a yearly rule, the time on the clock in effect
	 * before the change. "Sun>=8" is the 2nd Sunday; "Fri>=23" becomes the 4th Thursday at 24
	 * hours later, as zic writes it, since POSIX counts weeks from the 1st.
	 */
	private static String date(ZoneOffsetTransitionRule rule) {
		int time = rule.getLocalTime().toSecondOfDay() + (rule.isMidnightEndOfDay() ? DAY : 0);
		int before = rule.getOffsetBefore().getTotalSeconds();
		time += switch (rule.getTimeDefinition()) {
			case UTC -> before;
			case STANDARD -> before - rule.getStandardOffset().getTotalSeconds();
			case WALL -> 0;
		};
		Month month = rule.getMonth();
		int dom = rule.getDayOfMonthIndicator();
		DayOfWeek dow = rule.getDayOfWeek();
		// The JDK stores "lastSun" as "Sun>=25" (in a 31-day month) and "lastThu 24:00" as
		// "Fri>=26 0:00": back to the forms zic writes.
		if (dow != null && month != Month.FEBRUARY && dom == month.maxLength() - 5
				&& rule.getLocalTime().toSecondOfDay() == 0 && !rule.isMidnightEndOfDay()) {
			dom--;
			dow = dow.minus(1);
			time += DAY;
		}
		if (dow != null && month != Month.FEBRUARY && dom == month.maxLength() - 6) {
			dom = -1;
		}
		String date;
		if (dow == null) {
			int day = (dom > 0) ? dom : month.length(false) + dom + 1;
			int dayOfYear = month.firstDayOfYear(false) + day - 1;
			date = (month.getValue() <= 2) ? String.valueOf(dayOfYear - 1) : "J" + dayOfYear;
		}
		else {
			int weekday = dow.getValue() % 7; // Sunday is 0
			int week;
			if (dom == -1) {
				week = 5;
			}
			else {
				// On or after a day (dom > 0), or on or before one (dom < -1, counted from the month's end)
				boolean onOrBefore = dom < 0;
				int day = onOrBefore ? month.length(false) + dom + 1 : dom;
				int shift = onOrBefore ? day % 7 : (day - 1) % 7;
				week = onOrBefore ? day / 7 : 1 + (day - 1) / 7;
				weekday = Math.floorMod(weekday - shift, 7);
				time += shift * DAY;
			}
			date = "M" + month.getValue() + "." + week + "." + weekday;
		}
		return (time == 2 * 3600) ? date : date + "/" + offset(time);
	}

	/** The abbreviation in effect just after {@code instant}, in angle brackets unless it is letters only. */
	private static String name(ZoneId zone, Instant instant, ZoneOffset offset) {
		String name = Abbreviations.of(zone, instant, offset);
		if (name == null || !name.matches("[A-Za-z+\\-0-9]{3,}")) {
			name = numeric(offset);
		}
		return name.matches("[A-Za-z]+") ? name : "<" + name + ">";
	}

	/** The tz database's name for an offset without one: {@code +01}, {@code +0545}, {@code -0330}. */
	private static String numeric(ZoneOffset offset) {
		int seconds = offset.getTotalSeconds();
		int minutes = Math.abs(seconds) / 60;
		String text = (seconds < 0 ? "-" : "+") + String.format("%02d", minutes / 60);
		return (minutes % 60 != 0) ? text + String.format("%02d", minutes % 60) : text;
	}

	/** {@code h[:mm[:ss]]}, with a minus sign when negative, as zic writes offsets and times. */
	private static String offset(int seconds) {
		StringBuilder text = new StringBuilder((seconds < 0) ? "-" : "");
		int value = Math.abs(seconds);
		text.append(value / 3600);
		int minutes = value / 60 % 60;
		int rest = value % 60;
		if (minutes != 0 || rest != 0) {
			text.append(':').append(String.format("%02d", minutes));
			if (rest != 0) {
				text.append(':').append(String.format("%02d", rest));
			}
		}
		return text.toString();
	}

}
