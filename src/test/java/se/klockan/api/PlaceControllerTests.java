package se.klockan.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import se.klockan.place.PlaceConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** The time at a point and at a place: WorldTimeAPI's object, its text form, searches and errors. */
@WebMvcTest(PlaceController.class)
@Import(PlaceConfiguration.class)
class PlaceControllerTests {

	static final Instant NOW = Instant.parse("2026-07-01T10:00:00.5Z");

	/** {@code /api/timezone/Europe/Stockholm} at {@link #NOW}, as ZoneControllerTests has it. */
	static final String STOCKHOLM = """
			"abbreviation":"CEST","client_ip":"127.0.0.1","datetime":"2026-07-01T12:00:00.500000+02:00",\
			"day_of_week":3,"day_of_year":182,"dst":true,"dst_from":"2026-03-29T01:00:00+00:00",\
			"dst_offset":3600,"dst_until":"2026-10-25T01:00:00+00:00","raw_offset":3600,\
			"timezone":"Europe/Stockholm","unixtime":1782900000,\
			"utc_datetime":"2026-07-01T10:00:00.500000+00:00","utc_offset":"+02:00","week_number":27""";

	static final String STOCKHOLM_TEXT = """
			abbreviation: CEST
			client_ip: 127.0.0.1
			datetime: 2026-07-01T12:00:00.500000+02:00
			day_of_week: 3
			day_of_year: 182
			dst: true
			dst_from: 2026-03-29T01:00:00+00:00
			dst_offset: 3600
			dst_until: 2026-10-25T01:00:00+00:00
			raw_offset: 3600
			timezone: Europe/Stockholm
			unixtime: 1782900000
			utc_datetime: 2026-07-01T10:00:00.500000+00:00
			utc_offset: +02:00
			week_number: 27
			""";

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Test
	void aPointAnswersAsItsZoneDoes() {
		assertThat(this.mvc.get().uri("/api/coordinates/57.70716,11.96679")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("{" + STOCKHOLM + "}");
		assertThat(this.mvc.get().uri("/api/coordinates/+57.7, 11.97.txt")).hasStatusOk()
			.hasContentType("text/plain;charset=UTF-8")
			.hasBodyTextEqualTo(STOCKHOLM_TEXT);
	}

	@Test
	void atGivesTheTimeThereAtThatInstant() {
		assertThat(this.mvc.get().uri("/api/coordinates/57.70716,11.96679?at=2027-01-01T00:00:00Z")).bodyJson()
			.extractingPath("$.datetime")
			.isEqualTo("2027-01-01T01:00:00.000000+01:00");
		assertThat(this.mvc.get().uri("/api/place/Göteborg.txt?at=2027-01-01T00:00:00Z")).bodyText()
			.contains("datetime: 2027-01-01T01:00:00.000000+01:00\n", "place_name: Göteborg\n");
		assertThat(this.mvc.get().uri("/api/place/Göteborg?at=yesterday")).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.startsWith("at must be Unix seconds");
	}

	@Test
	void theOpenSeaIsInTheNauticalZoneOfItsLongitude() {
		assertThat(this.mvc.get().uri("/api/coordinates/0,-150.txt")).hasStatusOk()
			.bodyText()
			.contains("timezone: Etc/GMT+10\n", "utc_offset: -10:00\n");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "91,0", "-90.5,0", "0,180.01", "0,-181", "NaN,0", "0,Infinity", "1e1,0", "0x1,0", "abc",
			"57.7", "57.7,11.9,3", ",", "57.7 11.9", "١٢,٣" })
	void whatIsNotAPointIsA400InWorldTimeApisShape(String point) {
		assertThat(this.mvc.get().uri("/api/coordinates/{point}", point)).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("{\"error\":\"invalid coordinates\"}");
		assertThat(this.mvc.get().uri("/api/coordinates/{point}.txt", point)).hasStatus(400)
			.hasBodyTextEqualTo("error: invalid coordinates\n");
	}

	@Test
	void aLongValueIsA400Too() {
		assertThat(this.mvc.get().uri("/api/coordinates/" + "1".repeat(5_000) + ",1")).hasStatus(400)
			.hasBodyTextEqualTo("{\"error\":\"invalid coordinates\"}");
		assertThat(this.mvc.get().uri("/api/coordinates")).hasStatus(400);
	}

	@Test
	void aPlaceAnswersAsItsZoneDoesWithWhatMatched() {
		String place = "\"place\":{\"name\":\"Göteborg\",\"country_code\":\"SE\",\"latitude\":57.70716,"
				+ "\"longitude\":11.96679,\"population\":587549}";
		for (String name : new String[] { "Göteborg", "goteborg", "Gothenburg", "Гётеборг", "GÖTEBORG" }) {
			assertThat(this.mvc.get().uri("/api/place/{name}", name)).hasStatusOk()
				.hasContentType(MediaType.APPLICATION_JSON)
				.hasBodyTextEqualTo("{" + STOCKHOLM + "," + place + "}");
		}
		assertThat(this.mvc.get().uri("/api/place/Göteborg.txt")).hasStatusOk()
			.hasBodyTextEqualTo(STOCKHOLM_TEXT + """
					place_name: Göteborg
					place_country_code: SE
					place_latitude: 57.70716
					place_longitude: 11.96679
					place_population: 587549
					""");
	}

	@Test
	void anAmbiguousNameTakesTheMostPopulousPlace() {
		assertThat(this.mvc.get().uri("/api/place/Paris")).bodyJson()
			.extractingPath("$.place.country_code")
			.isEqualTo("FR");
		assertThat(this.mvc.get().uri("/api/place/Kiev")).bodyJson().extractingPath("$.timezone").isEqualTo("Europe/Kyiv");
	}

	@Test
	void aSearchListsUpToTenPlacesWithTheirZones() {
		assertThat(this.mvc.get().uri("/api/place?q=paris")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyText()
			.startsWith("""
					[{"name":"Paris","country_code":"FR","latitude":48.85341,"longitude":2.3488,"population":2138551,\
					"timezone":"Europe/Paris"},""");
		assertThat(this.mvc.get().uri("/api/place?q=san")).bodyJson().extractingPath("$.length()").isEqualTo(10);
		assertThat(this.mvc.get().uri("/api/place.txt?q=göteborg")).hasStatusOk()
			.hasBodyTextEqualTo("Göteborg\tSE\t57.70716\t11.96679\t587549\tEurope/Stockholm\n");
	}

	@Test
	void unknownIsWorldTimeApisUnknownLocation() {
		assertThat(this.mvc.get().uri("/api/place/Xyzzyville")).hasStatus(404)
			.hasBodyTextEqualTo("{\"error\":\"unknown location\"}");
		assertThat(this.mvc.get().uri("/api/place/Xyzzyville.txt")).hasStatus(404)
			.hasBodyTextEqualTo("error: unknown location\n");
		assertThat(this.mvc.get().uri("/api/place/" + "x".repeat(5_000))).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/place?q=qqqqqqqq")).hasStatus(404)
			.hasBodyTextEqualTo("{\"error\":\"unknown location\"}");
		assertThat(this.mvc.get().uri("/api/place")).hasStatus(400).hasBodyTextEqualTo("{\"error\":\"missing q\"}");
	}

}
