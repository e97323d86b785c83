package se.klockan.ip;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.resttestclient.autoconfigure.AutoConfigureRestTestClient;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.test.web.servlet.client.RestTestClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code /api/ip} behind Heroku's router, which connects from a private address and appends the
 * client's address to {@code X-Forwarded-For}: the caller is the address the router appended,
 * never one the client wrote before it. (Spring Boot trusts the router's headers on Heroku; here,
 * as there, with {@code server.forward-headers-strategy=native}, from a loopback or private peer.)
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT, properties = "server.forward-headers-strategy=native")
@AutoConfigureRestTestClient
class CallerAddressTests {

	@Autowired
	RestTestClient client;

	@Test
	void theCallerIsTheAddressTheRouterAppended() {
		this.client.get()
			.uri("/api/ip")
			.header("X-Forwarded-For", "81.2.69.160")
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Port", "443")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.timezone")
			.isEqualTo("Europe/London")
			.jsonPath("$.client_ip")
			.isEqualTo("81.2.69.160");
	}

	@Test
	void anAddressTheClientWroteItselfIsNotBelieved() {
		// The client claimed 81.2.69.160 (London); the router appended the address it saw.
		this.client.get()
			.uri("/api/ip")
			.header("X-Forwarded-For", "81.2.69.160, 2a02:aa1::1")
			.exchange()
			.expectStatus()
			.isOk()
			.expectBody()
			.jsonPath("$.client_ip")
			.isEqualTo("2a02:aa1::1")
			.jsonPath("$.timezone")
			.value(String.class, (zone) -> assertThat(zone).startsWith("Europe/").isNotEqualTo("Europe/London"));
	}

	@Test
	void withoutForwardedHeadersTheCallerIsTheSocketsAddress() {
		this.client.get().uri("/api/ip").exchange().expectStatus().isNotFound().expectBody().json("""
				{"error":"unknown location"}""");
	}

}
