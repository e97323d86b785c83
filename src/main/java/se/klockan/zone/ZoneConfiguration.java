package se.klockan.zone;

import java.time.zone.ZoneRulesProvider;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import se.klockan.tz.TzDatabase;

/**
 * Which tz release every answer comes from: said once in the log at start, and in
 * {@code /actuator/info}.
 */
@Configuration(proxyBeanMethods = false)
public class ZoneConfiguration {

	private static final Log log = LogFactory.getLog(ZoneConfiguration.class);

	@Bean
	InfoContributor tzInfoContributor() {
		TzDatabase tz = TzDatabase.shipped();
		Map<String, Object> details = new LinkedHashMap<>(tz.metadata());
		details.put("zones", tz.zones().size());
		details.put("links", tz.links().size());
		String jdk = jdkRelease();
		String said = "Answering from tz " + tz.release() + " (" + tz.metadata().get("source") + "): "
				+ tz.zones().size() + " zones and " + tz.links().size() + " links, shipped in the app; this JDK's own is "
				+ jdk;
		if (TzDatabase.compareReleases(jdk, tz.release()) > 0) {
			log.warn(said + ", newer: refresh the app's with tools/build-tz-table --refresh");
		}
		else {
			log.info(said + ", not used");
		}
		return (builder) -> builder.withDetail("tz", details);
	}

	/** The release of the JDK's own tz data, such as {@code 2026a}. */
	static String jdkRelease() {
		return ZoneRulesProvider.getVersions("UTC").lastKey();
	}

}
