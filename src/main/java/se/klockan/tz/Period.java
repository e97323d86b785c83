package se.klockan.tz;

import java.time.ZoneOffset;

/**
 * What holds in a zone between two of its changes, as the tz database's main data gives it
 * (the TZif file's local time type): negative daylight saving included, so Dublin's winter is
 * daylight saving at {@code GMT} with a standard offset of +01.
 *
 * @param offset the offset from UTC
 * @param standardOffset the offset without daylight saving (the tz database's {@code STDOFF})
 * @param dst whether this is daylight saving time (TZif's {@code isdst})
 * @param abbreviation what the tz database calls it: {@code CEST}, {@code GMT}, {@code +0545}
 */
public record Period(ZoneOffset offset, ZoneOffset standardOffset, boolean dst, String abbreviation) {

	/** The offset less the standard offset, in seconds: negative in Dublin's winter. */
	public int dstOffset() {
		return this.offset.getTotalSeconds() - this.standardOffset.getTotalSeconds();
	}

}
