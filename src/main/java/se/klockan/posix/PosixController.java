package se.klockan.posix;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import se.klockan.ip.IpLocator;
import se.klockan.place.Coordinates;
import se.klockan.place.PlaceLocator;
import se.klockan.web.Answers;
import se.klockan.zone.PosixTz;
import se.klockan.zone.Zone;
import se.klockan.zone.ZoneNames;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/posix}: a zone's rules as a POSIX TZ string, with the time, for devices that keep
 * local time themselves (ESP32's {@code configTzTime}, {@code setenv("TZ")}). By zone id or part
 * of a name, by coordinates ({@code ?lat=57.7&lon=11.97}) or a place ({@code /api/posix/place/Göteborg}),
 * or by the caller's address; JSON, or with {@code .txt} one ASCII line of three
 * values a device can split on spaces: {@code Europe/Stockholm CET-1CEST,M3.5.0,M10.5.0/3 1795665139}.
 */
@RestController
@RequestMapping("/api")
class PosixController {

	private static final String TXT = ".txt";

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.US_ASCII);

	/** How many candidates an ambiguous name lists. */
	private static final int CANDIDATES = 10;

	private final Clock clock;

	private final IpLocator ips;

	private final PlaceLocator places;

	PosixController(Clock clock, IpLocator ips, PlaceLocator places) {
		this.clock = clock;
		this.ips = ips;
		this.places = places;
	}

	/**
	 * {@code /api/posix[.txt][?ip=ADDRESS]}: for the caller's address, or the one given;
	 * {@code ?lat=57.7&lon=11.97}: for the zone at that point.
	 */
	@GetMapping({ "/posix", "/posix" + TXT })
	Object byAddress(HttpServletRequest request, HttpServletResponse response) {
		boolean text = request.getRequestURI().endsWith(TXT);
		String lat = request.getParameter("lat");
		String lon = request.getParameter("lon");
		if (lat != null || lon != null) {
			double[] point = Coordinates.parse(lat, lon);
			if (point == null) {
				return error(HttpStatus.BAD_REQUEST, "invalid coordinates", List.of(), text, response);
			}
			Zone zone = this.places.zoneAt(point[0], point[1]);
			return (zone != null) ? rules(zone, text, response)
					: error(HttpStatus.NOT_FOUND, "unknown location", List.of(), text, response);
		}
		String ip = request.getParameter("ip");
		Zone zone;
		try {
			zone = this.ips.zoneOf((ip != null) ? ip : request.getRemoteAddr());
		}
		catch (IpLocator.MalformedAddressException ex) {
			return error(HttpStatus.BAD_REQUEST, "malformed ip", List.of(), text, response);
		}
		return (zone != null) ? rules(zone, text, response)
				: error(HttpStatus.NOT_FOUND, "unknown location", List.of(), text, response);
	}

	/** {@code /api/posix/place/Göteborg[.txt]}: for the zone of the most populous place of that name. */
	@GetMapping("/posix/place/{*name}")
	Object byPlace(@PathVariable String name, HttpServletResponse response) {
		boolean text = name.endsWith(TXT);
		String wanted = name.substring(Math.min(1, name.length()), text ? name.length() - TXT.length() : name.length());
		PlaceLocator.Found found = wanted.isBlank() ? null : this.places.place(wanted);
		return (found != null && found.zone() != null) ? rules(found.zone(), text, response)
				: error(HttpStatus.NOT_FOUND, "unknown location", List.of(), text, response);
	}

	/** {@code /api/posix/Europe/Stockholm}, {@code /api/posix/stockholm.txt}, {@code /api/posix/new york}. */
	@GetMapping("/posix/{*name}")
	Object byName(@PathVariable String name, HttpServletResponse response) {
		boolean text = name.endsWith(TXT);
		String wanted = name.substring(1, text ? name.length() - TXT.length() : name.length());
		if (wanted.length() > 64) {
			return error(HttpStatus.NOT_FOUND, "unknown location", List.of(), text, response);
		}
		ZoneNames.Match match = ZoneNames.find(wanted);
		if (match.zone() != null) {
			return rules(match.zone(), text, response);
		}
		if (match.candidates().isEmpty()) {
			return error(HttpStatus.NOT_FOUND, "unknown location", List.of(), text, response);
		}
		List<String> some = match.candidates().subList(0, Math.min(CANDIDATES, match.candidates().size()));
		return error(HttpStatus.BAD_REQUEST, "ambiguous location: " + match.candidates().size() + " zones match",
				some, text, response);
	}

	private Object rules(Zone zone, boolean text, HttpServletResponse response) {
		Instant now = this.clock.instant();
		PosixTz posix = PosixTz.of(zone, now);
		PosixRules rules = new PosixRules(zone.name(), posix.string(), now.getEpochSecond(),
				(posix.exactFrom() != null) ? posix.exactFrom().toString() : null);
		if (text) {
			String line = rules.timezone() + " " + rules.posix() + " " + rules.unixtime() + "\n";
			return Answers.answer(response, HttpStatus.OK, TEXT, line);
		}
		return Answers.json(response, HttpStatus.OK, rules);
	}

	private static Object error(HttpStatus status, String message, List<String> candidates, boolean text,
			HttpServletResponse response) {
		if (text) {
			String line = "error: " + message + (candidates.isEmpty() ? "" : ": " + String.join(" ", candidates));
			return Answers.answer(response, status, TEXT, line + "\n");
		}
		return Answers.json(response, status, candidates.isEmpty() ? new Error(message) : new Ambiguous(message, candidates));
	}

	/**
	 * The answer: the zone, its rules, the time now, and, where the rules can't say everything,
	 * the instant from which they do ({@code exact_from}, RFC 3339; null when they already do).
	 */
	record PosixRules(String timezone, String posix, long unixtime, String exact_from) {
	}

	record Error(String error) {
	}

	record Ambiguous(String error, List<String> candidates) {
	}

}
