package se.klockan.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.IntPredicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The traffic the training run and the warm-up send: every representation and error path, as
 * Klockan's two kinds of visitors send them. Alternate rounds come from a device (a new connection
 * per request, closed after the answer, no {@code Accept} unless it wants a format) and from a
 * browser (one kept-alive connection, {@code Accept-Language}). The JIT compiles what it has seen
 * run: a path the warm-up never took (a connection's accept and close, say) would be interpreted,
 * or its compiled code thrown away, when the first visitor takes it.
 */
final class WarmUpClient {

	static final List<Request> REQUESTS = List.of(new Request("/time", "application/json", 200),
			new Request("/time", null, 200), new Request("/time?tz=Europe/Stockholm", "*/*", 200),
			new Request("/time?tz=Asia/Kathmandu", "text/plain", 200),
			new Request("/time?tz=America/New_York", "text/html", 200), new Request("/", "text/html", 200),
			new Request("/", null, 200), new Request("/api/timezone/Europe/Stockholm", null, 200),
			new Request("/api/timezone/Australia/Sydney.txt", null, 200), new Request("/api/timezone/Europe", null, 200),
			new Request("/api/ip/81.2.69.160", null, 200), new Request("/api/ip/2a02:aa1::1.txt", null, 200),
			new Request("/api/ip", null, 404), new Request("/api/posix/stockholm.txt", null, 200),
			new Request("/api/sync", null, 200), new Request("/actuator/health", null, 200),
			new Request("/nowhere", "text/html", 404), new Request("/time?tz=Nowhere", "application/json", 400),
			new Request("/time", "application/xml", 406), new Request("/klockan.css", "text/css", 200),
			new Request("/clock.js", null, 200), new Request("/api/coordinates/57.70716,11.96679", null, 200),
			new Request("/api/coordinates/59.3,18.1.txt", null, 200), new Request("/api/place/G%C3%B6teborg", null, 200),
			new Request("/api/place/Tokyo.txt", null, 200), new Request("/api/place?q=stock", null, 200),
			new Request("/api/posix?lat=57.7&lon=11.97", null, 200), new Request("/api/posix/place/oslo.txt", null, 200),
			new Request("/time?place=Stockholm", "text/html", 200), new Request("/api/coordinates/91,0", null, 400));

	/** "HTTP/1.1 200 ...": the status is the three digits after the first space. */
	private static final Pattern STATUS_LINE = Pattern.compile("HTTP/1\\.1 (\\d{3})");

	private WarmUpClient() {
	}

	/**
	 * Sends requests to Klockan on {@code port} of the loopback address, one at a time, until
	 * {@code count} are answered or {@code more} says no more (asked, with how many have been
	 * sent, before each of a device's requests and before each browser's round).
	 * @return how many were sent
	 * @throws IOException if the server stops answering, or answers one with an unexpected status
	 */
	static int send(int port, int count, IntPredicate more) throws IOException {
		int sent = 0;
		while (sent < count) {
			int index = sent % REQUESTS.size();
			int round = sent / REQUESTS.size();
			boolean device = round % 2 == 0;
			// A browser's round runs to its end, where it closes its connection: stopping in the
			// middle would leave it open, and a draining server would wait for it.
			if ((device || index == 0) && !more.test(sent)) {
				break;
			}
			Request request = REQUESTS.get(index);
			boolean last = index == REQUESTS.size() - 1 || sent + 1 == count;
			int status = device ? fromDevice(port, request)
					: fromBrowser(port, request, (round % 4 == 1) ? "sv" : "en", last);
			if (status != request.status()) {
				throw new IOException("GET " + request.path() + " answered " + status + ", not " + request.status());
			}
			sent++;
		}
		return sent;
	}

	/** Through the JDK's client, which keeps the connection alive for the next request, but the last. */
	private static int fromBrowser(int port, Request request, String language, boolean last) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + request.path())
			.toURL()
			.openConnection();
		connection.setRequestProperty("Accept", (request.accept() != null) ? request.accept() : "*/*");
		connection.setRequestProperty("Accept-Language", language);
		if (last) {
			connection.setRequestProperty("Connection", "close");
		}
		int status = connection.getResponseCode();
		try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			if (body != null) {
				body.transferTo(OutputStream.nullOutputStream());
			}
		}
		return status;
	}

	/** On a new connection that the server closes after its answer, read to the end. */
	private static int fromDevice(int port, Request request) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
			String accept = (request.accept() != null) ? "Accept: " + request.accept() + "\r\n" : "";
			socket.getOutputStream()
				.write(("GET " + request.path() + " HTTP/1.1\r\nHost: 127.0.0.1\r\n" + accept + "Connection: close\r\n\r\n")
					.getBytes(StandardCharsets.US_ASCII));
			byte[] answer = socket.getInputStream().readAllBytes();
			// Anything else is an IOException too, so that nothing here can stop the application from starting.
			Matcher status = STATUS_LINE
				.matcher(new String(answer, 0, Math.min(answer.length, 12), StandardCharsets.US_ASCII));
			if (!status.matches()) {
				throw new IOException("GET " + request.path() + ": no answer");
			}
			return Integer.parseInt(status.group(1));
		}
	}

	record Request(String path, String accept, int status) {
	}

}
