package se.klockan.server;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.apache.catalina.Service;
import org.apache.catalina.core.StandardThreadExecutor;
import org.junit.jupiter.api.Test;

import se.klockan.KlockanApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * On the port Heroku gives (a fixed one, as there): it stays closed until the application is
 * ready, while the request threads are already running and have served the warm-up.
 */
@SpringBootTest(webEnvironment = WebEnvironment.DEFINED_PORT, properties = { "klockan.warm-up.before-port=50ms", "klockan.jit.quiet-for=-1s" })
class ServerStartTests {

	static final int PORT = TestSocketUtils.findAvailableTcpPort();

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	AtStart atStart;

	@Test
	void thePortIsClosedUntilTheApplicationIsReady() throws Exception {
		assertThat(this.atStart.portOpen).isFalse();
		assertThat(OpenWhenReadyProtocolTests.accepts(PORT)).isTrue();
		HttpResponse<Void> answer = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + PORT + "/time")).build(),
					HttpResponse.BodyHandlers.discarding());
		assertThat(answer.statusCode()).isEqualTo(200);
	}

	@Test
	void theApplicationIsToldThePortItWillOpen() {
		assertThat(this.atStart.localPort).isEqualTo(String.valueOf(PORT));
		assertThat(this.context.getWebServer().getPort()).isEqualTo(PORT);
	}

	@Test
	void theRequestThreadsRunBeforeThePortOpensAndServedTheWarmUp() {
		// All eight the server has, started with it.
		assertThat(this.atStart.threads).isEqualTo(8);
		assertThat(this.atStart.servedBeforePort).isPositive();
		// Every request so far was the warm-up's: none of them a visitor's load.
		assertThat(this.atStart.warmUpSent).isPositive().isEqualTo(this.atStart.served);
		Service service = service(this.context);
		StandardThreadExecutor pool = (StandardThreadExecutor) service.findExecutors()[0];
		assertThat(service.findConnectors()).singleElement()
			.satisfies((connector) -> assertThat(connector.getProtocolHandler().getExecutor()).isSameAs(pool));
		assertThat(pool.getMaxThreads()).isEqualTo(8);
	}

	@Test
	void aPortInUseFailsTheStartAsSpringBootsOwnCheckWould() throws IOException {
		try (ServerSocket taken = new ServerSocket(0)) {
			SpringApplication application = new SpringApplication(KlockanApplication.class);
			assertThatExceptionOfType(PortInUseException.class)
				.isThrownBy(() -> application.run("--server.port=" + taken.getLocalPort(), "--logging.level.root=off")
					.close())
				.satisfies((ex) -> assertThat(ex.getPort()).isEqualTo(taken.getLocalPort()));
		}
	}

	/** The Tomcat service behind the application's web server: its connectors and executors. */
	static Service service(WebServerApplicationContext context) {
		return ((TomcatWebServer) context.getWebServer()).getTomcat().getService();
	}

	/** What was true when Spring Boot had started the web server, before readiness. */
	@TestConfiguration(proxyBeanMethods = false)
	static class AtStart {

		volatile boolean portOpen = true;

		volatile String localPort;

		volatile int threads;

		volatile long servedBeforePort;

		volatile long warmUpSent;

		volatile long served;

		@EventListener
		void started(ApplicationStartedEvent event) {
			this.portOpen = OpenWhenReadyProtocolTests.accepts(PORT);
			this.localPort = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
			StandardThreadExecutor pool = (StandardThreadExecutor) service(
					(WebServerApplicationContext) event.getApplicationContext())
				.findExecutors()[0];
			this.threads = pool.getPoolSize();
			this.servedBeforePort = pool.getCompletedTaskCount();
			this.warmUpSent = event.getApplicationContext().getBean(WarmUp.class).sent();
			this.served = event.getApplicationContext().getBean(ServedRequestsValve.class).count();
		}

	}

}
