package se.klockan.time;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

import se.klockan.place.Place;
import se.klockan.tz.TzRules;
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

	/** GeoNames' CC BY 4.0 and the polygons' ODbL, on pages that show a place. */
	private static final String PLACE_ATTRIBUTION = " · <a href=\"https://www.geonames.org/\">GeoNames</a> (CC BY 4.0)"
			+ " · zones: <a href=\"https://github.com/evansiroky/timezone-boundary-builder\">timezone-boundary-builder</a>,"
			+ " © <a href=\"https://www.openstreetmap.org/copyright\">OpenStreetMap contributors</a> (ODbL)";

	/** How far ahead the page knows the zone's changes of offset: longer than anyone keeps it open. */
	private static final Duration AHEAD = Duration.ofDays(400);

	private final MessageSource messages;

	TimePage(MessageSource messages) {
		this.messages = messages;
	}

	/**
	 * The page for {@code now}. With {@code visitorZone} ({@code now} is in the zone of the
	 * reader's address), the script shows the browser's own zone instead. With a {@code place}
	 * (null: none), its name and country above the zone, and in the search field.
	 */
	String render(Instant instant, Zone zone, Locale locale, boolean visitorZone, Place place, String searched) {
		OffsetDateTime now = zone.at(instant);
		String placeLine = (place == null) ? ""
				: "<p class=\"place\">" + Html.escape(place.name() + ", "
						+ new Locale.Builder().setRegion(place.countryCode()).build().getDisplayCountry(locale)) + "</p>\n";
		String body = """
				<main data-zone="%s"%s>
				<h1>%s</h1>
				%s<p class="now"><time datetime="%s"><span class="clock">%s</span> <span class="date">%s</span></time></p>
				<p class="zone">%s</p>
				<p class="offset" aria-live="polite" hidden data-measuring="%s" data-behind="%s" data-ahead="%s" \
				data-right="%s" data-uncertainty="%s" data-failed="%s"></p>
				<form class="search" action="/time" method="get" role="search"><label for="place">%s</label> \
				<input id="place" name="place" type="search" value="%s" maxlength="200" autocomplete="off" \
				required> <button>%s</button></form>
				</main>
				<nav><a href="/time">/time</a> · <a href="/api/timezone">/api/timezone</a> · \
				<a href="/actuator/health">/actuator/health</a> · <a href="/docs">/docs</a>%s</nav>
				<script type="module" src="/clock.js"></script>"""
			.formatted(visitorZone ? "auto" : Html.escape(zone.name()),
					visitorZone ? "" : " data-offsets=\"" + offsets(zone, instant) + "\"", message("time.heading", locale),
					placeLine,
					WorldTimes.rfc3339(now.toLocalDateTime(), now.getOffset()),
					TIME.format(now), Html.escape(DATE.withLocale(locale).format(now)),
					Html.escape(zone.name()), message("clock.measuring", locale),
					message("clock.behind", locale), message("clock.ahead", locale), message("clock.right", locale),
					message("clock.uncertainty", locale), message("clock.failed", locale),
					message("place.label", locale), Html.escape((searched != null) ? searched : ""),
					message("place.show", locale),
					(visitorZone ? IP_ATTRIBUTION : "") + ((place != null) ? PLACE_ATTRIBUTION : ""));
		return Html.page(locale, message("time.title", locale), body);
	}

	/**
	 * The zone's offset now, then each change of it in the next {@link #AHEAD} as
	 * {@code epochMillis:offsetSeconds}, so the script keeps the shipped release's time where the
	 * browser's own tz data is older ({@code 3600 1806195600000:7200}).
	 */
	static String offsets(Zone zone, Instant instant) {
		TzRules rules = zone.rules();
		long now = instant.getEpochSecond();
		int offset = rules.periodAt(now).offset().getTotalSeconds();
		StringBuilder text = new StringBuilder().append(offset);
		for (Long change = rules.nextChange(now); change != null && change < now + AHEAD.toSeconds(); change = rules
			.nextChange(change)) {
			int after = rules.periodAt(change).offset().getTotalSeconds();
			if (after != offset) {
				text.append(' ').append(change * 1000).append(':').append(after);
				offset = after;
			}
		}
		return text.toString();
	}

	private String message(String code, Locale locale) {
		return Html.escape(this.messages.getMessage(code, null, locale));
	}

}
