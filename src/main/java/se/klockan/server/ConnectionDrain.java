package se.klockan.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.apache.catalina.connector.Connector;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.coyote.AbstractProtocol;
import org.apache.coyote.http11.AbstractHttp11Protocol;

import org.springframework.boot.tomcat.TomcatWebServer;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.boot.web.server.context.WebServerInitializedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Moves clients off this process before it stops, so a restart loses no requests. When the
 * context closes (SIGTERM), Spring Boot reports readiness {@code REFUSING_TRAFFIC}; then, before
 * Boot's graceful shutdown pauses Tomcat (which would drop requests arriving on kept-alive
 * connections), this:
 * <ol>
 * <li>keeps serving for the drain window with keep-alive off, so every answer says
 * {@code Connection: close} and clients (Heroku's router among them) open fresh connections;
 * <li>turns keep-alive back on for 100 ms, so that the clients still here settle on connections
 * and none is between two when the port closes, and waits (at most 1 s) until Tomcat has accepted
 * every connection the kernel holds for it ({@link ListenQueue});
 * <li>closes the port, which turns keep-alive off again, and gives each connection still open up
 * to 2 s to send its last request and have it answered;
 * </ol>
 * and only then lets the graceful shutdown go on. A client that connects after that is refused,
 * which it can retry, rather than cut off midway.
 */
@Component
class ConnectionDrain implements SmartLifecycle, ApplicationListener<WebServerInitializedEvent> {

	private static final Log log = LogFactory.getLog(ConnectionDrain.class);

	/** The longest this waits for open connections to finish once it stops accepting. */
	private static final Duration LAST_REQUESTS = Duration.ofSeconds(2);

	/** Long enough for clients between connections to open a new one. */
	private static final Duration SETTLE = Duration.ofMillis(100);

	/** The longest this waits for Tomcat to accept the connections the kernel holds for it. */
	private static final Duration ACCEPTED = Duration.ofSeconds(1);

	private final Duration window;

	private final List<Connector> connectors = new ArrayList<>();

	private volatile boolean running;

	ConnectionDrain(LifecycleProperties properties) {
		this.window = properties.shutdown().drainWindow();
	}

	@Override
	public void onApplicationEvent(WebServerInitializedEvent event) {
		if (event.getWebServer() instanceof TomcatWebServer tomcat) {
			this.connectors.addAll(List.of(tomcat.getTomcat().getService().findConnectors()));
		}
	}

	@Override
	public void start() {
		this.running = true;
	}

	@Override
	public void stop() {
		this.running = false;
		List<AbstractHttp11Protocol<?>> protocols = this.connectors.stream()
			.map(Connector::getProtocolHandler)
			.filter(AbstractHttp11Protocol.class::isInstance)
			.<AbstractHttp11Protocol<?>>map(AbstractHttp11Protocol.class::cast)
			.toList();
		if (this.window.isZero() || protocols.isEmpty()) {
			return;
		}
		log.info("Draining connections for " + this.window.toMillis() + " ms: every answer now closes its connection");
		int keepAlive = protocols.get(0).getMaxKeepAliveRequests();
		protocols.forEach((protocol) -> protocol.setMaxKeepAliveRequests(1));
		if (!sleep(this.window.toMillis())) {
			return;
		}
		// Clients still here settle on kept-alive connections, so that none is between connections
		// when the port closes: a connection Tomcat has stopped accepting, but the kernel has not,
		// would be reset with its request unanswered.
		protocols.forEach((protocol) -> protocol.setMaxKeepAliveRequests(keepAlive));
		if (!sleep(SETTLE.toMillis()) || !awaitAccepted(protocols)) {
			return;
		}
		// Closing the port also turns keep-alive off again: each open connection gets one more
		// answer, with Connection: close, and its client finds the port closed.
		protocols.forEach(AbstractProtocol::closeServerSocketGraceful);
		long waitMillis = LAST_REQUESTS.toMillis();
		for (AbstractProtocol<?> protocol : protocols) {
			waitMillis = protocol.awaitConnectionsClose(waitMillis);
		}
		log.info("Stopped accepting connections; "
				+ ((waitMillis > 0) ? "all have closed" : "some are still open after " + LAST_REQUESTS.toMillis() + " ms"));
	}

	/**
	 * Waits, at most {@link #ACCEPTED}, until no connection waits in the kernel's queue for Tomcat
	 * to accept it: closing the port resets those, with their requests unanswered. On a busy
	 * machine the acceptor can take longer than {@link #SETTLE} to reach them (RestartIT, run
	 * while another build runs). Reads Linux's {@code /proc/net/tcp}; elsewhere it waits no more.
	 * @return false if interrupted
	 */
	private static boolean awaitAccepted(List<AbstractHttp11Protocol<?>> protocols) {
		long deadline = System.nanoTime() + ACCEPTED.toNanos();
		for (AbstractHttp11Protocol<?> protocol : protocols) {
			int port = protocol.getLocalPort();
			while (ListenQueue.waiting(port) > 0 && System.nanoTime() < deadline) {
				if (!sleep(5)) {
					return false;
				}
			}
			int left = ListenQueue.waiting(port);
			if (left > 0) {
				log.warn(left + " connections still wait to be accepted on port " + port + " after "
						+ ACCEPTED.toMillis() + " ms; closing the port resets them");
			}
		}
		return true;
	}

	/** False if interrupted: then the graceful shutdown takes over at once. */
	private static boolean sleep(long millis) {
		try {
			Thread.sleep(millis);
			return true;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
	}

	@Override
	public boolean isRunning() {
		return this.running;
	}

	/** Stops before the web server's graceful shutdown (a lower phase, so it stops later). */
	@Override
	public int getPhase() {
		return WebServerApplicationContext.GRACEFUL_SHUTDOWN_PHASE + 1;
	}

}
