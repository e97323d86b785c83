package se.klockan.web;

import org.springframework.core.Ordered;

/**
 * Where every servlet filter of the app stands in the chain, in one place. Spring Boot's own are
 * its character encoding filter ({@link Ordered#HIGHEST_PRECEDENCE}) and its request context filter
 * (-105); each of ours is placed against those. Before any filter, Tomcat's valves run in the order
 * they are added: Boot's {@code RemoteIpValve} (on Heroku), then on the engine the server's
 * {@code ServedRequestsValve} and {@code UnreadBodyValve} ({@code ServerStart}); the host's error
 * report valve, {@link ClientErrorValve}, writes what Tomcat answers itself.
 */
public final class FilterOrder {

	/** The sync request's arrival (NTP's t1): as early as a filter can run, after Boot's encoding filter. */
	public static final int RECEIVE_TIME = Ordered.HIGHEST_PRECEDENCE + 1;

	/**
	 * Requests Tomcat lets through that nothing after it should see, a 400 in the client's format:
	 * before the first filter that parses the path.
	 */
	public static final int REQUEST_VALIDATION = RECEIVE_TIME + 1;

	/** {@code /api/x/} answers as {@code /api/x}: before anything routes on the path. */
	public static final int TRAILING_SLASH = REQUEST_VALIDATION + 1;

	/** The {@code .txt} form of an {@code /api} path, chosen before anything routes on the path. */
	public static final int TEXT_SUFFIX = TRAILING_SLASH + 1;

	/** CORS on every {@code /api} answer, errors included. */
	public static final int CORS = TEXT_SUFFIX + 1;

	/* Boot's request context filter here, at -105. */

	/** {@code Cache-Control: no-store}, set before anything can answer, errors included. */
	public static final int NO_STORE = 0;

	/** A {@code Content-Length} on every answer, also those whose writer flushes. */
	public static final int UNFLUSHED_RESPONSE = NO_STORE + 10;

	/** Browser-safety headers, on error dispatches too. */
	public static final int SECURITY_HEADERS = UNFLUSHED_RESPONSE + 10;

	/** A well-formed {@code Accept} for Actuator's reader. */
	public static final int ACTUATOR_ACCEPT = SECURITY_HEADERS + 10;

	private FilterOrder() {
	}

}
