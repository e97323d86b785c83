package se.klockan.server;

import java.io.IOException;
import java.util.concurrent.atomic.LongAdder;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;

/**
 * How many requests the server has served since it started, on any of its connectors: a valve of
 * Tomcat's engine counts each one that reaches it (all but those Tomcat refuses while parsing).
 * The warm-up after the port opens stops once visitors' requests and its own add up to what it
 * was asked for ({@code se.klockan.server.WarmUp}).
 */
public final class ServedRequestsValve extends ValveBase {

	private final LongAdder count = new LongAdder();

	ServedRequestsValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		this.count.increment();
		getNext().invoke(request, response);
	}

	public long count() {
		return this.count.sum();
	}

}
