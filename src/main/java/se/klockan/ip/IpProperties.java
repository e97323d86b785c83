package se.klockan.ip;

import se.klockan.zone.Zones;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Time by IP address.
 *
 * @param fallbackZone the zone for addresses with no location (private, loopback, not in the
 * data): a home network's own, so a device on the LAN gets its time. Unset, they get a 404.
 */
@ConfigurationProperties("klockan.ip")
record IpProperties(String fallbackZone) {

	IpProperties {
		if (fallbackZone != null && !fallbackZone.isBlank() && Zones.find(fallbackZone).isEmpty()) {
			throw new IllegalArgumentException("klockan.ip.fallback-zone (KLOCKAN_IP_FALLBACK_ZONE) is '" + fallbackZone
					+ "', which is not a time zone. Use an IANA zone such as Europe/Stockholm; "
					+ "GET /api/timezone lists them.");
		}
	}

}
