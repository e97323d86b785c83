package se.klockan.zone;

import java.time.Instant;

/**
 * A zone's rules as a POSIX TZ string ({@code CET-1CEST,M3.5.0,M10.5.0/3}), the form C libraries
 * take in {@code TZ} and microcontrollers in {@code configTzTime}: the one zic wrote at the end of
 * the zone's TZif file in the shipped release.
 * <p>
 * A POSIX string holds one standard and one daylight-saving rule, repeated every year. Where a
 * zone's future has changes no such rule describes (changes the tz database lists one by one),
 * the string describes the time after the last of them, and {@link #exactFrom} says from when it
 * is exact.
 *
 * @param string the TZ string
 * @param exactFrom when the string starts to give every offset exactly: null when it already
 * does at the instant it was asked for, else the last change the tz database lists one by one
 */
public record PosixTz(String string, Instant exactFrom) {

	/** The rules of {@code zone} as they stand after {@code now}. */
	public static PosixTz of(Zone zone, Instant now) {
		Long last = zone.rules().lastChange();
		Instant exactFrom = (last != null && last > now.getEpochSecond()) ? Instant.ofEpochSecond(last) : null;
		return new PosixTz(zone.rules().after().text(), exactFrom);
	}

}
