package se.klockan.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The document is served as written, and as JSON that says the same. */
class ApiDocumentTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ApiDocument document = new ApiDocument(this.json);

	@Test
	void theJsonSaysWhatTheDocumentSays() {
		assertThat(this.json.readTree(this.document.json())).isEqualTo(this.document.tree());
		assertThat(this.document.tree().at("/paths/~1api~1timezone~1{area}~1{location}/get/operationId").asString())
			.isEqualTo("getTimezone");
	}

	@Test
	void theYamlIsTheFileAsWrittenWithItsComments() {
		assertThat(new String(this.document.yaml(), java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("# Klockan's API")
			.contains("\nopenapi: 3.1.0\n");
	}

}
