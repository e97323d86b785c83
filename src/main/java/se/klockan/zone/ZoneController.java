package se.klockan.zone;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import se.klockan.ip.IpLocator;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * WorldTimeAPI's endpoints, so its clients can switch by changing the host name: zone lists,
 * the time in a zone or at an IP address, and its error shape. JSON, or text when the path ends in {@code .txt},
 * whatever the {@code Accept} header says, as WorldTimeAPI does.
 */
@RestController
@RequestMapping("/api")
class ZoneController {

	private static final String TXT = ".txt";

	private static final MediaType TEXT = new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8);

	private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() {
	};

	private final Clock clock;

	private final JsonMapper json;

	private final IpLocator ips;

	ZoneController(Clock clock, JsonMapper json, IpLocator ips) {
		this.clock = clock;
		this.json = json;
		this.ips = ips;
	}

	@GetMapping({ "/timezone", "/timezone" + TXT })
	ResponseEntity<?> zones(HttpServletRequest request) {
		return list(Zones.all(), request.getRequestURI().endsWith(TXT));
	}

	/** {@code /api/timezone/Europe/Stockholm}: the time there; {@code /api/timezone/Europe}: the zones there. */
	@GetMapping("/timezone/{*path}")
	ResponseEntity<?> zone(@PathVariable String path, HttpServletRequest request) {
		boolean text = path.endsWith(TXT);
		String id = path.substring(1, text ? path.length() - TXT.length() : path.length());
		Optional<ZoneId> zone = Zones.find(id);
		if (zone.isPresent()) {
			return time(zone.get(), request.getRemoteAddr(), text);
		}
		List<String> area = Zones.in(id);
		return area.isEmpty() ? error(HttpStatus.NOT_FOUND, "unknown location", text) : list(area, text);
	}

	/** {@code /api/ip}: the time in the caller's zone, by its address. */
	@GetMapping({ "/ip", "/ip" + TXT })
	ResponseEntity<?> ip(HttpServletRequest request) {
		return timeAt(request.getRemoteAddr(), request, request.getRequestURI().endsWith(TXT));
	}

	/** {@code /api/ip/81.2.69.160}, {@code /api/ip/2001:db8::1.txt}: the time where that address is. */
	@GetMapping("/ip/{*address}")
	ResponseEntity<?> ipOf(@PathVariable String address, HttpServletRequest request) {
		boolean text = address.endsWith(TXT);
		return timeAt(address.substring(1, text ? address.length() - TXT.length() : address.length()), request, text);
	}

	private ResponseEntity<?> timeAt(String address, HttpServletRequest request, boolean text) {
		ZoneId zone;
		try {
			zone = this.ips.zoneOf(address);
		}
		catch (IpLocator.MalformedAddressException ex) {
			return error(HttpStatus.BAD_REQUEST, "malformed ip", text);
		}
		if (zone == null) {
			return error(HttpStatus.NOT_FOUND, "unknown location", text);
		}
		return time(zone, address, text);
	}

	private ResponseEntity<?> time(ZoneId zone, String clientIp, boolean text) {
		WorldTime time = WorldTimes.at(this.clock.instant(), zone, clientIp);
		return text ? ResponseEntity.ok().contentType(TEXT).body(lines(time)) : json(HttpStatus.OK, time);
	}

	private ResponseEntity<?> list(List<String> zones, boolean text) {
		return text ? ResponseEntity.ok().contentType(TEXT).body(String.join("\n", zones) + "\n")
				: json(HttpStatus.OK, zones);
	}

	private static ResponseEntity<?> error(HttpStatus status, String message, boolean text) {
		return text ? ResponseEntity.status(status).contentType(TEXT).body("error: " + message + "\n")
				: json(status, new ApiError(message));
	}

	private static ResponseEntity<?> json(HttpStatus status, Object body) {
		return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
	}

	/** The same fields as the JSON, with the same names and order, as {@code key: value} lines. */
	private String lines(WorldTime time) {
		return this.json.convertValue(time, FIELDS)
			.entrySet()
			.stream()
			.map(field -> field.getKey() + ": " + ((field.getValue() != null) ? field.getValue() : ""))
			.collect(Collectors.joining("\n", "", "\n"));
	}

	/** WorldTimeAPI's error body. */
	record ApiError(String error) {
	}

}
