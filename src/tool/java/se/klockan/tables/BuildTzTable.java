package se.klockan.tables;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
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
 * period: offset, daylight-saving flag and abbreviation; the standard offset of a daylight-saving
 * period, which TZif does not record, comes from the zone's lines in {@code tzdata.zi} (their
 * STDOFF and UNTIL, {@link ZoneLine}). Changes that the file's TZ string
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
		Map<String, List<ZoneLine>> zoneLines = ZoneLine.read(lines);
		for (String line : lines) {
			String[] fields = line.split(" ");
			if (fields[0].equals("Z") && !fields[1].equals(FACTORY)) {
				TzFile file = TzFile.read(zoneinfo.resolve(fields[1])).withStandardOffsets(fields[1],
						zoneLines.get(fields[1]));
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

		/**
		 * The same periods, each daylight-saving one with the standard offset of the zone line in
		 * effect as it begins. Checked: every standard-time period's offset is its line's, and
		 * every daylight-saving period's differs from it, or the lines were read wrong.
		 */
		TzFile withStandardOffsets(String name, List<ZoneLine> lines) {
			long[] ends = new long[lines.size()];
			for (int k = 0; k < ends.length; k++) {
				ends[k] = lines.get(k).end(this);
			}
			Period[] periods = new Period[this.periods.length];
			int line = 0;
			for (int p = 0; p < periods.length; p++) {
				long start = (p == 0) ? Long.MIN_VALUE : this.changes[p - 1];
				while (line < ends.length - 1 && ends[line] <= start) {
					line++;
				}
				Period period = this.periods[p];
				int standard = lines.get(line).standard();
				int offset = period.offset().getTotalSeconds();
				if (period.dst() ? offset == standard : offset != standard) {
					throw new IllegalStateException(name + ": the period from " + start + " (" + period
							+ ") does not fit its zone line's standard offset " + standard);
				}
				periods[p] = new Period(period.offset(), ZoneOffset.ofTotalSeconds(standard), period.dst(),
						period.abbreviation());
			}
			return new TzFile(this.changes, periods, this.after, this.posix);
		}

		/** The change at which the wall clock reads {@code local} just before it, or null. */
		Long changeAtWall(long local) {
			int from = Arrays.binarySearch(this.changes, local - 2 * 86_400);
			from = (from >= 0) ? from : -from - 1;
			for (int i = from; i < this.changes.length && this.changes[i] <= local + 2 * 86_400; i++) {
				if (this.changes[i] + periodAt(this.changes[i] - 1).offset().getTotalSeconds() == local) {
					return this.changes[i];
				}
			}
			return null;
		}

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
			// The standard offset of each daylight-saving period is the zone line's (withStandardOffsets).
			Period[] periods = new Period[types.size()];
			for (int i = 0; i < periods.length; i++) {
				int type = types.get(i)[0];
				periods[i] = new Period(ZoneOffset.ofTotalSeconds(offsets[type]), ZoneOffset.ofTotalSeconds(offsets[type]),
						dst[type], name(chars, nameAt[type]));
			}
			return new TzFile(changes.stream().mapToLong(Long::longValue).toArray(), periods, after,
					PosixTzString.parse(after));
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

	/**
	 * One line of a zone in the release's source, {@code tzdata.zi}: its standard offset (STDOFF)
	 * and when it ends (UNTIL), as zic reads them (zic.8). A continuation line is a zone line too.
	 *
	 * @param standard STDOFF, in seconds
	 * @param until UNTIL's date and time read as if UTC, in seconds; {@link Long#MAX_VALUE} for the last line
	 * @param clock what UNTIL's time is: {@code w} the wall clock, {@code s} standard time, {@code u} UT
	 */
	record ZoneLine(int standard, long until, char clock) {

		private static final String[] MONTHS = Arrays.stream(Month.values())
			.map((m) -> m.name().toLowerCase(Locale.ROOT))
			.toArray(String[]::new);

		private static final String[] DAYS = Arrays.stream(DayOfWeek.values())
			.map((d) -> d.name().toLowerCase(Locale.ROOT))
			.toArray(String[]::new);

		/** Every zone's lines, by name. */
		static Map<String, List<ZoneLine>> read(List<String> lines) {
			Map<String, List<ZoneLine>> zones = new HashMap<>();
			List<ZoneLine> zone = null;
			for (String line : lines) {
				String[] fields = line.split(" ");
				if (fields[0].equals("Z")) {
					zone = new ArrayList<>();
					zones.put(fields[1], zone);
					zone.add(of(fields, 2));
				}
				else if (zone != null && !line.isEmpty() && !fields[0].equals("R") && !fields[0].equals("L")
						&& !fields[0].startsWith("#")) {
					zone.add(of(fields, 0));
				}
				else {
					zone = null;
				}
			}
			return zones;
		}

		/** {@code STDOFF RULES FORMAT [UNTIL]} from {@code fields[at]} on. */
		private static ZoneLine of(String[] fields, int at) {
			int standard = seconds(fields[at]);
			if (fields.length <= at + 3) {
				return new ZoneLine(standard, Long.MAX_VALUE, 'u');
			}
			int year = Integer.parseInt(fields[at + 3]);
			int month = (fields.length > at + 4) ? 1 + find(MONTHS, fields[at + 4]) : 1;
			LocalDate date = day(year, month, (fields.length > at + 5) ? fields[at + 5] : "1");
			String time = (fields.length > at + 6) ? fields[at + 6] : "0";
			char clock = 'w';
			char last = Character.toLowerCase(time.charAt(time.length() - 1));
			if ("wsugz".indexOf(last) >= 0) {
				clock = (last == 'g' || last == 'z') ? 'u' : last;
				time = time.substring(0, time.length() - 1);
			}
			return new ZoneLine(standard, date.toEpochDay() * 86_400 + seconds(time), clock);
		}

		/** {@code 9}, {@code lastSun}, {@code Sun>=8}, {@code Sun<=25}. */
		private static LocalDate day(int year, int month, String day) {
			LocalDate first = LocalDate.of(year, month, 1);
			if (day.startsWith("last")) {
				return first.with(TemporalAdjusters.lastInMonth(weekday(day.substring(4))));
			}
			int on = Math.max(day.indexOf(">="), day.indexOf("<="));
			if (on < 0) {
				return first.withDayOfMonth(Integer.parseInt(day));
			}
			LocalDate from = first.withDayOfMonth(Integer.parseInt(day.substring(on + 2)));
			DayOfWeek weekday = weekday(day.substring(0, on));
			return (day.charAt(on) == '>') ? from.with(TemporalAdjusters.nextOrSame(weekday))
					: from.with(TemporalAdjusters.previousOrSame(weekday));
		}

		private static DayOfWeek weekday(String name) {
			return DayOfWeek.values()[find(DAYS, name)];
		}

		/** The one name that starts with {@code abbreviation}, in any case. */
		private static int find(String[] names, String abbreviation) {
			String prefix = abbreviation.toLowerCase(Locale.ROOT);
			int found = -1;
			for (int i = 0; i < names.length; i++) {
				if (names[i].startsWith(prefix)) {
					if (found >= 0) {
						throw new IllegalArgumentException("Ambiguous: " + abbreviation);
					}
					found = i;
				}
			}
			if (found < 0) {
				throw new IllegalArgumentException("Unknown: " + abbreviation);
			}
			return found;
		}

		/** {@code [-]h[:mm[:ss]]} in seconds. */
		private static int seconds(String text) {
			boolean negative = text.startsWith("-");
			String[] parts = (negative ? text.substring(1) : text).split(":");
			int seconds = 0;
			for (int i = 0; i < 3; i++) {
				seconds = seconds * 60 + ((i < parts.length && !parts[i].isEmpty()) ? Integer.parseInt(parts[i]) : 0);
			}
			return negative ? -seconds : seconds;
		}

		/**
		 * When the line ends, in epoch seconds: UNTIL in UT, or less the standard offset, or for the
		 * wall clock at the change whose wall time just before it reads UNTIL (the file's own);
		 * where no change is there (nothing visible changed), less the offset a day before.
		 */
		long end(TzFile file) {
			return switch (this.clock) {
				case 'u' -> this.until;
				case 's' -> this.until - this.standard;
				default -> {
					if (this.until == Long.MAX_VALUE) {
						yield Long.MAX_VALUE;
					}
					Long change = file.changeAtWall(this.until);
					yield (change != null) ? change
							: this.until - file.periodAt(this.until - this.standard - 86_400).offset().getTotalSeconds();
				}
			};
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
