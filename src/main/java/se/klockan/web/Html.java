package se.klockan.web;

import java.util.Locale;

import org.springframework.web.util.HtmlUtils;

/** The page skeleton every HTML answer shares: no template engine, everything escaped. */
public final class Html {

	private Html() {
	}

	/** Escapes text for an element's content or a quoted attribute value. */
	public static String escape(String text) {
		return HtmlUtils.htmlEscape(text, "UTF-8");
	}

	/**
	 * A whole document. {@code title} is escaped here; {@code body}, the content of the
	 * {@code <body>} element, must already be safe HTML.
	 */
	public static String page(Locale locale, String title, String body) {
		return page(locale, title, null, body);
	}

	/** A whole document whose {@code <body>} has the class {@code bodyClass} (null: none), for its own styles. */
	public static String page(Locale locale, String title, String bodyClass, String body) {
		return """
				<!DOCTYPE html>
				<html lang="%s">
				<head>
				<meta charset="utf-8">
				<meta name="viewport" content="width=device-width, initial-scale=1">
				<title>%s</title>
				<link rel="icon" href="/favicon.svg" type="image/svg+xml">
				<link rel="stylesheet" href="/klockan.css">
				</head>
				<body%s>
				%s
				</body>
				</html>
				""".formatted(locale.getLanguage(), escape(title),
					(bodyClass != null) ? " class=\"" + escape(bodyClass) + "\"" : "", body);
	}

}
