package se.klockan.zone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Zones by the names people type: an exact id in any case ({@code europe/stockholm},
 * {@code US/Eastern}) answers for itself; otherwise every id that contains what was typed, with
 * spaces, underscores and hyphens alike ({@code stockholm}, {@code buenos aires}, {@code new york}).
 * A name that fits one id gives that one; a backward-compatible alias never makes a name
 * ambiguous: where a name fits a zone and its aliases ({@code America/Argentina/Buenos_Aires} and
 * {@code America/Buenos_Aires}), the zone wins.
 */
public final class ZoneNames {

	private static final Path TZDATA = Path.of(System.getenv().getOrDefault("TZDIR", "/usr/share/zoneinfo"),
			"tzdata.zi");

	/** Areas of the tz database's current names; other ids ({@code US/Eastern}, {@code Cuba}) are its old ones. */
	private static final Set<String> AREAS = Set.of("Africa", "America", "Antarctica", "Arctic", "Asia", "Atlantic",
			"Australia", "Europe", "Indian", "Pacific", "Etc");

	private static volatile Map<String, String> canonical;

	private ZoneNames() {
	}

	/** What a name found: one zone, or the candidates when it fits several (none when nothing). */
	public record Match(Zone zone, List<String> candidates) {
	}

	public static Match find(String name) {
		String wanted = normal(name.trim());
		if (wanted.isEmpty()) {
			return new Match(null, List.of());
		}
		List<String> found = new ArrayList<>();
		for (String id : Zones.all()) {
			String normal = normal(id);
			if (normal.equals(wanted)) {
				return new Match(Zones.get(id), List.of(id));
			}
			if (normal.contains(wanted)) {
				found.add(id);
			}
		}
		if (found.size() > 1) {
			// An alias gives way to its zone where that fits the name too.
			Set<String> fits = Set.copyOf(found);
			found = found.stream().filter((id) -> !fits.contains(canonical(id)) || canonical(id).equals(id)).toList();
		}
		return new Match((found.size() == 1) ? Zones.get(found.get(0)) : null, found);
	}

	private static String normal(String name) {
		return name.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
	}

	/** The zone an alias stands for; a zone itself. */
	static String canonical(String id) {
		Map<String, String> links = canonical;
		if (links == null) {
			links = links();
			canonical = links;
		}
		return links.getOrDefault(id, id);
	}

	/**
	 * Alias to zone, from the tz database's own links (its {@code tzdata.zi}) where the system has
	 * one; else zones whose rules are the same, each group named by the member with a current
	 * area and the most specific name ({@code America/Argentina/Buenos_Aires}).
	 */
	private static Map<String, String> links() {
		Map<String, String> links = new HashMap<>();
		try {
			for (String line : Files.readAllLines(TZDATA)) {
				String[] fields = line.split(" ");
				if (fields.length == 3 && fields[0].equals("L") && Zones.find(fields[1]).isPresent()) {
					links.put(fields[2], fields[1]);
				}
			}
			return links;
		}
		catch (IOException | RuntimeException ex) {
			links.clear();
		}
		Map<Object, List<String>> groups = new HashMap<>();
		for (String id : Zones.all()) {
			groups.computeIfAbsent(Zones.get(id).id().getRules(), (rules) -> new ArrayList<>()).add(id);
		}
		Comparator<String> preference = Comparator.comparing((String id) -> !AREAS.contains(id.split("/")[0]))
			.thenComparing((String id) -> -id.split("/").length)
			.thenComparing(Comparator.naturalOrder());
		for (List<String> group : groups.values()) {
			String zone = group.stream().min(preference).orElseThrow();
			group.forEach((id) -> links.put(id, zone));
		}
		return links;
	}

}
