package se.klockan.zone;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.klockan.Skip;
import se.klockan.tz.TzDatabase;
import se.klockan.tz.TzRelease;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Answers at any instant against oracles that aren't java.time, on the shipped release's own
 * compiled files: glibc's {@code zdump} lists every change of every zone, Python's
 * {@code zoneinfo} gives the time at an instant, and Temporal's disambiguation written over
 * {@code zoneinfo} ({@code src/test/oracle/zoneinfo_oracle.py}) the instant of a wall-clock time.
 * The generated instants come from a fixed seed; {@code -Doracle.instants=1000000} runs more
 * ({@code docs/time-at-any-instant.md}).
 */
class AnyInstantOracleTests {

	private static final long SEED = 20271207;

	private static final int INSTANTS = Integer.getInteger("oracle.instants", 20_000);

	private static final long FROM_1900 = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();

	private static final long FROM_1970 = 0;

	private static final long TO_2100 = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

	private static final String CLIENT = "192.0.2.1";

	private static Path zoneinfo;

	/** Each zone's and link's changes from 1800 to 2200 as zdump lists them, and what held before the first. */
	private static Map<String, List<Change>> changes;

	@TempDir
	Path work;

	/**
	 * What holds from {@code at} on, as zdump says it.
	 *
	 * @param at when, in epoch seconds (the start of time for what held before any change)
	 * @param offset the offset from UTC, in seconds
	 * @param dst zdump's {@code isdst}
	 * @param abbreviation zdump's abbreviation
	 */
	record Change(long at, int offset, boolean dst, String abbreviation) {
	}

	@BeforeAll
	static void readTheRelease(@TempDir Path work) throws Exception {
		zoneinfo = TzRelease.zoneinfo("AnyInstantOracleTests");
		Skip.unlessOnPath("AnyInstantOracleTests", "python3 libc-bin", "python3", "zdump");
		List<String> command = new ArrayList<>(List.of("env", "TZDIR=" + zoneinfo, "zdump", "-v", "-c", "1800,2200"));
		command.addAll(TzRelease.names());
		Path listed = work.resolve("zdump.txt");
		TzRelease.run(listed, command.toArray(String[]::new));
		changes = zdump(Files.readAllLines(listed));
	}

	/**
	 * zdump's lines: for each change, the second before it and the second it happens, as
	 * {@code Europe/Stockholm  Sun Mar 28 01:00:00 2027 UT = Sun Mar 28 03:00:00 2027 CEST isdst=1 gmtoff=7200}.
	 */
	private static Map<String, List<Change>> zdump(List<String> lines) {
		DateTimeFormatter ut = DateTimeFormatter.ofPattern("MMM d HH:mm:ss uuuu", Locale.ROOT);
		Map<String, List<Change>> changes = new HashMap<>();
		String[] before = null;
		for (String line : lines) {
			String[] fields = line.trim().split("\\s+");
			if (fields.length != 16) {
				before = null;
				continue;
			}
			List<Change> zone = changes.computeIfAbsent(fields[0], (name) -> new ArrayList<>());
			long at = LocalDateTime.parse(fields[2] + " " + fields[3] + " " + fields[4] + " " + fields[5], ut)
				.toEpochSecond(ZoneOffset.UTC);
			if (before == null) {
				if (zone.isEmpty()) {
					zone.add(change(Long.MIN_VALUE, fields));
				}
				before = fields;
			}
			else {
				zone.add(change(at, fields));
				before = null;
			}
		}
		return changes;
	}

	private static Change change(long at, String[] fields) {
		return new Change(at, Integer.parseInt(fields[15].substring("gmtoff=".length())), fields[14].equals("isdst=1"),
				fields[13]);
	}

	@Test
	void everyZonesChangesOfOffsetFrom1970To2100AreZdumps() {
		int listed = 0;
		for (String name : TzRelease.names()) {
			List<String> expected = new ArrayList<>();
			List<Change> zone = changes.getOrDefault(name, List.of());
			for (int i = 1; i < zone.size(); i++) {
				Change change = zone.get(i);
				if (change.at() >= FROM_1970 && change.at() < TO_2100 && change.offset() != zone.get(i - 1).offset()) {
					expected.add(change.at() + " " + offset(zone.get(i - 1).offset()) + " " + offset(change.offset()) + " "
							+ change.dst() + " " + change.abbreviation());
				}
			}
			List<String> ours = Zones.get(name)
				.transitions(Instant.ofEpochSecond(FROM_1970), Instant.ofEpochSecond(TO_2100), 100_000)
				.stream()
				.map((t) -> t.unixtime() + " " + t.utcOffsetBefore() + " " + t.utcOffsetAfter() + " " + t.dst() + " "
						+ t.abbreviation())
				.toList();
			assertThat(ours).as(name).containsExactlyElementsOf(expected);
			listed += ours.size();
		}
		System.out.printf("AnyInstantOracleTests: %,d changes of offset from 1970 to 2100 in %d zones and links, as "
				+ "zdump lists them%n", listed, TzRelease.names().size());
	}

