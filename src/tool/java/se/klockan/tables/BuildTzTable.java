package se.klockan.tables;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

import se.klockan.tz.Period;
import se.klockan.tz.PosixTzString;
import se.klockan.tz.TzDatabase;
import se.klockan.tz.TzRules;

/**
 * Builds {@code src/main/resources/tz/tzdb.bin} from one tz release's compiled files (a
 * {@code zoneinfo} directory: {@code tzdata.zi} for the names and links, a TZif file per zone),
 * as {@code tools/build-tz-table} fetches them. Each zone keeps what its TZif file says, period by
 * period: offset, daylight-saving flag and abbreviation, with the standard offset of a
 * daylight-saving period taken from the standard time next to it (below). Changes that the file's TZ string
 * gives anyway are left to it, and the result is checked against the whole file before it is
 * written: every change, the second before it and a moment between each two.
 * <p>
 * Arguments: the zoneinfo directory, the file to write, then {@code key=value} metadata.
 */
public final class BuildTzTable {

	/** A zone that stands for no place's time: left out, as WorldTimeAPI leaves it out. */
	private static final String FACTORY = "Factory";

	private BuildTzTable() {
	}

	public static void main(String[] args) throws IOException {
		Path zoneinfo = Path.of(args[0]);
		Path out = Path.of(args[1]);
		List<String> lines = Files.readAllLines(zoneinfo.resolve("tzdata.zi"), StandardCharsets.US_ASCII);
		String release = lines.get(0).replaceFirst("^# version ", "");
		Map<String, String> metadata = new LinkedHashMap<>();
		metadata.put("release", release);
		for (int i = 2; i < args.length; i++) {
			String[] pair = args[i].split("=", 2);
			metadata.put(pair[0], pair[1]);
		}

		SortedMap<String, TzDatabase.Zone> zones = new TreeMap<>();
		SortedMap<String, String> links = new TreeMap<>();
		int full = 0;
		for (String line : lines) {
			String[] fields = line.split(" ");
			if (fields[0].equals("Z") && !fields[1].equals(FACTORY)) {
				TzFile file = TzFile.read(zoneinfo.resolve(fields[1]));
				TzDatabase.Zone zone = trimmed(fields[1], file);
				zones.put(fields[1], zone);
				full += file.changes.length;
			}
			else if (fields[0].equals("L")) {
				links.put(fields[2], fields[1]);
			}
		}
		byte[] table = TzDatabase.write(metadata, zones, links);
		TzDatabase read = TzDatabase.read(new ByteArrayInputStream(table));
		if (!read.zones().keySet().equals(zones.keySet())) {
			throw new IllegalStateException("The table does not read back");
		}
		Files.createDirectories(out.toAbsolutePath().getParent());
		Files.write(out, table);
		int kept = zones.values().stream().mapToInt((zone) -> zone.changes().length).sum();
		System.out.printf("tz %s: %d zones, %d links, %d of %d changes listed (the rest by TZ string), %d bytes%n",
				release, zones.size(), links.size(), kept, full, table.length);
	}

	/**
	 * The zone with as few changes listed as its TZ string allows: from the end, each change the
	 * string gives anyway is dropped while the zone still answers as the whole file does.
	 */
	static TzDatabase.Zone trimmed(String name, TzFile file) {
		int keep = file.changes.length;
		if (!answersAsFile(file, keep)) {
			throw new IllegalStateException(name + ": java.time's rules do not give what its TZif file says");
		}
		while (keep > 0 && answersAsFile(file, keep - 1)) {
			keep--;
		}
		return file.zone(keep);
	}

	/**
	 * Whether the zone with {@code keep} changes listed answers as the whole file does, its data
	 * then its TZ string, for 50 years past its last change: both have the same changes, and the
	 * same period (and java.time the same offset) at each, the second before it and the moment
	 * between it and the one before.
	 */
	private static boolean answersAsFile(TzFile file, int keep) {
		TzRules rules;
		try {
			rules = file.zone(keep).rules();
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalStateException("Unusable TZ string " + file.after, ex);
		}
		long horizon = file.horizon();
		TreeSet<Long> changes = file.changesUntil(horizon);
		if (!changes.equals(changesUntil(rules, horizon))) {
			return false;
		}
		long previous = Long.MIN_VALUE;
		for (long change : changes) {
			// The moment between two changes too: java.time's rules hold the TZ string's from their
			// last change of offset on, which may be before the last change listed.
			long between = (previous == Long.MIN_VALUE) ? change - 1 : previous + (change - previous) / 2;
			previous = change;
			for (long at : new long[] { between, change - 1, change }) {
				Period expected = file.periodAt(at);
				if (!expected.equals(rules.periodAt(at))
						|| !expected.offset().equals(rules.rules().getOffset(Instant.ofEpochSecond(at)))) {
					return false;
				}
			}
		}
		return file.periodAt(horizon).equals(rules.periodAt(horizon));
	}

