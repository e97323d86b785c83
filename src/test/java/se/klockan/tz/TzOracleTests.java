package se.klockan.tz;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.klockan.Skip;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped table against the release's own compiled files, read by another implementation:
 * Python's {@code zoneinfo} on the TZif files of the Debian package {@code tools/build-tz-table}
 * built it from. Every zone and link, at every change from 1970 to 2037 and the second before
 * it, every ten days between, and now: the same offset, daylight-saving flag and abbreviation.
 */
class TzOracleTests {

	private static final long FROM = Instant.parse("1970-01-01T00:00:00Z").getEpochSecond();

	private static final long UNTIL = Instant.parse("2038-01-01T00:00:00Z").getEpochSecond();

	/** Ten days and an odd hour and second, so the grid drifts through the hours of the day. */
	private static final long STEP = 10 * 86_400 + 3_601;

	private static final TzDatabase SHIPPED = TzDatabase.shipped();

	private static Path zoneinfo;

	@TempDir
	Path work;

	@BeforeAll
	static void findTheRelease() {
		zoneinfo = TzRelease.zoneinfo("TzOracleTests");
	}

	@Test
	void theTableIsTheRelease() throws IOException {
		String release = Files.readAllLines(zoneinfo.resolve("tzdata.zi")).get(0).replace("# version ", "");
		assertThat(SHIPPED.release()).isEqualTo(release);
		List<String> names = new ArrayList<>();
		for (String line : Files.readAllLines(zoneinfo.resolve("tzdata.zi"))) {
			String[] fields = line.split(" ");
			if (fields[0].equals("Z") && !fields[1].equals("Factory")) {
				names.add(fields[1]);
			}
			else if (fields[0].equals("L")) {
				names.add(fields[2]);
				assertThat(SHIPPED.links()).containsEntry(fields[2], fields[1]);
			}
		}
		List<String> shipped = new ArrayList<>(SHIPPED.zones().keySet());
		shipped.addAll(SHIPPED.links().keySet());
		assertThat(shipped).containsExactlyInAnyOrderElementsOf(names);
	}

	@Test
	void everyZonesTzStringIsTheOneItsFileEndsWith() throws IOException {
		for (Map.Entry<String, TzRules> zone : SHIPPED.zones().entrySet()) {
			String file = new String(Files.readAllBytes(zoneinfo.resolve(zone.getKey())), StandardCharsets.ISO_8859_1);
			String footer = file.substring(file.lastIndexOf('\n', file.length() - 2) + 1, file.length() - 1);
			assertThat(zone.getValue().after().text()).as(zone.getKey()).isEqualTo(footer);
		}
	}

	@Test
	void everyZoneHasTheFilesOffsetsFlagsAndAbbreviationsFrom1970To2037() throws Exception {
		Path cases = this.work.resolve("cases.tsv");
		List<String> expected = new ArrayList<>();
		long now = Instant.now().getEpochSecond();
		try (BufferedWriter out = Files.newBufferedWriter(cases)) {
			for (String name : names()) {
				TzRules rules = SHIPPED.rules(name);
				TreeSet<Long> instants = new TreeSet<>();
				for (long at = FROM; at < UNTIL; at += STEP) {
					instants.add(at);
				}
				for (Long change = rules.nextChange(FROM - 1); change != null && change < UNTIL; change = rules
					.nextChange(change)) {
					instants.add(change - 1);
					instants.add(change);
				}
				instants.add(now);
				for (long at : instants) {
					Period period = rules.periodAt(at);
					out.write(name + "\t" + at + "\n");
					expected.add(name + "\t" + at + "\t" + period.offset().getTotalSeconds() + "\t"
							+ (period.dst() ? 1 : 0) + "\t" + period.abbreviation());
				}
			}
		}
		List<String> oracle = zoneinfo(cases);
		assertThat(oracle).hasSameSizeAs(expected);
		List<String> different = new ArrayList<>();
		for (int i = 0; i < expected.size(); i++) {
			if (!expected.get(i).equals(oracle.get(i)) && different.size() < 20) {
				different.add("ours " + expected.get(i) + " | zoneinfo " + oracle.get(i));
			}
		}
		System.out.printf("TzOracleTests: %d instants in %d zones and links agree with Python's zoneinfo on tz %s%n",
				expected.size() - different.size(), names().size(), SHIPPED.release());
		assertThat(different).isEmpty();
	}

	private static List<String> names() {
		return TzRelease.names();
	}

	/** Python's answers for {@code zone<TAB>epoch second} lines, in the same form as ours. */
	private List<String> zoneinfo(Path cases) throws IOException, InterruptedException {
		Skip.unlessOnPath("TzOracleTests", "python3", "python3");
		Path script = this.work.resolve("oracle.py");
		Files.writeString(script, """
				import sys, zoneinfo
				from datetime import datetime, timedelta
				zoneinfo.reset_tzpath([sys.argv[1]])
				zones = {}
				out = sys.stdout
				for line in open(sys.argv[2]):
				    name, at = line.split('\\t')
				    zone = zones.get(name) or zones.setdefault(name, zoneinfo.ZoneInfo(name))
				    local = datetime.fromtimestamp(int(at), zone)
				    dst = 1 if local.dst() != timedelta(0) else 0
				    out.write('%s\\t%d\\t%d\\t%d\\t%s\\n' % (name, int(at), local.utcoffset().total_seconds(), dst, local.tzname()))
				""");
		Path answers = this.work.resolve("answers.tsv");
		TzRelease.run(answers, "python3", script.toString(), zoneinfo.toString(), cases.toString());
		return Files.readAllLines(answers);
	}

}
