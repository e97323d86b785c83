package se.klockan.tz;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One zone of the tz database: every period its data lists one by one, then the POSIX TZ string
 * that gives the rest, as a TZif file holds them; and the same as java.time's {@link ZoneRules},
 * which does the calendar arithmetic (offsets of local times, gaps and overlaps).
 */
public final class TzRules {

	/** Changes followed at most while looking for the edges of one daylight-saving run. */
	private static final int MAX_CHANGES = 16;

	/** When each period after the first begins, in epoch seconds, ascending. */
	private final long[] changes;

	/** {@code periods[i + 1]} begins at {@code changes[i]}; {@code periods[0]} holds before. */
	private final Period[] periods;

	private final PosixTzString after;

	private final ZoneRules rules;

	/**
	 * @param changes when each period after the first begins, in epoch seconds, ascending
	 * @param periods one more than {@code changes}: what holds before the first, then after each
	 * @param after the rules after the last change
	 */
	public TzRules(long[] changes, Period[] periods, PosixTzString after) {
		if (periods.length != changes.length + 1) {
			throw new IllegalArgumentException("One period more than changes expected");
		}
		for (int i = 1; i < changes.length; i++) {
			if (changes[i] <= changes[i - 1]) {
				throw new IllegalArgumentException("Changes out of order at " + changes[i]);
			}
		}
		this.changes = changes.clone();
		this.periods = periods.clone();
		this.after = after;
		this.rules = zoneRules(this.changes, this.periods, after);
	}

	private static ZoneRules zoneRules(long[] changes, Period[] periods, PosixTzString after) {
		List<ZoneOffsetTransition> wall = new ArrayList<>();
		List<ZoneOffsetTransition> standard = new ArrayList<>();
		for (int i = 0; i < changes.length; i++) {
			Period before = periods[i];
			Period then = periods[i + 1];
			if (!before.offset().equals(then.offset())) {
				wall.add(transition(changes[i], before.offset(), then.offset()));
			}
			if (!before.standardOffset().equals(then.standardOffset())) {
				standard.add(transition(changes[i], before.standardOffset(), then.standardOffset()));
			}
		}
		return ZoneRules.of(periods[0].standardOffset(), periods[0].offset(), standard, wall, after.rules());
	}

	private static ZoneOffsetTransition transition(long at, ZoneOffset before, ZoneOffset after) {
		return ZoneOffsetTransition.of(LocalDateTime.ofEpochSecond(at, 0, before), before, after);
	}

	/** java.time's rules for the same offsets. */
	public ZoneRules rules() {
		return this.rules;
	}

	/** The POSIX TZ string for the time after the last change listed one by one. */
	public PosixTzString after() {
		return this.after;
	}

	/** The last change listed one by one, in epoch seconds, or null where there is none. */
	public Long lastChange() {
		return (this.changes.length > 0) ? this.changes[this.changes.length - 1] : null;
	}

	/** What holds at {@code epochSecond}. */
	public Period periodAt(long epochSecond) {
		int index = Arrays.binarySearch(this.changes, epochSecond);
		index = (index >= 0) ? index + 1 : -index - 1;
		if (index < this.changes.length || this.after.rules().isEmpty()) {
			return (index < this.changes.length) ? this.periods[index] : lastPeriod();
		}
		return this.after.periodWith(this.rules.getOffset(Instant.ofEpochSecond(epochSecond)));
	}

	private Period lastPeriod() {
		return this.periods[this.periods.length - 1];
	}

	/**
	 * When the daylight-saving run that holds {@code epochSecond} began (through changes of offset
	 * within it, as from British Summer Time to Double Summer Time), or null outside one or where
	 * the data reaches no start.
	 */
	public Long dstStart(long epochSecond) {
		Long change = previousChange(epochSecond);
		for (int i = 0; i < MAX_CHANGES && change != null && periodAt(change - 1).dst(); i++) {
			change = previousChange(change - 1);
		}
		return change;
	}

	/** When the daylight-saving run that holds {@code epochSecond} ends, or null where it never does. */
	public Long dstEnd(long epochSecond) {
		Long change = nextChange(epochSecond);
		for (int i = 0; i < MAX_CHANGES && change != null && periodAt(change).dst(); i++) {
			change = nextChange(change);
		}
		return change;
	}

	/** The last change at or before {@code epochSecond}, or null. */
	public Long previousChange(long epochSecond) {
		Long last = lastChange();
		if (last == null || epochSecond >= last) {
			ZoneOffsetTransition rule = this.rules.previousTransition(Instant.ofEpochSecond(epochSecond + 1));
			if (rule != null && (last == null || rule.toEpochSecond() > last)) {
				return rule.toEpochSecond();
			}
			return last;
		}
		int index = Arrays.binarySearch(this.changes, epochSecond);
		index = (index >= 0) ? index : -index - 2;
		return (index >= 0) ? this.changes[index] : null;
	}

	/** The first change after {@code epochSecond}, or null. */
	public Long nextChange(long epochSecond) {
		int index = Arrays.binarySearch(this.changes, epochSecond);
		index = (index >= 0) ? index + 1 : -index - 1;
		if (index < this.changes.length) {
			return this.changes[index];
		}
		ZoneOffsetTransition rule = this.rules.nextTransition(Instant.ofEpochSecond(epochSecond));
		return (rule != null) ? rule.toEpochSecond() : null;
	}

}
