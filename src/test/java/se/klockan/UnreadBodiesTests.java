package se.klockan;

import java.io.IOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.klockan.RawHttp.Response;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No endpoint reads a request body, and a client that announces one and sends it slowly, or not
 * at all, holds no request thread: it is answered, and its connection closed, at once. Tomcat
 * would otherwise read what is left of the body on a request thread, for up to the connection
 * timeout (20 s, longer than {@link RawHttp} waits), before it even sent the answer.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.tomcat.threads.max=2")
class UnreadBodiesTests {

	private static final String TEXT = "GET /api/timezone/Etc/UTC.txt HTTP/1.1\r\nHost: klockan\r\n";

	@LocalServerPort
	int port;

	@Test
	void aBodyNeverSentIsNotWaitedFor() throws IOException {
		List<Response> answers = RawHttp.exchange(this.port,
				"GET /time HTTP/1.1\r\nHost: klockan\r\nContent-Length: 1000\r\n\r\nab");
		assertThat(answers).singleElement().satisfies((answer) -> {
			assertThat(answer.status()).isEqualTo(200);
			assertThat(answer.header("Connection")).isEqualTo("close");
			assertThat(answer.body()).contains("\"timezone\":\"Etc/UTC\"");
		});
	}

	@Test
	void slowBodiesHoldNoRequestThread() throws IOException {
		List<Socket> slow = new ArrayList<>();
		try {
			// More than the server's two request threads.
			for (int i = 0; i < 4; i++) {
				Socket socket = RawHttp.connect(this.port);
				slow.add(socket);
				socket.getOutputStream()
					.write("POST /api/sync HTTP/1.1\r\nHost: klockan\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na"
						.getBytes(StandardCharsets.US_ASCII));
			}
			for (Socket socket : slow) {
				assertThat(RawHttp.read(socket.getInputStream(), false).status()).isEqualTo(405);
				assertThat(RawHttp.read(socket.getInputStream(), false)).as("closed").isNull();
			}
			assertThat(RawHttp.exchange(this.port, TEXT + "Connection: close\r\n\r\n")).extracting(Response::status)
				.containsExactly(200);
		}
		finally {
			for (Socket socket : slow) {
				socket.close();
			}
		}
	}

	@Test
	void aBodyThatHasArrivedIsReadPastAndKeepsTheConnection() throws IOException {
		assertThat(RawHttp.exchange(this.port,
				TEXT + "Content-Length: 5\r\n\r\nhello" + TEXT + "Connection: close\r\n\r\n"))
			.extracting(Response::status)
			.containsExactly(200, 200);
	}

	@Test
	void aRequestWithoutBodyKeepsItsConnection() throws IOException {
		assertThat(RawHttp.exchange(this.port,
				TEXT + "\r\n" + TEXT + "Content-Length: 0\r\nConnection: close\r\n\r\n"))
			.extracting(Response::status)
			.containsExactly(200, 200);
	}

}
