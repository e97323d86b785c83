package se.klockan.place;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import se.klockan.data.ShippedTable;

import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time by place: the zone shapes and place names shipped with the app. */
@Configuration(proxyBeanMethods = false)
public class PlaceConfiguration {

	private static final Log log = LogFactory.getLog(PlaceConfiguration.class);

	@Bean
	PlaceLocator placeLocator() {
		return new PlaceLocator();
	}

	/**
	 * Which data places points and names, said once in the log at start and in
	 * {@code /actuator/info}: from the tables' headers, without reading the tables.
	 */
	@Bean
	InfoContributor placeInfoContributor() {
		Map<String, String> shapes = ShippedTable.metadata(PlaceLocator.SHAPES, ZoneShapes.MAGIC, ZoneShapes.VERSION,
				"zone shape table");
		Map<String, String> names = ShippedTable.metadata(PlaceLocator.NAMES, PlaceNames.MAGIC, PlaceNames.VERSION,
				"place name index");
		List<Map<String, String>> sources = List.of(ShippedTable.polygons(shapes),
				ShippedTable.source("GeoNames " + names.get("places").replace("GeoNames_", ""), "package",
						names.get("places.package"), "version", names.get("places.version"), "licence",
						names.get("places.licence"), "attribution", "GeoNames, geonames.org", "url", "https://www.geonames.org/"));
		Map<String, Object> details = new LinkedHashMap<>();
		details.put("tables", List.of(PlaceLocator.SHAPES, PlaceLocator.NAMES));
		details.put("licence", "ODbL-1.0 (zone shapes), CC-BY-4.0 (place names)");
		details.put("sources", sources);
		log.info("Answering by place from " + ShippedTable.describe(sources) + ", shipped in the app");
		return (builder) -> builder.withDetail("place", details);
	}

}
