package se.klockan.web;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Turns a problem into the answer a client can read: problem JSON for APIs, a short page for
 * browsers, a line for text clients. Never a stack trace; client text is escaped. Spring MVC's
 * handlers and Tomcat's own error valve both answer through here, so every error looks the same.
 */
public class ErrorResponses {

	/** What a 404 says, whichever route gave it: nothing about files or handlers. */
	public static final String NOT_FOUND = "There is nothing at this path.";

	/** A request attribute: why a filter refused the request, for the error page to say. */
	static final String DETAIL = ErrorResponses.class.getName() + ".detail";

	/**
	 * What an error can be written as, in our order of preference. Problem JSON is plain JSON to
	 * a client that asks for that by name; a client that accepts none gets problem JSON anyway.
	 */
	private static final List<MediaType> TYPES = List.of(MediaType.APPLICATION_PROBLEM_JSON, ClientFormat.JSON.type(),
			ClientFormat.TEXT.type(), ClientFormat.HTML.type());

	private final MessageSource messages;

	private final JsonMapper json;

	ErrorResponses(MessageSource messages, JsonMapper json) {
		this.messages = messages;
		this.json = json;
	}

	/** The answer for a Spring MVC handler to return. */
	public ResponseEntity<Object> render(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
		Answer answer = answer(problem, request, LocaleContextHolder.getLocale());
		return ResponseEntity.status(problem.getStatus()).headers(headers).contentType(answer.type()).body(answer.body());
	}

	/** Writes the answer straight to the response, for code that runs outside Spring MVC. */
	public void write(ProblemDetail problem, HttpServletRequest request, HttpServletResponse response, Locale locale)
			throws IOException {
		Answer answer = answer(problem, request, locale);
		byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
		response.setStatus(problem.getStatus());
		response.setContentType(answer.type().toString());
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

	/** The path the client asked for, also on an error dispatch (not {@code /error}). */
	private static URI instance(HttpServletRequest request) {
		Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String path = (uri instanceof String error) ? error : request.getRequestURI();
		try {
			return (path != null) ? URI.create(path) : null; // none when Tomcat couldn't read the request line
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	private Answer answer(ProblemDetail problem, HttpServletRequest request, Locale locale) {
		if (problem.getInstance() == null) {
			problem.setInstance(instance(request));
		}
		MediaType type = TYPES.get(Math.max(AcceptHeader.of(request).choose(TYPES), 0));
		String body = switch (type.getSubtype()) {
			case "html" -> html(problem, locale);
			case "plain" -> text(problem);
			default -> json(problem);
		};
		return new Answer(type, body);
	}

	private String html(ProblemDetail problem, Locale locale) {
		int status = problem.getStatus();
		String message = this.messages.getMessage("error." + status, null, null, locale);
		if (message == null) {
			message = this.messages.getMessage("error.other", null, locale);
		}
		StringBuilder body = new StringBuilder();
		body.append("<main>\n<h1>").append(status).append("</h1>\n");
		body.append("<p>").append(Html.escape(message)).append("</p>\n");
		if (problem.getDetail() != null && !NOT_FOUND.equals(problem.getDetail())) { // the message says it
			body.append("<p class=\"detail\">").append(Html.escape(problem.getDetail())).append("</p>\n");
		}
		body.append("<p><a href=\"/\">").append(Html.escape(this.messages.getMessage("error.home", null, locale)))
			.append("</a></p>\n</main>");
		return Html.page(locale, status + " " + problem.getTitle(), body.toString());
	}

	private static String text(ProblemDetail problem) {
		String line = problem.getStatus() + " " + problem.getTitle();
		return ((problem.getDetail() != null) ? line + ": " + problem.getDetail() : line) + "\n";
	}

	/** RFC 9457 members in name order, without the default type and without empty ones. */
	private String json(ProblemDetail problem) {
		Map<String, Object> members = new LinkedHashMap<>();
		members.put("detail", problem.getDetail());
		members.put("instance", Objects.toString(problem.getInstance(), null));
		members.put("status", problem.getStatus());
		members.put("title", problem.getTitle());
		String type = Objects.toString(problem.getType(), "about:blank");
		members.put("type", type.equals("about:blank") ? null : type);
		members.values().removeIf(Objects::isNull);
		return this.json.writeValueAsString(members);
	}

	private record Answer(MediaType type, String body) {
	}

}
