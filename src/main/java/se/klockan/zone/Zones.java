package se.klockan.zone;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.klockan.tz.TzDatabase;

/**
 * Every name in the shipped tz database ({@link TzDatabase}), the one source of zones for every
 * endpoint: the zone list, {@code /api/timezone/...}, {@code ?tz=}, POSIX rules, the IP and place
 * tables and the fallback. Names are
 * matched in any case ({@code america/new_york}, as WorldTimeAPI does) and answered as the tz
 * database spells them.
 */
public final class Zones {

	/** By name, sorted: zones and links, as the shipped tz database has them. */
	private static final Map<String, Zone> ZONES = zones(TzDatabase.shipped());

	private static final List<String> NAMES = List.copyOf(ZONES.keySet());

	/** {@link #NAMES} in lower case, in the same order, for areas asked for in any case. */
	private static final List<String> LOWER_CASE_NAMES = NAMES.stream().map(Zones::lowerCase).toList();

	private static final Map<String, Zone> BY_LOWER_CASE = new HashMap<>();

	static {
		ZONES.forEach((name, zone) -> BY_LOWER_CASE.put(lowerCase(name), zone));
	}

	private Zones() {
	}

	private static Map<String, Zone> zones(TzDatabase database) {
		Map<String, Zone> zones = new TreeMap<>();
		database.zones().forEach((name, rules) -> zones.put(name, new Zone(name, rules)));
		database.links().forEach((name, target) -> zones.put(name, new Zone(name, database.zones().get(target))));
		return zones;
	}

	/** The release of the tz database every zone answers from, such as {@code 2026b}. */
	public static String release() {
		return TzDatabase.shipped().release();
	}

	/** The zone a link stands for ({@code Europe/Kyiv} for {@code Europe/Kiev}); a zone itself. */
	public static String canonical(String name) {
		return TzDatabase.shipped().links().getOrDefault(name, name);
	}

	/** Every zone name, sorted. */
	public static List<String> all() {
		return NAMES;
	}

	/** The names below an area such as {@code Europe} or {@code america/argentina} (any case), sorted. */
	public static List<String> in(String area) {
		String prefix = lowerCase(area) + "/";
		List<String> names = new ArrayList<>();
		for (int i = 0; i < NAMES.size(); i++) {
			if (LOWER_CASE_NAMES.get(i).startsWith(prefix)) {
				names.add(NAMES.get(i));
			}
		}
		return names;
	}

	/** The zone of that name, in any case, or {@link UnknownZoneException}. */
	public static Zone get(String name) {
		return find(name).orElseThrow(() -> new UnknownZoneException(name));
	}

	/** The zone of that name, in any case, if there is one. */
	public static Optional<Zone> find(String name) {
		if (name == null) {
			return Optional.empty();
		}
		Zone zone = ZONES.get(name);
		return Optional.ofNullable((zone != null) ? zone : BY_LOWER_CASE.get(lowerCase(name)));
	}

	/**
	 * The zone of that name in a table built on other tz data than the shipped release: the zone
	 * itself, or else {@code substitute} (a zone with the same rules now, which the table names),
	 * or else null. {@code unknown} hears of either of the last two.
	 */
	public static Zone findOrSubstitute(String name, String substitute, Consumer<String> unknown) {
		Optional<Zone> zone = find(name);
		if (zone.isPresent()) {
			return zone.get();
		}
		Optional<Zone> stand = find(substitute);
		if (stand.isPresent()) {
			unknown.accept(name + " is not in tz " + release() + "; answering with " + stand.get().name()
					+ ", which keeps the same time now");
			return stand.get();
		}
		unknown.accept(name + " is not in tz " + release() + ", and has no substitute: what the table puts there has no zone here");
		return null;
	}

	private static String lowerCase(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
