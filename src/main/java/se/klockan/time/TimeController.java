package se.klockan.time;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import se.klockan.web.ClientFormat;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zones;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /time[?tz=zone]}: the time now, in UTC or the zone asked for, as JSON (WorldTimeAPI's
 * fields), one line of text, or a page, whichever the client's {@code Accept} prefers; and the
 * same live clock page as browsers' front page. Reads the clock once per request.
 */
@RestController
class TimeController {

	private static final ZoneId UTC = ZoneId.of("Etc/UTC");

	/** RFC 3339 with microseconds; {@code Z} for UTC. */
	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX",
			Locale.ROOT);

	private final Clock clock;

	private final TimePage page;

	TimeController(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.page = new TimePage(messages);
	}

	/**
	 * One mapping for the three representations: Spring MVC answers 406 when the client accepts
	 * none of them, and {@link ClientFormat} picks the one it prefers, JSON for {@code *}{@code /*}
	 * or no {@code Accept}. (Three mappings cost every request a sort of all three.)
	 */
	@GetMapping(path = "/time",
			produces = { MediaType.APPLICATION_JSON_VALUE, MediaType.TEXT_PLAIN_VALUE, MediaType.TEXT_HTML_VALUE })
	Object time(HttpServletRequest request, Locale locale) {
		Instant now = this.clock.instant();
		ZoneId zone = zone(request);
		return switch (ClientFormat.of(request)) {
			case JSON -> WorldTimes.at(now, zone, request.getRemoteAddr());
			case TEXT -> TEXT.format(now.truncatedTo(ChronoUnit.MICROS).atZone(zone)) + "\n";
			case HTML -> this.page.render(now.atZone(zone), locale, false);
		};
	}

	/** Browsers' front page: the clock, in the visitor's own zone unless {@code tz} names one. */
	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String clockPage(HttpServletRequest request, Locale locale) {
		String tz = request.getParameter("tz");
		return this.page.render(this.clock.instant().atZone(zone(tz)), locale, tz == null);
	}

	/**
	 * The zone named by the {@code tz} parameter, UTC without one. Read from the request rather
	 * than bound with {@code @RequestParam}: on the hottest path that binding was a tenth of the
	 * cost of a request (bench/run).
	 */
	private static ZoneId zone(HttpServletRequest request) {
		return zone(request.getParameter("tz"));
	}

	private static ZoneId zone(String tz) {
		return (tz != null) ? Zones.get(tz) : UTC;
	}

}
