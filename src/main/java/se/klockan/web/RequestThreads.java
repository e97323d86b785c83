package se.klockan.web;

import org.apache.catalina.core.StandardThreadExecutor;
import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;

/**
 * Platform request threads, where there are no virtual threads (Java 17, or
 * {@code spring.threads.virtual.enabled=false} at build time): a pool of the server's, not of its
 * connector (an {@code <Executor>} in a server.xml), so they start with the server, before its
 * port opens, where a connector's own would start as it opens and the first request would wait
 * for them, and the warm-up before the port opens ({@code se.klockan.training.WarmUp}) runs on
 * them. Sized by {@code server.tomcat.threads.*}, as the connector's own would be.
 */
public final class RequestThreads implements TomcatProtocolHandlerCustomizer<AbstractProtocol<?>> {

	private final StandardThreadExecutor pool = new StandardThreadExecutor();

	RequestThreads(TomcatServerProperties.Threads threads) {
		this.pool.setName("requestThreads");
		this.pool.setNamePrefix("http-exec-");
		this.pool.setMaxThreads(threads.getMax());
		// As a connector's own pool: never more spare threads than the most it may have.
		this.pool.setMinSpareThreads(Math.min(threads.getMinSpare(), threads.getMax()));
		this.pool.setMaxQueueSize(threads.getMaxQueueCapacity());
	}

	@Override
	public void customize(AbstractProtocol<?> protocol) {
		if (protocol.getExecutor() == null) {
			// Spring Boot adds it to the Tomcat service, which starts and stops it with the server.
			protocol.setExecutor(this.pool);
		}
	}

}
