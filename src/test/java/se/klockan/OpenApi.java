package se.klockan;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.regex.Pattern;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import se.klockan.api.ApiDocument;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.StringNode;

/**
 * The app's OpenAPI document as the tests read it: its paths as patterns a request path matches,
 * and a check of an answer against what the document says of it (status, type, headers, body),
 * with JSON Schema 2020-12 in OpenAPI 3.1's dialect (networknt's validator).
 */
final class OpenApi {

	/** Where the validator finds the document: given to it, never fetched. */
	private static final String LOCATION = "https://klockan.example/api/openapi.json";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	final JsonNode tree;

	private final ApiDocument document;

	private final SchemaRegistry schemas;

	private final List<Template> templates = new ArrayList<>();

	private OpenApi(ApiDocument document) {
		this.document = document;
		JsonNode tree = document.tree();
		this.tree = tree;
		this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
				(builder) -> builder.schemas(Map.of(LOCATION, tree.toString())));
		tree.path("paths").propertyNames().forEach((path) -> this.templates.add(Template.of(path)));
		// The most literal template first: /api/posix/place/{name} before /api/posix/{area}/{location}.
		this.templates.sort(Comparator.comparingInt(Template::literals).reversed());
	}

	/** The document as the app reads it. */
	static OpenApi load() {
		return new OpenApi(new ApiDocument(JSON));
	}

	/** Every path of the document, as written ({@code /api/timezone/{area}}). */
	List<String> paths() {
		return this.tree.path("paths").propertyNames().stream().toList();
	}

	/** The document's path a request path (without its query) answers under, if any. */
	Optional<String> pathOf(String requestPath) {
		return this.templates.stream().filter((t) -> t.pattern().matcher(requestPath).matches()).map(Template::path)
			.findFirst();
	}

	/** The object a {@code $ref} names, or the node itself. */
	JsonNode resolve(JsonNode node) {
		return this.document.resolve(node);
	}

	/** The schema a {@code $ref} names ({@code #/components/schemas/WorldTime}). */
	Schema schema(JsonNode schemaRef) {
		return this.schemas.getSchema(SchemaLocation.of(LOCATION + schemaRef.path("$ref").asString()));
	}

	/** What {@code value} breaks of the schema {@code schemaRef} names; none: valid. */
	List<String> violations(JsonNode schemaRef, JsonNode value) {
		if (!schemaRef.has("$ref")) {
			return List.of("the schema is not named in components/schemas: " + schemaRef);
		}
		return schema(schemaRef).validate(value).stream().map(Error::toString).toList();
	}

	/**
	 * What an answer breaks of the document: its status, type, required headers and body must be
	 * as the document says for that path. Empty: it is as documented.
	 */
	List<String> check(String requestPath, int status, String contentType, Map<String, String> headers,
			String body) {
		List<String> problems = new ArrayList<>();
		String path = pathOf(requestPath).orElse(null);
		if (path == null) {
			return List.of("no path of the document matches " + requestPath);
		}
		JsonNode responses = this.tree.path("paths").path(path).path("get").path("responses");
		JsonNode response = responses.get(Integer.toString(status));
		if (response == null) {
			return List.of(path + " documents no " + status);
		}
		response = resolve(response);
		String type = (contentType != null) ? contentType.split(";")[0].trim().toLowerCase(Locale.ROOT) : "";
		JsonNode media = response.path("content").get(type);
		if (media == null) {
			return List.of(path + " " + status + " documents no " + type + " (only "
					+ response.path("content").propertyNames() + ")");
		}
		response.path("headers").properties().forEach((header) -> {
			JsonNode definition = resolve(header.getValue());
			String value = headers.get(header.getKey().toLowerCase(Locale.ROOT));
			if (value == null && definition.path("required").asBoolean()) {
				problems.add(path + " " + status + " lacks the header " + header.getKey());
			}
			else if (value != null) {
				problems.addAll(this.schemas.getSchema(definition.path("schema").toString())
					.validate(StringNode.valueOf(value))
					.stream()
					.map((error) -> header.getKey() + ": " + error)
					.toList());
			}
		});
		JsonNode value = type.endsWith("json") ? JSON.readTree(body) : StringNode.valueOf(body);
		problems.addAll(violations(media.path("schema"), value).stream().map((v) -> path + " " + status + " " + type
				+ ": " + v).toList());
		return problems;
	}

	/** Each operation's examples with the schema they must fit: media types' and parameters'. */
	void forEachExample(BiConsumer<String, List<String>> check) {
		this.tree.path("paths").properties().forEach((path) -> {
			JsonNode get = path.getValue().path("get");
			get.path("responses").properties().forEach((status) -> resolve(status.getValue()).path("content")
				.properties()
				.forEach((media) -> examples(media.getValue()).forEach((name, example) -> check.accept(
						path.getKey() + " " + status.getKey() + " " + media.getKey() + " " + name,
						violations(media.getValue().path("schema"), example)))));
			get.path("parameters").forEach((reference) -> {
				JsonNode parameter = resolve(reference);
				if (parameter.has("example")) {
					List<String> problems = this.schemas.getSchema(parameter.path("schema").toString())
						.validate(parameter.get("example"))
						.stream()
						.map(Error::toString)
						.toList();
					check.accept(path.getKey() + " parameter " + parameter.path("name").asString(), problems);
				}
			});
		});
	}

	private Map<String, JsonNode> examples(JsonNode media) {
		Map<String, JsonNode> examples = new LinkedHashMap<>();
		if (media.has("example")) {
			examples.put("example", media.get("example"));
		}
		media.path("examples").properties().forEach((e) -> examples.put(e.getKey(), resolve(e.getValue()).path("value")));
		return examples;
	}

	/** A path of the document as a pattern: each {@code {name}} one segment. */
	record Template(String path, Pattern pattern, int literals) {

		static Template of(String path) {
			String[] parts = path.split("\\{[^}]+\\}", -1);
			StringBuilder regex = new StringBuilder();
			int literals = 0;
			for (int i = 0; i < parts.length; i++) {
				regex.append(Pattern.quote(parts[i]));
				literals += parts[i].length();
				if (i + 1 < parts.length) {
					regex.append("[^/]+");
				}
			}
			return new Template(path, Pattern.compile(regex.toString()), literals);
		}

	}

}
