package se.klockan.zone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import se.klockan.Skip;
import se.klockan.tz.Period;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every zone's POSIX string, handed to a real C library: glibc (through Python's
 * {@code time.tzset}) must give, for instants over ten years, every offset and abbreviation the
 * shipped tz database gives.
 * <p>
 * Zones whose future POSIX can't express (Palestine's changes around Ramadan,
 * listed one by one for decades) are checked from the instant their string says it is exact,
 * which is past the window: they are named, not silently passed.
 */
class PosixGlibcTests {

	static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

	static final Instant END = START.plusSeconds(10L * 365 * 86_400);

	@TempDir
	Path work;

	@Test
	void glibcGivesTheShippedOffsetsAndNamesForEveryZonesString() throws Exception {
		Map<String, String> strings = new LinkedHashMap<>();
		Map<String, List<Long>> instants = new LinkedHashMap<>();
		List<String> inexpressible = new ArrayList<>();
		for (String id : Zones.all()) {
			Zone zone = Zones.get(id);
			PosixTz posix = PosixTz.of(zone, START);
			assertThat(posix.string()).as(id).matches("[\\x21-\\x7e]+").hasSizeLessThan(64);
			if (posix.exactFrom() != null && posix.exactFrom().isAfter(END)) {
				inexpressible.add(id);
				continue;
			}
			strings.put(id, posix.string());
			instants.put(id, instants(zone.rules().rules(), (posix.exactFrom() != null) ? posix.exactFrom() : START));
		}
		Map<String, List<String>> glibc = glibc(strings, instants);
		int checked = 0;
		for (Map.Entry<String, String> entry : strings.entrySet()) {
			String id = entry.getKey();
			Zone zone = Zones.get(id);
			List<Long> times = instants.get(id);
			List<String> got = glibc.get(id);
			for (int i = 0; i < times.size(); i++) {
				Instant instant = Instant.ofEpochSecond(times.get(i));
				Period period = zone.rules().periodAt(instant.getEpochSecond());
				String[] answer = got.get(i).split("/", 2);
				assertThat(Integer.parseInt(answer[0])).as("%s (%s) at %s", id, entry.getValue(), instant)
					.isEqualTo(period.offset().getTotalSeconds());
				assertThat(answer[1]).as("%s (%s) abbreviation at %s", id, entry.getValue(), instant)
					.isEqualTo(period.abbreviation());
				checked++;
			}
		}
		System.out.printf("PosixGlibcTests: %d zones, %d instants agree in glibc; beyond POSIX until after %s: %s%n",
				strings.size(), checked, END, inexpressible);
		// Palestine's changes around Ramadan, listed year by year in the tz database
		assertThat(inexpressible).containsExactlyInAnyOrder("Asia/Gaza", "Asia/Hebron");
	}

	/** Every third day over the window, and a second and an hour either side of each change. */
	private static List<Long> instants(ZoneRules rules, Instant from) {
		Set<Long> times = new TreeSet<>();
		for (long t = from.getEpochSecond(); t < END.getEpochSecond(); t += 3 * 86_400 + 3_607) {
			times.add(t);
		}
		ZoneOffsetTransition next = rules.nextTransition(from);
		while (next != null && next.getInstant().isBefore(END)) {
			long t = next.getInstant().getEpochSecond();
			for (long delta : new long[] { -3600, -1, 0, 1, 3600 }) {
				times.add(t + delta);
			}
			next = rules.nextTransition(next.getInstant());
		}
		return new ArrayList<>(times);
	}

	/** glibc's {@code localtime} for each zone's string at each instant: {@code offset/abbreviation}. */
	private Map<String, List<String>> glibc(Map<String, String> strings, Map<String, List<Long>> instants)
			throws IOException, InterruptedException {
		Path input = this.work.resolve("zones.tsv");
		StringBuilder lines = new StringBuilder();
		strings.forEach((id, tz) -> lines.append(id)
			.append('\t')
			.append(tz)
			.append('\t')
			.append(String.join(",", instants.get(id).stream().map(String::valueOf).toList()))
			.append('\n'));
		Files.writeString(input, lines);
		Path script = this.work.resolve("localtime.py");
		Files.writeString(script, """
				import os, sys, time
				for line in open(sys.argv[1]):
				    zone, tz, instants = line.rstrip('\\n').split('\\t')
				    os.environ['TZ'] = tz
				    time.tzset()
				    answers = []
				    for t in instants.split(','):
				        local = time.localtime(int(t))
				        answers.append('%d/%s' % (local.tm_gmtoff, local.tm_zone))
				    print(zone + '\\t' + ','.join(answers))
				""");
		Path output = this.work.resolve("answers.tsv");
		Process python;
		try {
			python = new ProcessBuilder("python3", script.toString(), input.toString()).redirectOutput(output.toFile())
				.redirectError(ProcessBuilder.Redirect.INHERIT)
				.start();
		}
		catch (IOException ex) {
			Skip.because("PosixGlibcTests skipped: no python3 here to call glibc with. To run them: apt-get install python3");
			throw ex;
		}
		assertThat(python.waitFor(120, TimeUnit.SECONDS)).as("python3 finished").isTrue();
		assertThat(python.exitValue()).as("python3's exit").isZero();
		Map<String, List<String>> answers = new LinkedHashMap<>();
		for (String line : Files.readAllLines(output)) {
			String[] fields = line.split("\t");
			answers.put(fields[0], List.of(fields[1].split(",")));
		}
		assertThat(answers.keySet()).containsExactlyElementsOf(strings.keySet());
		return answers;
	}

}
