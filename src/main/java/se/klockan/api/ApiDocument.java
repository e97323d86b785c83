package se.klockan.api;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.function.Supplier;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.io.ClassPathResource;
import org.springframework.util.function.SingletonSupplier;

/**
 * Klockan's OpenAPI document ({@code src/main/resources/api/openapi.yaml}), written by hand and held
 * to the app by tests: as written for {@code /api}, as JSON for {@code /api/openapi.json}, and as a
 * tree for the docs page. Read on first use, so an instance nobody asks for it never holds it.
 */
public final class ApiDocument {

	private static final String LOCATION = "api/openapi.yaml";

	private final Supplier<byte[]> yaml = SingletonSupplier.of(ApiDocument::read);

	private final Supplier<JsonNode> tree;

	private final Supplier<byte[]> json;

	/**
	 * The document, read with SnakeYAML, which Spring Boot carries already, not Jackson's YAML
	 * module: with that on the class path Spring MVC would add a YAML converter to every answer's
	 * negotiation. Public for the tests, which check the document as the app reads it.
	 */
	public ApiDocument(JsonMapper mapper) {
		this.tree = SingletonSupplier.of(() -> mapper.valueToTree(
				new Yaml(new SafeConstructor(new LoaderOptions())).load(new ByteArrayInputStream(yaml()))));
		this.json = SingletonSupplier.of(() -> mapper.writeValueAsBytes(tree()));
	}

	/** The document as written: YAML, UTF-8. */
	public byte[] yaml() {
		return this.yaml.get();
	}

	/** The same document as compact JSON. */
	public byte[] json() {
		return this.json.get();
	}

	/** The document, to read (never to change). */
	public JsonNode tree() {
		return this.tree.get();
	}

	/** The object a {@code $ref} of the document names ({@code #/components/...}), or {@code node} itself. */
	public JsonNode resolve(JsonNode node) {
		JsonNode ref = node.get("$ref");
		return (ref != null) ? tree().at(ref.asString().substring(1)) : node;
	}

	private static byte[] read() {
		try (InputStream in = new ClassPathResource(LOCATION).getInputStream()) {
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("The app's OpenAPI document is missing: " + LOCATION, ex);
		}
	}

}
