package se.klockan.tables;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesProvider;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.Networks;
import com.maxmind.db.Reader;
import net.iakovlev.timeshape.TimeZoneEngine;

import se.klockan.ip.IpTable;

/**
 * Builds Klockan's IP → time zone table from DB-IP's IP to City Lite (two MMDB files, whose
 * records have coordinates and a country but no zone) and timezone-boundary-builder's polygons
 * (timeshape), and writes it with {@link IpTable.Builder}. Run by {@code tools/build-ip-table},
 * never by the normal build. The same inputs, on the same JDK, give the same bytes: nothing here
 * depends on the clock, the machine or the order threads finish in.
 * <p>
 * A record's zone: the polygon its coordinates fall in; where polygons overlap, the one whose
 * country (zone.tab) is the record's; where none does (at sea, on a border's edge), the nearest
 * zone.tab zone of the record's country; where the country has none, the nautical zone of the
 * longitude ({@code Etc/GMT-1} for 7.5°E to 22.5°E); a record with no coordinates, its country's
 * first zone in zone.tab (its most populous).
 * <p>
 * Arguments: the IPv4 MMDB, the IPv6 MMDB, zone.tab, the output file, then {@code key=value}
 * metadata to record (the source's package, version and integrity, the tools' versions).
 */
public final class BuildIpTable {

	private BuildIpTable() {
	}

	public static void main(String[] args) throws Exception {
		File v4File = new File(args[0]);
		File v6File = new File(args[1]);
		ZoneTab zoneTab = ZoneTab.read(Path.of(args[2]));
		Path out = Path.of(args[3]);
		Map<String, String> metadata = metadata(args, 4);
		long started = System.nanoTime();
		try (Reader v4 = new Reader(v4File, new CHMCache(1 << 20)); Reader v6 = new Reader(v6File, new CHMCache(1 << 20))) {
			Map<Place, String> zones = new HashMap<>();
			collect(v4, zones);
			collect(v6, zones);
			log(started, zones.size() + " distinct places");
			Resolver resolver = new Resolver(TimeZoneEngine.initialize(true), zoneTab);
			log(started, "polygons loaded");
			resolver.resolveAll(zones);
			log(started, "places resolved: " + resolver.report());

			IpTable.Builder table = new IpTable.Builder();
			metadata.put("source.date", v4.getMetadata().getBuildDate().toInstant().toString());
			metadata.put("tzdb", ZoneRulesProvider.getVersions("UTC").lastKey());
			metadata.put("places", String.valueOf(zones.size()));
			metadata.forEach(table::metadata);
			Set<String> used = new TreeSet<>();
			int v4Networks = addIpv4(v4, zones, table, used);
			int v6Networks = addIpv6(v6, zones, table, used);
			log(started, v4Networks + " IPv4 and " + v6Networks + " IPv6 networks");
			for (String zone : used) {
				String substitute = zoneTab.substitute(zone, Instant.parse(metadata.get("source.date")));
				if (substitute != null) {
					table.substitute(zone, substitute);
				}
			}
			byte[] bytes = table.build();
			Files.createDirectories(out.toAbsolutePath().getParent());
			Files.write(out, bytes);
			log(started, "wrote " + out + ": " + bytes.length + " bytes, " + used.size() + " zones");
		}
	}

	/** The {@code key=value} arguments from {@code from} on. */
	static Map<String, String> metadata(String[] args, int from) {
		Map<String, String> metadata = new TreeMap<>();
		for (int i = from; i < args.length; i++) {
			int equals = args[i].indexOf('=');
			metadata.put(args[i].substring(0, equals), args[i].substring(equals + 1));
		}
		return metadata;
	}

	private static void log(long started, String what) {
		System.out.printf("%6.1f s  %s%n", (System.nanoTime() - started) / 1e9, what);
	}

	/** Where a record says its addresses are. */
	record Place(double latitude, double longitude, String country) {

		static Place of(Map<?, ?> data) {
			Object latitude = data.get("latitude");
			Object longitude = data.get("longitude");
			Object country = data.get("country_code");
			String code = (country instanceof String c && !c.isEmpty()) ? c : null;
			if (latitude instanceof Number lat && longitude instanceof Number lon) {
				return new Place(lat.doubleValue(), lon.doubleValue(), code);
			}
			return new Place(Double.NaN, Double.NaN, code);
		}

		boolean hasCoordinates() {
			return !Double.isNaN(this.latitude);
		}

	}

	@SuppressWarnings("rawtypes")
	private static void collect(Reader reader, Map<Place, String> places) throws Exception {
		Networks<Map> networks = reader.networks(false, Map.class);
		while (networks.hasNext()) {
			places.putIfAbsent(Place.of(networks.next().getData()), "");
		}
	}

