package se.klockan.ip;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import se.klockan.data.ShippedTable;
import se.klockan.web.RequestCheck;

import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time by IP address: the table shipped with the app, the fallback for addresses it can't place,
 * and the check that a request's client address is one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IpProperties.class)
public class IpConfiguration {

	private static final Log log = LogFactory.getLog(IpConfiguration.class);

	/**
	 * Which data places addresses, said once in the log at start and in {@code /actuator/info}:
	 * from the table's header, without reading the table (that waits for the first address).
	 */
	@Bean
	InfoContributor ipInfoContributor(IpProperties properties) {
		Map<String, String> metadata = ShippedTable.metadata(IpLocator.TABLE, IpTable.MAGIC, IpTable.VERSION,
				"IP zone table");
		List<Map<String, String>> sources = List.of(ShippedTable.source("DB-IP IP to City Lite", "package",
				metadata.get("source.package"), "version", metadata.get("source.version"), "date",
				metadata.get("source.date"), "licence", metadata.get("source.licence"), "attribution",
				"IP Geolocation by DB-IP", "url", "https://db-ip.com"), ShippedTable.polygons(metadata));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("table", IpLocator.TABLE);
		details.put("licence", "ODbL-1.0");
		if (properties.fallbackZone() != null && !properties.fallbackZone().isBlank()) {
			details.put("fallback_zone", properties.fallbackZone());
		}
		details.put("sources", sources);
		log.info("Answering by IP address from " + ShippedTable.describe(sources) + ", shipped in the app");
		return (builder) -> builder.withDetail("ip", details);
	}

	@Bean
	IpLocator ipLocator(IpProperties properties) {
		return new IpLocator(IpLocator.TABLE, properties.fallbackZone());
	}

	/**
	 * Refuses a request whose client address is not an IP address. Behind Heroku's router the
	 * address comes from {@code X-Forwarded-For}, and a trusted proxy could pass on anything there;
	 * answers that show the address ({@code client_ip}) must not show that.
	 */
	@Bean
	RequestCheck clientAddressCheck() {
		return (request) -> isIpAddress(request.getRemoteAddr()) ? null
				: "X-Forwarded-For does not end with an IP address.";
	}

	static boolean isIpAddress(String address) {
		return IpAddress.parse(address) != null;
	}

}
