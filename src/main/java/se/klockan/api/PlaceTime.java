package se.klockan.api;

import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.annotation.JsonSerialize;

import se.klockan.place.Place;
import se.klockan.web.TextForm;
import se.klockan.zone.WorldTime;
import se.klockan.zone.WorldTimeSerializer;

/**
 * The time at a place: WorldTimeAPI's fields, in its order, then {@code place}, what the name
 * matched: its name, country, coordinates and population.
 */
@JsonSerialize(using = PlaceTime.Serializer.class)
record PlaceTime(WorldTime time, Place place) implements TextForm {

	/** The same lines as {@code /api/timezone/{zone}.txt}, then the place's as {@code place_...: value}. */
	@Override
	public String text() {
		return this.time.text() + "place_name: " + this.place.name() + "\nplace_country_code: "
				+ this.place.countryCode() + "\nplace_latitude: " + this.place.latitude() + "\nplace_longitude: "
				+ this.place.longitude() + "\nplace_population: " + this.place.population() + "\n";
	}

	static final class Serializer extends ValueSerializer<PlaceTime> {

		@Override
		public void serialize(PlaceTime value, JsonGenerator json, SerializationContext context) {
			json.writeStartObject(value);
			WorldTimeSerializer.writeFields(value.time(), json);
			Place place = value.place();
			json.writeName("place");
			json.writeStartObject(place);
			json.writeName("name");
			json.writeString(place.name());
			json.writeName("country_code");
			json.writeString(place.countryCode());
			json.writeName("latitude");
			json.writeNumber(place.latitude());
			json.writeName("longitude");
			json.writeNumber(place.longitude());
			json.writeName("population");
			json.writeNumber(place.population());
			json.writeEndObject();
			json.writeEndObject();
		}

	}

}
