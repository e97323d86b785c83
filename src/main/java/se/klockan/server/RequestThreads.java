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
 * own would be. Not there with virtual threads ({@code spring.threads.virtual.enabled}, fixed
 * at build time by Spring AOT).
 */
public final class RequestThreads implements TomcatProtocolHandlerCustomizer<AbstractProtocol<?>> {

	/**
	 * One below the JVM's other threads, so that the Procfile can give the request threads a
	 * lower OS priority than the JIT compiler, the garbage collector and Tomcat's poller
	 * ({@code -XX:JavaPriority4_To_OSPriority=10}: nice 10). Under load, busy request threads
	 * would otherwise share the CPUs evenly with the one C2 compiler thread (32 of them left it a
	 * 33rd), and the JIT would take most of a minute to compile what serving takes. Without
	 * {@code -XX:ThreadPriorityPolicy=1}, a Linux JVM ignores Java's priorities.
	 */
	static final int PRIORITY = Thread.NORM_PRIORITY - 1;

	private final TomcatServerProperties.Threads threads;

	RequestThreads(TomcatServerProperties.Threads threads) {
		this.threads = threads;
	}

	@Override
	public void customize(AbstractProtocol<?> protocol) {
		if (protocol.getExecutor() != null) {
			return;
		}
		StandardThreadExecutor pool = new StandardThreadExecutor();
		pool.setName("requestThreads");
		pool.setNamePrefix("http-exec-");
		pool.setMaxThreads(this.threads.getMax());
		// As a connector's own pool: never more spare threads than the most it may have.
		pool.setMinSpareThreads(Math.min(this.threads.getMinSpare(), this.threads.getMax()));
		pool.setMaxQueueSize(this.threads.getMaxQueueCapacity());
		pool.setThreadPriority(PRIORITY);
		// Spring Boot adds it to the Tomcat service, which starts and stops it with the server.
		protocol.setExecutor(pool);
	}

}