	private static TreeSet<Long> changesUntil(TzRules rules, long horizon) {
		TreeSet<Long> changes = new TreeSet<>();
		for (Long change = rules.nextChange(Instant.MIN.getEpochSecond()); change != null && change < horizon; change = rules
			.nextChange(change)) {
			changes.add(change);
		}
		return changes;
	}

	/** A TZif file (RFC 8536) as periods: its 64-bit data and its TZ string. */
	record TzFile(long[] changes, Period[] periods, String after, PosixTzString posix) {

		TzDatabase.Zone zone(int keep) {
			return new TzDatabase.Zone(Arrays.copyOf(this.changes, keep), Arrays.copyOf(this.periods, keep + 1),
					this.after);
		}

		/** Fifty years past the last change listed. */
		long horizon() {
			long last = (this.changes.length > 0) ? this.changes[this.changes.length - 1] : 0;
			return last + 50L * 365 * 86_400;
		}

		/** Every change the file lists, then those of its TZ string, until {@code horizon}. */
		TreeSet<Long> changesUntil(long horizon) {
			TreeSet<Long> changes = new TreeSet<>();
			for (long change : this.changes) {
				changes.add(change);
			}
			long last = (this.changes.length > 0) ? this.changes[this.changes.length - 1] : Long.MIN_VALUE;
			int from = Instant.ofEpochSecond(Math.max(last, 0)).atOffset(ZoneOffset.UTC).getYear() - 1;
			int until = Instant.ofEpochSecond(horizon).atOffset(ZoneOffset.UTC).getYear() + 1;
			for (int year = from; year <= until; year++) {
				for (var rule : this.posix.rules()) {
					long change = rule.createTransition(year).toEpochSecond();
					if (change > last && change < horizon) {
						changes.add(change);
					}
				}
			}
			return changes;
		}

		/** What the file says holds at {@code epochSecond}: its data, then its TZ string. */
		Period periodAt(long epochSecond) {
			int index = Arrays.binarySearch(this.changes, epochSecond);
			index = (index >= 0) ? index + 1 : -index - 1;
			return (index < this.changes.length) ? this.periods[index] : afterLast(epochSecond);
		}

		private Period afterLast(long epochSecond) {
			PosixTzString posix = this.posix;
			if (posix.rules().isEmpty()) {
				return posix.standard();
			}
			// Each year's two changes, straight from the rules: not through ZoneRules, which is what is checked.
			int year = Instant.ofEpochSecond(epochSecond).atOffset(ZoneOffset.UTC).getYear();
			Period holding = null;
			for (int y = year - 1; y <= year + 1; y++) {
				for (var rule : posix.rules()) {
					var change = rule.createTransition(y);
					if (change.toEpochSecond() <= epochSecond) {
						holding = posix.periodWith(change.getOffsetAfter());
					}
				}
			}
			return holding;
		}

		static TzFile read(Path path) throws IOException {
			try (InputStream in = Files.newInputStream(path)) {
				return parse(new DataInputStream(in));
			}
		}

