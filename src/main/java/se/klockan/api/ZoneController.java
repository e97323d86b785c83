package se.klockan.api;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import tools.jackson.databind.json.JsonMapper;

import se.klockan.ip.IpLocator;
import se.klockan.web.TextForm;
import se.klockan.zone.TimeArguments;
import se.klockan.zone.WorldTime;
import se.klockan.zone.WorldTimes;
import se.klockan.zone.Zone;
import se.klockan.zone.Zones;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * WorldTimeAPI's endpoints, so its clients can switch by changing the host name: zone lists,
 * the time in a zone or at an IP address, and its error shape; also under time.now's
 * {@code /developer/api}, which has the same paths and fields. Each also as {@code .txt}
 * ({@link ApiFormat}); a trailing slash answers as without ({@code WebFilters}).
 */
@RestController
@RequestMapping({ "/api", "/developer/api" })
class ZoneController {

	private final Clock clock;

	private final IpLocator ips;

	/** Every zone, written once: the list is the longest answer, and the same every time. */
	private final byte[] allAsJson;

	private final byte[] allAsText;

	ZoneController(Clock clock, JsonMapper json, IpLocator ips) {
		this.clock = clock;
		this.ips = ips;
		this.allAsJson = json.writeValueAsBytes(Zones.all());
		this.allAsText = new ZoneList(Zones.all()).text().getBytes(StandardCharsets.UTF_8);
	}

	@GetMapping("/timezone")
	byte[] zones(ApiFormat format) {
		return (format == ApiFormat.TEXT) ? this.allAsText : this.allAsJson;
	}

	/** {@code /api/timezone/Europe/Stockholm}: the time there; {@code /api/timezone/Europe}: the zones there. */
	@GetMapping("/timezone/{*path}")
	TextForm zone(@PathVariable String path, HttpServletRequest request) {
		Instant at = at(request);
		String name = path.substring(1);
		Zone zone = Zones.find(name).orElse(null);
		if (zone != null) {
			return WorldTimes.at(at, zone, request.getRemoteAddr());
		}
		List<String> area = Zones.in(name);
		if (area.isEmpty()) {
			throw WorldTimeApiException.unknownLocation();
		}
		return new ZoneList(area);
	}

	/** {@code /api/ip}: the time in the caller's zone, by its address. */
	@GetMapping("/ip")
	WorldTime ip(HttpServletRequest request) {
		return timeAt(request.getRemoteAddr(), at(request));
	}

	/** {@code /api/ip/81.2.69.160}, {@code /api/ip/2001:db8::1}: the time where that address is. */
	@GetMapping("/ip/{*address}")
	WorldTime ipOf(@PathVariable String address, HttpServletRequest request) {
		return timeAt(address.substring(1), at(request));
	}

	/**
	 * The instant {@code ?at=} names ({@code 1806200000}, {@code 2027-03-28T01:30:00Z}), or now.
	 * Read from the request, as {@code /time} reads {@code tz}: binding it cost the hot path.
	 */
	private Instant at(HttpServletRequest request) {
		return TimeArguments.instantOrNow("at", request.getParameterValues("at"), this.clock);
	}

	private WorldTime timeAt(String address, Instant at) {
		Zone zone = this.ips.zoneOf(address);
		if (zone == null) {
			throw WorldTimeApiException.unknownLocation();
		}
		return WorldTimes.at(at, zone, address);
	}

}
