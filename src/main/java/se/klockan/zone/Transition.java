package se.klockan.zone;

import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/**
 * A change of a zone's offset from UTC, and what holds after it.
 *
 * @param utcDatetime when, in UTC, in the form of WorldTimeAPI's {@code utc_datetime}
 * @param unixtime when, in seconds since the epoch
 * @param utcOffsetBefore the offset until then, {@code +HH:MM}
 * @param utcOffsetAfter the offset from then on
 * @param rawOffset the standard offset after it, in seconds
 * @param dstOffset the daylight saving after it, in seconds (negative in Dublin's winter)
 * @param dst whether daylight saving time holds after it
 * @param abbreviation what the tz database calls the time after it
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record Transition(String utcDatetime, long unixtime, String utcOffsetBefore, String utcOffsetAfter,
		int rawOffset, int dstOffset, boolean dst, String abbreviation) {

	/** Its fields in the JSON's order, separated by tabs: a line of a {@code .txt} answer. */
	public String line() {
		return String.join("\t", this.utcDatetime, Long.toString(this.unixtime), this.utcOffsetBefore,
				this.utcOffsetAfter, Integer.toString(this.rawOffset), Integer.toString(this.dstOffset),
				Boolean.toString(this.dst), this.abbreviation);
	}

}
