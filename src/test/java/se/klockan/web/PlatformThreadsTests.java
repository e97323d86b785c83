package se.klockan.web;

import org.apache.catalina.Service;
import org.apache.catalina.core.StandardThreadExecutor;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Without virtual threads (Java 17): the server's pool of eight request threads, started with it
 * and used by the warm-up before the port opens.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.threads.virtual.enabled=false", "klockan.warm-up.before-port=50ms" })
class PlatformThreadsTests {

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	AtStart atStart;

	@Test
	void allEightRunFromTheStartServedTheWarmUpAndServeTheConnector() {
		assertThat(this.atStart.threads).isEqualTo(8);
		assertThat(this.atStart.completed).isPositive();
		Service service = service(this.context);
		assertThat(service.findExecutors()).singleElement()
			.isInstanceOfSatisfying(StandardThreadExecutor.class, (pool) -> {
				assertThat(pool.getMaxThreads()).isEqualTo(8);
				assertThat(service.findConnectors()).singleElement()
					.satisfies((connector) -> assertThat(connector.getProtocolHandler().getExecutor()).isSameAs(pool));
			});
	}

	static Service service(WebServerApplicationContext context) {
		return ((TomcatWebServer) context.getWebServer()).getTomcat().getService();
	}

	/** The pool when Spring Boot had started the web server, before readiness. */
	@TestConfiguration(proxyBeanMethods = false)
	static class AtStart {

		volatile int threads;

		volatile long completed;

		@EventListener
		void started(ApplicationStartedEvent event) {
			StandardThreadExecutor pool = (StandardThreadExecutor) service(
					(WebServerApplicationContext) event.getApplicationContext())
				.findExecutors()[0];
			this.threads = pool.getPoolSize();
			this.completed = pool.getCompletedTaskCount();
		}

	}

}
