package se.klockan.server;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.LongSupplier;

import org.apache.catalina.Executor;
import org.apache.catalina.Service;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.core.StandardThreadExecutor;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.event.EventListener;

/**
 * The request threads' priority over a new instance's life. They start below the JIT compiler
 * ({@link RequestThreads#PRIORITY}: nice 10 with the Procfile's flags), so that under load the JIT
 * gets the CPU it needs to compile what serving takes: on one core that halves the time a new
 * instance takes to reach its full speed. Once the JIT has been (nearly) idle for a while
 * ({@code klockan.jit.quiet-for}, 3 s), they are replaced by threads at the JVM's normal priority,
 * so that a busy neighbour on the same CPU (a build, a second process, a load generator) shares it
 * evenly with them instead of taking nine tenths of it.
 * <p>
 * New threads, not a new priority for the old ones: Linux lets a process lower a thread's
 * priority but raise it again only with a privilege a dyno lacks ({@code RLIMIT_NICE}), and a
 * thread starts at the priority of the one that makes it. So the new pool makes all its threads
 * at once, here, at normal priority, and becomes every connector's executor; the old pool keeps
 * the requests it has and lets its threads go as they fall idle.
 */
public final class RequestPriority {

	private static final Log log = LogFactory.getLog(RequestPriority.class);

	/** How often the JIT's work is read. */
	static final Duration WINDOW = Duration.ofSeconds(1);

	/** At most this share of a window compiling counts as quiet. */
	static final double QUIET_SHARE = 0.05;

	/** However busy the JIT stays, the request threads take their normal priority after this. */
	static final Duration AT_MOST = Duration.ofMinutes(2);

	private final TomcatServerProperties.Threads threads;

	private final Duration quietFor;

	private StandardThreadExecutor normal;

	RequestPriority(TomcatServerProperties.Threads threads, Duration quietFor) {
		this.threads = threads;
		this.quietFor = quietFor;
	}

	/** As the port opens, a thread of normal priority starts watching the JIT. */
	@EventListener
	void afterPortOpens(ApplicationReadyEvent event) {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		if (this.quietFor.isNegative() || !(event.getApplicationContext() instanceof WebServerApplicationContext context)
				|| !(context.getWebServer() instanceof TomcatWebServer tomcat)) {
			return;
		}
		Service service = tomcat.getTomcat().getService();
		if (this.quietFor.isZero() || jit == null || !jit.isCompilationTimeMonitoringSupported()) {
			normalPriority(service, "at once");
			return;
		}
		Thread watcher = new Thread(() -> {
			Quiet quiet = new Quiet(jit::getTotalCompilationTime, WINDOW, QUIET_SHARE, this.quietFor);
			long started = System.nanoTime();
			long compiledBefore = jit.getTotalCompilationTime();
			do {
				try {
					Thread.sleep(WINDOW.toMillis());
				}
				catch (InterruptedException ex) {
					return;
				}
			}
			while (!quiet.next() && System.nanoTime() - started < AT_MOST.toNanos());
			normalPriority(service, String.format("after %.1f s, the JIT having compiled for %.1f s of it",
					(System.nanoTime() - started) / 1e9, (jit.getTotalCompilationTime() - compiledBefore) / 1e3));
		}, "request-priority");
		watcher.setDaemon(true);
		watcher.start();
	}

	/**
	 * Makes a pool of the server's size at normal priority, its threads all made on the calling
	 * thread, and gives it every connector that ran on the pool at the lower priority. Once only;
	 * returns the new pool (or none, when the connectors run on an executor of another kind).
	 */
	synchronized StandardThreadExecutor normalPriority(Service service, String when) {
		if (this.normal != null) {
			return this.normal;
		}
		Executor behind = null;
		for (Executor executor : service.findExecutors()) {
			if (executor instanceof StandardThreadExecutor pool && pool.getThreadPriority() == RequestThreads.PRIORITY) {
				behind = pool;
			}
		}
		if (!(behind instanceof StandardThreadExecutor old)) {
			return null;
		}
		StandardThreadExecutor pool = RequestThreads.pool(this.threads, "requestThreadsNormal", "http-exec-",
				Thread.NORM_PRIORITY);
		// Every thread now, on this thread of normal priority: none made later by one below it.
		pool.setMinSpareThreads(this.threads.getMax());
		service.addExecutor(pool);
		for (Connector connector : service.findConnectors()) {
			if (connector.getProtocolHandler().getExecutor() == old) {
				connector.getProtocolHandler().setExecutor(pool);
			}
		}
		old.setMinSpareThreads(0);
		this.normal = pool;
		log.info("Request threads at normal priority " + when);
		return pool;
	}

	/**
	 * Whether the JIT has been quiet for long enough, read once a window: no more than a share of
	 * each of the last windows spent compiling (the JVM's total compilation time, which counts
	 * every compiler thread's).
	 */
	static final class Quiet {

		private final LongSupplier compiledMillis;

		private final long quietMillis;

		private final int windowsWanted;

		private long last;

		private int quietWindows;

		Quiet(LongSupplier compiledMillis, Duration window, double share, Duration quietFor) {
			this.compiledMillis = compiledMillis;
			this.quietMillis = (long) (window.toMillis() * share);
			this.windowsWanted = (int) Math.max(1, (quietFor.toMillis() + window.toMillis() - 1) / window.toMillis());
			this.last = compiledMillis.getAsLong();
		}

		/** At the end of each window: true once the last windows were all quiet. */
		boolean next() {
			long now = this.compiledMillis.getAsLong();
			this.quietWindows = (now - this.last <= this.quietMillis) ? this.quietWindows + 1 : 0;
			this.last = now;
			return this.quietWindows >= this.windowsWanted;
		}

	}

}
