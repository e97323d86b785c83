package se.klockan.time;

import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import se.klockan.web.Html;
import se.klockan.zone.WorldTimes;

import org.springframework.context.MessageSource;

/**
 * The /time page: "Klockan är" and the time in a zone, large, white on blue, in the reader's
 * language.
 */
class TimePage {

	private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedTime(FormatStyle.MEDIUM);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);

	private final MessageSource messages;

	TimePage(MessageSource messages) {
		this.messages = messages;
	}

	String render(ZonedDateTime now, Locale locale) {
		String body = """
				<h1>%s</h1>
				<p class="now"><time datetime="%s"><span class="clock">%s</span> <span class="date">%s</span></time></p>
				<p class="zone">%s</p>"""
			.formatted(Html.escape(message("time.heading", locale)), WorldTimes.DATETIME.format(now),
					Html.escape(TIME.withLocale(locale).format(now)), Html.escape(DATE.withLocale(locale).format(now)), Html.escape(now.getZone().getId()));
		return Html.page(locale, message("time.title", locale), body);
	}

	private String message(String code, Locale locale) {
		return this.messages.getMessage(code, null, locale);
	}

}
