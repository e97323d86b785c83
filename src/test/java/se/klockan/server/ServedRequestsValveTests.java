package se.klockan.server;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse.BodyHandlers;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** Every request the server answers is counted once, whatever its answer. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
class ServedRequestsValveTests {

	@LocalServerPort
	int port;

	@Autowired
	ServedRequestsValve served;

	@Test
	void eachAnsweredRequestCountsOnce() throws IOException, InterruptedException {
		long before = this.served.count();
		HttpClient client = HttpClient.newHttpClient();
		assertThat(get(client, "/time", "application/json")).isEqualTo(200);
		assertThat(get(client, "/actuator/health", "*/*")).isEqualTo(200);
		assertThat(get(client, "/nowhere", "text/html")).isEqualTo(404);
		assertThat(get(client, "/time", "application/xml")).isEqualTo(406);
		assertThat(this.served.count()).isEqualTo(before + 4);
	}

	private int get(HttpClient client, String path, String accept) throws IOException, InterruptedException {
		HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Accept", accept)
			.build();
		return client.send(request, BodyHandlers.discarding()).statusCode();
	}

}
