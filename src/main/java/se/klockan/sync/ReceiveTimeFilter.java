package se.klockan.sync;

import java.io.IOException;
import java.time.Clock;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Notes when a sync request reached the application (NTP's t1), ahead of every filter but
 * Boot's character encoding filter ({@code FilterOrder.RECEIVE_TIME}), and lets other origins' pages time it precisely ({@code Timing-Allow-Origin}).
 */
class ReceiveTimeFilter implements Filter {

	static final String RECEIVED = "klockan.sync.received";

	private final Clock clock;

	ReceiveTimeFilter(Clock clock) {
		this.clock = clock;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		request.setAttribute(RECEIVED, this.clock.instant());
		((HttpServletResponse) response).setHeader("Timing-Allow-Origin", "*");
		chain.doFilter(request, response);
	}

}
