package se.klockan.server;

import org.apache.catalina.core.StandardThreadExecutor;
import org.apache.coyote.AbstractProtocol;

import org.springframework.boot.tomcat.TomcatProtocolHandlerCustomizer;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;

/**
 * Tomcat's request threads as a pool of the server's, not of its connector (an {@code <Executor>}
 * in a server.xml): they start with the server, before its port opens, where a connector's own
 * would start as it opens, and the first request would wait for them. The warm-up before the port
 * opens runs on them too ({@code se.klockan.server.WarmUp}), so the first visitors meet threads
 * that have served requests before. Sized by {@code server.tomcat.threads.*}, as the connector's
 * own would be; at normal priority, below the JIT only while it compiles under full load
 * ({@link RequestPriority}). Not there with virtual threads ({@code spring.threads.virtual.enabled}, fixed
 * at build time by Spring AOT).
 */
public final class RequestThreads implements TomcatProtocolHandlerCustomizer<AbstractProtocol<?>> {

	private final TomcatServerProperties.Threads threads;

	RequestThreads(TomcatServerProperties.Threads threads) {
		this.threads = threads;
	}

	@Override
	public void customize(AbstractProtocol<?> protocol) {
		if (protocol.getExecutor() != null) {
			return;
		}
		// Spring Boot adds it to the Tomcat service, which starts and stops it with the server.
		protocol.setExecutor(pool(this.threads, "requestThreads", "http-exec-"));
	}

	/** A pool sized as a connector's own would be. */
	static StandardThreadExecutor pool(TomcatServerProperties.Threads threads, String name, String namePrefix) {
		StandardThreadExecutor pool = new StandardThreadExecutor();
		pool.setName(name);
		pool.setNamePrefix(namePrefix);
		pool.setMaxThreads(threads.getMax());
		// As a connector's own pool: never more spare threads than the most it may have.
		pool.setMinSpareThreads(Math.min(threads.getMinSpare(), threads.getMax()));
		pool.setMaxQueueSize(threads.getMaxQueueCapacity());
		return pool;
	}

}
