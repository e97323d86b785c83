package se.klockan.server;

import org.apache.coyote.http11.Http11NioProtocol;

/**
 * Tomcat's HTTP/1.1 connector (NIO), whose port opens when the application is ready for traffic
 * ({@link #ready()}), not when Tomcat starts the connector. Spring Boot starts it before its last
 * steps (its logs, its events, readiness), and Heroku's router sends requests as soon as the port
 * opens: the first of them then shared the CPUs with that work and waited for the connector's
 * own threads to start. A random port (0, in tests) opens at once, since only a bound socket knows
 * its number.
 */
public class OpenWhenReadyProtocol extends Http11NioProtocol {

	private final Object monitor = new Object();

	/** The connector has started, and waits for {@link #ready()} to open its port. */
	private boolean waiting;

	private boolean ready;

	public OpenWhenReadyProtocol() {
		// Bound at init, the port would be open from then on (Spring Boot turns this off too).
		getEndpoint().setBindOnInit(false);
	}

	@Override
	public void start() throws Exception {
		synchronized (this.monitor) {
			if (this.ready || getPort() == 0) {
				super.start();
			}
			else {
				this.waiting = true;
			}
		}
	}

	/**
	 * The application is ready for traffic: opens the port, now or as soon as the connector starts.
	 * @return whether it opened the port now
	 * @throws Exception if it can't open, as when another process has the port
	 */
	public boolean ready() throws Exception {
		synchronized (this.monitor) {
			this.ready = true;
			if (!this.waiting) {
				return false;
			}
			this.waiting = false;
			super.start();
			return true;
		}
	}

	/** The port it will open, while it waits to: what Spring Boot logs and tells the application. */
	@Override
	public int getLocalPort() {
		synchronized (this.monitor) {
			return this.waiting ? getPort() : super.getLocalPort();
		}
	}

}
