package se.klockan.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.apache.catalina.Service;
import org.apache.catalina.core.StandardThreadExecutor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import se.klockan.server.RequestPriority.Ramp.Step;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Under full load while the JIT compiles, the request threads go below it, until it has been
 * quiet for a while; then threads of normal priority serve every connector.
 */
class RequestPriorityTests {

	/** Ticks of 100 ms, quiet at 5 ms of compiling or less, for 300 ms; at most 1 s. */
	private final RequestPriority.Ramp ramp = new RequestPriority.Ramp(10_000, Duration.ofMillis(100), 0.05,
			Duration.ofMillis(300), Duration.ofSeconds(1));

	private long compiled = 10_000;

	private Step tick(long compiling, boolean full) {
		this.compiled += compiling;
		return this.ramp.next(this.compiled, full);
	}

	@Test
	void aTickIsFullWithEveryThreadBusyOrTheCpuBusyServingAThousandRequestsASecond() {
		assertThat(RequestPriority.Ramp.full(true, 0.2, false)).isTrue();
		assertThat(RequestPriority.Ramp.full(false, 0.9, true)).isTrue();
		assertThat(RequestPriority.Ramp.full(false, 1.0, false)).isFalse();
		assertThat(RequestPriority.Ramp.full(false, 0.89, true)).isFalse();
		assertThat(RequestPriority.Ramp.full(false, 0, false)).isFalse();
	}

	@Test
	void belowTheJitOnceTheLoadHasBeenFullForThreeTicksWhileItCompiles() {
		assertThat(tick(50, true)).isEqualTo(Step.WAIT);
		assertThat(tick(50, true)).isEqualTo(Step.WAIT);
		assertThat(tick(50, true)).isEqualTo(Step.BEHIND);
	}

	@Test
	void aTickWithoutAFullLoadStartsTheCountAgain() {
		assertThat(tick(50, true)).isEqualTo(Step.WAIT);
		assertThat(tick(50, true)).isEqualTo(Step.WAIT);
		assertThat(tick(50, false)).isEqualTo(Step.WAIT);
		assertThat(tick(50, true)).isEqualTo(Step.WAIT);
		assertThat(tick(50, true)).isEqualTo(Step.WAIT);
		assertThat(tick(50, true)).isEqualTo(Step.BEHIND);
	}

	@Test
	void aFullLoadAfterTheJitHasBeenQuietStaysAtNormalPriority() {
		// What was compiled before the watch began (the 10 s) is no tick's.
		assertThat(tick(5, false)).isEqualTo(Step.WAIT);
		assertThat(tick(0, true)).isEqualTo(Step.WAIT);
		assertThat(tick(5, true)).isEqualTo(Step.WAIT);
		assertThat(tick(0, true)).isEqualTo(Step.WAIT);
	}

	@Test
	void backToNormalOnceTheJitHasBeenQuietForTheTimeAsked() {
		tick(50, true);
		tick(50, true);
		assertThat(tick(50, true)).isEqualTo(Step.BEHIND);
		assertThat(tick(5, true)).isEqualTo(Step.WAIT);
		assertThat(tick(0, true)).isEqualTo(Step.WAIT);
		assertThat(tick(6, true)).isEqualTo(Step.WAIT);
		assertThat(tick(0, true)).isEqualTo(Step.WAIT);
		assertThat(tick(0, true)).isEqualTo(Step.WAIT);
		assertThat(tick(0, true)).isEqualTo(Step.NORMAL);
	}

	@Test
	void backToNormalAfterAtMostTheLongestTimeBelow() {
		tick(50, true);
		tick(50, true);
		assertThat(tick(50, true)).isEqualTo(Step.BEHIND);
		for (int i = 1; i < 10; i++) {
			assertThat(tick(50, true)).isEqualTo(Step.WAIT);
		}
		assertThat(tick(50, true)).isEqualTo(Step.NORMAL);
	}

	@Test
	void withoutAFullLoadTheWatchEnds() {
		for (int i = 1; i < 10; i++) {
			assertThat(tick(50, false)).isEqualTo(Step.WAIT);
		}
		assertThat(tick(50, false)).isEqualTo(Step.DONE);
	}

	/** On a running server (never by itself here, so the test decides when). */
	@Nested
	@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "klockan.jit.quiet-for=-1s")
	class OnTheServer {

		@Autowired
		WebServerApplicationContext context;

		@Autowired
		RequestPriority priority;

		@LocalServerPort
		int port;

		@Test
		void belowTheJitThenThreadsOfNormalPriorityTakeOverEveryConnectorOnce() throws Exception {
			Service service = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getService();
			StandardThreadExecutor behind = (StandardThreadExecutor) service.findConnectors()[0].getProtocolHandler()
				.getExecutor();
			// Other tests' servers, in this JVM, have threads of that name too.
			List<Long> requestThreads = ThreadNice.named("http-exec-");
			assertThat(requestThreads).hasSizeGreaterThanOrEqualTo(8).allSatisfy((id) -> assertThat(ThreadNice.of(id)).isZero());

			this.priority.behind(behind);
			assertThat(requestThreads).allSatisfy((id) -> assertThat(ThreadNice.of(id)).isEqualTo(10));
			// The JIT compiler and the rest of the JVM stay as they were.
			assertThat(ThreadNice.named("C2 CompilerThre")).isNotEmpty()
				.allSatisfy((id) -> assertThat(ThreadNice.of(id)).isZero());

			StandardThreadExecutor normal = this.priority.normalPriority(service, behind, "in a test");

			// All of them made at once, on the thread that asked.
			assertThat(normal.getPoolSize()).isEqualTo(8);
			assertThat(service.findConnectors()).allSatisfy(
					(connector) -> assertThat(connector.getProtocolHandler().getExecutor()).isSameAs(normal));
			assertThat(behind.getMinSpareThreads()).isZero();
			assertThat(this.priority.normalPriority(service, behind, "again")).isSameAs(normal);
			assertThat(service.findExecutors()).hasSize(2);

			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/timezone/UTC")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(ThreadNice.named("http-serve-")).hasSize(8)
				.allSatisfy((id) -> assertThat(ThreadNice.of(id)).isZero());
		}

	}

}
