package se.klockan;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.test.json.JsonCompareMode;
import org.springframework.test.web.servlet.client.RestTestClient;

/** The whole application on a real Tomcat: what only a running server shows. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT)
@AutoConfigureRestTestClient
class KlockanApplicationTests {

	@Autowired
	RestTestClient client;

	@Test
	void timeAnswersJson() {
		this.client.get()
			.uri("/time")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectHeader()
			.valueEquals(HttpHeaders.CACHE_CONTROL, "no-store")
			.expectBody()
			.jsonPath("$.timezone")
			.isEqualTo("Etc/UTC")
			.jsonPath("$.unixtime")
			.isNumber();
	}

	@Test
	void headHasHeadersButNoBody() {
		this.client.method(HttpMethod.HEAD)
			.uri("/time")
			.exchange()
			.expectStatus()
			.isOk()
			.expectHeader()
			.contentType(MediaType.APPLICATION_JSON)
			.expectBody()
			.isEmpty();
	}

	@Test
	void healthAndItsProbesAreUpWithoutDetails() {
		this.client.get()
			.uri("/actuator/health")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.json("""
					{"groups":["liveness","readiness"],"status":"UP"}""", JsonCompareMode.STRICT);
		for (String probe : new String[] { "liveness", "readiness" }) {
			this.client.get()
				.uri("/actuator/health/" + probe)
				.exchange()
				.expectStatus()
				.isOk()
				.expectBody()
				.json("""
						{"status":"UP"}""", JsonCompareMode.STRICT);
		}
	}

	@Test
	void otherActuatorEndpointsAreNotReachable() {
		for (String path : new String[] { "/actuator", "/actuator/env", "/actuator/beans", "/actuator/health/db" }) {
			this.client.get()
				.uri(path)
				.exchange()
				.expectStatus()
				.isNotFound();
		}
	}

}
