package se.klockan.docs;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import se.klockan.api.ApiDocument;
import se.klockan.web.Html;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;

/**
 * The docs page, made from the OpenAPI document alone, so it can't describe anything the document
 * doesn't: first every endpoint, one line each, by tag; then each with its parameters, answers
 * and examples, and a form that sends it to this instance ({@code /docs.js} does, with
 * {@code fetch}: the page's Content-Security-Policy allows its own origin only). English is the
 * document's; Swedish comes from {@code messages_sv.properties} ({@code docs.tag.*},
 * {@code docs.op.*}, {@code docs.param.*}, {@code docs.response.*}: OpenApiDocumentTests checks
 * every text the page shows has one).
 */
class DocsPage {

	/** {@code `code`} in the document's descriptions (CommonMark's code spans, the only markup used there). */
	private static final Pattern CODE = Pattern.compile("`([^`]+)`");

	private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final ApiDocument document;

	private final MessageSource messages;

	private final Map<String, String> rendered = new ConcurrentHashMap<>();

	DocsPage(ApiDocument document, MessageSource messages) {
		this.document = document;
		this.messages = messages;
	}

	/** The page in {@code locale}'s language, made once per language. */
	String render(Locale locale) {
		return this.rendered.computeIfAbsent(locale.getLanguage(), (language) -> make(locale));
	}

	private String make(Locale locale) {
		JsonNode api = this.document.tree();
		Map<String, List<Operation>> byTag = operationsByTag(api);
		StringBuilder body = new StringBuilder();
		body.append("<header>\n<h1>")
			.append(message("docs.heading", locale))
			.append("</h1>\n<p>")
			.append(message("docs.intro", locale))
			.append("</p>\n<p class=\"links\"><a href=\"/api\">/api</a> (OpenAPI, YAML) · ")
			.append("<a href=\"/api/openapi.json\">/api/openapi.json</a> · <a href=\"/\">")
			.append(message("docs.clock", locale))
			.append("</a> · ")
			.append(message("docs.version", locale))
			.append(' ')
			.append(Html.escape(api.path("info").path("version").asString()))
			.append("</p>\n</header>\n");
		body.append("<nav class=\"endpoints\" aria-labelledby=\"endpoints\">\n<h2 id=\"endpoints\">")
			.append(message("docs.endpoints", locale))
			.append("</h2>\n");
		byTag.forEach((tag, operations) -> {
			body.append("<h3>").append(markup(tagName(api, tag, locale))).append("</h3>\n<ul>\n");
			for (Operation operation : operations) {
				body.append("<li><a href=\"#")
					.append(Html.escape(operation.id()))
					.append("\"><code>GET ")
					.append(Html.escape(operation.path()))
					.append("</code></a> ")
					.append(Html.escape(summary(operation, locale)))
					.append("</li>\n");
			}
			body.append("</ul>\n");
		});
		body.append("</nav>\n<main>\n");
		byTag.forEach((tag, operations) -> {
			body.append("<h2>").append(markup(tagName(api, tag, locale))).append("</h2>\n");
			operations.forEach((operation) -> operation(body, operation, locale));
		});
		body.append("</main>\n<footer><p>")
			.append(message("docs.licence", locale))
			.append("</p></footer>\n<script type=\"module\" src=\"/docs.js\"></script>");
		return Html.page(locale, plain("docs.title", locale), "docs", body.toString());
	}

