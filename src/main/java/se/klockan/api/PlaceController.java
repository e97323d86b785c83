package se.klockan.api;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;

import com.fasterxml.jackson.annotation.JsonValue;
import jakarta.servlet.http.HttpServletRequest;

import se.klockan.place.Coordinates;
import se.klockan.place.Place;
import se.klockan.place.PlaceLocator;
import se.klockan.web.TextForm;
import se.klockan.zone.TimeArguments;
import se.klockan.zone.WorldTime;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zone;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The time at a point or a place, in WorldTimeAPI's shape: {@code /api/coordinates/57.70716,11.96679}
 * answers as {@code /api/timezone/Europe/Stockholm} does (the same fields, order and {@code .txt}
 * form), {@code /api/place/Göteborg} the same with {@code place}, what the name matched; and
 * {@code /api/place?q=göte} lists the places a search finds, with their zones. Errors in
 * WorldTimeAPI's shape: 400 for what is not a point, 404 {@code unknown location}.
 */
@RestController
@RequestMapping("/api")
class PlaceController {

	/** The most places a search lists. */
	static final int CANDIDATES = 10;

	private final Clock clock;

	private final PlaceLocator places;

	PlaceController(Clock clock, PlaceLocator places) {
		this.clock = clock;
		this.places = places;
	}

	/** {@code /api/coordinates/57.70716,11.96679}: the time in the zone at that point. */
	@GetMapping("/coordinates/{*point}")
	WorldTime coordinates(@PathVariable String point, HttpServletRequest request) {
		Instant instant = at(request);
		double[] at = Coordinates.parse(point.substring(Math.min(1, point.length())));
		if (at == null) {
			throw WorldTimeApiException.badRequest("invalid coordinates");
		}
		Zone zone = this.places.zoneAt(at[0], at[1]);
		if (zone == null) {
			throw WorldTimeApiException.unknownLocation();
		}
		return WorldTimes.at(instant, zone, request.getRemoteAddr());
	}

	/** {@code /api/place/Göteborg}: the time at the most populous place of that name. */
	@GetMapping("/place/{*name}")
	PlaceTime place(@PathVariable String name, HttpServletRequest request) {
		Instant at = at(request);
		String wanted = name.substring(Math.min(1, name.length()));
		PlaceLocator.Found found = wanted.isBlank() ? null : this.places.place(wanted);
		if (found == null || found.zone() == null) {
			throw WorldTimeApiException.unknownLocation();
		}
		return new PlaceTime(WorldTimes.at(at, found.zone(), request.getRemoteAddr()),
				found.place());
	}

	/** The instant {@code ?at=} names, or now. */
	private Instant at(HttpServletRequest request) {
		return TimeArguments.instantOrNow("at", request.getParameterValues("at"), this.clock);
	}

	/** {@code /api/place?q=göte}: up to ten places, of that name first, then of names starting so. */
	@GetMapping("/place")
	Candidates search(@RequestParam(required = false) String q) {
		if (q == null || q.isBlank()) {
			throw WorldTimeApiException.badRequest("missing q");
		}
		List<Candidate> found = this.places.search(q, CANDIDATES)
			.stream()
			.filter((f) -> f.zone() != null)
			.map(Candidate::of)
			.toList();
		if (found.isEmpty()) {
			throw WorldTimeApiException.unknownLocation();
		}
		return new Candidates(found);
	}

	/** Places a search found: a JSON array, or one tab-separated line each. */
	record Candidates(@JsonValue List<Candidate> places) implements TextForm {

		@Override
		public String text() {
			return this.places.stream()
				.map((c) -> String.join("\t", c.name(), c.country_code(), String.valueOf(c.latitude()),
						String.valueOf(c.longitude()), String.valueOf(c.population()), c.timezone()))
				.collect(Collectors.joining("\n", "", "\n"));
		}

	}

	/** A place a search found, with its zone. */
	record Candidate(String name, String country_code, double latitude, double longitude, long population,
			String timezone) {

		static Candidate of(PlaceLocator.Found found) {
			Place place = found.place();
			return new Candidate(place.name(), place.countryCode(), place.latitude(), place.longitude(),
					place.population(), found.zone().name());
		}

	}

}
