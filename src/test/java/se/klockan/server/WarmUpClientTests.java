package se.klockan.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/**
 * The warm-up's and the training run's requests, on the real server: each gets the status it
 * expects, from a device and from a browser, or the JIT would be trained on the wrong paths.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class WarmUpClientTests {

	@LocalServerPort
	int port;

	@Test
	void everyRequestIsAnsweredAsExpectedOverBothKindsOfConnection() throws IOException {
		int rounds = 4;
		assertThat(WarmUpClient.send(this.port, rounds * WarmUpClient.REQUESTS.size(), (sent) -> true))
			.isEqualTo(rounds * WarmUpClient.REQUESTS.size());
	}

	@Test
	void anAnswerWithAnotherStatusStopsIt() throws IOException {
		HttpServer broken = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		broken.createContext("/", (exchange) -> {
			exchange.sendResponseHeaders(500, -1);
			exchange.close();
		});
		broken.start();
		try {
			assertThatIOException().isThrownBy(() -> WarmUpClient.send(broken.getAddress().getPort(), 1, (sent) -> true))
				.withMessage("GET /time answered 500, not 200");
		}
		finally {
			broken.stop(0);
		}
	}

	@Test
	void itStopsWhenToldTo() throws IOException {
		assertThat(WarmUpClient.send(this.port, 1000, (sent) -> sent < 3)).isEqualTo(3);
	}

	@Test
	void aBrowsersRoundRunsToItsEndSoThatItsConnectionCloses() throws IOException {
		int round = WarmUpClient.REQUESTS.size();
		// The first round is a device's, asked before each request; the second a browser's, asked once.
		assertThat(WarmUpClient.send(this.port, 1000, (sent) -> sent <= round)).isEqualTo(2 * round);
	}

}
