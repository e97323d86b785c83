package se.klockan.zone;

import java.time.ZoneId;

/**
 * A zone by its tz database name, and the JDK zone whose rules it keeps: the same zone, or for a
 * name the JDK's tz data leaves out ({@code EST}, {@code GMT+0}), the zone that name links to.
 *
 * @param name the name answers carry ({@code timezone}), spelt as the tz database spells it
 * @param id the zone whose rules give the time
 */
public record Zone(String name, ZoneId id) {

	/** A zone the JDK knows, under its own id. */
	public static Zone of(ZoneId id) {
		return new Zone(id.getId(), id);
	}

	@Override
	public String toString() {
		return this.name;
	}

}
