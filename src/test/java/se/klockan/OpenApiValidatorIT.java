package se.klockan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
		String[] install = run("npm", "install", "--no-audit", "--no-fund", "--ignore-scripts", "--no-package-lock",
				"--loglevel=error");
		if (!install[0].equals("0")) {
			Skip.because("OpenApiValidatorIT skipped: npm install failed (no registry here?): "
					+ install[1].lines().findFirst().orElse(""));
		}
		Path read = WORK.resolve("read.json").toAbsolutePath();
		String[] validation = run("node", "validate.js", DOCUMENT.toAbsolutePath().toString(), read.toString());
		assertThat(validation[1].trim()).isEqualTo("{\"version\":\"3.1\",\"valid\":true}");
		assertThat(validation[0]).isEqualTo("0");
		// YAML 1.2 there, SnakeYAML's 1.1 in the app: no value may read differently (a date, "no", 1:30).
		JsonMapper json = JsonMapper.builder().build();
		assertThat(json.readTree(read.toFile())).isEqualTo(new ApiDocument(json).tree());
	}

	/** The exit code and the output of a command run in {@link #WORK}. */
	private static String[] run(String... command) throws Exception {
		Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish");
		}
		return new String[] { Integer.toString(process.exitValue()), output };
	}

}
