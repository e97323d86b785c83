package se.klockan.zone;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;

/**
 * Writes a {@link WorldTime} with WorldTimeAPI's field names, in its order, straight to the
 * generator: the hottest answer Klockan gives, so no per-request reflection and names encoded
 * once.
 */
public class WorldTimeSerializer extends ValueSerializer<WorldTime> {

	private static final SerializableString ABBREVIATION = new SerializedString("abbreviation");

	private static final SerializableString CLIENT_IP = new SerializedString("client_ip");

	private static final SerializableString DATETIME = new SerializedString("datetime");

	private static final SerializableString DAY_OF_WEEK = new SerializedString("day_of_week");

	private static final SerializableString DAY_OF_YEAR = new SerializedString("day_of_year");

	private static final SerializableString DST = new SerializedString("dst");

	private static final SerializableString DST_FROM = new SerializedString("dst_from");

	private static final SerializableString DST_OFFSET = new SerializedString("dst_offset");

	private static final SerializableString DST_UNTIL = new SerializedString("dst_until");

	private static final SerializableString RAW_OFFSET = new SerializedString("raw_offset");

	private static final SerializableString TIMEZONE = new SerializedString("timezone");

	private static final SerializableString UNIXTIME = new SerializedString("unixtime");

	private static final SerializableString UTC_DATETIME = new SerializedString("utc_datetime");

	private static final SerializableString UTC_OFFSET = new SerializedString("utc_offset");

	private static final SerializableString WEEK_NUMBER = new SerializedString("week_number");

	@Override
	public void serialize(WorldTime time, JsonGenerator json, SerializationContext context) {
		json.writeStartObject(time);
		writeFields(time, json);
		json.writeEndObject();
	}

	/** The fields alone, for an answer that adds its own after them. */
	public static void writeFields(WorldTime time, JsonGenerator json) {
		json.writeName(ABBREVIATION);
		json.writeString(time.abbreviation());
		json.writeName(CLIENT_IP);
		json.writeString(time.clientIp());
		json.writeName(DATETIME);
		json.writeString(time.datetime());
		json.writeName(DAY_OF_WEEK);
		json.writeNumber(time.dayOfWeek());
		json.writeName(DAY_OF_YEAR);
		json.writeNumber(time.dayOfYear());
		json.writeName(DST);
		json.writeBoolean(time.dst());
		json.writeName(DST_FROM);
		json.writeString(time.dstFrom());
		json.writeName(DST_OFFSET);
		json.writeNumber(time.dstOffset());
		json.writeName(DST_UNTIL);
		json.writeString(time.dstUntil());
		json.writeName(RAW_OFFSET);
		json.writeNumber(time.rawOffset());
		json.writeName(TIMEZONE);
		json.writeString(time.timezone());
		json.writeName(UNIXTIME);
		json.writeNumber(time.unixtime());
		json.writeName(UTC_DATETIME);
		json.writeString(time.utcDatetime());
		json.writeName(UTC_OFFSET);
		json.writeString(time.utcOffset());
		json.writeName(WEEK_NUMBER);
		json.writeNumber(time.weekNumber());
	}

}