	@SuppressWarnings("rawtypes")
	private static int addIpv4(Reader reader, Map<Place, String> zones, IpTable.Builder table, Set<String> used)
			throws Exception {
		Networks<Map> networks = reader.networks(false, Map.class);
		long next = 0;
		int count = 0;
		while (networks.hasNext()) {
			DatabaseRecord<Map> record = networks.next();
			byte[] address = record.getNetwork().getNetworkAddress().getAddress();
			if (address.length != 4) {
				continue;
			}
			long start = toLong(address, 4);
			if (start > next) {
				table.ipv4(next, null);
			}
			String zone = zone(zones, record);
			table.ipv4(start, zone);
			if (zone != null) {
				used.add(zone);
			}
			next = start + (1L << (32 - record.getNetwork().getPrefixLength()));
			count++;
		}
		if (next <= 0xFFFFFFFFL) {
			table.ipv4(next, null);
		}
		return count;
	}

	/**
	 * IPv6 by /64: a network longer than that shares its /64 with others, and the first one read
	 * (the lowest) speaks for it.
	 */
	@SuppressWarnings("rawtypes")
	private static int addIpv6(Reader reader, Map<Place, String> zones, IpTable.Builder table, Set<String> used)
			throws Exception {
		Networks<Map> networks = reader.networks(false, Map.class);
		long next = 0;
		boolean ended = false;
		boolean any = false;
		long last = 0;
		int count = 0;
		while (networks.hasNext()) {
			DatabaseRecord<Map> record = networks.next();
			InetAddress network = record.getNetwork().getNetworkAddress();
			byte[] address = network.getAddress();
			if (address.length != 16) {
				continue;
			}
			count++;
			long start = toLong(address, 8);
			if (any && Long.compareUnsigned(start, last) <= 0) {
				continue; // the same /64 as the network before
			}
			if (!ended && Long.compareUnsigned(start, next) > 0) {
				table.ipv6(next, null);
			}
			String zone = zone(zones, record);
			table.ipv6(start, zone);
			if (zone != null) {
				used.add(zone);
			}
			any = true;
			last = start;
			int prefix = record.getNetwork().getPrefixLength();
			long size = (prefix >= 64) ? 1 : (prefix == 0) ? 0 : 1L << (64 - prefix);
			next = start + size;
			ended = (size == 0) || Long.compareUnsigned(next, start) <= 0; // wrapped past the end
		}
		if (!ended) {
			table.ipv6(next, null);
		}
		return count;
	}

	@SuppressWarnings("rawtypes")
	private static String zone(Map<Place, String> zones, DatabaseRecord<Map> record) {
		String zone = zones.get(Place.of(record.getData()));
		return (zone == null || zone.isEmpty()) ? null : zone;
	}

	private static long toLong(byte[] bytes, int length) {
		long value = 0;
		for (int i = 0; i < length; i++) {
			value = (value << 8) | (bytes[i] & 0xFF);
		}
		return value;
	}

	/** tz's zone.tab: each zone's country and principal place. */
	record ZoneTab(Map<String, List<Entry>> byCountry, Map<String, Set<String>> countriesOfZone) {

		record Entry(String zone, double latitude, double longitude) {
		}

		static ZoneTab read(Path file) throws IOException {
			Map<String, List<Entry>> byCountry = new TreeMap<>();
			Map<String, Set<String>> countries = new TreeMap<>();
			for (String line : Files.readAllLines(file)) {
				if (line.startsWith("#") || line.isBlank()) {
					continue;
				}
				String[] fields = line.split("\t");
				double[] coordinates = coordinates(fields[1]);
				Entry entry = new Entry(fields[2], coordinates[0], coordinates[1]);
				byCountry.computeIfAbsent(fields[0], (c) -> new ArrayList<>()).add(entry);
				countries.computeIfAbsent(fields[2], (z) -> new TreeSet<>()).add(fields[0]);
			}
			return new ZoneTab(byCountry, countries);
		}

		/**
		 * Another zone of the same country with the same offsets, day by day, for a year from
		 * {@code from}: what a JDK whose tz data lacks {@code zone} answers with instead.
		 */
		String substitute(String zone, Instant from) {
			ZoneId id = ZoneId.of(zone);
			Set<String> candidates = new TreeSet<>();
			for (String country : countriesOfZone().getOrDefault(zone, Set.of())) {
				byCountry().get(country).forEach((entry) -> candidates.add(entry.zone()));
			}
			candidates.remove(zone);
			for (String candidate : candidates) {
				ZoneId other = ZoneId.of(candidate);
				boolean same = true;
				for (int day = 0; day < 366 && same; day++) {
					Instant at = from.plusSeconds(day * 86_400L);
					ZoneOffset a = id.getRules().getOffset(at);
					same = a.equals(other.getRules().getOffset(at));
				}
				if (same) {
					return candidate;
				}
			}
			return null;
		}

