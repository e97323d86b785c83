package se.klockan.tz;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneOffsetTransitionRule.TimeDefinition;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A POSIX TZ string as zic writes it at the end of a TZif file ({@code CET-1CEST,M3.5.0,M10.5.0/3},
 * {@code <+0545>-5:45}, {@code IST-1GMT0,M10.5.0,M3.5.0/1}): the zone's rules after its last listed
 * change, read into the periods it names and java.time's yearly rules.
 * <p>
 * The parser is ours because java.time reads no TZ strings and no library of the field does it for
 * java.time; it takes the forms of RFC 8536 (section 3.3.1): names plain or in angle brackets,
 * {@code Mm.w.d} dates and times from -167 to 167 hours. {@code Jn} and {@code n} dates, which no
 * zone of the tz database uses, are refused.
 */
public final class PosixTzString {

	private static final int DAY = 86_400;

	private final String text;

	private final Period standard;

	private final Period daylight;

	private final List<ZoneOffsetTransitionRule> rules;

	private PosixTzString(String text, Period standard, Period daylight, List<ZoneOffsetTransitionRule> rules) {
		this.text = text;
		this.standard = standard;
		this.daylight = daylight;
		this.rules = rules;
	}

	/** The string as written. */
	public String text() {
		return this.text;
	}

	/** Standard time. */
	public Period standard() {
		return this.standard;
	}

	/** Daylight saving time, or null where there is none. */
	public Period daylight() {
		return this.daylight;
	}

	/** The two yearly changes in the order they come in a year; none without daylight saving. */
	public List<ZoneOffsetTransitionRule> rules() {
		return this.rules;
	}

	/** What holds at a moment whose offset is {@code offset}. */
	public Period periodWith(ZoneOffset offset) {
		return (this.daylight != null && this.daylight.offset().equals(offset)) ? this.daylight : this.standard;
	}

	/**
	 * Reads a TZ string.
	 * @throws IllegalArgumentException if it is not one, or uses a form no zone uses
	 */
	public static PosixTzString parse(String text) {
		Cursor at = new Cursor(text);
		String standardName = at.name();
		ZoneOffset standardOffset = ZoneOffset.ofTotalSeconds(-at.time(24));
		Period standard = new Period(standardOffset, standardOffset, false, standardName);
		if (at.done()) {
			return new PosixTzString(text, standard, null, List.of());
		}
		String daylightName = at.name();
		ZoneOffset daylightOffset = (at.done() || at.peek() == ',') ? ZoneOffset.ofTotalSeconds(standardOffset.getTotalSeconds() + 3600)
				: ZoneOffset.ofTotalSeconds(-at.time(24));
		Period daylight = new Period(daylightOffset, standardOffset, true, daylightName);
		at.expect(',');
		ZoneOffsetTransitionRule start = at.rule(standardOffset, standardOffset, daylightOffset);
		at.expect(',');
		ZoneOffsetTransitionRule end = at.rule(standardOffset, daylightOffset, standardOffset);
		if (!at.done()) {
			throw at.invalid("unexpected text");
		}
		if (start.getMonth() == end.getMonth()) {
			throw at.invalid("both changes in one month");
		}
		List<ZoneOffsetTransitionRule> rules = new ArrayList<>(List.of(start, end));
		rules.sort(Comparator.comparing(ZoneOffsetTransitionRule::getMonth));
		return new PosixTzString(text, standard, daylight, List.copyOf(rules));
	}

	@Override
	public String toString() {
		return this.text;
	}

	private static final class Cursor {

		private final String text;

		private int at;

		Cursor(String text) {
			this.text = text;
		}

		boolean done() {
			return this.at >= this.text.length();
		}

		char peek() {
			return this.text.charAt(this.at);
		}

		void expect(char c) {
			if (done() || peek() != c) {
				throw invalid("'" + c + "' expected");
			}
			this.at++;
		}

		String name() {
			int start = this.at;
			if (!done() && peek() == '<') {
				int end = this.text.indexOf('>', start);
				if (end < 0) {
					throw invalid("unclosed '<'");
				}
				this.at = end + 1;
				return this.text.substring(start + 1, end);
			}
			while (!done() && Character.isLetter(peek())) {
				this.at++;
			}
			if (this.at - start < 3) {
				throw invalid("a name of at least three letters expected");
			}
			return this.text.substring(start, this.at);
		}

		/** {@code [+-]hh[:mm[:ss]]} as seconds, hours at most {@code maxHours}. */
		int time(int maxHours) {
			int sign = 1;
			if (!done() && (peek() == '+' || peek() == '-')) {
				sign = (peek() == '-') ? -1 : 1;
				this.at++;
			}
			int hours = number(maxHours);
			int seconds = hours * 3600;
			if (!done() && peek() == ':') {
				this.at++;
				seconds += number(59) * 60;
				if (!done() && peek() == ':') {
					this.at++;
					seconds += number(59);
				}
			}
			return sign * seconds;
		}

		private int number(int max) {
			int start = this.at;
			while (!done() && Character.isDigit(peek()) && this.at - start < 3) {
				this.at++;
			}
			if (start == this.at) {
				throw invalid("a number expected");
			}
			int value = Integer.parseInt(this.text.substring(start, this.at));
			if (value > max) {
				throw invalid(value + " is out of range");
			}
			return value;
		}

		/**
		 * {@code Mm.w.d[/time]}, the time on the clock in effect before the change: as java.time's
		 * rule, a weekday on or after (or, for week 5, on or before) a day of the month, moved by
		 * whole days where the time is outside 0-24 h ({@code M3.4.4/50}: Saturday on or after the
		 * 24th at 02:00; {@code M3.5.0/-1}: the Saturday before the last Sunday at 23:00).
		 */
		ZoneOffsetTransitionRule rule(ZoneOffset standard, ZoneOffset before, ZoneOffset after) {
			if (done() || peek() != 'M') {
				throw invalid("only Mm.w.d dates are taken");
			}
			this.at++;
			int month = number(12);
			expect('.');
			int week = number(5);
			expect('.');
			int weekday = number(6);
			if (month < 1 || week < 1) {
				throw invalid("month and week count from 1");
			}
			int time = 2 * 3600;
			if (!done() && peek() == '/') {
				this.at++;
				time = time(167);
			}
			int days = Math.floorDiv(time, DAY);
			int seconds = time - days * DAY;
			boolean endOfDay = seconds == 0 && days > 0;
			if (endOfDay) {
				days--;
			}
			int dayOfMonth = (week == 5) ? -1 : 7 * week - 6;
			dayOfMonth += days;
			if ((week == 5) ? dayOfMonth >= 0 || dayOfMonth < -28 : dayOfMonth < 1 || dayOfMonth > 28) {
				throw invalid("a time that moves the change out of its month");
			}
			DayOfWeek dayOfWeek = DayOfWeek.SUNDAY.plus(weekday + days);
			LocalTime clock = endOfDay ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(seconds);
			return ZoneOffsetTransitionRule.of(Month.of(month), dayOfMonth, dayOfWeek, clock, endOfDay,
					TimeDefinition.WALL, standard, before, after);
		}

		IllegalArgumentException invalid(String why) {
			return new IllegalArgumentException("Not a TZ string this reads, " + why + " at " + this.at + ": " + this.text);
		}

	}

}
