package se.klockan.api;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.klockan.ip.IpConfiguration;
import se.klockan.place.PlaceConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(PosixController.class)
@Import({ IpConfiguration.class, PlaceConfiguration.class })
class PosixControllerTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:42:22.123456789Z");

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Test
	void aDeviceGetsItsZonesRulesAndTheTimeInOneLine() {
		assertThat(this.mvc.get().uri("/api/posix/stockholm.txt")).hasStatusOk()
			.hasContentType("text/plain;charset=US-ASCII")
			.hasBodyTextEqualTo("Europe/Stockholm CET-1CEST,M3.5.0,M10.5.0/3 1795610542\n");
	}

	@Test
	void byCoordinatesOrPlaceTheSameAnswer() {
		String line = "Europe/Stockholm CET-1CEST,M3.5.0,M10.5.0/3 1795610542\n";
		assertThat(this.mvc.get().uri("/api/posix.txt?lat=57.70716&lon=11.96679")).hasStatusOk()
			.hasBodyTextEqualTo(line);
		assertThat(this.mvc.get().uri("/api/posix/place/Göteborg.txt")).hasStatusOk().hasBodyTextEqualTo(line);
		assertThat(this.mvc.get().uri("/api/posix/place/gothenburg")).hasStatusOk()
			.hasBodyTextEqualTo("""
					{"timezone":"Europe/Stockholm","posix":"CET-1CEST,M3.5.0,M10.5.0/3","unixtime":1795610542,\
					"exact_from":null}""");
		assertThat(this.mvc.get().uri("/api/posix?lat=57.7&lon=NaN")).hasStatus(400)
			.hasBodyTextEqualTo("{\"error\":\"invalid coordinates\"}");
		assertThat(this.mvc.get().uri("/api/posix.txt?lat=57.7")).hasStatus(400)
			.hasBodyTextEqualTo("error: invalid coordinates\n");
		assertThat(this.mvc.get().uri("/api/posix/place/Xyzzyville.txt")).hasStatus(404)
			.hasBodyTextEqualTo("error: unknown location\n");
	}

	@Test
	void asJsonToo() {
		assertThat(this.mvc.get().uri("/api/posix/Europe/Stockholm")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("""
					{"timezone":"Europe/Stockholm","posix":"CET-1CEST,M3.5.0,M10.5.0/3","unixtime":1795610542,\
					"exact_from":null}""");
		assertThat(this.mvc.get().uri("/api/posix/Asia/Gaza")).bodyJson()
			.extractingPath("$.exact_from")
			.asString()
			.startsWith("2086-");
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = '|', textBlock = """
			stockholm                       | Europe/Stockholm
			STOCKHOLM                       | Europe/Stockholm
			buenos aires                    | America/Argentina/Buenos_Aires
			buenos_aires                    | America/Argentina/Buenos_Aires
			Buenos-Aires                    | America/Argentina/Buenos_Aires
			new york                        | America/New_York
			york                            | America/New_York
			port au prince                  | America/Port-au-Prince
			kathmandu                       | Asia/Kathmandu
			europe/stockholm                | Europe/Stockholm
			US/Eastern                      | US/Eastern
			us/eastern                      | US/Eastern
			America/Buenos_Aires            | America/Buenos_Aires
			indianapolis                    | America/Indiana/Indianapolis
			""")
	void zonesAreFoundByThePartOfTheirNamePeopleType(String name, String zone) {
		assertThat(this.mvc.get().uri("/api/posix/{name}.txt", name)).hasStatusOk().bodyText().startsWith(zone + " ");
	}

	@Test
	void aNameThatFitsSeveralZonesIsABadRequestListingTenOfThem() {
		assertThat(this.mvc.get().uri("/api/posix/an")).hasStatus(400)
			.hasContentType(MediaType.APPLICATION_JSON)
			.bodyJson()
			.satisfies((json) -> {
				assertThat(json).extractingPath("$.error").asString().startsWith("ambiguous location: ");
				assertThat(json).extractingPath("$.candidates").asArray().hasSize(10);
			});
		assertThat(this.mvc.get().uri("/api/posix/kentucky.txt")).hasStatus(400)
			.hasBodyTextEqualTo("error: ambiguous location: 2 zones match: America/Kentucky/Louisville "
					+ "America/Kentucky/Monticello\n");
	}

	@Test
	void aNameThatFitsNothingIsNotFound() {
		assertThat(this.mvc.get().uri("/api/posix/atlantis")).hasStatus(404)
			.hasBodyTextEqualTo("{\"error\":\"unknown location\"}");
		assertThat(this.mvc.get().uri("/api/posix/atlantis.txt")).hasStatus(404)
			.hasBodyTextEqualTo("error: unknown location\n");
		assertThat(this.mvc.get().uri("/api/posix/" + "a".repeat(5000))).hasStatus(404);
		assertThat(this.mvc.get().uri("/api/posix/%20")).hasStatus(404);
	}

	@Test
	void byTheCallersAddressOrAnother() {
		assertThat(this.mvc.get().uri("/api/posix.txt").with((request) -> {
			request.setRemoteAddr("81.2.69.160");
			return request;
		})).hasStatusOk().hasBodyTextEqualTo("Europe/London GMT0BST,M3.5.0/1,M10.5.0 1795610542\n");
		assertThat(this.mvc.get().uri("/api/posix?ip=81.2.69.160")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.timezone")
			.isEqualTo("Europe/London");
		assertThat(this.mvc.get().uri("/api/posix?ip=999.1.1.1")).hasStatus(400)
			.hasBodyTextEqualTo("{\"error\":\"malformed ip\"}");
		assertThat(this.mvc.get().uri("/api/posix.txt")).hasStatus(404).hasBodyTextEqualTo("error: unknown location\n");
	}

}
