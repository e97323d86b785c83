package se.klockan.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.klockan.ip.IpConfiguration;
import se.klockan.zone.Zones;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

import static org.assertj.core.api.Assertions.assertThat;

/** The WorldTimeAPI contract over HTTP: field names, JSON types, text form, lists and errors. */
@WebMvcTest(ZoneController.class)
@Import(IpConfiguration.class)
class ZoneControllerTests {

	static final Instant NOW = Instant.parse("2026-07-01T10:00:00.5Z");

	static final Map<String, Class<?>> FIELD_TYPES = new LinkedHashMap<>();

	static {
		FIELD_TYPES.put("abbreviation", String.class);
		FIELD_TYPES.put("client_ip", String.class);
		FIELD_TYPES.put("datetime", String.class);
		FIELD_TYPES.put("day_of_week", Integer.class);
		FIELD_TYPES.put("day_of_year", Integer.class);
		FIELD_TYPES.put("dst", Boolean.class);
		FIELD_TYPES.put("dst_from", String.class);
		FIELD_TYPES.put("dst_offset", Integer.class);
		FIELD_TYPES.put("dst_until", String.class);
		FIELD_TYPES.put("raw_offset", Integer.class);
		FIELD_TYPES.put("timezone", String.class);
		FIELD_TYPES.put("unixtime", Integer.class);
		FIELD_TYPES.put("utc_datetime", String.class);
		FIELD_TYPES.put("utc_offset", String.class);
		FIELD_TYPES.put("week_number", Integer.class);
	}

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@Autowired
	JsonMapper json;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Test
	void zoneAnswersWorldTimeApiJson() {
		assertThat(this.mvc.get().uri("/api/timezone/Europe/Stockholm")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.hasBodyTextEqualTo("""
					{"abbreviation":"CEST","client_ip":"127.0.0.1","datetime":"2026-07-01T12:00:00.500000+02:00",\
					"day_of_week":3,"day_of_year":182,"dst":true,"dst_from":"2026-03-29T01:00:00+00:00",\
					"dst_offset":3600,"dst_until":"2026-10-25T01:00:00+00:00","raw_offset":3600,\
					"timezone":"Europe/Stockholm","unixtime":1782900000,\
					"utc_datetime":"2026-07-01T10:00:00.500000+00:00","utc_offset":"+02:00","week_number":27}""");
	}

	@Test
	void atDescribesThatInstantInEveryField() {
		assertThat(this.mvc.get().uri("/api/timezone/Europe/Stockholm?at=2027-03-28T01:30:00Z")).hasStatusOk()
			.hasBodyTextEqualTo("""
					{"abbreviation":"CEST","client_ip":"127.0.0.1","datetime":"2027-03-28T03:30:00.000000+02:00",\
					"day_of_week":0,"day_of_year":87,"dst":true,"dst_from":"2027-03-28T01:00:00+00:00",\
					"dst_offset":3600,"dst_until":"2027-10-31T01:00:00+00:00","raw_offset":3600,\
					"timezone":"Europe/Stockholm","unixtime":1806197400,\
					"utc_datetime":"2027-03-28T01:30:00.000000+00:00","utc_offset":"+02:00","week_number":12}""");
		// Before the change: standard time, no daylight-saving period to name.
		assertThat(this.mvc.get().uri("/api/timezone/Europe/Stockholm.txt")
			.param("at", "2027-03-28T01:59:59.999999+01:00"))
			.hasStatusOk()
			.bodyText()
			.contains("abbreviation: CET\n", "datetime: 2027-03-28T01:59:59.999999+01:00\n", "dst: false\n",
					"dst_from: \n", "dst_until: \n", "unixtime: 1806195599\n");
		// Unix seconds round down, before the epoch too; local mean time keeps its seconds.
		assertThat(this.mvc.get().uri("/api/timezone/Africa/Monrovia?at=-1000000000.5")).bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.unixtime").isEqualTo(-1000000001);
				assertThat(json).extractingPath("$.datetime").isEqualTo("1938-04-24T21:28:49.500000-00:44:30");
				assertThat(json).extractingPath("$.utc_offset").isEqualTo("-00:44:30");
				assertThat(json).extractingPath("$.abbreviation").isEqualTo("MMT");
			});
	}

	@Test
	void atWorksOnEveryAnswerInWorldTimeApisShape() {
		assertThat(this.mvc.get().uri("/api/ip/81.2.69.160?at=1806197400")).bodyJson()
			.extractingPath("$.datetime")
			.isEqualTo("2027-03-28T02:30:00.000000+01:00");
		assertThat(this.mvc.get().uri("/api/ip?at=1806197400").with(from("81.2.69.160"))).bodyJson()
			.extractingPath("$.abbreviation")
			.isEqualTo("BST");
		assertThat(this.mvc.get().uri("/developer/api/timezone/Asia/Tokyo.txt?at=0")).bodyText()
			.contains("datetime: 1970-01-01T09:00:00.000000+09:00\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "2027-03-28T01:30:00", "2027-02-30T00:00:00Z", "10000-01-01T00:00:00Z", "1e999", "NaN",
			"", "+1", "1806200000.1234567" })
	void aBadAtIsA400InWorldTimeApisShape(String at) {
		assertThat(this.mvc.get().uri("/api/timezone/Europe/Stockholm").param("at", at)).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.startsWith("at must be Unix seconds (1806200000; up to six fraction digits: 1806200000.25) or an "
					+ "RFC 3339 date-time with Z or a numeric offset");
		assertThat(this.mvc.get().uri("/api/ip/81.2.69.160.txt").param("at", at)).hasStatus(400)
			.bodyText()
			.startsWith("error: at must be Unix seconds")
			.hasLineCount(1);
	}

	@Test
	void severalAtsOrAVeryLongOneAreA400() {
		assertThat(this.mvc.get().uri("/api/timezone/UTC?at=1&at=2")).hasStatus(400)
			.hasBodyTextEqualTo("{\"error\":\"at is given 2 times; give it once\"}");
		assertThat(this.mvc.get().uri("/api/timezone/UTC").param("at", "9".repeat(5000))).hasStatus(400)
			.bodyJson()
			.extractingPath("$.error")
			.asString()
			.endsWith("; not '" + "9".repeat(64) + "…'");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Europe/Stockholm", "America/Argentina/Buenos_Aires", "Asia/Kathmandu", "Etc/GMT+5",
			"Australia/Lord_Howe", "UTC" })
	void everyFieldIsThereWithItsJsonType(String zone) {
		Map<String, Object> fields = body("/api/timezone/" + zone);
		assertThat(fields.keySet()).containsExactlyElementsOf(FIELD_TYPES.keySet());
		FIELD_TYPES.forEach((name, type) -> {
			Object value = fields.get(name);
			if (value != null || !name.startsWith("dst_") || name.equals("dst_offset")) {
				assertThat(value).as(name).isInstanceOf(type);
			}
		});
		assertThat(fields.get("timezone")).isEqualTo(zone);
	}

	@Test
	void textHasTheSameFieldsAsKeyValueLines() {
		assertThat(this.mvc.get().uri("/api/timezone/America/New_York.txt")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo("""
					abbreviation: EDT
					client_ip: 127.0.0.1
					datetime: 2026-07-01T06:00:00.500000-04:00
					day_of_week: 3
					day_of_year: 182
					dst: true
					dst_from: 2026-03-08T07:00:00+00:00
					dst_offset: 3600
					dst_until: 2026-11-01T06:00:00+00:00
					raw_offset: -18000
					timezone: America/New_York
					unixtime: 1782900000
					utc_datetime: 2026-07-01T10:00:00.500000+00:00
					utc_offset: -04:00
					week_number: 27
					""");
		assertThat(this.mvc.get().uri("/api/timezone/Asia/Kathmandu.txt")).bodyText()
			.contains("dst_from: \n", "abbreviation: +0545\n");
	}

	@Test
	void listsEveryZoneAsJsonAndText() throws Exception {
		List<String> zones = this.json.readValue(
				this.mvc.get().uri("/api/timezone").exchange().getResponse().getContentAsString(),
				new TypeReference<List<String>>() {
				});
		assertThat(zones).isEqualTo(Zones.all());
		assertThat(this.mvc.get().uri("/api/timezone.txt")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo(String.join("\n", Zones.all()) + "\n");
	}

	@Test
	void listsTheZonesOfAnArea() {
		assertThat(this.mvc.get().uri("/api/timezone/Antarctica")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.extractingPath("$[0]")
			.isEqualTo("Antarctica/Casey");
		assertThat(this.mvc.get().uri("/api/timezone/America/Argentina.txt")).bodyText()
			.startsWith("America/Argentina/Buenos_Aires\nAmerica/Argentina/Catamarca\n");
	}

	@Test
	void everyListedZoneAnswers() throws Exception {
		for (String zone : Zones.all()) {
			assertThat(body("/api/timezone/" + zone)).as(zone).containsEntry("timezone", zone).hasSize(15);
		}
	}

	@Test
	void unknownLocationIsWorldTimeApisErrorInBothFormats() {
		assertThat(this.mvc.get().uri("/api/timezone/Europe/Atlantis")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("{\"error\":\"unknown location\"}");
		assertThat(this.mvc.get().uri("/api/timezone/Atlantis.txt")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo("error: unknown location\n");
	}

	@Test
	void ipAnswersTheTimeWhereTheAddressIs() {
		assertThat(this.mvc.get().uri("/api/ip/81.2.69.160")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("""
					{"abbreviation":"BST","client_ip":"81.2.69.160","datetime":"2026-07-01T11:00:00.500000+01:00",\
					"day_of_week":3,"day_of_year":182,"dst":true,"dst_from":"2026-03-29T01:00:00+00:00",\
					"dst_offset":3600,"dst_until":"2026-10-25T01:00:00+00:00","raw_offset":0,\
					"timezone":"Europe/London","unixtime":1782900000,"utc_datetime":"2026-07-01T10:00:00.500000+00:00",\
					"utc_offset":"+01:00","week_number":27}""");
	}

	@Test
	void ipWithoutAnAddressIsTheCallers() {
		assertThat(this.mvc.get().uri("/api/ip").with(from("81.2.69.160"))).hasStatusOk()
			.bodyJson()
			.extractingPath("$.timezone")
			.isEqualTo("Europe/London");
		assertThat(this.mvc.get().uri("/api/ip.txt").with(from("81.2.69.160"))).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.bodyText()
			.startsWith("abbreviation: BST\nclient_ip: 81.2.69.160\n")
			.contains("\ntimezone: Europe/London\n");
	}

	@Test
	void ipAsTextHasTheSameLinesAsTheZone() throws Exception {
		String zone = this.mvc.get().uri("/api/timezone/Europe/London.txt").exchange().getResponse().getContentAsString();
		assertThat(this.mvc.get().uri("/api/ip/81.2.69.160.txt")).hasStatusOk()
			.hasBodyTextEqualTo(zone.replace("client_ip: 127.0.0.1", "client_ip: 81.2.69.160"));
	}

	@Test
	void ipv6AndIpv4MappedAddressesAnswer() {
		assertThat(body("/api/ip/2a02:aa1::1")).extractingByKey("timezone").asString().startsWith("Europe/");
		assertThat(body("/api/ip/::ffff:81.2.69.160")).containsEntry("timezone", "Europe/London")
			.containsEntry("client_ip", "::ffff:81.2.69.160");
		assertThat(body("/api/ip/64:ff9b::5102:45a0")).containsEntry("timezone", "Europe/London");
		assertThat(this.mvc.get().uri("/api/ip/2a02:aa1::1.txt")).hasStatusOk().bodyText().contains("timezone: Europe/");
	}

	@ParameterizedTest
	@ValueSource(strings = { "10.0.0.1", "172.16.5.4", "192.168.1.10", "127.0.0.1", "169.254.1.1", "100.64.0.1",
			"192.0.2.1", "198.51.100.7", "203.0.113.255", "224.0.0.1", "240.0.0.1", "255.255.255.255", "0.0.0.0",
			"::1", "::", "fe80::1", "fe80::1%25eth0", "fc00::1", "fd12:3456::1", "ff02::1", "2001:db8::1",
			"::ffff:192.168.1.1" })
	void addressesWithNoPlaceAreUnknownLocations(String address) {
		assertThat(this.mvc.get().uri("/api/ip/" + address)).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("{\"error\":\"unknown location\"}");
		assertThat(this.mvc.get().uri("/api/ip/" + address + ".txt")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo("error: unknown location\n");
	}

	@ParameterizedTest
	@ValueSource(strings = { "999.1.1.1", "1.2.3", "1.2.3.4.5", "01.2.3.4", "1..2.3", "::gg", "1:2:3:4:5:6:7:8:9",
			"abc", "example.com", "1.2.3.4/24", "1.2.3.4/extra", "%00", "%20", "::ffff:1.2.3", "[::1]" })
	void malformedAddressesAreBadRequests(String address) {
		assertThat(this.mvc.get().uri("/api/ip/" + address)).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("{\"error\":\"malformed ip\"}");
		assertThat(this.mvc.get().uri("/api/ip/" + address + ".txt")).hasStatus(400)
			.hasBodyTextEqualTo("error: malformed ip\n");
	}

	@Test
	void anOverlongAddressIsABadRequest() {
		assertThat(this.mvc.get().uri("/api/ip/" + "1".repeat(5000))).hasStatus(400)
			.hasBodyTextEqualTo("{\"error\":\"malformed ip\"}");
	}

	@Test
	void aTrailingSlashIsTheCallersOwnAddress() {
		assertThat(this.mvc.get().uri("/api/ip/")).hasStatus(404).hasBodyTextEqualTo("{\"error\":\"unknown location\"}");
	}

	@Test
	void theCallersPrivateAddressIsAnUnknownLocationWithoutAFallback() {
		assertThat(this.mvc.get().uri("/api/ip").with(from("192.168.1.20"))).hasStatus(404)
			.hasBodyTextEqualTo("{\"error\":\"unknown location\"}");
	}

	static RequestPostProcessor from(String address) {
		return (request) -> {
			request.setRemoteAddr(address);
			return request;
		};
	}

	@Test
	void acceptHeaderDoesNotChangeTheFormat() {
		assertThat(this.mvc.get().uri("/api/timezone/Europe/Stockholm").accept(MediaType.TEXT_HTML)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON);
	}

	private Map<String, Object> body(String uri) {
		try {
			return this.json.readValue(this.mvc.get().uri(uri).exchange().getResponse().getContentAsString(),
					new TypeReference<Map<String, Object>>() {
					});
		}
		catch (Exception ex) {
			throw new AssertionError(ex);
		}
	}

}
