package se.klockan.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;

/**
 * Turns a problem into the answer a client can read: problem JSON for APIs, a short page for
 * browsers, a line for text clients. Never a stack trace; client text is escaped.
 */
public class ErrorResponses {

	private static final MediaType HTML_UTF8 = new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8);

	private static final MediaType TEXT_UTF8 = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private final MessageSource messages;

	ErrorResponses(MessageSource messages) {
		this.messages = messages;
	}

	public ResponseEntity<Object> render(ProblemDetail problem, HttpHeaders headers, HttpServletRequest request) {
		ResponseEntity.BodyBuilder builder = ResponseEntity.status(problem.getStatus()).headers(headers);
		return switch (ClientFormat.of(request)) {
			case HTML -> builder.contentType(HTML_UTF8).body(html(problem, LocaleContextHolder.getLocale()));
			case TEXT -> builder.contentType(TEXT_UTF8).body(text(problem));
			case JSON -> builder.contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
		};
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
		if (problem.getDetail() != null) {
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

}
