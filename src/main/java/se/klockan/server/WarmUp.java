package se.klockan.server;

import java.io.IOException;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.function.LongSupplier;

import org.apache.catalina.LifecycleException;
import org.apache.catalina.Service;
import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;


import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Warms a new instance up, so that its first visitors don't pay for code the JVM has not yet run
 * or compiled (a small instance serving a few requests a second would otherwise answer from
 * interpreted code for minutes). It sends the training run's requests ({@link WarmUpClient})
 * through the real HTTP stack, one at a time:
 * <ol>
 * <li>before the port opens, through a connector of its own on a free loopback port and on the
 * server's request threads, for a short while ({@code klockan.warm-up.before-port}): the first
 * visitor then finds the main paths run, their classes loaded and initialized;
 * <li>after it opens, from one background thread alongside visitors, until the server has served
 * a number of requests in all ({@code klockan.warm-up.requests}), so that the JIT compiles what
 * serving takes. Visitors' requests count too: a busy instance's own traffic warms it, and a
 * warm-up beside it would only take their CPU. Every request goes once as from a device and once
 * as from a browser, so that each path has run before a visitor takes it.
 * </ol>
 * Either is off at 0 ({@link LifecycleProperties}); what each is worth: docs/performance.md.
 */
@Component
class WarmUp implements SmartLifecycle {

	private static final Log log = LogFactory.getLog(WarmUp.class);

	/** How long after the port opens the background warm-up waits, leaving the first visitors the CPU. */
	private static final Duration QUIET = Duration.ofMillis(250);

	private final WebServerApplicationContext context;

	private final Duration beforePort;

	private final int requests;

	private final ServedRequestsValve served;

	private volatile boolean running;

	private volatile boolean closing;

	/** How many requests the warm-up has sent (within a round of the browser's, which runs whole). */
	private volatile long sent;

	WarmUp(WebServerApplicationContext context, ServedRequestsValve served, LifecycleProperties properties) {
		this.context = context;
		this.served = served;
		this.beforePort = properties.warmUp().beforePort();
		this.requests = properties.warmUp().requests();
	}

	/** Just after the web server starts, before its port opens (when the application is ready). */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.START_STOP_LIFECYCLE_PHASE + 1;
	}

	@Override
	public void start() {
		this.running = true;
		if (this.beforePort.isZero() || !(this.context.getWebServer() instanceof TomcatWebServer tomcat)) {
			return;
		}
		Service service = tomcat.getTomcat().getService();
		Connector connector = new Connector("HTTP/1.1");
		connector.setPort(0);
		connector.setProperty("address", "127.0.0.1");
		// On the threads that will serve the first visitors: the server connector's executor.
		Connector[] server = service.findConnectors();
		if (server.length > 0) {
			connector.getProtocolHandler().setExecutor(server[0].getProtocolHandler().getExecutor());
		}
		service.addConnector(connector);
		try {
			long deadline = System.nanoTime() + this.beforePort.toNanos();
			warmUp(connector.getLocalPort(), Integer.MAX_VALUE, (sent) -> System.nanoTime() < deadline,
					"before opening the port");
		}
		finally {
			service.removeConnector(connector);
			try {
				connector.destroy();
			}
			catch (LifecycleException ex) {
				log.debug("Could not destroy the warm-up connector: " + ex);
			}
		}
	}

	/** Then in the background, alongside the first visitors. */
	@EventListener
	void afterPortOpens(ApplicationReadyEvent event) {
		String port = event.getApplicationContext().getEnvironment().getProperty("local.server.port");
		if (this.requests <= 0 || port == null) {
			return;
		}
		Thread thread = new Thread(() -> {
			// The router sends the requests it held to a new dyno as soon as the port opens: serve them first.
			pause(QUIET);
			IntPredicate more = untilServed(this.requests, this.served::count, () -> this.closing);
			warmUp(Integer.parseInt(port), this.requests, more, "after opening the port");
		}, "warm-up");
		thread.setDaemon(true);
		thread.start();
	}

	/**
	 * Whether the warm-up after the port opens sends another request: not once the application is
	 * closing; always for the first two rounds (every request from a device, then from a browser);
	 * then while the server has served fewer than {@code requests} in all, visitors' included.
	 */
	static IntPredicate untilServed(int requests, LongSupplier served, BooleanSupplier closing) {
		int firstRounds = 2 * WarmUpClient.REQUESTS.size();
		return (sent) -> !closing.getAsBoolean() && (sent < firstRounds || served.getAsLong() < requests);
	}

	/** The application is closing: no more requests of its own while it drains its connections. */
	@EventListener
	void closing(ContextClosedEvent event) {
		this.closing = true;
	}

	/** How many requests the warm-up has sent so far: the server's other requests are visitors'. */
	long sent() {
		return this.sent;
	}

	private void warmUp(int port, int count, IntPredicate more, String when) {
		long started = System.nanoTime();
		long before = this.sent;
		try {
			int sent = WarmUpClient.send(port, count, (n) -> {
				this.sent = before + n;
				return more.test(n);
			});
			this.sent = before + sent;
			log.info("Warmed up with " + sent + " requests in " + (System.nanoTime() - started) / 1_000_000 + " ms "
					+ when + " (the server has served " + this.served.count() + " in all)");
		}
		catch (IOException ex) {
			// Stopping while it runs ends it too (connection refused): not worth more than a line.
			log.info("Warm-up " + when + " stopped: " + ex.getMessage());
		}
	}

	private static void pause(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Override
	public void stop() {
		this.running = false;
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

}
