package se.klockan;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.actuate.endpoint.web.PathMappedEndpoints;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The app answers as its OpenAPI document says, and the document names what the app answers:
 * every README example, every request of the wire tests and this class's own (every path of the
 * document, its errors, JSON and {@code .txt}) is sent to a running server and its answer checked
 * against the document (status, type, headers, body by its schema); every path of the document
 * gets a 2xx from some request; every handler of the app, and every Actuator endpoint exposed,
 * is reached by a path of the document.
 */
// Forwarded headers trusted, as on Heroku (DYNO): a caller from a place asks /api/ip.
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OpenApiContractTests {

	private static final OpenApi API = OpenApi.load();

	private static final String HTML = "text/html";

	private static final String TEXT = "text/plain";

	/** Every path of the document, its errors, and each form: this class's own requests. */
	private static final List<Call> OWN = List.of(new Call("/", TEXT), new Call("/", HTML),
			new Call("/?tz=Nowhere", HTML), new Call("/time"), new Call("/time", TEXT), new Call("/time", HTML),
			new Call("/time?tz=Nowhere"), new Call("/time?tz=Nowhere", TEXT), new Call("/time?tz=Nowhere", HTML),
			new Call("/time?at=x"), new Call("/time?at=1806200000", TEXT), new Call("/time?place=Gothenburg"),
			new Call("/time?place=Nowhereville123"), new Call("/time", "image/png"), new Call("/docs", HTML),
			new Call("/api"), new Call("/api/openapi.json"), new Call("/api/timezone/UTC"),
			new Call("/api/timezone/UTC.txt"), new Call("/api/timezone/America/Argentina"),
			new Call("/api/timezone/America/Argentina.txt"),
			new Call("/api/timezone/America/Argentina/Buenos_Aires"),
			new Call("/api/timezone/America/Argentina/Buenos_Aires.txt"),
			new Call("/api/timezone/America/Nowhere/Else"), new Call("/api/timezone/America/Nowhere/Else.txt"),
			new Call("/api/timezone/Europe/Stockholm?at=x"), new Call("/api/timezone/Europe/Stockholm.txt?at=x"),
			new Call("/api/timezone/Europe.txt?at=x"), new Call("/api/ip/10.0.0.1"), new Call("/api/ip/zz"),
			new Call("/api/ip/zz.txt"), new Call("/api/ip.txt?at=x"), new Call("/api/ip?at=-86400.5"),
			new Call("/api/coordinates/57.70716,11.96679.txt"), new Call("/api/coordinates/0,-30"),
			new Call("/api/coordinates/x"), new Call("/api/coordinates/x.txt"),
			new Call("/api/coordinates/57.7,11.97?at=1806200000"), new Call("/api/place.txt?q=goteb"),
			new Call("/api/place?q="), new Call("/api/place.txt?q="), new Call("/api/place?q=zzqqxxy"),
			new Call("/api/place.txt?q=zzqqxxy"), new Call("/api/place/Gothenburg.txt"),
			new Call("/api/place/G%C3%B6teborg?at=2027-07-01T12:00:00Z"), new Call("/api/place/Nowhereville123"),
			new Call("/api/place/Nowhereville123.txt"), new Call("/api/place/x?at=x"), new Call("/api/posix"),
			new Call("/api/posix?ip=81.2.69.160"), new Call("/api/posix.txt?lat=57.7&lon=11.97"),
			new Call("/api/posix?lat=91&lon=0"), new Call("/api/posix.txt?lat=91&lon=0"),
			new Call("/api/posix/UTC"), new Call("/api/posix/UTC.txt"), new Call("/api/posix/new"),
			new Call("/api/posix/new.txt"), new Call("/api/posix/Nowhere"),
			new Call("/api/posix/America/Argentina/Buenos_Aires"),
			new Call("/api/posix/America/Argentina/Buenos_Aires.txt"), new Call("/api/posix/Europe/Nowhere"),
			new Call("/api/posix/place/Gothenburg"), new Call("/api/posix/place/Gothenburg.txt"),
			new Call("/api/posix/place/Nowhereville123"), new Call("/api/posix/place/Nowhereville123.txt"),
			new Call("/api/convert?from=Europe/Stockholm&to=UTC&datetime=2027-10-31T02:30&disambiguation=later"),
			new Call("/api/convert.txt?from=America/New_York&to=Asia/Tokyo&datetime=2027-03-14T02:30"),
			new Call("/api/convert?from=Europe/Stockholm&to=UTC&datetime=2027-03-28T02:30&disambiguation=reject"),
			new Call("/api/convert.txt?to=UTC&datetime=2027-03-28T02:30"),
			new Call("/api/convert?from=Nowhere&to=UTC&datetime=2027-03-28T02:30"),
			new Call("/api/convert.txt?from=Nowhere&to=UTC&datetime=2027-03-28T02:30"),
			new Call("/api/transitions/UTC"), new Call("/api/transitions/UTC.txt?from=0"),
			new Call("/api/transitions/Nowhere"), new Call("/api/transitions/Nowhere.txt"),
			new Call("/api/transitions/Europe/Stockholm.txt?from=2027-01-01T00:00:00Z"),
			new Call("/api/transitions/Europe/Stockholm?from=x"),
			new Call("/api/transitions/Europe/Stockholm.txt?from=2027-01-01T00:00:00Z&to=2026-01-01T00:00:00Z"),
			new Call("/api/transitions/America/Argentina/Buenos_Aires?from=1990-01-01T00:00:00Z&to=2000-01-01T00:00:00Z"),
			new Call("/api/transitions/America/Argentina/Buenos_Aires.txt?from=1990-01-01T00:00:00Z"),
			new Call("/api/transitions/America/Nowhere/Else"), new Call("/api/transitions/America/Nowhere/Else.txt"),
			new Call("/api/sync.txt"), new Call("/developer/api/timezone.txt"), new Call("/developer/api/timezone/Europe"),
			new Call("/developer/api/timezone/Europe.txt"), new Call("/developer/api/timezone/Europe/London.txt"),
			new Call("/developer/api/timezone/Europe/Nowhere"), new Call("/developer/api/timezone/Nowhere.txt"),
			new Call("/developer/api/timezone/Europe/Nowhere.txt"),
			new Call("/developer/api/timezone/America/Argentina/Salta"),
			new Call("/developer/api/timezone/America/Argentina/Salta.txt"),
			new Call("/developer/api/timezone/America/Argentina/Salta?at=x"),
			new Call("/developer/api/timezone/America/Argentina/Salta.txt?at=x"),
			new Call("/developer/api/timezone/America/Nowhere/Else"),
			new Call("/developer/api/timezone/America/Nowhere/Else.txt"), new Call("/developer/api/ip.txt"),
			new Call("/developer/api/ip/81.2.69.160"), new Call("/developer/api/ip/81.2.69.160.txt"),
			new Call("/developer/api/ip/zz"), new Call("/developer/api/ip/zz.txt"),
			new Call("/developer/api/ip?at=x"), new Call("/developer/api/ip.txt?at=x"),
			new Call("/developer/api/timezone/Europe?at=x"), new Call("/developer/api/timezone/Europe.txt?at=x"),
			new Call("/api/timezone/Europe?at=x"), new Call("/api/ip?at=x"), new Call("/api/ip/10.0.0.1.txt"),
			new Call("/api/ip/zz?at=x"), new Call("/api/ip/81.2.69.160.txt?at=x"),
			new Call("/api/coordinates/57.7,11.97.txt?at=x"), new Call("/api/place/x.txt?at=x"),
			new Call("/api/posix/Europe/Stockholm.txt"), new Call("/api/posix/Europe/Nowhere.txt"),
			new Call("/api/posix/Nowhere.txt"), new Call("/api/posix/America/Nowhere/Else"),
			new Call("/api/posix/America/Nowhere/Else.txt"), new Call("/api/transitions/UTC?from=x"),
			new Call("/api/transitions/UTC.txt?from=x"), new Call("/api/transitions/America/Argentina/Salta?to=x"),
			new Call("/api/transitions/America/Argentina/Salta.txt?to=x"), new Call("/api/transitions/Europe/Nowhere.txt"),
			new Call("/api/transitions/Europe/Nowhere"), new Call("/api/convert.txt?from=UTC&to=UTC&datetime=x"),
			new Call("/actuator/health"), new Call("/actuator/health/liveness"), new Call("/actuator/health/readiness"),
			new Call("/actuator/info"), new Call("/actuator/info", "application/json"),
			Call.from("81.2.69.160", "/api/ip"), Call.from("81.2.69.160", "/api/ip.txt?at=1806200000"),
			Call.from("2a02:aa1::1", "/developer/api/ip"), Call.from("81.2.69.160", "/developer/api/ip.txt"),
			Call.from("81.2.69.160", "/api/posix"), Call.from("81.2.69.160", "/api/posix.txt"),
			Call.from("nonsense", "/api/ip"), Call.from("nonsense", "/api/ip.txt"), new Call("/", "image/png"),
			new Call("/api/timezone/Europe/Nowhere"), new Call("/api/timezone/Europe/Nowhere.txt"),
			new Call("/api/timezone/America/Argentina/Salta?at=x"),
			new Call("/api/timezone/America/Argentina/Salta.txt?at=x"), new Call("/api/posix.txt"),
			new Call("/api/posix/America/Argentina"), new Call("/api/posix/America/Argentina.txt"),
			new Call("/api/posix/America/Argentina/S"), new Call("/api/posix/America/Argentina/S.txt"),
			new Call("/developer/api/timezone/Nowhere"), new Call("/developer/api/timezone/Europe/London?at=x"),
			new Call("/developer/api/timezone/Europe/London.txt?at=x"), new Call("/developer/api/ip/10.0.0.1"),
			new Call("/developer/api/ip/10.0.0.1.txt"), new Call("/actuator/health/readiness", TEXT),
			new Call("/actuator/info", TEXT), new Call("/actuator/info", HTML));

	@LocalServerPort
	private int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlers;

	@Autowired
	private PathMappedEndpoints actuator;

	@Autowired
	private HealthEndpointGroups healthGroups;

	private final Map<Call, Answer> answers = new LinkedHashMap<>();

	@BeforeAll
	void sendEveryRequest() throws Exception {
		HttpClient client = HttpClient.newHttpClient();
		for (Call call : calls()) {
			HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + call.path()));
			if (call.accept() != null) {
				request.header("Accept", call.accept());
			}
			if (call.language() != null) {
				request.header("Accept-Language", call.language());
			}
			if (call.forwardedFor() != null) {
				request.header("X-Forwarded-For", call.forwardedFor());
			}
			// As a page of another site asks: the answers that say every origin may read them do.
			request.header("Origin", "https://a-clock-widget.example");
			HttpResponse<String> response = client.send(request.build(),
					HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
			Map<String, String> headers = new LinkedHashMap<>();
			response.headers().map().forEach((name, values) -> headers.put(name.toLowerCase(Locale.ROOT), values.get(0)));
			this.answers.put(call, new Answer(response.statusCode(), headers.get("content-type"), headers,
					response.body()));
		}
	}

	/** The README's examples, the wire tests' requests (as sent there: no Accept, a page's, text's), and ours. */
	static Set<Call> calls() {
		Set<Call> calls = new LinkedHashSet<>();
		ReadmeIT.EXPECTED.keySet().forEach((curl) -> calls.add(Call.ofCurl(curl)));
		for (String path : WorldTimeApiWireTests.paths()) {
			calls.add(new Call(path));
		}
		for (String path : WorldTimeApiWireTests.WITH_A_BODY) {
			calls.add(new Call(path, HTML));
			calls.add(new Call(path, TEXT));
		}
		calls.addAll(OWN);
		return calls;
	}

	@Test
	void everyAnswerIsAsTheDocumentSays() {
		Map<Call, List<String>> problems = new LinkedHashMap<>();
		int documented = 0;
		for (Map.Entry<Call, Answer> entry : this.answers.entrySet()) {
			Call call = entry.getKey();
			Answer answer = entry.getValue();
			if (API.pathOf(call.withoutQuery()).isEmpty()) {
				// A path the document lacks is one the app doesn't answer either.
				if (answer.status() != 404) {
					problems.put(call, List.of("answered " + answer.status() + ", but the document has no such path"));
				}
				continue;
			}
			documented++;
			List<String> found = API.check(call.withoutQuery(), answer.status(), answer.type(), answer.headers(),
					answer.body());
			if (!found.isEmpty()) {
				problems.put(call, found);
			}
		}
		assertThat(problems).isEmpty();
		System.out.printf("OpenApiContractTests: %d answers as the document says, %d requests outside it answered 404%n",
				documented, this.answers.size() - documented);
		assertThat(documented).as("requests checked against the document").isGreaterThanOrEqualTo(200);
		assertThat(this.answers.keySet()).as("README examples among them")
			.containsAll(ReadmeIT.EXPECTED.keySet().stream().map(Call::ofCurl).toList());
	}

	@Test
	void everyPathOfTheDocumentIsAnswered() {
		Set<String> answered = new TreeSet<>();
		this.answers.forEach((call, answer) -> {
			if (answer.status() / 100 == 2) {
				API.pathOf(call.withoutQuery()).ifPresent(answered::add);
			}
		});
		assertThat(answered).containsExactlyInAnyOrderElementsOf(API.paths());
	}

	@Test
	void everyPathOfTheDocumentIsAnsweredWithAnErrorItDocuments() {
		Set<String> errors = new TreeSet<>();
		this.answers.forEach((call, answer) -> {
			if (answer.status() / 100 == 4) {
				API.pathOf(call.withoutQuery()).ifPresent((path) -> errors.add(path + " " + answer.status()));
			}
		});
		List<String> documentedErrors = new ArrayList<>();
		API.tree.path("paths").properties().forEach((path) -> path.getValue().path("get").path("responses")
			.propertyNames()
			.stream()
			.filter((status) -> status.startsWith("4"))
			.forEach((status) -> documentedErrors.add(path.getKey() + " " + status)));
		assertThat(errors).as("documented errors seen").containsExactlyInAnyOrderElementsOf(documentedErrors);
	}

	@Test
	void everyHandlerOfTheAppIsReachedByAPathOfTheDocument() throws Exception {
		Set<String> all = new TreeSet<>();
		this.handlers.getHandlerMethods().keySet().forEach((info) -> all.addAll(info.getPatternValues()));
		all.remove("/error");
		Set<String> reached = new TreeSet<>();
		for (Map.Entry<Call, Answer> entry : this.answers.entrySet()) {
			if (entry.getValue().status() / 100 == 2 && API.pathOf(entry.getKey().withoutQuery()).isPresent()) {
				String pattern = handlerPattern(entry.getKey().withoutQuery());
				if (pattern != null) {
					reached.add(pattern);
				}
			}
		}
		assertThat(reached).containsExactlyInAnyOrderElementsOf(all);
	}

	@Test
	void everyActuatorEndpointExposedIsInTheDocument() {
		Set<String> exposed = new TreeSet<>(this.actuator.getAllPaths());
		this.healthGroups.getNames().forEach((group) -> exposed.add(this.actuator.getPath(
				org.springframework.boot.actuate.endpoint.EndpointId.of("health")) + "/" + group));
		Set<String> documented = new TreeSet<>(API.paths().stream().filter((p) -> p.startsWith("/actuator")).toList());
		assertThat(documented).isEqualTo(exposed);
	}

	/** The pattern of the handler that answers {@code path}, after the {@code .txt} filter (as served). */
	private String handlerPattern(String path) throws Exception {
		boolean api = path.startsWith("/api/") || path.startsWith("/developer/api/");
		String routed = (api && path.endsWith(".txt")) ? path.substring(0, path.length() - 4) : path;
		MockHttpServletRequest request = new MockHttpServletRequest("GET", routed);
		ServletRequestPathUtils.parseAndCache(request);
		if (this.handlers.getHandler(request) == null) {
			return null;
		}
		return String.valueOf(request.getAttribute(HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE));
	}

	/**
	 * A request: a path with its query, the {@code Accept} and {@code Accept-Language} it sends,
	 * and the caller's address a proxy forwards (null: none).
	 */
	record Call(String path, String accept, String language, String forwardedFor) {

		Call(String path) {
			this(path, null, null, null);
		}

		Call(String path, String accept) {
			this(path, accept, null, null);
		}

		/** From {@code address}, through a proxy (Heroku's router). */
		static Call from(String address, String path) {
			return new Call(path, null, null, address);
		}

		String withoutQuery() {
			int query = this.path.indexOf('?');
			return (query < 0) ? this.path : this.path.substring(0, query);
		}

		/** A README example: {@code curl -H 'Accept: text/plain' 'localhost:8080/time?tz=...'}. */
		static Call ofCurl(String curl) {
			Matcher header = Pattern.compile("-H '([^:]+): ([^']*)'").matcher(curl);
			Map<String, String> headers = new LinkedHashMap<>();
			while (header.find()) {
				headers.put(header.group(1).toLowerCase(Locale.ROOT), header.group(2));
			}
			Matcher url = Pattern.compile("'?localhost:8080([^' ]*)'?$").matcher(curl);
			assertThat(url.find()).as(curl).isTrue();
			return new Call(url.group(1), headers.get("accept"), headers.get("accept-language"), null);
		}

	}

	record Answer(int status, String type, Map<String, String> headers, String body) {
	}

}
