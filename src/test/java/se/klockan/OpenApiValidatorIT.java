package se.klockan;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import se.klockan.api.ApiDocument;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document the app serves passes a strict validator: the OpenAPI Initiative's own
 * JSON Schema for 3.1 (unknown fields and misplaced keywords refused), as
 * {@code @seriousme/openapi-schema-validator} applies it, installed with npm from
 * src/test/openapi/package.json; and its YAML 1.2 reader reads the document as the app does.
 * Outside CI, a machine without npm or its registry skips it.
 */
class OpenApiValidatorIT {

	private static final Path SOURCE = Path.of("src/test/openapi");

	private static final Path WORK = Path.of("target/openapi-validator");

	/** What the jar serves at /api: the document with the app's version in it (ApiDocumentTests). */
	private static final Path DOCUMENT = Path.of("target/classes/api/openapi.yaml");

	@Test
	void theDocumentPassesTheOpenApiInitiativesSchemaFor31() throws Exception {
		Skip.unlessOnPath("OpenApiValidatorIT", "nodejs npm", "npm", "node");
		FileSystemUtils.deleteRecursively(WORK);
		Files.createDirectories(WORK);
		for (String file : List.of("package.json", "validate.js")) {
			Files.copy(SOURCE.resolve(file), WORK.resolve(file));
		}
		Command install = Command.run(WORK, List.of(), "npm", "install", "--no-audit", "--no-fund",
				"--ignore-scripts", "--no-package-lock", "--loglevel=error");
		if (install.exit() != 0) {
			Skip.because("OpenApiValidatorIT skipped: npm install failed (no registry here?): "
					+ install.output().lines().findFirst().orElse(""));
		}
		Path read = WORK.resolve("read.json").toAbsolutePath();
		Command validation = Command.run(WORK, List.of(), "node", "validate.js", DOCUMENT.toAbsolutePath().toString(),
				read.toString());
		assertThat(validation.output().trim()).isEqualTo("{\"version\":\"3.1\",\"valid\":true}");
		assertThat(validation.exit()).isZero();
		// YAML 1.2 there, SnakeYAML's 1.1 in the app: no value may read differently (a date, "no", 1:30).
		JsonMapper json = JsonMapper.builder().build();
		assertThat(json.readTree(read.toFile())).isEqualTo(new ApiDocument(json).tree());
	}

}
