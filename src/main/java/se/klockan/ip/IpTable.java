package se.klockan.ip;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;

import se.klockan.data.TableFile;
import se.klockan.zone.Zone;
import se.klockan.zone.Zones;

/**
 * IP address ranges and the time zone of each, packed in memory and searched in O(log n)
 * ({@link Ranges}): every IPv4 address, and every IPv6 /64. A range runs from its start to the next one's; a range with
 * no zone is space with no location. On disk (the format is here, both ways, so that the build
 * tool and the app can never disagree): metadata, zone names, then each family's ranges as
 * delta-coded starts and zone numbers in variable-length integers, all deflated.
 */
public final class IpTable {

	static final String MAGIC = "klockan-ip-zones";

	static final int VERSION = 1;

	/** A zone number meaning no location. */
	private static final int NONE = 0;

	private final Map<String, String> metadata;

	private final Zone[] zones;

	private final Ranges v4;

	private final Ranges v6;

	private IpTable(Map<String, String> metadata, Zone[] zones, Ranges v4, Ranges v6) {
		this.metadata = metadata;
		this.zones = zones;
		this.v4 = v4;
		this.v6 = v6;
	}

	/** What the table was built from: source names, versions and dates. */
	public Map<String, String> metadata() {
		return this.metadata;
	}

	public int ipv4Ranges() {
		return this.v4.count();
	}

	public int ipv6Ranges() {
		return this.v6.count();
	}

	/** Where IPv4 range {@code range} starts (unsigned), for tests. */
	long ipv4Start(int range) {
		return this.v4.start(range);
	}

	/** Where IPv6 range {@code range} starts (a /64, unsigned), for tests. */
	long ipv6Start(int range) {
		return this.v6.start(range);
	}

	/** The zone of an IPv4 address (as an unsigned 32-bit number), or null. */
	public Zone ipv4(int address) {
		return this.zones[this.v4.zoneOf(address & 0xFFFFFFFFL)];
	}

	/** The zone of an IPv6 address by its first 64 bits (unsigned), or null. */
	public Zone ipv6(long network) {
		return this.zones[this.v6.zoneOf(network)];
	}

	/**
	 * Reads a table. A zone the shipped tz release doesn't know (older than the table's data)
	 * becomes the substitute the table names for it, a zone with the same rules now; without one,
	 * its ranges have no location. Either way {@code unknown} hears of it, once per zone.
	 */
	public static IpTable read(InputStream in, Consumer<String> unknown) throws IOException {
		return TableFile.read(in, MAGIC, VERSION, "IP zone table", (data, metadata) -> {
			int zoneCount = data.readInt();
			Zone[] zones = new Zone[zoneCount + 1];
			for (int i = 1; i <= zoneCount; i++) {
				zones[i] = zone(data.readUTF(), data.readUTF(), unknown);
			}
			Ranges v4 = Ranges.read(data, data.readInt());
			Ranges v6 = Ranges.read(data, data.readInt());
			return new IpTable(metadata, zones, v4, v6);
		});
	}

	/** The zone of that name ({@link Zones}, the shipped tz release), or its substitute. */
	private static Zone zone(String id, String substitute, Consumer<String> unknown) {
		return Zones.findOrSubstitute(id, substitute, unknown);
	}

	static long readVarLong(DataInputStream in) throws IOException {
		long value = 0;
		for (int shift = 0; shift < 64; shift += 7) {
			int b = in.readUnsignedByte();
			value |= (long) (b & 0x7F) << shift;
			if ((b & 0x80) == 0) {
				return value;
			}
		}
		throw new IOException("Malformed variable-length number");
	}

	/**
	 * Writes a table: ranges in ascending order, each family starting at address 0;
	 * neighbours with the same zone are merged. The same calls give the same bytes.
	 */
	public static final class Builder {

		private final Map<String, String> metadata = new TreeMap<>();

		private final Map<String, String> substitutes = new TreeMap<>();

		private final List<long[]> v4 = new ArrayList<>();

		private final List<long[]> v6 = new ArrayList<>();

		private final List<String> v4Zones = new ArrayList<>();

		private final List<String> v6Zones = new ArrayList<>();

		public Builder metadata(String key, String value) {
			this.metadata.put(key, value);
			return this;
		}

		/** A zone with the same rules now, for a tz release that lacks {@code zone}. */
		public Builder substitute(String zone, String substitute) {
			this.substitutes.put(zone, substitute);
			return this;
		}

		/** From {@code start} (unsigned 32 bits) on, {@code zone} (null: no location). */
		public Builder ipv4(long start, String zone) {
			add(this.v4, this.v4Zones, start, zone, 0xFFFFFFFFL);
			return this;
		}

		/** From the /64 {@code network} (unsigned 64 bits) on, {@code zone} (null: no location). */
		public Builder ipv6(long network, String zone) {
			add(this.v6, this.v6Zones, network, zone, -1L);
			return this;
		}

		private static void add(List<long[]> starts, List<String> zones, long start, String zone, long max) {
			if (starts.isEmpty()) {
				if (start != 0) {
					throw new IllegalArgumentException("The first range must start at 0");
				}
			}
			else {
				long last = starts.get(starts.size() - 1)[0];
				if (Long.compareUnsigned(start, last) <= 0 || Long.compareUnsigned(start, max) > 0) {
					throw new IllegalArgumentException("Ranges must be added in ascending order");
				}
				if (Objects.equals(zones.get(zones.size() - 1), zone)) {
					return;
				}
			}
			starts.add(new long[] { start });
			zones.add(zone);
		}

		public byte[] build() {
			TreeSet<String> names = new TreeSet<>();
			this.v4Zones.stream().filter(Objects::nonNull).forEach(names::add);
			this.v6Zones.stream().filter(Objects::nonNull).forEach(names::add);
			List<String> zones = new ArrayList<>(names);
			return TableFile.write(MAGIC, VERSION, this.metadata, (out) -> {
				out.writeInt(zones.size());
				for (String zone : zones) {
					out.writeUTF(zone);
					out.writeUTF(this.substitutes.getOrDefault(zone, ""));
				}
				write(out, this.v4, this.v4Zones, zones);
				write(out, this.v6, this.v6Zones, zones);
			});
		}

		private static void write(DataOutputStream out, List<long[]> starts, List<String> zoneOfRange,
				List<String> zones) throws IOException {
			out.writeInt(starts.size());
			long previous = 0;
			for (int i = 0; i < starts.size(); i++) {
				long start = starts.get(i)[0];
				writeVarLong(out, start - previous);
				previous = start;
				String zone = zoneOfRange.get(i);
				writeVarLong(out, (zone != null) ? Collections.binarySearch(zones, zone) + 1 : NONE);
			}
		}

		private static void writeVarLong(DataOutputStream out, long value) throws IOException {
			while ((value & ~0x7FL) != 0) {
				out.writeByte((int) ((value & 0x7F) | 0x80));
				value >>>= 7;
			}
			out.writeByte((int) value);
		}

	}

}
