package se.klockan.api;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import se.klockan.ip.IpLocator;
import se.klockan.place.Coordinates;
import se.klockan.place.PlaceLocator;
import se.klockan.web.TextForm;
import se.klockan.zone.PosixTz;
import se.klockan.zone.Zone;
import se.klockan.zone.ZoneNames;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
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
	 * {@code /api/posix[?ip=ADDRESS]}: for the caller's address, or the one given;
	 * {@code ?lat=57.7&lon=11.97}: for the zone at that point.
	 */
	@GetMapping("/posix")
	PosixRules byAddress(@RequestParam(required = false) String lat, @RequestParam(required = false) String lon,
			@RequestParam(required = false) String ip, HttpServletRequest request) {
		if (lat != null || lon != null) {
			double[] point = Coordinates.parse(lat, lon);
			if (point == null) {
				throw WorldTimeApiException.badRequest("invalid coordinates");
			}
			return rules(this.places.zoneAt(point[0], point[1]));
		}
		return rules(this.ips.zoneOf((ip != null) ? ip : request.getRemoteAddr()));
	}

	/** {@code /api/posix/place/Göteborg}: for the zone of the most populous place of that name. */
	@GetMapping("/posix/place/{*name}")
	PosixRules byPlace(@PathVariable String name) {
		String wanted = name.substring(Math.min(1, name.length()));
		PlaceLocator.Found found = wanted.isBlank() ? null : this.places.place(wanted);
		return rules((found != null) ? found.zone() : null);
	}

	/** {@code /api/posix/Europe/Stockholm}, {@code /api/posix/stockholm}, {@code /api/posix/new york}. */
	@GetMapping("/posix/{*name}")
	PosixRules byName(@PathVariable String name) {
		String wanted = name.substring(1);
		if (wanted.length() > 64) {
			throw WorldTimeApiException.unknownLocation();
		}
		ZoneNames.Match match = ZoneNames.find(wanted);
		if (match.zone() != null) {
			return rules(match.zone());
		}
		if (match.candidates().isEmpty()) {
			throw WorldTimeApiException.unknownLocation();
		}
		throw WorldTimeApiException.ambiguous("ambiguous location: " + match.candidates().size() + " zones match",
				match.candidates().subList(0, Math.min(CANDIDATES, match.candidates().size())));
	}

	/** The rules of {@code zone} now; no zone is an unknown location. */
	private PosixRules rules(Zone zone) {
		if (zone == null) {
			throw WorldTimeApiException.unknownLocation();
		}
		Instant now = this.clock.instant();
		PosixTz posix = PosixTz.of(zone, now);
		return new PosixRules(zone.name(), posix.string(), now.getEpochSecond(),
				(posix.exactFrom() != null) ? posix.exactFrom().toString() : null);
	}

	/**
	 * The answer: the zone, its rules, the time now, and, where the rules can't say everything,
	 * the instant from which they do ({@code exact_from}, RFC 3339; null when they already do).
	 * As text, the first three on one ASCII line.
	 */
	record PosixRules(String timezone, String posix, long unixtime, String exact_from) implements TextForm {

		@Override
		public String text() {
			return this.timezone + " " + this.posix + " " + this.unixtime + "\n";
		}

		@Override
		public Charset charset() {
			return StandardCharsets.US_ASCII;
		}

	}

}
