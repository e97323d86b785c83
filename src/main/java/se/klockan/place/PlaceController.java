package se.klockan.place;

import java.time.Clock;
import java.util.List;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import se.klockan.web.Answers;
import se.klockan.zone.WorldTime;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zone;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
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

	private static final String TXT = ".txt";

	private static final MediaType TEXT = Answers.TEXT;

	/** The most places a search lists. */
	static final int CANDIDATES = 10;

	private final Clock clock;

	private final JsonMapper json;

	private final PlaceLocator places;

	PlaceController(Clock clock, JsonMapper json, PlaceLocator places) {
		this.clock = clock;
		this.json = json;
		this.places = places;
	}

	/** {@code /api/coordinates/57.70716,11.96679[.txt]}: the time in the zone at that point. */
	@GetMapping("/coordinates/{*point}")
	Object coordinates(@PathVariable String point, HttpServletRequest request, HttpServletResponse response) {
		boolean text = point.endsWith(TXT);
		double[] at = Coordinates.parse(point.substring(Math.min(1, point.length()),
				text ? point.length() - TXT.length() : point.length()));
		if (at == null) {
			return error(HttpStatus.BAD_REQUEST, "invalid coordinates", text, response);
		}
		Zone zone = this.places.zoneAt(at[0], at[1]);
		if (zone == null) {
			return error(HttpStatus.NOT_FOUND, "unknown location", text, response);
		}
		WorldTime time = WorldTimes.at(this.clock.instant(), zone, request.getRemoteAddr());
		return text ? Answers.answer(response, HttpStatus.OK, TEXT, WorldTimes.lines(this.json, time))
				: Answers.json(response, HttpStatus.OK, time);
	}

	/** {@code /api/place/Göteborg[.txt]}: the time at the most populous place of that name. */
	@GetMapping("/place/{*name}")
	Object place(@PathVariable String name, HttpServletRequest request, HttpServletResponse response) {
		boolean text = name.endsWith(TXT);
		String wanted = name.substring(Math.min(1, name.length()), text ? name.length() - TXT.length() : name.length());
		PlaceLocator.Found found = wanted.isBlank() ? null : this.places.place(wanted);
		if (found == null || found.zone() == null) {
			return error(HttpStatus.NOT_FOUND, "unknown location", text, response);
		}
		PlaceTime time = new PlaceTime(WorldTimes.at(this.clock.instant(), found.zone(), request.getRemoteAddr()),
				found.place());
		return text ? Answers.answer(response, HttpStatus.OK, TEXT, time.lines(WorldTimes.lines(this.json, time.time())))
				: Answers.json(response, HttpStatus.OK, time);
	}

	/** {@code /api/place[.txt]?q=göte}: up to ten places, of that name first, then of names starting so. */
	@GetMapping({ "/place", "/place" + TXT })
	Object search(HttpServletRequest request, HttpServletResponse response) {
		boolean text = request.getRequestURI().endsWith(TXT);
		String q = request.getParameter("q");
		if (q == null || q.isBlank()) {
			return error(HttpStatus.BAD_REQUEST, "missing q", text, response);
		}
		List<Candidate> found = this.places.search(q, CANDIDATES)
			.stream()
			.filter((f) -> f.zone() != null)
			.map(Candidate::of)
			.toList();
		if (found.isEmpty()) {
			return error(HttpStatus.NOT_FOUND, "unknown location", text, response);
		}
		if (text) {
			return Answers.answer(response, HttpStatus.OK, TEXT, found.stream()
				.map((c) -> String.join("\t", c.name(), c.country_code(), String.valueOf(c.latitude()),
						String.valueOf(c.longitude()), String.valueOf(c.population()), c.timezone()))
				.collect(Collectors.joining("\n", "", "\n")));
		}
		return Answers.json(response, HttpStatus.OK, found);
	}

	private static Object error(HttpStatus status, String message, boolean text, HttpServletResponse response) {
		return Answers.worldTimeApiError(response, status, message, text);
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
