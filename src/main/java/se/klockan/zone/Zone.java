package se.klockan.zone;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import se.klockan.tz.Period;
import se.klockan.tz.TzRules;

/**
 * A zone by its tz database name, with the rules that give its time: its own, or for a link
 * ({@code US/Eastern}, {@code EST}), those of the zone it links to.
 *
 * @param name the name answers carry ({@code timezone}), spelt as the tz database spells it
 * @param rules the shipped tz database's rules for it
 */
public record Zone(String name, TzRules rules) {

	/** The date and time here at {@code instant}. */
	public OffsetDateTime at(Instant instant) {
		return instant.atOffset(this.rules.periodAt(instant.getEpochSecond()).offset());
	}

	/**
	 * Every change of the offset from UTC from {@code from} (inclusive) to {@code to} (exclusive),
	 * in order; {@link InvalidTimeException} when there are more than {@code most}.
	 */
	public List<Transition> transitions(Instant from, Instant to, int most) {
		List<Transition> transitions = new ArrayList<>();
		// Changes fall on whole seconds: those from the first at or after from to the last before to.
		long first = ceiling(from);
		long end = ceiling(to);
		for (Long change = this.rules.nextChange(first - 1); change != null && change < end; change = this.rules
			.nextChange(change)) {
			Period before = this.rules.periodAt(change - 1);
			Period after = this.rules.periodAt(change);
			if (before.offset().equals(after.offset())) {
				continue;
			}
			if (transitions.size() == most) {
				throw new InvalidTimeException("More than " + most + " changes of offset in " + this.name
						+ " between from and to: ask for a shorter interval");
			}
			transitions.add(new Transition(
					WorldTimes.rfc3339(LocalDateTime.ofEpochSecond(change, 0, ZoneOffset.UTC), ZoneOffset.UTC), change,
					WorldTimes.utcOffset(before.offset()), WorldTimes.utcOffset(after.offset()),
					after.standardOffset().getTotalSeconds(), after.dstOffset(), after.dst(), after.abbreviation()));
		}
		return transitions;
	}

	private static long ceiling(Instant instant) {
		return instant.getEpochSecond() + ((instant.getNano() > 0) ? 1 : 0);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
