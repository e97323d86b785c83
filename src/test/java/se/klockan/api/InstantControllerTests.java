package se.klockan.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/** Conversion between zones and a zone's changes of offset, over HTTP, with the clock at a fixed instant. */
@WebMvcTest(InstantController.class)
class InstantControllerTests {

	static final Instant NOW = Instant.parse("2026-12-07T10:00:00Z");

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Test
	void convertsAWallClockTimeToAnotherZone() {
		assertThat(this.mvc.get().uri("/api/convert?from=America/New_York&to=Asia/Tokyo&datetime=2027-03-14T09:00"))
			.hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("""
					{"from":{"abbreviation":"EDT","client_ip":"127.0.0.1","datetime":"2027-03-14T09:00:00.000000-04:00",\
					"day_of_week":0,"day_of_year":73,"dst":true,"dst_from":"2027-03-14T07:00:00+00:00","dst_offset":3600,\
					"dst_until":"2027-11-07T06:00:00+00:00","raw_offset":-18000,"timezone":"America/New_York",\
					"unixtime":1805029200,"utc_datetime":"2027-03-14T13:00:00.000000+00:00","utc_offset":"-04:00",\
					"week_number":10},\
					"to":{"abbreviation":"JST","client_ip":"127.0.0.1","datetime":"2027-03-14T22:00:00.000000+09:00",\
					"day_of_week":0,"day_of_year":73,"dst":false,"dst_from":null,"dst_offset":0,"dst_until":null,\
					"raw_offset":32400,"timezone":"Asia/Tokyo","unixtime":1805029200,\
					"utc_datetime":"2027-03-14T13:00:00.000000+00:00","utc_offset":"+09:00","week_number":10},\
					"resolution":"exact"}""");
	}

