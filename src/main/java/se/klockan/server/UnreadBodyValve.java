package se.klockan.server;

import java.io.IOException;
import java.io.InputStream;

import jakarta.servlet.ServletException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

import se.klockan.web.RequestValidationFilter;

/**
 * Never waits for a request body. Nothing here reads one, and Tomcat would read what is left of
 * an unread body before it sends the answer, on the request thread, for up to the connection
 * timeout (20 s): a few clients that announce a body and never send it could hold every request
 * thread. So, once the application has answered, what has already arrived of a body of known
 * length is read past (up to 16 KiB, so that a client that sent a short body on its {@code GET}
 * keeps its connection). If more is still to come, or the body is chunked, the answer is sent as
 * the application made it and the connection closed, as Tomcat does for an upload it abandons
 * ({@code DISABLE_SWALLOW_INPUT}).
 */
final class UnreadBodyValve extends ValveBase {

	private static final int READ_PAST_AT_MOST = 16 * 1024;

	UnreadBodyValve() {
		super(true);
	}

	@Override
	public void invoke(Request request, Response response) throws IOException, ServletException {
		getNext().invoke(request, response);
		org.apache.coyote.Request exchange = request.getCoyoteRequest();
		// An unreadable length has had its 400 (RequestValidationFilter); its body can't be read past.
		if (exchange.isFinished() || (RequestValidationFilter.contentLength(request) > 0
				&& readPastWhatHasArrived(request.getStream(), exchange))) {
			return;
		}
		if (!response.isCommitted()) {
			response.setHeader("Connection", "close");
			// Sent before Tomcat marks the exchange as failed, which would make a 2xx a 500.
			response.flushBuffer();
		}
		exchange.action(ActionCode.DISABLE_SWALLOW_INPUT, null);
	}

	/**
	 * Whether the whole body had arrived; reads only what needs no wait. Only for a body of known
	 * length: Tomcat's count of what is available to read is then of bytes that have arrived, where
	 * for a chunked body a read may still wait for the rest of a chunk's framing.
	 */
	private static boolean readPastWhatHasArrived(InputStream body, org.apache.coyote.Request exchange)
			throws IOException {
		byte[] buffer = new byte[1024];
		int read = 0;
		while (read < READ_PAST_AT_MOST && body.available() > 0) {
			int n = body.read(buffer);
			if (n < 0) {
				break;
			}
			read += n;
		}
		return exchange.isFinished();
	}

}
