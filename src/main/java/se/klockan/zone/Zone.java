package se.klockan.zone;

import java.time.Instant;
import java.time.OffsetDateTime;

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

	@Override
	public String toString() {
		return this.name;
	}

}
