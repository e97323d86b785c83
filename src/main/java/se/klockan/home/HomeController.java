package se.klockan.home;

import java.util.Locale;

import se.klockan.web.Html;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /}: says hello, with a page of links for browsers and one word for everyone else. */
@RestController
class HomeController {

	private final MessageSource messages;

	HomeController(MessageSource messages) {
		this.messages = messages;
	}

	// No "produces": every client that doesn't ask for HTML by name gets the greeting as text.
	@GetMapping("/")
	ResponseEntity<String> text() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Hej\n");
	}

	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String html(Locale locale) {
		String body = """
				<h1>Hej</h1>
				<p>%s</p>
				<ul class="links">
				<li><a href="/time">/time</a> %s</li>
				<li><a href="/actuator/health">/actuator/health</a> %s</li>
				</ul>""".formatted(Html.escape(message("home.intro", locale)), Html.escape(message("home.time", locale)),
				Html.escape(message("home.health", locale)));
		return Html.page(locale, "Klockan", body);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
