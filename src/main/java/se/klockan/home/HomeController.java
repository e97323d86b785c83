package se.klockan.home;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /} for everything but browsers: says hello, as the original did. Browsers get the
 * clock page from {@code TimeController}.
 */
@RestController
class HomeController {

	// No "produces": every client that doesn't ask for HTML by name gets the greeting as text.
	@GetMapping("/")
	ResponseEntity<String> hej() {
		return ResponseEntity.ok().contentType(MediaType.TEXT_PLAIN).body("Hej\n");
	}

}
