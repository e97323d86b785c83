package se.klockan;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import se.klockan.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

/**
 * Requests generated from HTTP's grammar and our routes, not only listed (HostileInputTests
 * has the list), over raw sockets to a running server that trusts forwarded headers as it
 * does on Heroku. Every one must get exactly one complete answer, no 5xx (but 505 for an HTTP
 * version we don't speak), a type the client accepts whenever it accepts any we can write, the
 * security headers, and no stack trace; and the server must stay healthy.
 * <p>
 * Generated with QuickTheories. The seed is fixed, so every run (and CI) tries the same requests;
 * a failure is shrunk to a small request and printed as it went over the wire, with the seed
 * that found it. A long run with a new seed, by hand:
 * {@code ./mvnw test -Dtest=GeneratedInputTests -Dklockan.fuzz.tries=200000 -Dklockan.fuzz.seed=random}.
 */
class GeneratedInputTests {

	/** Signs of a stack trace, a class name or the server software in an answer. */
	private static final List<String> LEAKS = List.of("Exception", "java.", "org.apache", "springframework",
			"se.klockan", "Tomcat", "Apache", "\tat ");

	/** What Klockan can write: every error can be any of them, and /time one of the last three. */
	private static final List<String> OUR_TYPES = List.of("application/problem+json", "application/json",
			"text/plain", "text/html");

	private static ConfigurableApplicationContext server;

	private static int port;

	@BeforeAll
	static void start() {
		server = new SpringApplicationBuilder(KlockanApplication.class).run("--server.port=0",
				"--server.forward-headers-strategy=native", "--spring.main.banner-mode=off", "--logging.level.root=warn");
		port = ((WebServerApplicationContext) server).getWebServer().getPort();
	}

	@AfterAll
	static void stop() throws IOException {
		try {
			assertHealthy();
		}
		finally {
			server.close();
		}
	}

	/** The seed, and the number of tries, from {@code klockan.fuzz.seed} and {@code klockan.fuzz.tries}. */
	@Test
	void everyRequestGetsOneSafeAnswer() throws IOException {
		String seed = System.getProperty("klockan.fuzz.seed", "20261126");
		long fixed = seed.equals("random") ? System.nanoTime() : Long.parseLong(seed);
		if (seed.equals("random")) {
			System.out.println("GeneratedInputTests: seed " + fixed + " (-Dklockan.fuzz.seed=" + fixed + " tries it again)");
		}
		// Each shrink step is a request to the server: a bounded number keeps a failure's report to seconds.
		var theory = qt().withExamples(Integer.getInteger("klockan.fuzz.tries", 1500))
			.withFixedSeed(fixed)
			.withShrinkCycles(Integer.getInteger("klockan.fuzz.shrinks", 2000));
		theory.forAll(requests()).checkAssert(GeneratedInputTests::getsOneSafeAnswer);
		assertHealthy();
	}

	private static void getsOneSafeAnswer(Request request) {
		try {
			answer(request);
		}
		catch (IOException ex) {
			throw new AssertionError(ex);
		}
	}

	private static void answer(Request request) throws IOException {
		List<Response> responses = RawHttp.exchange(port, request.wire());
		assertThat(responses).as("answers").hasSize(1);
		Response response = responses.get(0);
		assertThat(response.complete()).as("complete").isTrue();
		if (request.version().matches("HTTP/1\\.[01]")) {
			assertThat(response.status()).as("status").isLessThan(500);
		}
		else {
			assertThat(response.status()).as("status").isIn(400, 505);
		}
		assertThat(response.header("X-Content-Type-Options")).as("nosniff").isEqualTo("nosniff");
		assertThat(response.header("Referrer-Policy")).as("Referrer-Policy").isEqualTo("no-referrer");
		assertThat(response.header("Server")).as("Server header").isNull();
		assertThat(response.header("Set-Cookie")).as("Set-Cookie header").isNull();
		if (response.status() >= 400 && !request.method().equals("HEAD")) {
			assertThat(response.header("Content-Type")).as("an error's Content-Type").isNotNull();
			assertThat(response.body()).as("an error's body").isNotEmpty();
		}
		if (!request.isStaticFile()) {
			assertThat(response.body()).doesNotContain(LEAKS);
		}
		if (request.method().equals("HEAD")) {
			// Answered as its GET would be, without the body; that GET's body tells what kind of answer it is.
			Response get = RawHttp.exchange(port, request.withMethod("GET").wire()).get(0);
			assertThat(response.status()).as("HEAD's status, as GET's").isEqualTo(get.status());
			assertThat(response.header("Content-Type")).as("HEAD's type, as GET's").isEqualTo(get.header("Content-Type"));
			response = get;
		}
		String type = response.header("Content-Type");
		if (type != null && isNegotiated(request, response)) {
			Accept accept = Accept.of(request.headers());
			if (OUR_TYPES.stream().anyMatch(accept::accepts) && !isUnread(request, response)) {
				assertThat(accept.accepts(type)).as("the client accepts %s", type).isTrue();
			}
		}
	}

