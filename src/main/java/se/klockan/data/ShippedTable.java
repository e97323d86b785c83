package se.klockan.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.core.io.ClassPathResource;

/**
 * What a table shipped in the app was built from, as {@code /actuator/info} and the start-up log
 * say it: read from the table's own header ({@link TableFile}), so the two can't disagree, and
 * without reading the table itself.
 */
public final class ShippedTable {

	/** The polygons' licence asks for this attribution (ODbL 1.0). */
	private static final String OSM_ATTRIBUTION = "© OpenStreetMap contributors";

	private ShippedTable() {
	}

	/** The metadata of the table at {@code resource} on the class path. */
	public static Map<String, String> metadata(String resource, String magic, int version, String what) {
		try (InputStream in = new ClassPathResource(resource).getInputStream()) {
			return TableFile.metadata(in, magic, version, what);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Could not read the " + what + " " + resource, ex);
		}
	}

	/**
	 * One source: {@code name}, then the rest as key and value in turn ({@code "version", "1.0.1"});
	 * a value that is null is left out.
	 */
	public static Map<String, String> source(String name, String... keysAndValues) {
		Map<String, String> source = new LinkedHashMap<>();
		source.put("name", name);
		for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
			if (keysAndValues[i + 1] != null) {
				source.put(keysAndValues[i], keysAndValues[i + 1]);
			}
		}
		return source;
	}

	/**
	 * timezone-boundary-builder's polygons, as a table's metadata records them
	 * ({@code polygons=timezone-boundary-builder_via_timeshape_2025b.26}): release {@code 2025b},
	 * through timeshape's jar {@code 2025b.26}.
	 */
	public static Map<String, String> polygons(Map<String, String> metadata) {
		String recorded = metadata.getOrDefault("polygons", "");
		String via = recorded.substring(recorded.indexOf("_via_") + "_via_".length()).replace('_', ' ');
		String timeshape = via.substring(via.lastIndexOf(' ') + 1);
		String release = timeshape.contains(".") ? timeshape.substring(0, timeshape.indexOf('.')) : timeshape;
		return source("timezone-boundary-builder", "version", release, "via", via, "licence",
				metadata.get("polygons.licence"), "attribution", OSM_ATTRIBUTION,
				"url", "https://github.com/evansiroky/timezone-boundary-builder");
	}

	/** One line for the log: each source's name, version or date, and licence. */
	public static String describe(Iterable<Map<String, String>> sources) {
		StringBuilder line = new StringBuilder();
		for (Map<String, String> source : sources) {
			if (!line.isEmpty()) {
				line.append(" and ");
			}
			line.append(source.get("name"))
				.append(' ')
				.append(source.getOrDefault("date", source.get("version")))
				.append(" (")
				.append(source.get("licence"))
				.append(')');
		}
		return line.toString();
	}

}
