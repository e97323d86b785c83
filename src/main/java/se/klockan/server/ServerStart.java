package se.klockan.server;

import java.time.Duration;

import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.autoconfigure.condition.ConditionalOnThreading;
import org.springframework.boot.availability.AvailabilityChangeEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.availability.ReadinessState;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.thread.Threading;
import org.springframework.boot.web.server.PortInUseException;
import org.springframework.boot.web.server.WebServerException;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;

/**
 * How Tomcat starts, so that a new instance's first request is answered without waiting: its
 * request threads start with the server ({@link RequestThreads}, unless they are virtual), below
 * the JIT until it has compiled what serving takes ({@link RequestPriority}), and
 * its port opens when the application is ready for traffic ({@link OpenWhenReadyProtocol}), after
 * Spring Boot's last steps, when Boot's readiness state says so. It counts the requests it serves
 * ({@link ServedRequestsValve}), so that the warm-up stops once visitors have warmed it.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LifecycleProperties.class)
class ServerStart {

	private static final Log log = LogFactory.getLog(ServerStart.class);

	@Bean
	@ConditionalOnThreading(Threading.PLATFORM)
	RequestThreads requestThreads(TomcatServerProperties tomcat) {
		return new RequestThreads(tomcat.getThreads());
	}

	@Bean
	@ConditionalOnThreading(Threading.PLATFORM)
	RequestPriority requestPriority(TomcatServerProperties tomcat, LifecycleProperties lifecycle,
			ServedRequestsValve served, WarmUp warmUp) {
		return new RequestPriority(tomcat.getThreads(), lifecycle.jit().quietFor(),
				() -> served.count() - warmUp.sent());
	}

	@Bean
	ServedRequestsValve servedRequests() {
		return new ServedRequestsValve();
	}

	/** Counts every request served; then answers without waiting for a body nothing here reads. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> engineValves(ServedRequestsValve served) {
		return (factory) -> factory.addEngineValves(served, new UnreadBodyValve());
	}

	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> openWhenReady() {
		return (factory) -> factory.setProtocol(OpenWhenReadyProtocol.class.getName());
	}

	/** A port Tomcat can't open fails the start as Spring Boot's own does ("Port … was already in use"). */
	@EventListener
	void openPort(AvailabilityChangeEvent<ReadinessState> event) {
		if (event.getState() != ReadinessState.ACCEPTING_TRAFFIC
				|| !(event.getSource() instanceof WebServerApplicationContext context)
				|| !(context.getWebServer() instanceof TomcatWebServer tomcat)) {
			return;
		}
		for (Connector connector : tomcat.getTomcat().getService().findConnectors()) {
			if (connector.getProtocolHandler() instanceof OpenWhenReadyProtocol protocol) {
				try {
					if (protocol.ready()) {
						log.info("Opened port " + connector.getPort() + ": ready for traffic");
					}
				}
				catch (Exception ex) {
					PortInUseException.throwIfPortBindingException(ex, connector::getPort);
					throw new WebServerException("Could not open port " + connector.getPort(), ex);
				}
			}
		}
	}

}
