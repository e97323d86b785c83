package se.klockan.home;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(HomeController.class)
class HomeControllerTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void clientsGetHejAsText() {
		assertThat(this.mvc.get().uri("/")).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo("Hej\n");
		assertThat(this.mvc.get().uri("/").header(HttpHeaders.ACCEPT, "*/*")).hasBodyTextEqualTo("Hej\n");
	}

}
