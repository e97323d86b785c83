package se.klockan.time;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import se.klockan.web.Html;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zone;

import org.springframework.context.MessageSource;

/**
 * The clock page: "Klockan är" and the time in a zone, large, white on blue, in the reader's
 * language. Complete as the server renders it; {@code /clock.js} then keeps it ticking on the
 * server's time and tells the reader how far off their own clock is.
 */
class TimePage {

	/** A 24-hour clock with two-digit hours in both languages, as a Swedish clock reads. */
	private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.ROOT);

	private static final DateTimeFormatter DATE = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL);

	/** DB-IP's licence asks pages that use its data (here, the visitor's zone) to link back. */
	private static final String IP_ATTRIBUTION = " · <a href=\"https://db-ip.com\">IP Geolocation by DB-IP</a>";

	private final MessageSource messages;

	TimePage(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The page for {@code now}. With {@code visitorZone} ({@code now} is in the zone of the
	 * reader's address), the script shows the browser's own zone instead.
	 */
	String render(Instant instant, Zone zone, Locale locale, boolean visitorZone) {
		ZonedDateTime now = instant.atZone(zone.id());
		String body = """
				<main data-zone="%s">
				<h1>%s</h1>
				<p class="now"><time datetime="%s"><span class="clock">%s</span> <span class="date">%s</span></time></p>
				<p class="zone">%s</p>
				<p class="offset" aria-live="polite" hidden data-measuring="%s" data-behind="%s" data-ahead="%s" \
				data-right="%s" data-uncertainty="%s" data-failed="%s"></p>
				</main>
				<nav><a href="/time">/time</a> · <a href="/api/timezone">/api/timezone</a> · \
				<a href="/actuator/health">/actuator/health</a>%s</nav>
				<script type="module" src="/clock.js"></script>"""
			.formatted(visitorZone ? "auto" : Html.escape(zone.name()), message("time.heading", locale),
					WorldTimes.rfc3339(now.toLocalDateTime(), now.getOffset()),
					TIME.format(now), Html.escape(DATE.withLocale(locale).format(now)),
					Html.escape(zone.name()), message("clock.measuring", locale),
					message("clock.behind", locale), message("clock.ahead", locale), message("clock.right", locale),
					message("clock.uncertainty", locale), message("clock.failed", locale),
					visitorZone ? IP_ATTRIBUTION : "");
		return Html.page(locale, message("time.title", locale), body);
	}

	private String message(String code, Locale locale) {
		return Html.escape(this.messages.getMessage(code, null, locale));
	}

}
