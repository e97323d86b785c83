package se.klockan.server;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.function.LongSupplier;

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
 * The request threads' priority over a new instance's first minutes. They start at nice 0, as
 * every thread of the JVM, and a light load is served at once. A new instance under full load,
 * though, would leave the JIT compiler one thread's share of the CPU among the eight busy request
 * threads, and take twice as long on one core to reach its full speed. So under full load while
 * the JIT is compiling, the request threads go below it (nice {@value #BEHIND}, set by
 * {@link ThreadNice}), and once the JIT has been (nearly) idle for a while
 * ({@code klockan.jit.quiet-for}), threads of normal priority replace them: a busy neighbour on
 * the same CPU (a build, a second process, a load generator) then shares it evenly with them
 * instead of taking nine tenths of it. Once only: after that the JIT has compiled what serving
 * takes. A new instance that meets no full load in its first two minutes stays as it is.
 * <p>
 * New threads, not a new priority for the old ones: Linux lets a process lower a thread's
 * priority but raise it again only with a privilege a dyno lacks ({@code RLIMIT_NICE}), and a
 * thread starts at the priority of the one that makes it. So the new pool makes all its threads
 * at once, here, at normal priority, and becomes every connector's executor; the old pool keeps
 * the requests it has and lets its threads go as they fall idle.
 */
public final class RequestPriority {

	private static final Log log = LogFactory.getLog(RequestPriority.class);

	/** The request threads' nice value below the JIT compiler's and the collector's 0. */
	static final int BEHIND = 10;

	/** How often the pool and the JIT are read. */
	static final Duration TICK = Duration.ofMillis(100);

	/** At most this share of a tick compiling counts as quiet. */
	static final double QUIET_SHARE = 0.05;

	/** A load that is full (see {@link Ramp#full}) for this many ticks in a row is full. */
	static final int FULL_TICKS = 3;

	/** A process that used this share of its CPUs over a tick... */
	static final double BUSY_SHARE = 0.9;

	/** ...while it served visitors this many requests a second is fully loaded. */
	static final int BUSY_RATE = 1000;

	/** How long the watch lasts without a full load, and the most the threads stay below the JIT. */
	static final Duration AT_MOST = Duration.ofMinutes(2);

	private final TomcatServerProperties.Threads threads;

	private final Duration quietFor;

	private final LongSupplier visitors;

	private StandardThreadExecutor normal;

	/**
	 * For the server's request threads, with the time the JIT must be quiet for them to come back
	 * to normal priority, and how many requests visitors have sent (the warm-up's are not a load).
	 */
	RequestPriority(TomcatServerProperties.Threads threads, Duration quietFor, LongSupplier visitors) {
		this.threads = threads;
		this.quietFor = quietFor;
		this.visitors = visitors;
	}

	/** As the port opens, a thread of normal priority starts watching the pool and the JIT. */
	@EventListener
	void afterPortOpens(ApplicationReadyEvent event) {
		CompilationMXBean jit = ManagementFactory.getCompilationMXBean();
		if (this.quietFor.isNegative() || jit == null || !jit.isCompilationTimeMonitoringSupported()
				|| !(event.getApplicationContext() instanceof WebServerApplicationContext context)
				|| !(context.getWebServer() instanceof TomcatWebServer tomcat)) {
			return;
		}
		Service service = tomcat.getTomcat().getService();
		if (!(service.findConnectors()[0].getProtocolHandler().getExecutor() instanceof StandardThreadExecutor pool)) {
			return;
		}
		LongSupplier cpuNanos = (ManagementFactory
			.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os)
					? os::getProcessCpuTime : () -> -1;
		double cpuTick = TICK.toNanos() * (double) Runtime.getRuntime().availableProcessors();
		long busyPerTick = BUSY_RATE * TICK.toMillis() / 1000;
		Thread watcher = new Thread(() -> {
			Ramp ramp = new Ramp(jit.getTotalCompilationTime(), TICK, QUIET_SHARE, this.quietFor, AT_MOST);
			long cpu = cpuNanos.getAsLong();
			long served = this.visitors.getAsLong();
			long behindAt = 0;
			long compiledBehind = 0;
			while (true) {
				try {
					Thread.sleep(TICK.toMillis());
				}
				catch (InterruptedException ex) {
					return;
				}
				long cpuNow = cpuNanos.getAsLong();
				long servedNow = this.visitors.getAsLong();
				boolean full = Ramp.full(pool.getActiveCount() >= pool.getMaxThreads(),
						(cpu < 0) ? 0 : (cpuNow - cpu) / cpuTick, servedNow - served >= busyPerTick);
				cpu = cpuNow;
				served = servedNow;
				switch (ramp.next(jit.getTotalCompilationTime(), full)) {
					case BEHIND -> {
						behindAt = System.nanoTime();
						compiledBehind = jit.getTotalCompilationTime();
						behind(pool);
					}
					case NORMAL -> {
						normalPriority(service, pool, String.format("after %.1f s below the JIT, which compiled for %.1f s of it",
								(System.nanoTime() - behindAt) / 1e9, (jit.getTotalCompilationTime() - compiledBehind) / 1e3));
						return;
					}
					case DONE -> {
						return;
					}
					case WAIT -> {
					}
				}
			}
		}, "request-priority");
		watcher.setDaemon(true);
		watcher.start();
	}

	/**
	 * The pool's threads below the JIT. Threads it makes later start at the priority of the one
	 * that makes them, normal; with the shipped settings it makes none (its spare threads are as
	 * many as its most, made as it starts).
	 */
	void behind(StandardThreadExecutor pool) {
		if (ThreadNice.set(BEHIND, ThreadNice.named(pool.getNamePrefix()))) {
			log.info("Request threads below the JIT while it compiles under full load");
		}
		else {
			log.info("Request threads left at normal priority under full load: renice(1) could not lower them");
		}
	}

	/**
	 * Makes a pool of the server's size at normal priority, its threads all made on the calling
	 * thread, and gives it every connector that ran on the old one. Once only; returns the new pool.
	 */
	synchronized StandardThreadExecutor normalPriority(Service service, StandardThreadExecutor old, String when) {
		if (this.normal != null) {
			return this.normal;
		}
		StandardThreadExecutor pool = RequestThreads.pool(this.threads, "requestThreadsNormal", "http-serve-");
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
	 * When the request threads go below the JIT and when they come back, read once a tick: below
	 * it once the load has been full for {@link #FULL_TICKS} ticks while the JIT has not been quiet; back once it has been quiet for the time asked (no more than a share of each tick
	 * spent compiling, by the JVM's total compilation time, which counts every compiler thread's).
	 */
	static final class Ramp {

		enum Step {

			/** As it is. */
			WAIT,
			/** Below the JIT now. */
			BEHIND,
			/** Back to normal priority now; the watch is over. */
			NORMAL,
			/** No full load met while it watched: the watch is over. */
			DONE

		}

		private final long quietMillis;

		private final int quietTicks;

		private final int maxTicks;

		private long last;

		private int ticks;

		private int quiet;

		private int full;

		private int behindSince = -1;

		Ramp(long compiledMillis, Duration tick, double share, Duration quietFor, Duration atMost) {
			this.quietMillis = (long) (tick.toMillis() * share);
			this.quietTicks = (int) Math.max(1, (quietFor.toMillis() + tick.toMillis() - 1) / tick.toMillis());
			this.maxTicks = (int) (atMost.toMillis() / tick.toMillis());
			this.last = compiledMillis;
		}

		/**
		 * Whether a tick's load was full: every request thread busy (a new instance's slow first
		 * requests), or the process's CPUs busy while it served visitors at least
		 * {@link #BUSY_RATE} requests a second (the warm-up alone, a single client, never is a full load). When the requests are quick, on one core, the
		 * threads wait their turn for the CPU more than they wait for work, and a few of them at a
		 * time are busy in a tick: the CPU is what the load fills.
		 */
		static boolean full(boolean allBusy, double cpuShare, boolean serving) {
			return allBusy || (cpuShare >= BUSY_SHARE && serving);
		}

		Step next(long compiledMillis, boolean full) {
			this.ticks++;
			this.quiet = (compiledMillis - this.last <= this.quietMillis) ? this.quiet + 1 : 0;
			this.last = compiledMillis;
			if (this.behindSince < 0) {
				this.full = full ? this.full + 1 : 0;
				if (this.full >= FULL_TICKS && this.quiet < this.quietTicks) {
					this.behindSince = this.ticks;
					return Step.BEHIND;
				}
				return (this.ticks >= this.maxTicks) ? Step.DONE : Step.WAIT;
			}
			return (this.quiet >= this.quietTicks || this.ticks - this.behindSince >= this.maxTicks) ? Step.NORMAL
					: Step.WAIT;
		}

	}

}