		static TzFile parse(DataInputStream in) throws IOException {
			Header header = Header.read(in);
			if (header.version() < '2') {
				throw new IOException("A TZif file of version 2 or later expected");
			}
			in.skipNBytes(header.dataLength(4));
			header = Header.read(in);
			long[] times = new long[header.timeCount()];
			for (int i = 0; i < times.length; i++) {
				times[i] = in.readLong();
			}
			int[] typeOfChange = new int[times.length];
			for (int i = 0; i < times.length; i++) {
				typeOfChange[i] = in.readUnsignedByte();
			}
			int[] offsets = new int[header.typeCount()];
			boolean[] dst = new boolean[header.typeCount()];
			int[] nameAt = new int[header.typeCount()];
			for (int i = 0; i < offsets.length; i++) {
				offsets[i] = in.readInt();
				dst[i] = in.readUnsignedByte() != 0;
				nameAt[i] = in.readUnsignedByte();
			}
			byte[] chars = in.readNBytes(header.charCount());
			in.skipNBytes(header.leapCount() * 12L + header.isStdCount() + header.isUtCount());
			String after = footer(in.readAllBytes());

			// Period by period: before the first change type 0 holds (RFC 8536, 3.2); a change that
			// alters nothing is no change.
			List<Long> changes = new ArrayList<>();
			List<int[]> types = new ArrayList<>();
			types.add(new int[] { 0 });
			for (int i = 0; i < times.length; i++) {
				int type = typeOfChange[i];
				int last = types.get(types.size() - 1)[0];
				if (offsets[type] != offsets[last] || dst[type] != dst[last]
						|| !name(chars, nameAt[type]).equals(name(chars, nameAt[last]))) {
					changes.add(times[i]);
					types.add(new int[] { type });
				}
			}
			Period[] periods = new Period[types.size()];
			for (int i = 0; i < periods.length; i++) {
				int type = types.get(i)[0];
				int standard = dst[type] ? standardNear(types, i, offsets, dst, after) : offsets[type];
				periods[i] = new Period(ZoneOffset.ofTotalSeconds(offsets[type]), ZoneOffset.ofTotalSeconds(standard),
						dst[type], name(chars, nameAt[type]));
			}
			return new TzFile(changes.stream().mapToLong(Long::longValue).toArray(), periods, after,
					PosixTzString.parse(after));
		}

		/**
		 * The standard offset of a daylight-saving period, which TZif does not record: that of the
		 * nearest standard time before it that differs from its offset, else after it, else the TZ
		 * string's. A daylight-saving period at the offset of the standard time next to it begins
		 * with a change of standard offset (Irkutsk on 1991-03-31: from +08 to +07, daylight saving
		 * from the same moment), so the standard time after it is the one it belongs to.
		 */
		private static int standardNear(List<int[]> types, int index, int[] offsets, boolean[] dst, String after) {
			int offset = offsets[types.get(index)[0]];
			Integer before = standardNext(types, index, -1, offsets, dst);
			if (before != null && before != offset) {
				return before;
			}
			Integer next = standardNext(types, index, 1, offsets, dst);
			if (next != null && next != offset) {
				return next;
			}
			return (before != null) ? before
					: (next != null) ? next : PosixTzString.parse(after).standard().offset().getTotalSeconds();
		}

		/** The offset of the nearest standard time from {@code index} in that direction, or null. */
		private static Integer standardNext(List<int[]> types, int index, int step, int[] offsets, boolean[] dst) {
			for (int i = index + step; i >= 0 && i < types.size(); i += step) {
				if (!dst[types.get(i)[0]]) {
					return offsets[types.get(i)[0]];
				}
			}
			return null;
		}

		private static String footer(byte[] rest) throws IOException {
			String text = new String(rest, StandardCharsets.US_ASCII);
			if (!text.startsWith("\n") || text.indexOf('\n', 1) < 0) {
				throw new IOException("No TZ string after the data");
			}
			String footer = text.substring(1, text.indexOf('\n', 1));
			if (footer.isEmpty()) {
				throw new IOException("An empty TZ string: the rules after the data are unknown");
			}
			return footer;
		}

		private static String name(byte[] chars, int start) {
			int end = start;
			while (end < chars.length && chars[end] != 0) {
				end++;
			}
			return new String(chars, start, end - start, StandardCharsets.US_ASCII);
		}

	}

	record Header(int version, int isUtCount, int isStdCount, int leapCount, int timeCount, int typeCount,
			int charCount) {

		static Header read(DataInputStream in) throws IOException {
			byte[] magic = in.readNBytes(4);
			if (!Arrays.equals(magic, "TZif".getBytes(StandardCharsets.US_ASCII))) {
				throw new IOException("Not a TZif file");
			}
			int version = in.readUnsignedByte();
			in.skipNBytes(15);
			return new Header(version, in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
					in.readInt());
		}

		long dataLength(int timeSize) {
			return (long) this.timeCount * timeSize + this.timeCount + this.typeCount * 6L + this.charCount
					+ this.leapCount * (timeSize + 4L) + this.isStdCount + this.isUtCount;
		}

	}

}
