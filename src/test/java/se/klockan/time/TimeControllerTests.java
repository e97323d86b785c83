package se.klockan.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

import se.klockan.ip.IpConfiguration;
import se.klockan.place.PlaceConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(TimeController.class)
@Import({ IpConfiguration.class, PlaceConfiguration.class })
class TimeControllerTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:42:22.123456789Z");

	static final String JSON = """
			{"abbreviation":"UTC","client_ip":"127.0.0.1","datetime":"2026-11-25T12:42:22.123456+00:00",\
			"day_of_week":3,"day_of_year":329,"dst":false,"dst_from":null,"dst_offset":0,"dst_until":null,\
			"raw_offset":0,"timezone":"Etc/UTC","unixtime":1795610542,\
			"utc_datetime":"2026-11-25T12:42:22.123456+00:00","utc_offset":"+00:00","week_number":48}""";

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Test
	void jsonCarriesWorldTimeApiFields() {
		assertThat(this.mvc.get().uri("/time").accept(MediaType.APPLICATION_JSON)).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo(JSON);
	}

	@Test
	void clientsThatNameNoTypeGetJson() {
		assertThat(this.mvc.get().uri("/time")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo(JSON);
		assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, "*/*")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo(JSON);
	}

	@Test
	void textIsOneLineOfRfc3339InUtc() {
		assertThat(this.mvc.get().uri("/time").accept(MediaType.TEXT_PLAIN)).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo("2026-11-25T12:42:22.123456Z\n");
	}

	@Test
	void englishBrowserGetsTheTimeIs() throws Exception {
		MvcTestResult result = this.mvc.get()
			.uri("/time")
			.header(HttpHeaders.ACCEPT, "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "en-GB,en;q=0.9")
			.exchange();
		assertThat(result).hasStatusOk().hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
		assertThat(result.getResponse().getContentAsString().replace('\u202f', ' ')).isEqualTo("""
				<!DOCTYPE html>
				<html lang="en">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>Now</title>
				<link rel="icon" href="/favicon.svg" type="image/svg+xml">
				<link rel="stylesheet" href="/klockan.css">
				</head>
				<body>
				<main data-zone="Etc/UTC" data-offsets="0">
				<h1>The time is</h1>
				<p class="now"><time datetime="2026-11-25T12:42:22.123456+00:00"><span class="clock">12:42:22</span> \
				<span class="date">Wednesday, November 25, 2026</span></time></p>
				<p class="zone">Etc/UTC</p>
				<p class="offset" aria-live="polite" hidden data-measuring="Measuring your clock…" \
				data-behind="Your clock is {0} s behind" data-ahead="Your clock is {0} s ahead" \
				data-right="Your clock is right" data-uncertainty="± {0} s" \
				data-failed="Could not measure your clock."></p>
				<form class="search" action="/time" method="get" role="search"><label for="place">The time in …</label> \
				<input id="place" name="place" type="search" value="" maxlength="200" autocomplete="off" required> \
				<button>Show</button></form>
				</main>
				<nav><a href="/time">/time</a> · <a href="/api/timezone">/api/timezone</a> · \
				<a href="/actuator/health">/actuator/health</a> · <a href="/docs">/docs</a></nav>
				<script type="module" src="/clock.js"></script>
				</body>
				</html>
				""");
	}

	@Test
	void swedishBrowserGetsKlockanAr() {
		assertThat(this.mvc.get().uri("/time").accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "sv-SE"))
			.hasStatusOk()
			.bodyText()
			.contains("<html lang=\"sv\">", "<title>Nu</title>", "<h1>Klockan är</h1>",
					"<time datetime=\"2026-11-25T12:42:22.123456+00:00\"><span class=\"clock\">12:42:22</span> "
							+ "<span class=\"date\">onsdag 25 november 2026</span></time>");
	}

	@Test
	void swedishWinsWhenPreferredToEnglishEvenBehindAnotherLanguage() {
		assertThat(this.mvc.get()
			.uri("/time")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "de-DE, en;q=0.5, sv;q=0.8")).bodyText().contains("Klockan är");
		assertThat(this.mvc.get().uri("/time").accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "de"))
			.bodyText()
			.contains("The time is");
	}

	@Test
	void theClientsPreferenceDecides() {
		assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, "text/html;q=0.5, text/plain"))
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, "text/plain;q=0.9, application/json;q=0.8"))
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo("2026-11-25T12:42:22.123456Z\n");
		assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, "text/*"))
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, "application/json;q=0.1, image/png"))
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo(JSON);
	}

	@Test
	void theClockHasTwoDigitHoursOnA24HourDialInBothLanguages() {
		for (String language : new String[] { "sv", "en" }) {
			assertThat(this.mvc.get()
				.uri("/time?tz=America/New_York")
				.accept(MediaType.TEXT_HTML)
				.header(HttpHeaders.ACCEPT_LANGUAGE, language)).bodyText()
				.contains("<span class=\"clock\">07:42:22</span>");
		}
		assertThat(this.mvc.get().uri("/time?tz=Pacific/Honolulu").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("<span class=\"clock\">02:42:22</span>");
	}

	@Test
	void aTypeRefusedWithQualityZeroIsNeverChosen() {
		assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, "application/json;q=0, */*"))
			.hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, "text/*;q=0.5, text/html;q=0, */*;q=0.1"))
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
		assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, "text/html;q=0.000, text/*"))
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN);
	}

	@Test
	void aClientThatRefusesEveryFormatGetsA406InProblemJsonListingThem() {
		for (String accept : new String[] { "text/html;q=0, application/json;q=0", "application/json;q=0", "*/*;q=0",
				"image/png, text/plain;q=0" }) {
			assertThat(this.mvc.get().uri("/time").header(HttpHeaders.ACCEPT, accept)).as(accept)
				.hasStatus(406)
				.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
				.hasBodyTextEqualTo("""
						{"detail":"Acceptable representations: [application/json, text/plain;charset=UTF-8, \
						text/html;charset=UTF-8].","instance":"/time","status":406,"title":"Not Acceptable"}""");
		}
		assertThat(this.mvc.get().uri("/time?tz=US/Eastern").header(HttpHeaders.ACCEPT, "text/plain;q=0"))
			.hasStatus(406);
	}

	@Test
	void otherTypesAreNotAcceptable() {
		assertThat(this.mvc.get().uri("/time").accept(MediaType.APPLICATION_XML)).hasStatus(406)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.bodyJson()
			.extractingPath("$.status")
			.isEqualTo(406);
	}

	@Test
	void writesAreNotAllowed() {
		assertThat(this.mvc.post().uri("/time")).hasStatus(405)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.ALLOW, "GET")
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		assertThat(this.mvc.delete().uri("/time").accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
			.hasStatus(405)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("<h1>405</h1>", "Den metoden är inte tillåten här.")
			.doesNotContain("Exception");
	}

	@Test
	void everyAnswerIsNoStore() {
		for (MediaType type : new MediaType[] { MediaType.APPLICATION_JSON, MediaType.TEXT_PLAIN, MediaType.TEXT_HTML }) {
			assertThat(this.mvc.get().uri("/time").accept(type)).hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		}
	}

	@Test
	void tzGivesTheFullObjectForThatZone() {
		assertThat(this.mvc.get().uri("/time?tz=Asia/Kathmandu")).hasStatusOk().hasBodyTextEqualTo("""
				{"abbreviation":"+0545","client_ip":"127.0.0.1","datetime":"2026-11-25T18:27:22.123456+05:45",\
				"day_of_week":3,"day_of_year":329,"dst":false,"dst_from":null,"dst_offset":0,"dst_until":null,\
				"raw_offset":20700,"timezone":"Asia/Kathmandu","unixtime":1795610542,\
				"utc_datetime":"2026-11-25T12:42:22.123456+00:00","utc_offset":"+05:45","week_number":48}""");
	}

	@Test
	void atGivesTheTimeAtThatInstantAsJsonAndTextWhileThePageStaysLive() {
		assertThat(this.mvc.get().uri("/time?tz=Europe/Stockholm&at=2027-03-28T01:30:00Z")).bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.datetime").isEqualTo("2027-03-28T03:30:00.000000+02:00");
				assertThat(json).extractingPath("$.abbreviation").isEqualTo("CEST");
				assertThat(json).extractingPath("$.unixtime").isEqualTo(1806197400);
			});
		assertThat(this.mvc.get().uri("/time?tz=Europe/Stockholm&at=1806197400.25").accept(MediaType.TEXT_PLAIN))
			.hasBodyTextEqualTo("2027-03-28T03:30:00.250000+02:00\n");
		assertThat(this.mvc.get().uri("/time?at=-86400").accept(MediaType.TEXT_PLAIN))
			.hasBodyTextEqualTo("1969-12-31T00:00:00.000000Z\n");
		assertThat(this.mvc.get().uri("/time?tz=Europe/Stockholm&at=1806197400").accept(MediaType.TEXT_HTML))
			.bodyText()
			.contains("<span class=\"clock\">13:42:22</span>");
	}

	@Test
	void aBadAtIsA400InTheClientsFormat() {
		assertThat(this.mvc.get().uri("/time?at=2027-02-30T00:00:00Z")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.startsWith("at must be Unix seconds (1806200000; ")
			.endsWith("; not '2027-02-30T00:00:00Z'");
		assertThat(this.mvc.get().uri("/time?at=1&at=2").accept(MediaType.TEXT_PLAIN)).hasStatus(400)
			.hasBodyTextEqualTo("400 Invalid time: at is given 2 times; give it once\n");
		assertThat(this.mvc.get().uri("/time?at=NaN").accept(MediaType.TEXT_HTML)).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML);
	}

	@Test
	void tzGivesLocalTimeWithItsOffsetAsText() {
		assertThat(this.mvc.get().uri("/time?tz=America/New_York").accept(MediaType.TEXT_PLAIN))
			.hasBodyTextEqualTo("2026-11-25T07:42:22.123456-05:00\n");
	}

	@Test
	void tzPageShowsLocalTimeAndNamesTheZone() {
		assertThat(this.mvc.get()
			.uri("/time?tz=Europe/Stockholm")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "sv")).bodyText()
			.contains("<time datetime=\"2026-11-25T13:42:22.123456+01:00\"><span class=\"clock\">13:42:22</span>",
					"<p class=\"zone\">Europe/Stockholm</p>");
	}

	@Test
	void theSearchFieldFindsAPlaceAndThePageShowsItsNameCountryAndZone() {
		assertThat(this.mvc.get()
			.uri("/time?place=goteborg")
			.accept(MediaType.TEXT_HTML)
			.header(HttpHeaders.ACCEPT_LANGUAGE, "sv")).hasStatusOk()
			.bodyText()
			.contains("<main data-zone=\"Europe/Stockholm\" data-offsets=\"3600 1806195600000:7200 1824944400000:3600\">", "<p class=\"place\">Göteborg, Sverige</p>",
					"<span class=\"clock\">13:42:22</span>", "<p class=\"zone\">Europe/Stockholm</p>",
					"<form class=\"search\" action=\"/time\" method=\"get\" role=\"search\"><label for=\"place\">Klockan i …</label>",
					"name=\"place\" type=\"search\" value=\"goteborg\"", "<button>Visa</button>", "GeoNames</a> (CC BY 4.0)",
					"OpenStreetMap contributors</a> (ODbL)");
		assertThat(this.mvc.get().uri("/time?place=東京").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("<p class=\"place\">Tokyo, Japan</p>", "<p class=\"zone\">Asia/Tokyo</p>", "The time in …");
		assertThat(this.mvc.get().uri("/time?place=Göteborg")).bodyJson()
			.extractingPath("$.timezone")
			.isEqualTo("Europe/Stockholm");
	}

	@Test
	void everyClockPageHasTheSearchFieldButNamesNoSourceItDidNotUse() {
		assertThat(this.mvc.get().uri("/time").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("<form class=\"search\"", "value=\"\"")
			.doesNotContain("GeoNames");
	}

	@Test
	void anUnknownPlaceIsA404ThatSaysWhereToSearch() {
		assertThat(this.mvc.get().uri("/time").param("place", "Xyzzyville")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasBodyTextEqualTo("""
					{"detail":"No place called 'Xyzzyville' is known. GET /api/place?q=... searches them.",\
					"instance":"/time","status":404,"title":"Unknown place"}""");
		assertThat(this.mvc.get().uri("/time").param("place", "<b>" + "x".repeat(5000)).accept(MediaType.TEXT_HTML))
			.hasStatus(404)
			.bodyText()
			.doesNotContain("<b>");
	}

	@Test
	void unknownTzIsABadRequestThatNamesItAndWhereZonesAre() {
		assertThat(this.mvc.get().uri("/time").param("tz", "Mars/Olympus_Mons")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store")
			.hasBodyTextEqualTo("""
					{"detail":"Unknown time zone 'Mars/Olympus_Mons'. GET /api/timezone lists the zones.",\
					"instance":"/time","status":400,"title":"Unknown time zone"}""");
		assertThat(this.mvc.get().uri("/time").param("tz", "").accept(MediaType.TEXT_PLAIN)).hasStatus(400)
			.hasBodyTextEqualTo("400 Unknown time zone: Unknown time zone ''. GET /api/timezone lists the zones.\n");
	}

	@Test
	void malformedTzIsEscapedAndCutShort() {
		String tz = "<script>alert(1)</script>" + "x".repeat(5000);
		assertThat(this.mvc.get().uri("/time").param("tz", tz).accept(MediaType.TEXT_HTML)).hasStatus(400)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;xxx")
			.doesNotContain("<script>", "x".repeat(100));
	}

	@Test
	void controlCharactersInTzAreNeverRepeatedRaw() {
		String tz = "\r\nSet-Cookie: a=b\u001b[2J\u202e\ud800";
		assertThat(this.mvc.get().uri("/time").param("tz", tz).accept(MediaType.TEXT_PLAIN)).hasStatus(400)
			.hasBodyTextEqualTo("400 Unknown time zone: Unknown time zone "
					+ "'\\u000D\\u000ASet-Cookie: a=b\\u001B[2J\\u202E\\uD800'. GET /api/timezone lists the zones.\n");
	}

	@Test
	void browsersFrontPageIsTheClockInTheirOwnZone() {
		assertThat(this.mvc.get().uri("/").accept(MediaType.TEXT_HTML).header(HttpHeaders.ACCEPT_LANGUAGE, "sv"))
			.hasStatusOk()
			.bodyText()
			.contains("<main data-zone=\"auto\">", "<h1>Klockan är</h1>", "data-behind=\"Din klocka går {0} s efter\"",
					"<script type=\"module\" src=\"/clock.js\"></script>");
		assertThat(this.mvc.get().uri("/?tz=Asia/Tokyo").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("<main data-zone=\"Asia/Tokyo\" data-offsets=\"32400\">", "<p class=\"zone\">Asia/Tokyo</p>");
	}

	@Test
	void withoutJavaScriptTheFrontPageShowsTheZoneOfTheVisitorsAddress() {
		assertThat(this.mvc.get().uri("/").accept(MediaType.TEXT_HTML).with((request) -> {
			request.setRemoteAddr("81.2.69.160");
			return request;
		})).bodyText()
			.contains("<main data-zone=\"auto\">",
					"<time datetime=\"2026-11-25T12:42:22.123456+00:00\"><span class=\"clock\">12:42:22</span>",
					"<p class=\"zone\">Europe/London</p>",
					"<a href=\"https://db-ip.com\">IP Geolocation by DB-IP</a>");
		// A loopback (or private) address has no zone: UTC.
		assertThat(this.mvc.get().uri("/").accept(MediaType.TEXT_HTML)).bodyText()
			.contains("<p class=\"zone\">Etc/UTC</p>");
		// Asked for a zone, the page uses no address: no attribution.
		assertThat(this.mvc.get().uri("/?tz=Asia/Tokyo").accept(MediaType.TEXT_HTML)).bodyText()
			.doesNotContain("db-ip.com");
	}

	@Test
	void clientsGetHejAsTextOnTheFrontPage() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasContentType("text/plain;charset=UTF-8")
			.hasBodyTextEqualTo("Hej\n");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT, "*/*")).hasBodyTextEqualTo("Hej\n");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT, "text/html;q=0, */*")).hasBodyTextEqualTo("Hej\n");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT, "text/plain;q=0, text/html;q=0"))
			.hasStatus(406)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void headIsAnsweredLikeGet() {
		// The container drops HEAD's body; KlockanApplicationTests checks that on a real server.
		assertThat(this.mvc.head().uri("/time")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

}
