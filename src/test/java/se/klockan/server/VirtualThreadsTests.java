package se.klockan.server;

import org.apache.catalina.Service;
import org.apache.tomcat.util.threads.VirtualThreadExecutor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledForJreRange;
import org.junit.jupiter.api.condition.JRE;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationStartedEvent;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Built with virtual request threads ({@code spring.threads.virtual.enabled}, README: Bad input):
 * Spring Boot's executor replaces the server's pool, and the warm-up runs on it before the port
 * opens.
 */
@EnabledForJreRange(min = JRE.JAVA_21)
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "spring.threads.virtual.enabled=true", "klockan.warm-up.before-port=50ms" })
class VirtualThreadsTests {

	@Autowired
	WebServerApplicationContext context;

	@Autowired
	AtStart atStart;

	@Test
	void theConnectorRunsOnVirtualThreadsWhichServedTheWarmUp() {
		Service service = ServerStartTests.service(this.context);
		assertThat(service.findExecutors()).isEmpty();
		assertThat(service.findConnectors()).singleElement()
			.satisfies((connector) -> assertThat(connector.getProtocolHandler().getExecutor())
				.isInstanceOf(VirtualThreadExecutor.class));
		assertThat(this.atStart.served).isPositive();
	}

	/** What the server had served when Spring Boot had started it, before readiness. */
	@TestConfiguration(proxyBeanMethods = false)
	static class AtStart {

		volatile long served;

		@EventListener
		void started(ApplicationStartedEvent event) {
			this.served = event.getApplicationContext().getBean(ServedRequestsValve.class).count();
		}

	}

}
