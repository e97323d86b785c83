package se.klockan.web;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No endpoint reads a request body, and a client that announces one and sends it slowly, or not
 * at all, holds no request thread: it is answered, and its connection closed, at once. Tomcat
 * would otherwise read what is left of the body on a request thread, for up to the connection
 * timeout (20 s), before it even sent the answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.tomcat.threads.max=2")
class UnreadBodiesTests {

	private static final int WAIT_MS = 5000;

	@LocalServerPort
	int port;

	@Test
	void aBodyNeverSentIsNotWaitedFor() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "GET /time HTTP/1.1\r\nHost: klockan\r\nContent-Length: 1000\r\n\r\nab");
			String answer = readToEnd(socket);
			assertThat(answer).startsWith("HTTP/1.1 200 ")
				.containsIgnoringCase("\r\nConnection: close\r\n")
				.contains("\"timezone\":\"Etc/UTC\"");
		}
	}

	@Test
	void slowBodiesHoldNoRequestThread() throws IOException {
		List<Socket> slow = new ArrayList<>();
		try {
			// More than the server's two request threads.
			for (int i = 0; i < 4; i++) {
				Socket socket = connect();
				slow.add(socket);
				send(socket, "POST /api/sync HTTP/1.1\r\nHost: klockan\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na");
			}
			for (Socket socket : slow) {
				assertThat(readToEnd(socket)).startsWith("HTTP/1.1 405 ");
			}
			try (Socket socket = connect()) {
				send(socket, "GET /api/timezone/Etc/UTC.txt HTTP/1.1\r\nHost: klockan\r\nConnection: close\r\n\r\n");
				assertThat(readToEnd(socket)).startsWith("HTTP/1.1 200 ");
			}
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void aBodyThatHasArrivedIsReadPastAndKeepsTheConnection() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "GET /api/timezone/Etc/UTC.txt HTTP/1.1\r\nHost: klockan\r\nContent-Length: 5\r\n\r\nhello");
			send(socket, "GET /api/timezone/Etc/UTC.txt HTTP/1.1\r\nHost: klockan\r\nConnection: close\r\n\r\n");
			assertThat(readToEnd(socket).split("HTTP/1.1 200 ", -1)).hasSize(3);
		}
	}

	@Test
	void aRequestWithoutBodyKeepsItsConnection() throws IOException {
		try (Socket socket = connect()) {
			send(socket, "GET /api/timezone/Etc/UTC.txt HTTP/1.1\r\nHost: klockan\r\n\r\n");
			send(socket, "GET /api/timezone/Etc/UTC.txt HTTP/1.1\r\nHost: klockan\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
			String answers = readToEnd(socket);
			assertThat(answers.split("HTTP/1.1 200 ", -1)).hasSize(3);
		}
	}

	private Socket connect() throws IOException {
		Socket socket = new Socket("127.0.0.1", this.port);
		socket.setSoTimeout(WAIT_MS);
		return socket;
	}

	private static void send(Socket socket, String request) throws IOException {
		socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
		socket.getOutputStream().flush();
	}

	/** All the server sends until it closes the connection, failing if it takes longer than 5 s. */
	private static String readToEnd(Socket socket) throws IOException {
		InputStream in = socket.getInputStream();
		try {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (SocketTimeoutException ex) {
			throw new AssertionError("No answer, or the connection left open, after " + WAIT_MS + " ms", ex);
		}
	}

}