	/** 404s and the like say so in the client's format; WorldTimeAPI's endpoints keep their own. */
	private static boolean isNegotiated(Request request, Response response) {
		if (response.status() >= 400) {
			return !response.body().startsWith("{\"error\":") && !response.body().startsWith("error: ");
		}
		return request.path().equals("/time") || request.path().equals("/");
	}

	/**
	 * Tomcat refused the request before it read the headers (a request line too long or not
	 * HTTP): all it can answer in is our default.
	 */
	private static boolean isUnread(Request request, Response response) {
		return response.status() == 400 && "application/problem+json".equals(response.header("Content-Type"))
				&& response.body().contains("could not be read");
	}

	private static void assertHealthy() throws IOException {
		List<Response> health = RawHttp.exchange(port,
				"GET /actuator/health HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
		assertThat(health).singleElement().satisfies((response) -> {
			assertThat(response.status()).isEqualTo(200);
			assertThat(response.body()).contains("\"status\":\"UP\"");
		});
	}

	/** A request, shown as it goes over the wire (with control characters escaped) when one fails. */
	record Request(String method, String path, String query, String version, List<String> headers) {

		Request withMethod(String other) {
			return new Request(other, this.path, this.query, this.version, this.headers);
		}

		String target() {
			return this.path + ((this.query != null) ? "?" + this.query : "");
		}

		String wire() {
			return this.method + " " + target() + " " + this.version + "\r\nHost: x\r\n"
					+ this.headers.stream().map((header) -> header + "\r\n").collect(Collectors.joining())
					+ "Connection: close\r\n\r\n" + body();
		}

		/** The body the headers promise, so that the server never waits for more. */
		private String body() {
			if (this.headers.contains("Transfer-Encoding: chunked")) {
				return "0\r\n\r\n";
			}
			return this.headers.contains("Content-Length: 5") ? "hello" : "";
		}

		boolean isStaticFile() {
			return this.path.endsWith(".js") || this.path.endsWith(".css") || this.path.endsWith(".svg");
		}

		@Override
		public String toString() {
			StringBuilder shown = new StringBuilder();
			String wire = wire();
			for (int i = 0; i < wire.length(); i++) {
				char c = wire.charAt(i);
				if (c == '\n') {
					shown.append("\\n\n");
				}
				else if (c < 0x20 || c >= 0x7f) {
					shown.append(String.format("\\x%02X", (int) c));
				}
				else {
					shown.append(c);
				}
			}
			String text = shown.toString();
			return (text.length() > 2000) ? text.substring(0, 2000) + "... (" + wire.length() + " characters)" : text;
		}

	}

	static Gen<Request> requests() {
		Gen<String> method = Generate.frequency(weighted(20, Generate.constant("GET")),
				weighted(3, pick("HEAD", "POST", "OPTIONS")),
				weighted(2, pick("PUT", "DELETE", "PATCH", "TRACE", "PROPFIND", "get", "G<T")),
				weighted(1, from("ABCDEFGHIJKLMNOPQRSTUVWXYZ-_~!", 1, 12)));
		Gen<String> version = Generate.frequency(weighted(30, Generate.constant("HTTP/1.1")),
				weighted(3, Generate.constant("HTTP/1.0")), weighted(4, pick("HTTP/2.0", "HTTP/1.2", "HTTP/0.9", "HTTP/3.0")));
		Gen<List<String>> headers = lists().of(header()).ofSizeBetween(0, 8).zip(filler(), GeneratedInputTests::concat);
		return method.zip(path(), query(), version, headers, Request::new).describedAs(Request::toString);
	}

	private static <T> Pair<Integer, Gen<T>> weighted(int weight, Gen<T> values) {
		return Pair.of(weight, values);
	}

	@SafeVarargs
	private static <T> Gen<T> pick(T... values) {
		return Generate.pick(List.of(values));
	}

	/** Strings of {@code alphabet}'s characters, of a length from {@code min} to {@code max}. */
	private static Gen<String> from(String alphabet, int min, int max) {
		Gen<Character> character = Generate.pick(alphabet.chars().mapToObj((c) -> (char) c).toList());
		return lists().of(character)
			.ofSizeBetween(min, max)
			.map((chars) -> chars.stream().map(String::valueOf).collect(Collectors.joining()));
	}

	private static Gen<String> joined(Gen<String> element, int min, int max, String separator) {
		return lists().of(element).ofSizeBetween(min, max).map((elements) -> String.join(separator, elements));
	}

	private static List<String> concat(List<String> a, List<String> b) {
		List<String> all = new ArrayList<>(a);
		all.addAll(b);
		return all;
	}

	/** Our routes, taken apart and put together with dot segments, encodings and junk. */
	private static Gen<String> path() {
		Gen<String> route = pick("/", "/time", "/api/timezone", "/api/timezone.txt", "/api/timezone/",
				"/api/timezone/Europe/Stockholm", "/api/timezone/Europe/Stockholm.txt", "/api/timezone/Europe",
				"/api/timezone/America/Argentina/Buenos_Aires", "/api/timezone/US/Eastern", "/api/timezone/EST",
				"/api/timezone/GMT+0", "/api/ip", "/api/ip/", "/api/ip.txt", "/api/ip/81.2.69.160",
				"/api/ip/2001:db8::1.txt", "/api/posix", "/api/posix.txt", "/api/posix/stockholm.txt",
				"/api/posix/new%20york", "/api/posix/an", "/api/sync", "/developer/api/timezone/UTC",
				"/developer/api/ip", "/actuator/health", "/actuator/health/liveness", "/actuator/health/readiness",
				"/actuator", "/actuator/env", "/klockan.css", "/clock.js", "/klockan.js", "/favicon.svg", "/error",
				"/nowhere", "/time/", "/api/convert", "/api/convert.txt", "/api/transitions/Europe/Stockholm",
				"/api/transitions/America/New_York.txt", "/api/transitions", "/api/place/G%C3%B6teborg",
				"/api/coordinates/57.7,11.9");
		Gen<String> junk = pick("..", ".", "%2e%2e", "%2E", "%2F", "%2f", "%5c", "\\", ";", ";x=y", ";jsessionid=1", "",
				"%00", "%ff", "%C0%AF", "%", "%zz", "%25", "%20", "+", "~", "<script>", "%3C", "\u00e5", "\u00ff",
				"a".repeat(300), "time", "api", "Europe", "..;", "%u002e", "*", "{", "|", "^");
		Gen<String> printable = strings().betweenCodePoints('!', '~')
			.ofLengthBetween(0, 10)
			.assuming((s) -> s.indexOf('/') < 0 && s.indexOf('?') < 0 && s.indexOf('#') < 0);
		Gen<List<String>> extra = lists().of(Generate.oneOf(junk, printable)).ofSizeBetween(0, 4);
		return route.zip(extra, Generate.range(0, 2), (r, e, w) -> {
			if (e.isEmpty()) {
				return r;
			}
			String joined = String.join("/", e);
			return switch (w) {
				case 0 -> r + (r.endsWith("/") ? "" : "/") + joined;
				case 1 -> "/" + joined + r;
				default -> r + joined;
			};
		});
	}

	private static Gen<String> query() {
		Gen<String> tz = pick("Europe/Stockholm", "europe/stockholm", "US/Eastern", "America/Buenos_Aires",
				"Asia/Kathmandu", "Etc/GMT+5", "UTC", "EST", "GMT%2B0", "Z", "+02:00", "GMT+2", "Europe", "stockholm",
				"Mars/Olympus_Mons", "", "%", "%zz", "%00", "%0d%0a", "%C0%AF", "%FF", "a+b", "a%20b",
				"%3Cscript%3E", "..%2F..%2Fetc%2Fpasswd", "A".repeat(200), "A".repeat(3000), "A".repeat(9000),
				"Europe/Stockholm&tz=Asia/Tokyo", "${jndi:x}", "\u00e5");
		Gen<String> time = pick("1806200000", "-86400", "1806200000.25", "1806200000.1234567", "2027-03-28T01:30:00Z",
				"2027-03-28T03:30:00.250%2B02:00", "2027-03-28T03:30:00.250+02:00", "2027-03-28T01:30:00",
				"2027-02-30T00:00:00Z", "10000-01-01T00:00:00Z", "0001-01-01T00:00:00Z", "-62135596801", "1e999",
				"NaN", "-", "", "%00", "9".repeat(5000), "2027-03-14T02:30", "2027-11-07T01:30", "2027-03-14T09:00:00.5",
				"9999-12-31T23:59", "0001-01-01T00:00");
		Gen<String> name = pick("at", "from", "to", "datetime");
		Gen<String> param = Generate.oneOf(tz.map((value) -> "tz=" + value), tz.map((value) -> "from=" + value),
				tz.map((value) -> "to=" + value), name.zip(time, (n, t) -> n + "=" + t),
				pick("tz", "tz=", "=", "&", "&&", "x=1", "a=%", "%=%", "tz[]=x", "ip=1.2.3.4", "disambiguation=reject",
						"disambiguation=later", "disambiguation=x", "from=America/New_York&to=Asia/Tokyo&datetime=2027-03-14T02:30"));
		// About three in ten requests have no query at all.
		return joined(param, 0, 3, "&").toOptionals(70).map((query) -> query.orElse(null));
	}

	/** One header line: the ones we read, with values built from their grammar. */
	private static Gen<String> header() {
		return Generate.frequency(weighted(6, accept().map((value) -> "Accept: " + value)),
				weighted(3, acceptLanguage().map((value) -> "Accept-Language: " + value)),
				weighted(2, forwardedFor().map((value) -> "X-Forwarded-For: " + value)),
				weighted(1, pick("http", "https", "HTTPS", "gopher", "", "https, http", "<b>")
					.map((value) -> "X-Forwarded-Proto: " + value)),
				weighted(1, pick("443", "80", "0", "-1", "99999999", "x", "").map((value) -> "X-Forwarded-Port: " + value)),
				weighted(1, pick("example.com", "evil.example:443", "", "<script>", "a b")
					.map((value) -> "X-Forwarded-Host: " + value)),
				weighted(1, pick("Content-Length: 0", "Content-Length: 5", "Content-Length: -1",
						"Transfer-Encoding: chunked", "Expect: 100-continue", "Origin: http://example.com",
						"Cookie: JSESSIONID=x", "If-None-Match: *", "Range: bytes=0-1", "Host: y", "X: \u00ff\u0001")));
	}

	/** {@code Accept}: types, wildcards, parameters and q-values, good and bad, in lists short and long. */
	private static Gen<String> accept() {
		Gen<String> type = pick("application/json", "text/plain", "text/html", "application/problem+json", "text/*",
				"application/*", "*/*", "*", "image/png", "application/xml", "application/xhtml+xml", "TEXT/HTML",
				"text", "/", "*/html", "text/plain/x", "", "\u00e5/\u00e4");
		Gen<String> parameter = pick(";q=0", ";q=0.000", ";q=0.5", ";q=1", ";q=1.000", ";q=1.001", ";q=2", ";q=.5",
				";q=-1", ";q=x", ";q=0.0001", ";q=", ";Q=0", ";q=\"0\"", ";charset=utf-8", ";charset=iso-8859-1",
				";level=1", ";", ";;", "; q=0.3", ";x=\"a,b\"", ";q=0;x=y");
		Gen<String> range = type.zip(joined(parameter, 0, 3, ""), String::concat);
		Gen<String> list = lists().of(range)
			.ofSizeBetween(1, 6)
			.zip(pick(",", ", ", ",,", " , "), (ranges, separator) -> String.join(separator, ranges));
		return Generate.frequency(weighted(20, list), weighted(1, joined(range, 50, 300, ",")));
	}

	private static Gen<String> acceptLanguage() {
		return joined(pick("sv", "en", "sv-SE", "en-GB", "de", "*", "x-klingon", "", "sv;q=0", "en;q=0.5", "sv;q=2",
				";q=x", "\u00ff", "i-default", "zh-Hant-TW", "a".repeat(100), "sv-", "-", "123"), 1, 5, ", ");
	}

	private static Gen<String> forwardedFor() {
		return joined(pick("192.0.2.1", "81.2.69.160", "10.0.0.1", "2001:db8::1", "::ffff:192.0.2.1", "::1", "unknown",
				"<script>", "::::", "999.1.1.1", "1.2.3", "", "[2001:db8::1]", "192.0.2.1:1234", "fe80::1%eth0",
				"_hidden", "a".repeat(100)), 1, 4, ", ");
	}

	/** Headers in numbers and sizes near Tomcat's limits (100 headers, 8 KB in all). */
	private static Gen<List<String>> filler() {
		Gen<List<String>> many = integers().between(90, 110)
			.map((count) -> java.util.stream.IntStream.range(0, count).mapToObj((i) -> "X-F" + i + ": v").toList());
		Gen<List<String>> large = integers().between(7000, 9000).map((size) -> List.of("X-Large: " + "a".repeat(size)));
		return Generate.frequency(weighted(20, Generate.constant(List.<String>of())), weighted(1, many),
				weighted(1, large));
	}

	/**
	 * RFC 9110's reading of {@code Accept}, written again here, plainly, as the oracle: several
	 * header lines make one list; malformed ranges count for nothing; the most specific range
	 * that matches a type gives its quality; no valid range at all accepts everything.
	 */
	record Accept(List<Range> ranges) {

		private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";

		private static final Pattern PARAMETER = Pattern.compile("\\s*(" + TOKEN + ")\\s*=\\s*(" + TOKEN + "|\"[^\"]*\")\\s*");

		private static final Pattern QUALITY = Pattern.compile("0(\\.\\d*)?|1(\\.0*)?|\\.\\d+");

		record Range(String type, String subtype, boolean hasParameters, boolean onlyUtf8, int quality) {
		}

		static Accept of(List<String> headers) {
			List<Range> ranges = new ArrayList<>();
			for (String header : headers) {
				if (header.regionMatches(true, 0, "Accept:", 0, 7)) {
					for (String element : header.substring(7).split(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", -1)) {
						Range range = range(element);
						if (range != null) {
							ranges.add(range);
						}
					}
				}
			}
			return new Accept(ranges);
		}

		private static Range range(String element) {
			String[] parts = element.split(";", -1);
			String name = parts[0].trim().toLowerCase(Locale.ROOT);
			name = name.equals("*") ? "*/*" : name;
			if (!name.matches(TOKEN + "/" + TOKEN) || name.matches("\\*/[^*].*")) {
				return null;
			}
			boolean hasParameters = false;
			boolean onlyUtf8 = true;
			int quality = 1000;
			for (int i = 1; i < parts.length; i++) {
				Matcher parameter = PARAMETER.matcher(parts[i]);
				if (!parameter.matches()) {
					return null;
				}
				String key = parameter.group(1).toLowerCase(Locale.ROOT);
				String value = parameter.group(2).replace("\"", "");
				if (key.equals("q")) {
					if (!QUALITY.matcher(value).matches()) {
						return null;
					}
					quality = value.startsWith("1") ? 1000
							: Integer.parseInt((value.substring(value.indexOf('.') + 1) + "000").substring(0, 3));
					break;
				}
				hasParameters = true;
				onlyUtf8 &= key.equals("charset") && value.equalsIgnoreCase("utf-8");
			}
			String[] type = name.split("/");
			return new Range(type[0], type[1], hasParameters, onlyUtf8, quality);
		}

		boolean accepts(String contentType) {
			if (this.ranges.isEmpty()) {
				return true;
			}
			String[] type = contentType.toLowerCase(Locale.ROOT).split(";")[0].trim().split("/");
			Range best = null;
			int bestSpecificity = -1;
			for (Range range : this.ranges) {
				if ((range.type().equals("*") || range.type().equals(type[0]))
						&& (range.subtype().equals("*") || range.subtype().equals(type[1])) && range.onlyUtf8()) {
					int specificity = (range.type().equals("*") ? 0 : range.subtype().equals("*") ? 2 : 4)
							+ (range.hasParameters() ? 1 : 0);
					if (specificity > bestSpecificity) {
						best = range;
						bestSpecificity = specificity;
					}
				}
			}
			return best != null && best.quality() > 0;
		}

	}

}
