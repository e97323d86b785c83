package se.klockan.web;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(ErrorPageController.class)
class ErrorHandlingTests {

	@Autowired
	MockMvcTester mvc;

	@Test
	void unknownPathIsProblemJsonForApiClients() {
		assertThat(this.mvc.get().uri("/nowhere")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasBodyTextEqualTo("""
					{"detail":"There is nothing at this path.","instance":"/nowhere","status":404,"title":"Not Found"}""");
	}

	@Test
	void unknownPathIsAShortPageForBrowsers() {
		assertThat(this.mvc.get()
			.uri("/<script>")
			.header(HttpHeaders.ACCEPT, "text/html,*/*;q=0.8")
			.header(HttpHeaders.ACCEPT_LANGUAGE, "sv")).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.TEXT_HTML)
			.bodyText()
			.contains("<title>404 Not Found</title>", "<h1>404</h1>", "<p>Här finns ingenting.</p>",
					"<a href=\"/\">Tillbaka till Klockan</a>")
			.doesNotContain("<script>", "class=\"detail\"");
	}

	@Test
	void unknownPathIsALineForTextClients() {
		assertThat(this.mvc.get().uri("/nowhere").accept(MediaType.TEXT_PLAIN)).hasStatus(404)
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasBodyTextEqualTo("404 Not Found: There is nothing at this path.\n");
	}

	@Test
	void errorPathAskedForDirectlyIsNotFound() {
		assertThat(this.mvc.get().uri("/error")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON)
			.hasBodyTextEqualTo("""
					{"detail":"There is nothing at this path.","instance":"/error","status":404,"title":"Not Found"}""");
	}

	@Test
	void errorsAreInATypeTheClientAccepts() {
		assertThat(this.mvc.get().uri("/nowhere").accept(MediaType.APPLICATION_JSON)).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("""
					{"detail":"There is nothing at this path.","instance":"/nowhere","status":404,"title":"Not Found"}""");
		assertThat(this.mvc.get().uri("/nowhere").header(HttpHeaders.ACCEPT, "application/*;q=0, text/*"))
			.hasContentType("text/plain;charset=UTF-8");
		assertThat(this.mvc.get().uri("/nowhere").header(HttpHeaders.ACCEPT, "text/plain;q=0.1", "text/html"))
			.hasContentType("text/html;charset=UTF-8");
	}

	@Test
	void aClientThatAcceptsNoneOfOurTypesGetsProblemJson() {
		assertThat(this.mvc.get().uri("/nowhere").header(HttpHeaders.ACCEPT, "*/*;q=0")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

	@Test
	void malformedAcceptFallsBackToJson() {
		assertThat(this.mvc.get().uri("/nowhere").header(HttpHeaders.ACCEPT, "text/html;;;q=x")).hasStatus(404)
			.hasContentType(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