	private void operation(StringBuilder body, Operation operation, Locale locale) {
		JsonNode get = operation.get();
		body.append("<section class=\"operation\" id=\"")
			.append(Html.escape(operation.id()))
			.append("\">\n<h3><code>GET ")
			.append(Html.escape(operation.path()))
			.append("</code></h3>\n<p class=\"summary\">")
			.append(Html.escape(summary(operation, locale)))
			.append("</p>\n");
		String description = get.path("description").asString("");
		if (!description.isEmpty()) {
			body.append("<p>")
				.append(markup(text("docs.op." + operation.id() + ".description", description, locale)))
				.append("</p>\n");
		}
		List<JsonNode> parameters = new ArrayList<>();
		List<String> keys = new ArrayList<>();
		get.path("parameters").forEach((parameter) -> {
			parameters.add(this.document.resolve(parameter));
			// A shared parameter's text is shared; one of this operation's own is its own (convert's from is a zone).
			keys.add("docs.param." + (parameter.has("$ref") ? refName(parameter)
					: operation.id() + "." + parameter.path("name").asString()));
		});
		if (!parameters.isEmpty()) {
			body.append("<h4>")
				.append(message("docs.parameters", locale))
				.append("</h4>\n<table>\n<thead><tr><th>")
				.append(message("docs.name", locale))
				.append("</th><th>")
				.append(message("docs.in", locale))
				.append("</th><th>")
				.append(message("docs.description", locale))
				.append("</th><th>")
				.append(message("docs.example", locale))
				.append("</th></tr></thead>\n<tbody>\n");
			for (int i = 0; i < parameters.size(); i++) {
				JsonNode parameter = parameters.get(i);
				String name = parameter.path("name").asString();
				body.append("<tr><td><code>")
					.append(Html.escape(name))
					.append("</code>")
					.append(parameter.path("required").asBoolean() ? " <abbr title=\"" + message("docs.required", locale)
							+ "\">*</abbr>" : "")
					.append("</td><td>")
					.append(message("docs.in." + parameter.path("in").asString(), locale))
					.append("</td><td>")
					.append(markup(text(keys.get(i), parameter.path("description").asString(""), locale)))
					.append(values(parameter.path("schema")))
					.append("</td><td><code>")
					.append(Html.escape(parameter.path("example").asString("")))
					.append("</code></td></tr>\n");
			}
			body.append("</tbody>\n</table>\n");
		}
		body.append("<h4>").append(message("docs.answers", locale)).append("</h4>\n<dl class=\"answers\">\n");
		List<String> types = new ArrayList<>();
		get.path("responses").properties().forEach((entry) -> {
			JsonNode response = this.document.resolve(entry.getValue());
			String key = "docs.response." + (entry.getValue().has("$ref") ? refName(entry.getValue())
					: operation.id() + "." + entry.getKey());
			body.append("<dt>")
				.append(Html.escape(entry.getKey()))
				.append("</dt>\n<dd><p>")
				.append(markup(text(key, response.path("description").asString(""), locale)))
				.append("</p>\n");
			response.path("content").properties().forEach((content) -> {
				if (entry.getKey().startsWith("2") && !types.contains(content.getKey())) {
					types.add(content.getKey());
				}
				body.append("<p><code>").append(Html.escape(content.getKey())).append("</code></p>\n");
				example(content.getValue()).ifPresent((example) -> body.append("<pre>")
					.append(Html.escape(example))
					.append("</pre>\n"));
			});
			body.append("</dd>\n");
		});
		body.append("</dl>\n");
		tryForm(body, operation, parameters, types, locale);
		body.append("</section>\n");
	}

	/** A form that sends the request from the page and shows the answer below it. */
	private void tryForm(StringBuilder body, Operation operation, List<JsonNode> parameters, List<String> types,
			Locale locale) {
		body.append("<form class=\"try\" data-path=\"")
			.append(Html.escape(operation.path()))
			.append("\">\n<fieldset><legend>")
			.append(message("docs.try", locale))
			.append("</legend>\n");
		for (JsonNode parameter : parameters) {
			String name = parameter.path("name").asString();
			String id = operation.id() + "-" + name;
			boolean required = parameter.path("required").asBoolean();
			String example = parameter.path("example").asString("");
			body.append("<label for=\"")
				.append(Html.escape(id))
				.append("\"><code>")
				.append(Html.escape(name))
				.append("</code></label> <input id=\"")
				.append(Html.escape(id))
				.append("\" name=\"")
				.append(Html.escape(name))
				.append("\" data-in=\"")
				.append(Html.escape(parameter.path("in").asString()))
				.append("\" value=\"")
				.append(Html.escape(required ? example : ""))
				.append("\" placeholder=\"")
				.append(Html.escape(example))
				.append('"')
				.append(required ? " required" : "")
				.append(">\n");
		}
		if (types.size() > 1) {
			String id = operation.id() + "-accept";
			body.append("<label for=\"").append(Html.escape(id)).append("\"><code>Accept</code></label> <select id=\"")
				.append(Html.escape(id))
				.append("\" name=\"accept\">");
			types.forEach((type) -> body.append("<option value=\"")
				.append(Html.escape(type))
				.append("\">")
				.append(Html.escape(type))
				.append("</option>"));
			body.append("</select>\n");
		}
		body.append("<button>")
			.append(message("docs.send", locale))
			.append("</button>\n</fieldset>\n<output class=\"answer\" hidden data-sending=\"")
			.append(message("docs.sending", locale))
			.append("\" data-failed=\"")
			.append(message("docs.failed", locale))
			.append("\"><code class=\"request\"></code><pre></pre></output>\n</form>\n");
	}

