package se.klockan.time;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import se.klockan.zone.WorldTime;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zones;

import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /time[?tz=zone]}: the time now, in UTC or the zone asked for, as JSON (WorldTimeAPI's
 * fields), one line of text, or a page, whichever the client's {@code Accept} prefers; and the
 * same live clock page as browsers' front page. Reads the clock once per request.
 */
@RestController
class TimeController {

	static final ZoneId UTC = ZoneId.of("Etc/UTC");

	/** RFC 3339 with microseconds; {@code Z} for UTC. */
	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXX",
			Locale.ROOT);

	private final Clock clock;

	private final TimePage page;

	TimeController(Clock clock, MessageSource messages) {
		this.clock = clock;
		this.page = new TimePage(messages);
	}

	// No "produces": JSON is what clients get with no Accept or */*; Jackson still refuses
	// (406) a type it can't write, such as application/xml.
	@GetMapping("/time")
	WorldTime json(@RequestParam(required = false) String tz, HttpServletRequest request) {
		return WorldTimes.at(this.clock.instant(), zone(tz), request.getRemoteAddr());
	}

	@GetMapping(path = "/time", produces = MediaType.TEXT_PLAIN_VALUE)
	String text(@RequestParam(required = false) String tz) {
		return TEXT.format(this.clock.instant().truncatedTo(ChronoUnit.MICROS).atZone(zone(tz))) + "\n";
	}

	@GetMapping(path = "/time", produces = MediaType.TEXT_HTML_VALUE)
	String html(@RequestParam(required = false) String tz, Locale locale) {
		return this.page.render(this.clock.instant().atZone(zone(tz)), locale, false);
	}

	/** Browsers' front page: the clock, in the visitor's own zone unless {@code tz} names one. */
	@GetMapping(path = "/", produces = MediaType.TEXT_HTML_VALUE)
	String clockPage(@RequestParam(required = false) String tz, Locale locale) {
		return this.page.render(this.clock.instant().atZone(zone(tz)), locale, tz == null);
	}

	private static ZoneId zone(String tz) {
		return (tz != null) ? Zones.get(tz) : UTC;
	}

}
