package se.klockan.zone;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
		return Zones.canonical(id);
	}

}
