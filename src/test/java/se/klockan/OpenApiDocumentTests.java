package se.klockan;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The OpenAPI document (src/main/resources/api/openapi.yaml) holds together: every reference
 * resolves, every path's parameters are declared, every example fits its schema, every answer's
 * schema is named (so generated clients get named types), and the docs page has a Swedish text
 * for everything it shows. That it says what the app does: {@code OpenApiContractTests}.
 */
class OpenApiDocumentTests {

	private static final OpenApi API = OpenApi.load();

	@Test
	void isOpenApi31WithTheAppsVersion() throws IOException {
		assertThat(API.tree.path("openapi").asString()).isEqualTo("3.1.0");
		Properties build = new Properties();
		try (InputStream in = new ClassPathResource("META-INF/build-info.properties").getInputStream()) {
			build.load(in);
		}
		assertThat(API.tree.at("/info/version").asString()).isEqualTo(build.getProperty("build.version"))
			.doesNotContain("@");
	}

	@Test
	void everyReferenceResolves() {
		List<String> refs = new ArrayList<>();
		collect(API.tree, "$ref", refs);
		assertThat(refs).hasSizeGreaterThan(100);
		assertThat(refs).allSatisfy((ref) -> assertThat(ref).startsWith("#/")
			.satisfies((r) -> assertThat(API.tree.at(r.substring(1)).isMissingNode()).as(r).isFalse()));
	}

	@Test
	void everyComponentIsUsed() {
		List<String> refs = new ArrayList<>();
		collect(API.tree, "$ref", refs);
		Set<String> unused = new TreeSet<>();
		API.tree.path("components").properties().forEach((kind) -> kind.getValue().propertyNames()
			.forEach((name) -> unused.add("#/components/" + kind.getKey() + "/" + name)));
		unused.removeAll(refs);
		assertThat(unused).isEmpty();
	}

	@Test
	void operationIdsAreUniqueAndEveryPathParameterIsDeclared() {
		Set<String> ids = new HashSet<>();
		API.tree.path("paths").properties().forEach((path) -> {
			assertThat(path.getValue().propertyNames()).as(path.getKey()).containsExactly("get");
			JsonNode get = path.getValue().path("get");
			assertThat(ids.add(get.path("operationId").asString())).as("unique: " + get.path("operationId")).isTrue();
			assertThat(get.path("summary").asString()).as(path.getKey()).isNotBlank();
			assertThat(get.path("tags")).as(path.getKey()).hasSize(1);
			Set<String> inPath = new TreeSet<>();
			Matcher name = Pattern.compile("\\{([^}]+)\\}").matcher(path.getKey());
			while (name.find()) {
				inPath.add(name.group(1));
			}
			Set<String> declared = new TreeSet<>();
			get.path("parameters").forEach((reference) -> {
				JsonNode parameter = API.resolve(reference);
				if ("path".equals(parameter.path("in").asString())) {
					assertThat(parameter.path("required").asBoolean()).as(path.getKey()).isTrue();
					declared.add(parameter.path("name").asString());
				}
			});
			assertThat(declared).as(path.getKey()).isEqualTo(inPath);
		});
	}

	@Test
	void everyApiAnswerSaysEveryOriginMayReadIt() {
		API.tree.path("paths").properties().forEach((path) -> {
			if (path.getKey().startsWith("/api") || path.getKey().startsWith("/developer/api")) {
				path.getValue().path("get").path("responses").properties().forEach((response) -> assertThat(
						API.resolve(response.getValue()).path("headers").has("Access-Control-Allow-Origin"))
					.as(path.getKey() + " " + response.getKey())
					.isTrue());
			}
		});
	}

	@Test
	void everyExampleFitsItsSchema() {
		Map<String, List<String>> problems = new LinkedHashMap<>();
		int[] examples = { 0 };
		API.forEachExample((where, violations) -> {
			examples[0]++;
			if (!violations.isEmpty()) {
				problems.put(where, violations);
			}
		});
		assertThat(problems).isEmpty();
		assertThat(examples[0]).isGreaterThan(150);
	}

	@Test
	void everyOperationHasAnExampleOfEachAnswerBesidesPages() {
		List<String> missing = new ArrayList<>();
		API.tree.path("paths").properties().forEach((path) -> path.getValue().path("get").path("responses").properties()
			.forEach((status) -> API.resolve(status.getValue()).path("content").properties().forEach((media) -> {
				boolean page = media.getKey().equals("text/html");
				boolean has = media.getValue().has("example") || media.getValue().has("examples");
				if (!page && !has) {
					missing.add(path.getKey() + " " + status.getKey() + " " + media.getKey());
				}
			})));
		assertThat(missing).isEmpty();
	}

	@Test
	void theDocsPageHasSwedishForEveryTextItShows() throws IOException {
		Properties swedish = new Properties();
		try (Reader in = new InputStreamReader(new ClassPathResource("messages_sv.properties").getInputStream(),
				StandardCharsets.UTF_8)) {
			swedish.load(in);
		}
		Set<String> needed = new TreeSet<>();
		API.tree.path("tags").forEach((tag) -> needed.add("docs.tag." + tag.path("name").asString()));
		API.tree.path("paths").properties().forEach((path) -> {
			JsonNode get = path.getValue().path("get");
			String id = get.path("operationId").asString();
			needed.add("docs.op." + id);
			if (get.has("description")) {
				needed.add("docs.op." + id + ".description");
			}
			get.path("responses").properties().forEach((response) -> {
				String ref = response.getValue().path("$ref").asString("");
				needed.add("docs.response." + (ref.isEmpty() ? id + "." + response.getKey()
						: ref.substring(ref.lastIndexOf('/') + 1)));
			});
			get.path("parameters").forEach((parameter) -> {
				String ref = parameter.path("$ref").asString("");
				needed.add("docs.param." + (ref.isEmpty()
						? get.path("operationId").asString() + "." + parameter.path("name").asString()
						: ref.substring(ref.lastIndexOf('/') + 1)));
			});
		});
		assertThat(needed).hasSizeGreaterThan(120);
		assertThat(needed).allSatisfy((key) -> assertThat(swedish.getProperty(key)).as(key).isNotBlank());
	}

	private static void collect(JsonNode node, String key, List<String> found) {
		if (node.isObject()) {
			node.properties().forEach((entry) -> {
				if (entry.getKey().equals(key) && entry.getValue().isString()) {
					found.add(entry.getValue().asString());
				}
				collect(entry.getValue(), key, found);
			});
		}
		else if (node.isArray()) {
			node.forEach((element) -> collect(element, key, found));
		}
	}

}
