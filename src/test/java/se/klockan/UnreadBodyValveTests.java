package se.klockan;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

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
class UnreadBodyValveTests {

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
		// More than the server's two request threads.
		try (RawHttp.Held slow = RawHttp.hold(this.port, 4,
				"POST /api/sync HTTP/1.1\r\nHost: klockan\r\nTransfer-Encoding: chunked\r\n\r\n1\r\na")) {
			for (Socket socket : slow.sockets()) {
				InputStream in = socket.getInputStream();
				assertThat(RawHttp.read(in, false).status()).isEqualTo(405);
				assertThat(RawHttp.read(in, false)).as("closed").isNull();
			}
			assertThat(RawHttp.exchange(this.port, TEXT + "Connection: close\r\n\r\n")).extracting(Response::status)
				.containsExactly(200);
		}
	}

	/** No body, an empty one, and a short one that came with its request: the connection stays. */
	@ParameterizedTest
	@ValueSource(strings = { "\r\n", "Content-Length: 0\r\n\r\n", "Content-Length: 5\r\n\r\nhello" })
	void aRequestWhoseBodyIsAllThereKeepsItsConnection(String rest) throws IOException {
		assertThat(RawHttp.exchange(this.port, TEXT + rest + TEXT + "Connection: close\r\n\r\n"))
			.extracting(Response::status)
			.containsExactly(200, 200);
	}

}
