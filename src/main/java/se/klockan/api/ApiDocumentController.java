package se.klockan.api;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api}: the OpenAPI document, in YAML as WorldTimeAPI serves its own there, where API
 * catalogues and client generators look; {@code GET /api/openapi.json}: the same as JSON. Open to
 * every origin, as all of {@code /api} is.
 */
@RestController
class ApiDocumentController {

	static final MediaType YAML = MediaType.parseMediaType("application/yaml");

	private final ApiDocument document;

	ApiDocumentController(ApiDocument document) {
		this.document = document;
	}

	@GetMapping("/api")
	ResponseEntity<byte[]> yaml(ApiFormat format) {
		return answer(format, YAML, this.document.yaml());
	}

	@GetMapping("/api/openapi.json")
	ResponseEntity<byte[]> json(ApiFormat format) {
		return answer(format, MediaType.APPLICATION_JSON, this.document.json());
	}

	/** The document has no {@code .txt} form. */
	private static ResponseEntity<byte[]> answer(ApiFormat format, MediaType type, byte[] body) {
		if (format == ApiFormat.TEXT) {
			throw WorldTimeApiException.unknownLocation();
		}
		return ResponseEntity.ok().contentType(type).body(body);
	}

}