		/** ISO 6709 as zone.tab writes it: {@code +DDMM+DDDMM} or {@code +DDMMSS+DDDMMSS}. */
		private static double[] coordinates(String text) {
			int split = Math.max(text.lastIndexOf('+'), text.lastIndexOf('-'));
			return new double[] { degrees(text.substring(0, split), 2), degrees(text.substring(split), 3) };
		}

		private static double degrees(String text, int degreeDigits) {
			int sign = text.startsWith("-") ? -1 : 1;
			String digits = text.substring(1);
			double value = Integer.parseInt(digits.substring(0, degreeDigits))
					+ Integer.parseInt(digits.substring(degreeDigits, degreeDigits + 2)) / 60.0;
			if (digits.length() > degreeDigits + 2) {
				value += Integer.parseInt(digits.substring(degreeDigits + 2)) / 3600.0;
			}
			return sign * value;
		}

	}

	/** Places to zones, by the rules in the class comment. */
	static final class Resolver {

		private final TimeZoneEngine engine;

		private final ZoneTab zoneTab;

		private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();

		Resolver(TimeZoneEngine engine, ZoneTab zoneTab) {
			this.engine = engine;
			this.zoneTab = zoneTab;
		}

		void resolveAll(Map<Place, String> places) throws Exception {
			List<Place> all = new ArrayList<>(places.keySet());
			all.sort(Comparator.comparing(Place::country, Comparator.nullsFirst(Comparator.naturalOrder()))
				.thenComparingDouble(Place::latitude)
				.thenComparingDouble(Place::longitude));
			String[] zones = new String[all.size()];
			// Every core (the common pool leaves one to the caller, which here only waits).
			ForkJoinPool pool = new ForkJoinPool(Runtime.getRuntime().availableProcessors());
			try {
				pool.submit(() -> IntStream.range(0, all.size()).parallel().forEach((i) -> zones[i] = resolve(all.get(i))))
					.get();
			}
			finally {
				pool.shutdown();
			}
			for (int i = 0; i < zones.length; i++) {
				places.put(all.get(i), Objects.requireNonNullElse(zones[i], ""));
			}
		}

		String report() {
			return new TreeMap<>(this.counts).toString();
		}

		private String resolve(Place place) {
			if (!place.hasCoordinates()) {
				List<ZoneTab.Entry> entries = (place.country() != null) ? this.zoneTab.byCountry().get(place.country()) : null;
				return count("country only", (entries != null) ? entries.get(0).zone() : null);
			}
			List<ZoneId> found = this.engine.queryAll(place.latitude(), place.longitude());
			if (found.size() == 1) {
				return count("polygon", found.get(0).getId());
			}
			if (found.size() > 1) {
				List<String> ids = found.stream().map(ZoneId::getId).sorted().toList();
				for (String id : ids) {
					if (place.country() != null
							&& this.zoneTab.countriesOfZone().getOrDefault(id, Set.of()).contains(place.country())) {
						return count("overlap, country's", id);
					}
				}
				return count("overlap, first", ids.get(0));
			}
			List<ZoneTab.Entry> entries = (place.country() != null) ? this.zoneTab.byCountry().get(place.country()) : null;
			if (entries != null) {
				ZoneTab.Entry nearest = entries.stream()
					.min(Comparator.comparingDouble((ZoneTab.Entry e) -> distance(place, e)).thenComparing(ZoneTab.Entry::zone))
					.orElseThrow();
				return count("no polygon, country's nearest", nearest.zone());
			}
			int hours = (int) Math.round(place.longitude() / 15.0);
			String nautical = (hours == 0) ? "Etc/GMT" : "Etc/GMT" + ((hours > 0) ? "-" : "+") + Math.abs(hours);
			return count("no polygon, nautical", nautical);
		}

		private String count(String how, String zone) {
			this.counts.computeIfAbsent(how, (h) -> new AtomicInteger()).incrementAndGet();
			return zone;
		}

		private static double distance(Place place, ZoneTab.Entry entry) {
			double lat1 = Math.toRadians(place.latitude());
			double lat2 = Math.toRadians(entry.latitude());
			double dLon = Math.toRadians(entry.longitude() - place.longitude());
			return Math.acos(Math.min(1, Math.sin(lat1) * Math.sin(lat2) + Math.cos(lat1) * Math.cos(lat2) * Math.cos(dLon)));
		}

	}

}
