package se.klockan;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.bean.override.convention.TestBean;

import se.klockan.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What WorldTimeAPI's clients see on the wire, byte for byte from a running Tomcat: the paths
 * they write (trailing slashes, any case, every tz database name), a {@code Content-Length} on
 * every answer, CORS for pages of other origins, and HTTP/1.0 answered and closed.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WorldTimeApiWireTests {

	static final Instant NOW = Instant.parse("2026-07-01T10:00:00.5Z");

	static final String ORIGIN = "Origin: https://widgets.example\r\n";

	@TestBean
	Clock clock;

	@LocalServerPort
	int port;

	/** Paths that answer the same with a trailing slash. */
	static final List<String> TRAILING_SLASH = List.of(
			"/api/timezone", "/api/timezone.txt", "/api/timezone/Europe", "/api/timezone/Europe.txt",
			"/api/timezone/Europe/Stockholm", "/api/timezone/Europe/Stockholm.txt", "/api/ip", "/api/ip.txt",
			"/api/ip/81.2.69.160", "/api/ip/81.2.69.160.txt", "/api/ip/2a02:aa1::1", "/api/posix",
			"/api/posix/Europe/Stockholm", "/api/posix/stockholm.txt", "/api/sync",
			"/developer/api/timezone/Europe/London", "/developer/api/ip");

	/** Names of the tz database that are not Area/Location. */
	static final List<String> TZ_NAMES = List.of(
			"/api/timezone/EST", "/api/timezone/MST", "/api/timezone/HST", "/api/timezone/ROC",
			"/api/timezone/GMT+0", "/api/timezone/GMT-0");

	/** Answers of every kind, errors included. */
	static final List<String> WITH_A_BODY = List.of(
			"/time", "/time?tz=Asia/Kathmandu", "/", "/api/timezone", "/api/timezone.txt", "/api/timezone/America",
			"/api/timezone/Europe/Stockholm", "/api/timezone/Europe/Stockholm.txt", "/api/timezone/Atlantis",
			"/api/timezone/Atlantis.txt", "/api/ip/81.2.69.160", "/api/ip/999.1.1.1",
			"/api/posix/Europe/Stockholm", "/api/posix/Europe/Stockholm.txt", "/api/posix/saint", "/api/sync",
			"/developer/api/timezone/UTC", "/actuator/health", "/actuator/health/liveness", "/nothing-here",
			"/time?tz=Nowhere");

	/** API answers of every kind, errors included. */
	static final List<String> CORS = List.of(
			"/api/ip/81.2.69.160", "/api/timezone/Europe/Stockholm.txt", "/api/timezone/Atlantis",
			"/api/ip/999.1.1.1", "/api/no-such-endpoint", "/api/sync", "/developer/api/timezone");

	/** Every request path these tests send, for OpenApiContractTests to check against the API's document. */
	static List<String> paths() {
		return Stream.of(TRAILING_SLASH, TZ_NAMES, WITH_A_BODY, CORS, List.of("/developer/api/timezone/Asia/Kathmandu",
				"/api/timezone/america/new_york", "/api/timezone/europe"))
			.flatMap(List::stream)
			.toList();
	}

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Test
	void aZoneIsCompactJsonInWorldTimeApisOrderWithSixFractionDigitsAndADottedCaller() throws IOException {
		// Under time.now's path too, which answers the same.
		Response answer = get("/developer/api/timezone/Asia/Kathmandu", "");
		assertThat(answer.status()).isEqualTo(200);
		assertThat(answer.header("Content-Type")).isEqualTo("application/json");
		assertThat(answer.body()).isEqualTo("""
				{"abbreviation":"+0545","client_ip":"127.0.0.1","datetime":"2026-07-01T15:45:00.500000+05:45",\
				"day_of_week":3,"day_of_year":182,"dst":false,"dst_from":null,"dst_offset":0,"dst_until":null,\
				"raw_offset":20700,"timezone":"Asia/Kathmandu","unixtime":1782900000,\
				"utc_datetime":"2026-07-01T10:00:00.500000+00:00","utc_offset":"+05:45","week_number":27}""");
	}

	@ParameterizedTest
	@FieldSource("TRAILING_SLASH")
	void aTrailingSlashAnswersAsWithoutItNeverAsARedirect(String path) throws IOException {
		Response without = get(path, "");
		Response with = get(path + "/", "");
		assertThat(with.status()).isEqualTo(without.status());
		assertThat(with.status() / 100).as("a redirect").isNotEqualTo(3);
		assertThat(with.header("Location")).isNull();
		assertThat(with.body()).isEqualTo(without.body());
	}

	@Test
	void theCallersOwnTimeAnswersWithATrailingSlash() throws IOException {
		// From loopback there is no location: the same 404 as /api/ip, not "malformed ip".
		assertThat(get("/api/ip/", "").body()).isEqualTo("{\"error\":\"unknown location\"}");
		assertThat(get("/api/timezone/", "").body()).startsWith("[\"Africa/Abidjan\",");
	}

	@ParameterizedTest
	@FieldSource("TZ_NAMES")
	void everyTzDatabaseNameIsListedAndAnswersUnderItsOwnName(String path) throws IOException {
		String name = path.substring("/api/timezone/".length());
		assertThat(get(path, "").body()).contains("\"timezone\":\"" + name + "\"");
		assertThat(get("/api/timezone", "").body()).contains("\"" + name + "\"");
		assertThat(get("/time?tz=" + name.replace("+", "%2B"), "").body()).contains("\"timezone\":\"" + name + "\"");
		assertThat(get("/api/posix/" + name + ".txt", "").body()).startsWith(name + " ");
	}

	@Test
	void estIsTheTzDatabasesFixedEasternStandardTime() throws IOException {
		assertThat(get("/api/timezone/EST", "").body()).isEqualTo("""
				{"abbreviation":"EST","client_ip":"127.0.0.1","datetime":"2026-07-01T05:00:00.500000-05:00",\
				"day_of_week":3,"day_of_year":182,"dst":false,"dst_from":null,"dst_offset":0,"dst_until":null,\
				"raw_offset":-18000,"timezone":"EST","unixtime":1782900000,\
				"utc_datetime":"2026-07-01T10:00:00.500000+00:00","utc_offset":"-05:00","week_number":27}""");
	}

	@Test
	void namesAnswerInAnyCaseAsTheTzDatabaseSpellsThem() throws IOException {
		assertThat(get("/api/timezone/america/new_york", "").body()).contains("\"timezone\":\"America/New_York\"");
		assertThat(get("/api/timezone/europe", "").body()).startsWith("[\"Europe/Amsterdam\",");
	}

	@ParameterizedTest
	@FieldSource("WITH_A_BODY")
	void everyAnswerWithABodyHasItsLengthNeverChunked(String path) throws IOException {
		for (String accept : List.of("", "Accept: text/html\r\n", "Accept: text/plain\r\n")) {
			Response get = get(path, accept);
			assertThat(get.header("Transfer-Encoding")).as("GET %s %s", path, accept).isNull();
			assertThat(get.header("Content-Length")).as("GET %s %s", path, accept)
				.isEqualTo(Integer.toString(get.body().getBytes(StandardCharsets.UTF_8).length));
			Response head = only("HEAD " + path + " HTTP/1.1\r\nHost: klockan\r\nConnection: close\r\n" + accept
					+ "\r\n");
			assertThat(head.header("Transfer-Encoding")).as("HEAD %s", path).isNull();
			assertThat(head.header("Content-Length")).as("HEAD %s %s", path, accept)
				.isEqualTo(get.header("Content-Length"));
		}
	}

	@ParameterizedTest
	@FieldSource("CORS")
	void pagesOfOtherOriginsCanReadEveryApiAnswerErrorsIncluded(String path) throws IOException {
		for (String method : List.of("GET", "HEAD")) {
			Response answer = only(method + " " + path + " HTTP/1.1\r\nHost: klockan\r\nConnection: close\r\n"
					+ ORIGIN + "\r\n");
			assertThat(answer.header("Access-Control-Allow-Origin")).as("%s %s", method, path).isEqualTo("*");
			assertThat(answer.header("Access-Control-Allow-Credentials")).isNull();
		}
	}

	@Test
	void preflightsNameTheMethodsThereAre() throws IOException {
		Response get = only("OPTIONS /api/ip HTTP/1.1\r\nHost: klockan\r\nConnection: close\r\n" + ORIGIN
				+ "Access-Control-Request-Method: GET\r\n\r\n");
		assertThat(get.status()).isEqualTo(200);
		assertThat(get.header("Access-Control-Allow-Origin")).isEqualTo("*");
		assertThat(get.header("Access-Control-Allow-Methods")).isEqualTo("GET,HEAD");
		assertThat(get.header("Allow")).isNull();
		Response post = only("OPTIONS /api/timezone/Europe/Stockholm HTTP/1.1\r\nHost: klockan\r\nConnection: close\r\n"
				+ ORIGIN + "Access-Control-Request-Method: POST\r\n\r\n");
		assertThat(post.status()).isEqualTo(403);
		assertThat(post.header("Access-Control-Allow-Methods")).isNull();
		assertThat(post.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(post.body()).isEqualTo("{\"detail\":\"Requests from pages of other origins must be GET or HEAD, "
				+ "with an Origin that can be read.\",\"instance\":\"/api/timezone/Europe/Stockholm\",\"status\":403,"
				+ "\"title\":\"Forbidden\"}");
	}

	@Test
	void actuatorStaysSameOrigin() throws IOException {
		Response health = get("/actuator/health", ORIGIN);
		assertThat(health.status()).isEqualTo(200);
		assertThat(health.header("Access-Control-Allow-Origin")).isNull();
	}

	@Test
	void http10IsAnsweredWithALengthAndClosed() throws IOException {
		// RawHttp reads until the server closes: one answer means it closed after it.
		List<Response> answers = RawHttp.exchange(this.port, "GET /api/timezone/Europe/Stockholm.txt HTTP/1.0\r\n\r\n");
		assertThat(answers).hasSize(1);
		assertThat(answers.get(0).status()).isEqualTo(200);
		assertThat(answers.get(0).complete()).isTrue();
		assertThat(answers.get(0).header("Content-Length")).isNotNull();
		assertThat(answers.get(0).body()).contains("timezone: Europe/Stockholm\n", "unixtime: 1782900000\n");
	}

	private Response get(String path, String headers) throws IOException {
		return only("GET " + path + " HTTP/1.1\r\nHost: klockan\r\nConnection: close\r\n" + headers + "\r\n");
	}

	private Response only(String request) throws IOException {
		List<Response> answers = RawHttp.exchange(this.port, request);
		assertThat(answers).as(request).hasSize(1);
		return answers.get(0);
	}

}
