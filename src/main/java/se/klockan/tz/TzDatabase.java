package se.klockan.tz;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import se.klockan.data.TableFile;

/**
 * The tz database the app answers from: one IANA release, shipped in the app as
 * {@code tz/tzdb.bin}, built by {@code tools/build-tz-table} from that release's compiled files,
 * whatever tz data the JDK or the system carries. Its zones by name, its links, and what it was
 * built from.
 */
public final class TzDatabase {

	/** Where the shipped table is on the class path. */
	public static final String RESOURCE = "tz/tzdb.bin";

	private static final String MAGIC = "klockan-tz";

	private static final int VERSION = 1;

	private final Map<String, String> metadata;

	private final SortedMap<String, TzRules> zones;

	private final SortedMap<String, String> links;

	private TzDatabase(Map<String, String> metadata, SortedMap<String, TzRules> zones, SortedMap<String, String> links) {
		this.metadata = metadata;
		this.zones = Collections.unmodifiableSortedMap(zones);
		this.links = Collections.unmodifiableSortedMap(links);
	}

	/** The shipped table, read once. */
	public static TzDatabase shipped() {
		return Shipped.DATABASE;
	}

	/** The release, such as {@code 2026b}. */
	public String release() {
		return this.metadata.get("release");
	}

	/** What the table was built from: release, source package and its checksum, licence. */
	public Map<String, String> metadata() {
		return this.metadata;
	}

	/** Zones by name, sorted. */
	public SortedMap<String, TzRules> zones() {
		return this.zones;
	}

	/** Links (the tz database's other names for a zone): name to the zone's name, sorted. */
	public SortedMap<String, String> links() {
		return this.links;
	}

	/** The rules of a zone or a link's zone, or null. */
	public TzRules rules(String name) {
		TzRules rules = this.zones.get(name);
		if (rules == null && this.links.containsKey(name)) {
			rules = this.zones.get(this.links.get(name));
		}
		return rules;
	}

	/**
	 * Compares releases as the tz database names them: by year, then by letters ({@code 2026b} is
	 * newer than {@code 2026a}, {@code 2026aa} than {@code 2026z}).
	 */
	public static int compareReleases(String a, String b) {
		int years = a.substring(0, 4).compareTo(b.substring(0, 4));
		if (years != 0) {
			return years;
		}
		String letters = a.substring(4);
		String others = b.substring(4);
		return (letters.length() != others.length()) ? Integer.compare(letters.length(), others.length())
				: letters.compareTo(others);
	}

	/** The whole table; the same arguments give the same bytes. */
	public static byte[] write(Map<String, String> metadata, SortedMap<String, Zone> zones,
			SortedMap<String, String> links) {
		return TableFile.write(MAGIC, VERSION, metadata, (out) -> {
			out.writeInt(zones.size());
			for (Map.Entry<String, Zone> entry : zones.entrySet()) {
				out.writeUTF(entry.getKey());
				entry.getValue().write(out);
			}
			out.writeInt(links.size());
			for (Map.Entry<String, String> link : links.entrySet()) {
				out.writeUTF(link.getKey());
				out.writeUTF(link.getValue());
			}
		});
	}

	public static TzDatabase read(InputStream in) throws IOException {
		return TableFile.read(in, MAGIC, VERSION, "tz table", (data, metadata) -> {
			SortedMap<String, TzRules> zones = new TreeMap<>();
			for (int i = data.readInt(); i > 0; i--) {
				String name = data.readUTF();
				zones.put(name, Zone.read(data).rules());
			}
			SortedMap<String, String> links = new TreeMap<>();
			for (int i = data.readInt(); i > 0; i--) {
				String name = data.readUTF();
				String target = data.readUTF();
				if (!zones.containsKey(target)) {
					throw new IOException(name + " links to " + target + ", which is not in the table");
				}
				links.put(name, target);
			}
			return new TzDatabase(metadata, zones, links);
		});
	}

	/**
	 * One zone as the table stores it: its changes, the period after each (by index into its
	 * distinct periods) and the TZ string after the last.
	 *
	 * @param changes when each period after the first begins, in epoch seconds
	 * @param periods what holds before the first change, then after each
	 * @param after the POSIX TZ string after the last change
	 */
	public record Zone(long[] changes, Period[] periods, String after) {

		public TzRules rules() {
			return new TzRules(this.changes, this.periods, PosixTzString.parse(this.after));
		}

		void write(DataOutputStream out) throws IOException {
			out.writeUTF(this.after);
			Map<Period, Integer> types = new LinkedHashMap<>();
			for (Period period : this.periods) {
				types.putIfAbsent(period, types.size());
			}
			if (types.size() > 255) {
				throw new IOException("More than 255 kinds of period in one zone");
			}
			out.writeByte(types.size());
			for (Period type : types.keySet()) {
				out.writeInt(type.offset().getTotalSeconds());
				out.writeInt(type.standardOffset().getTotalSeconds());
				out.writeBoolean(type.dst());
				out.writeUTF(type.abbreviation());
			}
			out.writeInt(this.changes.length);
			for (long change : this.changes) {
				out.writeLong(change);
			}
			for (Period period : this.periods) {
				out.writeByte(types.get(period));
			}
		}

		static Zone read(DataInputStream in) throws IOException {
			String after = in.readUTF();
			List<Period> types = new ArrayList<>();
			for (int i = in.readUnsignedByte(); i > 0; i--) {
				types.add(new Period(ZoneOffset.ofTotalSeconds(in.readInt()), ZoneOffset.ofTotalSeconds(in.readInt()),
						in.readBoolean(), in.readUTF()));
			}
			long[] changes = new long[in.readInt()];
			for (int i = 0; i < changes.length; i++) {
				changes[i] = in.readLong();
			}
			Period[] periods = new Period[changes.length + 1];
			for (int i = 0; i < periods.length; i++) {
				periods[i] = types.get(in.readUnsignedByte());
			}
			return new Zone(changes, periods, after);
		}

	}

	/** The shipped table, read when first asked for. */
	private static final class Shipped {

		static final TzDatabase DATABASE = load();

		private static TzDatabase load() {
			try (InputStream in = TzDatabase.class.getClassLoader().getResourceAsStream(RESOURCE)) {
				if (in == null) {
					throw new IllegalStateException("No tz table at " + RESOURCE + " on the class path");
				}
				return read(in);
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		}

	}

}
