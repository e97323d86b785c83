package se.klockan.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(ErrorPageController.class)
class SecurityHeadersTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void pagesAllowOnlyTheirOwnScriptsAndStyles() {
		assertThat(this.mvc.get().uri("/nowhere").header(HttpHeaders.ACCEPT, "text/html,*/*;q=0.8")).hasStatus(404)
			.hasHeader("Content-Security-Policy",
					"default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
							+ "base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Referrer-Policy", "no-referrer");
	}

	@Test
	void apiAnswersAreNotSniffedAndCarryNoPagePolicy() {
		assertThat(this.mvc.get().uri("/nowhere").accept(MediaType.APPLICATION_JSON)).hasStatus(404)
			.hasHeader("X-Content-Type-Options", "nosniff")
			.hasHeader("Referrer-Policy", "no-referrer")
			.doesNotContainHeader("Content-Security-Policy")
			.doesNotContainHeader("Server");
	}

}
