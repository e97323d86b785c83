package se.klockan.api;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;

import se.klockan.zone.Disambiguation;
import se.klockan.zone.InvalidTimeException;
import se.klockan.zone.LocalTimes;
import se.klockan.zone.TimeArguments;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zone;
import se.klockan.zone.Zones;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Time at other instants than now: a wall-clock time in one zone converted to another, with gaps
 * and overlaps resolved as TC39 Temporal resolves them ({@link LocalTimes}), and a zone's changes
 * of offset in an interval. In WorldTimeAPI's shapes and error shape, each also as {@code .txt}.
 */
@RestController
@RequestMapping("/api")
class InstantController {

	/** The longest interval one request may ask the changes of. */
	static final int MOST_YEARS = 200;

	/** The most changes one answer lists. */
	static final int MOST_CHANGES = 1000;

	private final Clock clock;

	InstantController(Clock clock) {
		this.clock = clock;
	}

	/** {@code /api/convert?from=America/New_York&to=Asia/Tokyo&datetime=2027-03-14T09:00}. */
	@GetMapping("/convert")
	Conversion convert(@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String[] datetime, @RequestParam(required = false) String[] disambiguation,
			HttpServletRequest request) {
		Zone source = zone("from", from);
		Zone target = zone("to", to);
		LocalDateTime local = TimeArguments.localDateTime("datetime", datetime);
		Disambiguation option = TimeArguments.disambiguation("disambiguation", disambiguation);
		LocalTimes.Resolved resolved = LocalTimes.resolve(source, local, option);
		String client = request.getRemoteAddr();
		return new Conversion(WorldTimes.at(resolved.instant(), source, client),
				WorldTimes.at(resolved.instant(), target, client),
				resolved.resolution().name().toLowerCase(Locale.ROOT));
	}

	/** {@code /api/transitions/Europe/Stockholm?from=2027-01-01T00:00:00Z&to=2028-01-01T00:00:00Z}. */
	@GetMapping("/transitions/{*zone}")
	Transitions transitions(@PathVariable String zone, @RequestParam(required = false, name = "from") String[] since,
			@RequestParam(required = false, name = "to") String[] until) {
		Instant from = TimeArguments.instant("from", since);
		Instant to = TimeArguments.instant("to", until);
		Zone found = Zones.find(zone.substring(Math.min(1, zone.length())))
			.orElseThrow(WorldTimeApiException::unknownLocation);
		from = (from != null) ? from : this.clock.instant();
		to = (to != null) ? to : aYearAfter(from);
		if (from.isAfter(to)) {
			throw new InvalidTimeException("from must not be after to");
		}
		if (from.atOffset(ZoneOffset.UTC).plusYears(MOST_YEARS).toInstant().isBefore(to)) {
			throw new InvalidTimeException("from and to may be at most " + MOST_YEARS + " years apart");
		}
		return new Transitions(found.name(), found.transitions(from, to, MOST_CHANGES));
	}

	private static Instant aYearAfter(Instant from) {
		Instant to = from.atOffset(ZoneOffset.UTC).plusYears(1).toInstant();
		Instant last = Instant.ofEpochSecond(TimeArguments.MAX_SECOND).plus(Duration.ofSeconds(1));
		return to.isAfter(last) ? last : to;
	}

	private static Zone zone(String parameter, String name) {
		if (name == null || name.isEmpty()) {
			throw WorldTimeApiException.badRequest(parameter + " is missing: give a zone name such as Europe/Stockholm");
		}
		return Zones.find(name).orElseThrow(WorldTimeApiException::unknownLocation);
	}

}