	/** The example of a media type: its {@code example}, or its first {@code examples} entry. */
	private Optional<String> example(JsonNode media) {
		JsonNode example = media.get("example");
		if (example == null && media.path("examples").isObject() && !media.path("examples").isEmpty()) {
			example = this.document.resolve(media.path("examples").values().iterator().next()).get("value");
		}
		if (example == null) {
			return Optional.empty();
		}
		return Optional.of(example.isString() ? example.stringValue() : PRETTY.writeValueAsString(example));
	}

	/** A schema's allowed values, where it names them. */
	private static String values(JsonNode schema) {
		StringBuilder text = new StringBuilder();
		if (schema.path("enum").isArray()) {
			List<String> values = new ArrayList<>();
			schema.path("enum").forEach((value) -> values.add("<code>" + Html.escape(value.asString()) + "</code>"));
			text.append(" (").append(String.join(", ", values)).append(')');
		}
		return text.toString();
	}

	/** Every operation, in the document's order, under its first tag, tags in the document's order. */
	private static Map<String, List<Operation>> operationsByTag(JsonNode api) {
		Map<String, List<Operation>> byTag = new LinkedHashMap<>();
		api.path("tags").forEach((tag) -> byTag.put(tag.path("name").asString(), new ArrayList<>()));
		api.path("paths").properties().forEach((path) -> {
			JsonNode get = path.getValue().path("get");
			String tag = get.path("tags").path(0).asString();
			byTag.computeIfAbsent(tag, (t) -> new ArrayList<>())
				.add(new Operation(path.getKey(), get.path("operationId").asString(), get));
		});
		byTag.values().removeIf(List::isEmpty);
		return byTag;
	}

	/** The last part of a {@code $ref}: {@code at} for {@code #/components/parameters/at}. */
	private static String refName(JsonNode node) {
		String ref = node.path("$ref").asString();
		return ref.substring(ref.lastIndexOf('/') + 1);
	}

	private String tagName(JsonNode api, String tag, Locale locale) {
		for (JsonNode candidate : api.path("tags")) {
			if (tag.equals(candidate.path("name").asString())) {
				return text("docs.tag." + tag, candidate.path("description").asString(tag), locale);
			}
		}
		return tag;
	}

	private String summary(Operation operation, Locale locale) {
		return text("docs.op." + operation.id(), operation.get().path("summary").asString(""), locale);
	}

	/** The message {@code code} in {@code locale}, or the document's English where there is none. */
	private String text(String code, String english, Locale locale) {
		return this.messages.getMessage(code, null, english, locale);
	}

	/** Escaped, with {@code `code`} as {@code <code>}. */
	private static String markup(String text) {
		Matcher code = CODE.matcher(Html.escape(text.strip()));
		return code.replaceAll((match) -> "<code>" + Matcher.quoteReplacement(match.group(1)) + "</code>");
	}

	private String message(String code, Locale locale) {
		return Html.escape(plain(code, locale));
	}

	private String plain(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

	/** A path's {@code GET}, with its path and id. */
	private record Operation(String path, String id, JsonNode get) {
	}

}
