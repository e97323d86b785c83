package se.klockan.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import se.klockan.ip.IpLocator;
import se.klockan.web.Answers;
import se.klockan.zone.WorldTime;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zone;
import se.klockan.zone.Zones;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * WorldTimeAPI's endpoints, so its clients can switch by changing the host name: zone lists,
 * the time in a zone or at an IP address, and its error shape; also under time.now's
 * {@code /developer/api}, which has the same paths and fields. JSON, or text when the path ends in
 * {@code .txt}, whatever the {@code Accept} header says, as WorldTimeAPI does. A trailing slash
 * answers as without ({@code WebConfiguration}).
 */
@RestController
@RequestMapping({ "/api", "/developer/api" })
class ZoneController {

	private static final String TXT = ".txt";

	private static final MediaType TEXT = Answers.TEXT;

	private final Clock clock;

	private final JsonMapper json;

	private final IpLocator ips;

	/** Every zone, written once: the list is the longest answer, and the same every time. */
	private final byte[] allAsJson;

	private final byte[] allAsText;

	ZoneController(Clock clock, JsonMapper json, IpLocator ips) {
		this.clock = clock;
		this.json = json;
		this.ips = ips;
		this.allAsJson = json.writeValueAsBytes(Zones.all());
		this.allAsText = lines(Zones.all()).getBytes(StandardCharsets.UTF_8);
	}

	@GetMapping({ "/timezone", "/timezone" + TXT })
	Object zones(HttpServletRequest request, HttpServletResponse response) {
		boolean text = request.getRequestURI().endsWith(TXT);
		return Answers.answer(response, HttpStatus.OK, text ? TEXT : MediaType.APPLICATION_JSON,
				text ? this.allAsText : this.allAsJson);
	}

	/** {@code /api/timezone/Europe/Stockholm}: the time there; {@code /api/timezone/Europe}: the zones there. */
	@GetMapping("/timezone/{*path}")
	Object zone(@PathVariable String path, HttpServletRequest request, HttpServletResponse response) {
		boolean text = path.endsWith(TXT);
		String name = path.substring(1, text ? path.length() - TXT.length() : path.length());
		Zone zone = Zones.find(name).orElse(null);
		if (zone != null) {
			return time(zone, request.getRemoteAddr(), text, response);
		}
		List<String> area = Zones.in(name);
		return area.isEmpty() ? error(HttpStatus.NOT_FOUND, "unknown location", text, response)
				: list(area, text, response);
	}

	/** {@code /api/ip}: the time in the caller's zone, by its address. */
	@GetMapping({ "/ip", "/ip" + TXT })
	Object ip(HttpServletRequest request, HttpServletResponse response) {
		return timeAt(request.getRemoteAddr(), request.getRequestURI().endsWith(TXT), response);
	}

	/** {@code /api/ip/81.2.69.160}, {@code /api/ip/2001:db8::1.txt}: the time where that address is. */
	@GetMapping("/ip/{*address}")
	Object ipOf(@PathVariable String address, HttpServletResponse response) {
		boolean text = address.endsWith(TXT);
		return timeAt(address.substring(1, text ? address.length() - TXT.length() : address.length()), text,
				response);
	}

	private Object timeAt(String address, boolean text, HttpServletResponse response) {
		Zone zone;
		try {
			zone = this.ips.zoneOf(address);
		}
		catch (IpLocator.MalformedAddressException ex) {
			return error(HttpStatus.BAD_REQUEST, "malformed ip", text, response);
		}
		if (zone == null) {
			return error(HttpStatus.NOT_FOUND, "unknown location", text, response);
		}
		return time(zone, address, text, response);
	}

	private Object time(Zone zone, String clientIp, boolean text, HttpServletResponse response) {
		WorldTime time = WorldTimes.at(this.clock.instant(), zone, clientIp);
		return text ? Answers.answer(response, HttpStatus.OK, TEXT, lines(time))
				: Answers.json(response, HttpStatus.OK, time);
	}

	private Object list(List<String> zones, boolean text, HttpServletResponse response) {
		return text ? Answers.answer(response, HttpStatus.OK, TEXT, lines(zones))
				: Answers.json(response, HttpStatus.OK, zones);
	}

	private static Object error(HttpStatus status, String message, boolean text, HttpServletResponse response) {
		return Answers.worldTimeApiError(response, status, message, text);
	}

	private static String lines(List<String> zones) {
		return String.join("\n", zones) + "\n";
	}

	private String lines(WorldTime time) {
		return WorldTimes.lines(this.json, time);
	}


}
