package se.klockan.zone;

import tools.jackson.databind.annotation.JsonSerialize;

import se.klockan.web.TextForm;

/**
 * The time in one zone at one instant, with WorldTimeAPI's field names, order and JSON types,
 * so that its clients can switch to Klockan by changing the host name alone.
 *
 * @param abbreviation short zone name at that instant ({@code CET}, {@code CEST}, {@code +0545})
 * @param clientIp the caller's address
 * @param datetime local date-time with offset and microseconds
 * @param dayOfWeek Sunday = 0 to Saturday = 6
 * @param dayOfYear 1 to 366, local
 * @param dst whether daylight saving time is in effect
 * @param dstFrom while DST is in effect, the UTC instant the current DST period began
 * @param dstOffset seconds of daylight saving now
 * @param dstUntil while DST is in effect, the UTC instant it ends
 * @param rawOffset standard offset in seconds, without DST
 * @param timezone the zone id
 * @param unixtime whole seconds since the epoch
 * @param utcDatetime the same instant in UTC, in the form of {@code datetime}
 * @param utcOffset {@code +HH:MM} or {@code -HH:MM}
 * @param weekNumber ISO-8601 week of the local date
 */
@JsonSerialize(using = WorldTimeSerializer.class)
public record WorldTime(String abbreviation, String clientIp, String datetime, int dayOfWeek, int dayOfYear,
		boolean dst, String dstFrom, int dstOffset, String dstUntil, int rawOffset, String timezone, long unixtime,
		String utcDatetime, String utcOffset, int weekNumber) implements TextForm {

	/** WorldTimeAPI's {@code .txt} form: the JSON's fields, names and order as {@code key: value} lines. */
	@Override
	public String text() {
		return "abbreviation: " + this.abbreviation + "\nclient_ip: " + this.clientIp + "\ndatetime: " + this.datetime
				+ "\nday_of_week: " + this.dayOfWeek + "\nday_of_year: " + this.dayOfYear + "\ndst: " + this.dst
				+ "\ndst_from: " + orEmpty(this.dstFrom) + "\ndst_offset: " + this.dstOffset + "\ndst_until: "
				+ orEmpty(this.dstUntil) + "\nraw_offset: " + this.rawOffset + "\ntimezone: " + this.timezone
				+ "\nunixtime: " + this.unixtime + "\nutc_datetime: " + this.utcDatetime + "\nutc_offset: "
				+ this.utcOffset + "\nweek_number: " + this.weekNumber + "\n";
	}

	private static String orEmpty(String value) {
		return (value != null) ? value : "";
	}

}