	@Test
	void everyFieldAtGeneratedInstantsFrom1900To2100IsZoneinfos() throws Exception {
		Random random = new Random(SEED);
		List<String> names = TzRelease.names();
		List<WorldTime> ours = new ArrayList<>();
		List<Change> holding = new ArrayList<>();
		Path cases = this.work.resolve("instants.tsv");
		try (BufferedWriter out = Files.newBufferedWriter(cases)) {
			for (int i = 0; i < INSTANTS; i++) {
				String name = names.get(random.nextInt(names.size()));
				List<Change> zone = changes.getOrDefault(name, List.of());
				long second = (i % 2 == 0 || zone.size() < 2) ? FROM_1900 + (long) (random.nextDouble() * (TO_2100 - FROM_1900))
						: nearAChange(zone, random);
				int micros = (random.nextInt(4) == 0) ? 0 : random.nextInt(1_000_000);
				Instant instant = TimeArguments.instant(written(second, micros, random));
				assertThat(instant).isEqualTo(Instant.ofEpochSecond(second, micros * 1000L));
				ours.add(WorldTimes.at(instant, Zones.get(name), CLIENT));
				holding.add(holding(zone, second));
				out.write("I\t" + name + "\t" + second + "\t" + micros + "\n");
			}
		}
		List<String> oracle = python(cases);
		Map<String, Integer> wrong = new TreeMap<>();
		List<String> shown = new ArrayList<>();
		int agreed = 0;
		int since1970 = 0;
		int agreedSince1970 = 0;
		for (int i = 0; i < ours.size(); i++) {
			WorldTime time = ours.get(i);
			String[] fields = oracle.get(i).split("\t");
			int offset = Integer.parseInt(fields[0]);
			int dstSeconds = Integer.parseInt(fields[1]);
			Map<String, String> expected = new TreeMap<>();
			expected.put("utc_offset", offset(offset));
			expected.put("dst_offset", fields[1]);
			expected.put("raw_offset", Integer.toString(offset - dstSeconds));
			expected.put("dst", Boolean.toString(dstSeconds != 0));
			expected.put("abbreviation", fields[2]);
			expected.put("datetime", fields[3]);
			expected.put("day_of_week", fields[4]);
			expected.put("day_of_year", fields[5]);
			expected.put("week_number", fields[6]);
			Map<String, String> actual = new TreeMap<>();
			actual.put("utc_offset", time.utcOffset());
			actual.put("dst_offset", Integer.toString(time.dstOffset()));
			actual.put("raw_offset", Integer.toString(time.rawOffset()));
			actual.put("dst", Boolean.toString(time.dst()));
			actual.put("abbreviation", time.abbreviation());
			actual.put("datetime", time.datetime());
			actual.put("day_of_week", Integer.toString(time.dayOfWeek()));
			actual.put("day_of_year", Integer.toString(time.dayOfYear()));
			actual.put("week_number", Integer.toString(time.weekNumber()));
			Change change = holding.get(i);
			boolean same = true;
			for (String field : expected.keySet()) {
				if (!expected.get(field).equals(actual.get(field))) {
					same = false;
					wrong.merge(field, 1, Integer::sum);
					if (shown.size() < 20) {
						shown.add(time.timezone() + " " + time.utcDatetime() + " " + field + ": ours " + actual.get(field)
								+ ", zoneinfo " + expected.get(field));
					}
				}
			}
			if (change != null && (change.dst() != time.dst() || change.offset() != offset)) {
				same = false;
				wrong.merge("zdump", 1, Integer::sum);
			}
			agreed += same ? 1 : 0;
			if (time.unixtime() >= FROM_1970) {
				since1970++;
				agreedSince1970 += same ? 1 : 0;
			}
		}
		System.out.printf("AnyInstantOracleTests: %,d of %,d generated instants from 1900 to 2100 (seed %d) agree with "
				+ "zoneinfo in every field (from 1970: %,d of %,d); differences by field: %s%n", agreed, ours.size(), SEED,
				agreedSince1970, since1970, wrong);
		shown.forEach(System.out::println);
		// TZif files carry no standard offset: ours is the zone line's STDOFF (TzDatabaseTests checks
		// it against the JDK's compiler), zoneinfo guesses it once per kind of period, and guesses
		// wrong in a few historical ones (docs/time-at-any-instant.md). All else is exact.
		assertThat(wrong.keySet()).isSubsetOf("dst_offset", "raw_offset");
		assertThat(wrong.getOrDefault("dst_offset", 0)).as("instants whose dst_offset differs")
			.isLessThanOrEqualTo(ours.size() / 200);
	}

