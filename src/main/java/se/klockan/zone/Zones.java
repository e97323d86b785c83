package se.klockan.zone;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The IANA zone ids the JDK knows, the names clients ask for the time by. */
public final class Zones {

	/**
	 * Sorted. {@code SystemV/*} ids are left out: they are the JDK's own relics, not IANA names,
	 * and other tz implementations don't know them.
	 */
	private static final List<String> IDS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter(id -> !id.startsWith("SystemV/"))
		.sorted()
		.toList();

	private static final Set<String> ID_SET = Set.copyOf(IDS);

	private Zones() {
	}

	/** Every zone id, sorted. */
	public static List<String> all() {
		return IDS;
	}

	/** The ids below an area such as {@code Europe} or {@code America/Argentina}, sorted. */
	public static List<String> in(String area) {
		String prefix = area + "/";
		return IDS.stream().filter(id -> id.startsWith(prefix)).toList();
	}

	/** The zone with exactly this id, or {@link UnknownZoneException}. */
	public static ZoneId get(String id) {
		return find(id).orElseThrow(() -> new UnknownZoneException(id));
	}

	/** The zone with exactly this id, if there is one. */
	public static Optional<ZoneId> find(String id) {
		return (id != null && ID_SET.contains(id)) ? Optional.of(ZoneId.of(id)) : Optional.empty();
	}

}
