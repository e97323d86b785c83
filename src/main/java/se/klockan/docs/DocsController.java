package se.klockan.docs;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import se.klockan.api.ApiDocument;
import se.klockan.web.ClientFormat;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** {@code GET /docs}: the API for people, in the reader's language, rendered once per language. */
@RestController
class DocsController {

	private static final List<ClientFormat> PAGE = List.of(ClientFormat.HTML);

	private final DocsPage page;

	DocsController(ApiDocument document, MessageSource messages) {
		this.page = new DocsPage(document, messages);
	}

	@GetMapping("/docs")
	ResponseEntity<String> docs(HttpServletRequest request, Locale locale) throws HttpMediaTypeNotAcceptableException {
		return ClientFormat.negotiate(request, PAGE).answer(this.page.render(locale));
	}

}