	@ParameterizedTest
	@CsvSource({ "compatible, 2027-03-14T03:30:00.000000-04:00, gap", ", 2027-03-14T03:30:00.000000-04:00, gap",
			"later, 2027-03-14T03:30:00.000000-04:00, gap", "earlier, 2027-03-14T01:30:00.000000-05:00, gap" })
	void aTimeInAGapMovesAsTemporalMovesIt(String disambiguation, String datetime, String resolution) {
		String option = (disambiguation != null) ? "&disambiguation=" + disambiguation : "";
		assertThat(this.mvc.get()
			.uri("/api/convert?from=america/new_york&to=UTC&datetime=2027-03-14T02:30" + option))
			.hasStatusOk()
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.from.datetime").isEqualTo(datetime);
				assertThat(json).extractingPath("$.from.timezone").isEqualTo("America/New_York");
				assertThat(json).extractingPath("$.resolution").isEqualTo(resolution);
			});
	}

	@Test
	void anOverlapTakesTheEarlierInstantUnlessAskedForTheLater() {
		assertThat(this.mvc.get().uri("/api/convert?from=America/New_York&to=UTC&datetime=2027-11-07T01:30"))
			.bodyJson()
			.extractingPath("$.to.datetime")
			.isEqualTo("2027-11-07T05:30:00.000000+00:00");
		assertThat(this.mvc.get()
			.uri("/api/convert?from=America/New_York&to=UTC&datetime=2027-11-07T01:30&disambiguation=later"))
			.bodyJson()
			.extractingPath("$.to.datetime")
			.isEqualTo("2027-11-07T06:30:00.000000+00:00");
	}

	@Test
	void conversionAsTextIsBothZonesLinesThenTheResolution() {
		assertThat(this.mvc.get()
			.uri("/api/convert.txt?from=Europe/Stockholm&to=Europe/London&datetime=2027-10-31T02:30:15.5"))
			.hasStatusOk()
			.hasContentType("text/plain;charset=UTF-8")
			.bodyText()
			.startsWith("from_abbreviation: CEST\nfrom_client_ip: 127.0.0.1\n"
					+ "from_datetime: 2027-10-31T02:30:15.500000+02:00\n")
			.contains("\nto_abbreviation: BST\n", "\nto_datetime: 2027-10-31T01:30:15.500000+01:00\n")
			.endsWith("to_week_number: 43\nresolution: overlap\n");
	}

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ", value = {
			"from=Europe/Stockholm&to=UTC -> datetime is missing: give a local date-time without an offset",
			"to=UTC&datetime=2027-03-14T09:00 -> from is missing: give a zone name such as Europe/Stockholm",
			"from=UTC&datetime=2027-03-14T09:00 -> to is missing: give a zone name such as Europe/Stockholm",
			"from=UTC&to=UTC&datetime=2027-02-30T09:00 -> datetime must be a local date-time without an offset",
			"from=UTC&to=UTC&datetime=2027-03-14T09:00Z -> datetime must be a local date-time without an offset",
			"from=UTC&to=UTC&datetime=2027-03-14T09:00&datetime=2027-03-14T10:00 -> datetime is given 2 times; give it once",
			"from=UTC&to=UTC&datetime=2027-03-14T09:00&disambiguation=first -> disambiguation must be compatible (the default), earlier, later or reject; not 'first'",
			"from=America/New_York&to=UTC&datetime=2027-03-14T02:30&disambiguation=reject -> 2027-03-14T02:30 never happens in America/New_York",
			"from=America/New_York&to=UTC&datetime=2027-11-07T01:30&disambiguation=reject -> 2027-11-07T01:30 happens twice in America/New_York" })
	void badInputIsA400InWorldTimeApisShape(String query, String error) {
		assertThat(this.mvc.get().uri("/api/convert?" + query)).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.startsWith(error);
		assertThat(this.mvc.get().uri("/api/convert.txt?" + query)).hasStatus(400)
			.bodyText()
			.startsWith("error: " + error)
			.hasLineCount(1);
	}

	@Test
	void anUnknownZoneIsAnUnknownLocation() {
		assertThat(this.mvc.get().uri("/api/convert?from=Europe/Atlantis&to=UTC&datetime=2027-03-14T09:00"))
			.hasStatus(404)
			.hasBodyTextEqualTo("{\"error\":\"unknown location\"}");
		for (String path : new String[] { "/api/transitions/Europe/Atlantis", "/api/transitions", "/api/transitions/",
				"/api/transitions.txt" }) {
			assertThat(this.mvc.get().uri(path)).hasStatus(404).bodyText().contains("unknown location");
		}
	}

	@Test
	void transitionsListEveryChangeOfOffsetInTheInterval() {
		assertThat(this.mvc.get()
			.uri("/api/transitions/Europe/Stockholm?from=2027-01-01T00:00:00Z&to=2028-01-01T00:00:00Z"))
			.hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("""
					{"timezone":"Europe/Stockholm","transitions":[\
					{"utc_datetime":"2027-03-28T01:00:00.000000+00:00","unixtime":1806195600,"utc_offset_before":"+01:00",\
					"utc_offset_after":"+02:00","raw_offset":3600,"dst_offset":3600,"dst":true,"abbreviation":"CEST"},\
					{"utc_datetime":"2027-10-31T01:00:00.000000+00:00","unixtime":1824944400,"utc_offset_before":"+02:00",\
					"utc_offset_after":"+01:00","raw_offset":3600,"dst_offset":0,"dst":false,"abbreviation":"CET"}]}""");
		assertThat(this.mvc.get().uri("/api/transitions/europe/stockholm.txt?from=1806195600&to=1824944400"))
			.hasStatusOk()
			.hasContentType("text/plain;charset=UTF-8")
			.hasBodyTextEqualTo("2027-03-28T01:00:00.000000+00:00\t1806195600\t+01:00\t+02:00\t3600\t3600\ttrue\tCEST\n");
	}

	@Test
	void transitionsAreFromNowForAYearByDefault() {
		assertThat(this.mvc.get().uri("/api/transitions/America/Vancouver")).hasStatusOk()
			.hasBodyTextEqualTo("{\"timezone\":\"America/Vancouver\",\"transitions\":[]}");
		assertThat(this.mvc.get().uri("/api/transitions/Europe/Stockholm")).bodyJson()
			.extractingPath("$.transitions[*].utc_datetime")
			.asArray()
			.containsExactly("2027-03-28T01:00:00.000000+00:00", "2027-10-31T01:00:00.000000+00:00");
		assertThat(this.mvc.get().uri("/api/transitions/Europe/Stockholm?from=2027-10-31T01:00:00Z")).bodyJson()
			.extractingPath("$.transitions[*].unixtime")
			.asArray()
			.containsExactly(1824944400, 1837645200, 1856394000);
	}

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ", value = { "from=2028-01-01T00:00:00Z&to=2027-01-01T00:00:00Z -> from must not be after to",
			"from=1900-01-01T00:00:00Z&to=2100-01-01T00:00:01Z -> from and to may be at most 200 years apart",
			"to=1e999 -> to must be Unix seconds", "from=2027-03-28T01:30:00 -> from must be Unix seconds",
			"from=1&from=2 -> from is given 2 times; give it once" })
	void badIntervalsAreA400(String query, String error) {
		assertThat(this.mvc.get().uri("/api/transitions/Europe/Stockholm?" + query)).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.startsWith(error);
	}

	@Test
	void twoHundredYearsAreAnswered() {
		assertThat(this.mvc.get()
			.uri("/api/transitions/Europe/Stockholm?from=1900-01-01T00:00:00Z&to=2100-01-01T00:00:00Z"))
			.hasStatusOk()
			.bodyJson()
			.extractingPath("$.transitions.length()")
			.isEqualTo(242);
	}

}
