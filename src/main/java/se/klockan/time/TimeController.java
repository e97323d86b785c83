package se.klockan.time;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import se.klockan.ip.IpLocator;
import se.klockan.place.PlaceLocator;
import se.klockan.place.UnknownPlaceException;
import se.klockan.web.ClientFormat;
import se.klockan.zone.TimeArguments;
import se.klockan.zone.WorldTime;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zone;
import se.klockan.zone.Zones;

import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /time[?tz=zone|?place=name][&at=instant]}: the time now (or at that instant), in UTC or the zone or place asked for, as JSON (WorldTimeAPI's
 * fields), one line of text, or a page, whichever the client's {@code Accept} prefers; and the
 * front page, "Hej" or for browsers the same page as a live clock. Reads the clock once per request.
 */
@RestController
class TimeController {

	private static final Zone UTC = Zones.get("Etc/UTC");

	/** RFC 3339 with microseconds; {@code Z} for UTC. */
	private static final DateTimeFormatter TEXT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSXXXXX",
			Locale.ROOT);

	private final Clock clock;

	private final TimePage page;

	private final IpLocator ips;

	private final PlaceLocator places;

	TimeController(Clock clock, MessageSource messages, IpLocator ips, PlaceLocator places) {
		this.clock = clock;
		this.page = new TimePage(messages);
		this.ips = ips;
		this.places = places;
	}

	/** What {@code /time} answers in: JSON unless the client prefers one of the others. */
	private static final List<ClientFormat> TIME_FORMATS = List.of(ClientFormat.JSON, ClientFormat.TEXT,
			ClientFormat.HTML);

	/** What {@code /} answers in: the greeting, or the clock page for clients (browsers) that prefer HTML. */
	private static final List<ClientFormat> HOME_FORMATS = List.of(ClientFormat.TEXT, ClientFormat.HTML);

	/**
	 * One mapping for the three representations, with no {@code produces}: {@link ClientFormat}
	 * alone decides, and the answer carries its type: a {@link WorldTime}, or a line or a page.
	 * (Three mappings cost every request a sort of all three.)
	 */
	@GetMapping("/time")
	ResponseEntity<?> time(HttpServletRequest request, Locale locale) throws HttpMediaTypeNotAcceptableException {
		ClientFormat format = ClientFormat.negotiate(request, TIME_FORMATS);
		Instant now = this.clock.instant();
		// ?at= for JSON and text; the page is a live clock, and shows now.
		Instant at = TimeArguments.instant("at", request.getParameterValues("at"));
		Instant shown = (at != null) ? at : now;
		String name = request.getParameter("place");
		PlaceLocator.Found place = (name != null) ? place(name) : null;
		Zone zone = (place != null) ? place.zone() : zone(request);
		return switch (format) {
			case JSON -> format.answer(WorldTimes.at(shown, zone, request.getRemoteAddr()));
			case TEXT -> format.answer(TEXT.format(zone.at(shown.truncatedTo(ChronoUnit.MICROS))) + "\n");
			case HTML -> format
				.answer(this.page.render(now, zone, locale, false, (place != null) ? place.place() : null, name));
		};
	}

	/**
	 * {@code GET /}: "Hej", as the original said; for browsers, the live clock page, in the
	 * visitor's own zone unless {@code tz} names one.
	 */
	@GetMapping("/")
	ResponseEntity<String> home(HttpServletRequest request, Locale locale) throws HttpMediaTypeNotAcceptableException {
		ClientFormat format = ClientFormat.negotiate(request, HOME_FORMATS);
		String page = null;
		if (format == ClientFormat.HTML) {
			String tz = request.getParameter("tz");
			Zone zone = (tz != null) ? Zones.get(tz) : visitorsZone(request);
			page = this.page.render(this.clock.instant(), zone, locale, tz == null, null, null);
		}
		return format.answer((page != null) ? page : "Hej\n");
	}

	/**
	 * The zone named by the {@code tz} parameter, UTC without one. Read from the request rather
	 * than bound with {@code @RequestParam}: on the hottest path that binding was a tenth of the
	 * cost of a request (bench/run).
	 */
	private static Zone zone(HttpServletRequest request) {
		return zone(request.getParameter("tz"));
	}

	/**
	 * The zone of the visitor's address, for the page as it shows without JavaScript (which then
	 * shows the browser's own zone); UTC when the address has none.
	 */
	private Zone visitorsZone(HttpServletRequest request) {
		try {
			Zone zone = this.ips.zoneOf(request.getRemoteAddr());
			return (zone != null) ? zone : UTC;
		}
		catch (IpLocator.MalformedAddressException ex) {
			return UTC;
		}
	}

	/** The most populous place of that name (the search field's), or a 404 that says so. */
	private PlaceLocator.Found place(String name) {
		PlaceLocator.Found found = name.isBlank() ? null : this.places.place(name);
		if (found == null || found.zone() == null) {
			throw new UnknownPlaceException(name);
		}
		return found;
	}

	private static Zone zone(String tz) {
		return (tz != null) ? Zones.get(tz) : UTC;
	}

}