	@Test
	void everyGapAndOverlapFrom1970To2100ResolvesAsTemporalOverZoneinfo() throws Exception {
		List<String> ours = new ArrayList<>();
		List<String> asked = new ArrayList<>();
		Path cases = this.work.resolve("local-times.tsv");
		int gaps = 0;
		int overlaps = 0;
		try (BufferedWriter out = Files.newBufferedWriter(cases)) {
			for (String name : TzDatabase.shipped().zones().keySet()) {
				List<Change> zone = changes.getOrDefault(name, List.of());
				for (int i = 1; i < zone.size(); i++) {
					Change change = zone.get(i);
					int before = zone.get(i - 1).offset();
					if (change.at() < FROM_1970 || change.at() >= TO_2100 || change.offset() == before) {
						continue;
					}
					gaps += (change.offset() > before) ? 1 : 0;
					overlaps += (change.offset() < before) ? 1 : 0;
					// The wall-clock times it skips or repeats: the first, the middle one and the last second.
					long first = change.at() + Math.min(before, change.offset());
					long last = change.at() + Math.max(before, change.offset()) - 1;
					for (long local : new long[] { first, (first + last) / 2, last, last + 1 }) {
						LocalDateTime wall = LocalDateTime.ofEpochSecond(local, 0, ZoneOffset.UTC);
						for (Disambiguation option : Disambiguation.values()) {
							String lower = option.name().toLowerCase(Locale.ROOT);
							out.write("C\t" + name + "\t" + wall + "\t" + lower + "\n");
							asked.add(name + " " + wall + " " + lower);
							ours.add(resolved(Zones.get(name), wall, option));
						}
					}
				}
			}
		}
		List<String> oracle = python(cases);
		assertThat(oracle).hasSameSizeAs(ours);
		List<String> different = new ArrayList<>();
		for (int i = 0; i < ours.size(); i++) {
			if (!ours.get(i).equals(oracle.get(i))) {
				different.add(asked.get(i) + ": ours " + ours.get(i) + " | oracle " + oracle.get(i));
			}
		}
		System.out.printf("AnyInstantOracleTests: %,d gaps and %,d overlaps from 1970 to 2100, %,d wall-clock times "
				+ "with each disambiguation, as Temporal resolves them over zoneinfo%n", gaps, overlaps, ours.size());
		assertThat(different).as("differences").isEmpty();
	}

	private static String resolved(Zone zone, LocalDateTime wall, Disambiguation option) {
		try {
			LocalTimes.Resolved resolved = LocalTimes.resolve(zone, wall, option);
			Instant instant = resolved.instant();
			return resolved.resolution().name().toLowerCase(Locale.ROOT) + "\t" + instant.getEpochSecond() + "\t"
					+ instant.getNano() / 1000;
		}
		catch (InvalidTimeException ex) {
			return "reject\t" + (ex.detail().contains("never happens") ? "gap" : "overlap");
		}
	}

	/** A second within an hour of one of the zone's changes from 1900 to 2100, often the change's own or the one before. */
	private static long nearAChange(List<Change> zone, Random random) {
		List<Change> within = zone.stream().filter((c) -> c.at() >= FROM_1900 && c.at() < TO_2100).toList();
		if (within.isEmpty()) {
			return FROM_1900 + (long) (random.nextDouble() * (TO_2100 - FROM_1900));
		}
		long at = within.get(random.nextInt(within.size())).at();
		return switch (random.nextInt(4)) {
			case 0 -> at;
			case 1 -> at - 1;
			default -> at + random.nextInt(7200) - 3600;
		};
	}

	/** What zdump says holds at {@code second}; null for a zone it lists no change of. */
	private static Change holding(List<Change> zone, long second) {
		Change holding = null;
		for (Change change : zone) {
			if (change.at() > second) {
				break;
			}
			holding = change;
		}
		return holding;
	}

	/** The instant as a client may write it: Unix seconds, or RFC 3339 at some offset. */
	private static String written(long second, int micros, Random random) {
		if (random.nextBoolean()) {
			Instant instant = Instant.ofEpochSecond(second, micros * 1000L);
			ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(26 * 4 + 1) - 12 * 4) * 900);
			return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(instant.atOffset(offset));
		}
		if (micros == 0) {
			return Long.toString(second);
		}
		// -1.25 is a quarter of a second before -1: 1.75 seconds before the epoch.
		long whole = (second < 0 && micros > 0) ? second + 1 : second;
		int fraction = (second < 0 && micros > 0) ? 1_000_000 - micros : micros;
		return ((second < 0) ? "-" : "") + Math.abs(whole) + "." + String.format("%06d", fraction);
	}

	private static String offset(int seconds) {
		return WorldTimes.utcOffset(ZoneOffset.ofTotalSeconds(seconds));
	}

	private List<String> python(Path cases) throws IOException, InterruptedException {
		Path answers = this.work.resolve(cases.getFileName() + ".answers");
		TzRelease.run(answers, "python3", Path.of("src/test/oracle/zoneinfo_oracle.py").toString(),
				zoneinfo.toString(), cases.toString());
		return Files.readAllLines(answers);
	}

}
