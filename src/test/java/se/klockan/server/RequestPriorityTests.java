package se.klockan.server;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.apache.catalina.Service;
import org.apache.catalina.core.StandardThreadExecutor;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request threads run below the JIT until it has been quiet for a while, then threads of
 * normal priority serve every connector.
 */
class RequestPriorityTests {

	private final AtomicLong compiled = new AtomicLong(10_000);

	/** 3 s of windows of 1 s, each quiet at 50 ms of compiling or less. */
	private final RequestPriority.Quiet quiet = new RequestPriority.Quiet(this.compiled::get, Duration.ofSeconds(1),
			0.05, Duration.ofSeconds(3));

	private boolean afterCompiling(long millis) {
		this.compiled.addAndGet(millis);
		return this.quiet.next();
	}

	@Test
	void quietOnceTheLastWindowsWereAllQuiet() {
		assertThat(afterCompiling(50)).isFalse();
		assertThat(afterCompiling(0)).isFalse();
		assertThat(afterCompiling(50)).isTrue();
	}

	@Test
	void aBusyWindowStartsTheCountAgain() {
		assertThat(afterCompiling(0)).isFalse();
		assertThat(afterCompiling(0)).isFalse();
		assertThat(afterCompiling(51)).isFalse();
		assertThat(afterCompiling(0)).isFalse();
		assertThat(afterCompiling(0)).isFalse();
		assertThat(afterCompiling(0)).isTrue();
	}

	@Test
	void whatWasCompiledBeforeTheWatchBeganDoesNotCount() {
		// The 10 s compiled before it started are not the first window's.
		assertThat(afterCompiling(0)).isFalse();
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
		void threadsOfNormalPriorityTakeOverEveryConnectorOnce() throws Exception {
			Service service = ((TomcatWebServer) this.context.getWebServer()).getTomcat().getService();
			StandardThreadExecutor behind = (StandardThreadExecutor) service.findConnectors()[0].getProtocolHandler()
				.getExecutor();
			assertThat(behind.getThreadPriority()).isEqualTo(Thread.NORM_PRIORITY - 1);

			StandardThreadExecutor normal = this.priority.normalPriority(service, "in a test");

			assertThat(normal.getThreadPriority()).isEqualTo(Thread.NORM_PRIORITY);
			// All of them made at once, on the thread that asked.
			assertThat(normal.getPoolSize()).isEqualTo(8);
			assertThat(service.findConnectors()).allSatisfy(
					(connector) -> assertThat(connector.getProtocolHandler().getExecutor()).isSameAs(normal));
			assertThat(behind.getMinSpareThreads()).isZero();
			assertThat(this.priority.normalPriority(service, "again")).isSameAs(normal);
			assertThat(service.findExecutors()).hasSize(2);

			HttpResponse<String> answer = HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/api/timezone/UTC")).build(),
						HttpResponse.BodyHandlers.ofString());
			assertThat(answer.statusCode()).isEqualTo(200);
			assertThat(Thread.getAllStackTraces().keySet()).filteredOn((t) -> t.getName().startsWith("http-exec-"))
				.hasSize(8)
				.allSatisfy((t) -> assertThat(t.getPriority()).isEqualTo(Thread.NORM_PRIORITY));
		}

	}

}
