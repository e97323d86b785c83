package se.klockan.api;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** The document is served as written, and as JSON that says the same. */
class ApiDocumentTests {

	private final JsonMapper json = JsonMapper.builder().build();

	private final ApiDocument document = new ApiDocument(this.json);

	@Test
	void theJsonSaysWhatTheYamlSays() {
		assertThat(this.json.readTree(this.document.json())).isEqualTo(YAMLMapper.builder().build()
			.readTree(this.document.yaml()));
		assertThat(this.json.readTree(this.document.json())).isEqualTo(this.document.tree());
	}

	@Test
	void theYamlIsTheFileAsWrittenWithItsComments() {
		assertThat(new String(this.document.yaml(), java.nio.charset.StandardCharsets.UTF_8))
			.startsWith("# Klockan's API")
			.contains("\nopenapi: 3.1.0\n");
	}

}
