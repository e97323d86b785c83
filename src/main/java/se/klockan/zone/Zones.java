package se.klockan.zone;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Every name in the tz database, the one source of zone names for every endpoint: the zone list,
 * {@code /api/timezone/...}, {@code ?tz=}, POSIX rules, the IP table and its fallback. Names are
 * matched in any case ({@code america/new_york}, as WorldTimeAPI does) and answered as the tz
 * database spells them.
 */
public final class Zones {

	/**
	 * tz database names that the JDK's tz data leaves out, with the zone each links to in the tz
	 * database's {@code backward} file (2024b on): its compiler drops the System V names and
	 * {@code ROC}, and {@code ZoneId} reads {@code GMT+0} as an offset named {@code GMT}.
	 * {@code Factory} stays out: it stands for no place's time.
	 */
	private static final Map<String, String> LINKS = Map.of("EST", "America/Panama", "MST", "America/Phoenix", "HST",
			"Pacific/Honolulu", "ROC", "Asia/Taipei", "GMT+0", "Etc/GMT", "GMT-0", "Etc/GMT");

	/** By name, sorted. {@code SystemV/*} ids are left out: the JDK's own relics, not tz names. */
	private static final Map<String, Zone> ZONES = zones();

	private static final List<String> NAMES = List.copyOf(ZONES.keySet());

	/** {@link #NAMES} in lower case, in the same order, for areas asked for in any case. */
	private static final List<String> LOWER_CASE_NAMES = NAMES.stream().map(Zones::lowerCase).toList();

	private static final Map<String, Zone> BY_LOWER_CASE = new HashMap<>();

	static {
		ZONES.forEach((name, zone) -> BY_LOWER_CASE.put(lowerCase(name), zone));
	}

	private Zones() {
	}

	private static Map<String, Zone> zones() {
		Map<String, Zone> zones = new TreeMap<>();
		Set<String> available = ZoneId.getAvailableZoneIds();
		for (String id : available) {
			if (!id.startsWith("SystemV/")) {
				zones.put(id, Zone.of(ZoneId.of(id)));
			}
		}
		LINKS.forEach((name, target) -> {
			if (!available.contains(name) && available.contains(target)) {
				zones.put(name, new Zone(name, ZoneId.of(target)));
			}
		});
		return zones;
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
	 * The zone of that name in a table built on newer tz data than the running JDK's: the zone
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
			unknown.accept(name + " is not in this JDK's tz data; answering with " + stand.get().name()
					+ ", which keeps the same time now");
			return stand.get();
		}
		unknown.accept(name + " is not in this JDK's tz data, and has no substitute: what the table puts there has no zone here");
		return null;
	}

	private static String lowerCase(String name) {
		return name.toLowerCase(Locale.ROOT);
	}

}
