package se.klockan.tz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.Month;
import java.time.ZoneOffset;
import java.time.zone.ZoneRulesProvider;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class TzDatabaseTests {

	/**
	 * Zones whose history the JDK's compiler tells otherwise: it rewrites negative daylight saving
	 * as positive (Dublin, Windhoek, Morocco, Prague 1946), and takes Reykjavik, Jersey, Guernsey,
	 * Monaco and Atikokan as links, where Debian's package builds them with their own history
	 * (backzone).
	 */
	private static final java.util.Set<String> JDK_TELLS_OTHERWISE = java.util.Set.of("Europe/Dublin",
			"Africa/Windhoek", "Africa/Casablanca", "Africa/El_Aaiun", "Europe/Prague", "Atlantic/Reykjavik",
			"Europe/Jersey", "Europe/Guernsey", "Europe/Monaco", "America/Atikokan");

	/**
	 * The standard offset of a daylight-saving period is the zone line's STDOFF, which TZif does
	 * not record: against the JDK's own tz compiler, which reads the same source, at every
	 * daylight-saving period to 2024 (Irkutsk's summer of 1991: +08 daylight saving on +07
	 * standard; Rarotonga's half-hour summers; Paris's double summer time of 1945).
	 */
	@Test
	void everyDaylightSavingPeriodsStandardOffsetIsItsZoneLines() {
		long until = Instant.parse("2024-01-01T00:00:00Z").getEpochSecond();
		int checked = 0;
		for (Map.Entry<String, TzRules> zone : TzDatabase.shipped().zones().entrySet()) {
			if (JDK_TELLS_OTHERWISE.contains(zone.getKey()) || !java.time.ZoneId.getAvailableZoneIds().contains(zone.getKey())) {
				continue;
			}
			java.time.zone.ZoneRules jdk = java.time.ZoneId.of(zone.getKey()).getRules();
			TzRules rules = zone.getValue();
			for (Long change = rules.nextChange(Instant.parse("1800-01-01T00:00:00Z").getEpochSecond()); change != null && change < until; change = rules
				.nextChange(change)) {
				Period period = rules.periodAt(change);
				Instant at = Instant.ofEpochSecond(change);
				if (period.dst() && jdk.getOffset(at).equals(period.offset())) {
					assertThat(period.standardOffset()).as(zone.getKey() + " at " + at).isEqualTo(jdk.getStandardOffset(at));
					checked++;
				}
			}
		}
		assertThat(checked).isGreaterThan(10_000);
		assertThat(TzDatabase.shipped().rules("Asia/Irkutsk").periodAt(Instant.parse("1991-06-01T00:00:00Z").getEpochSecond()))
			.isEqualTo(new Period(ZoneOffset.ofHours(8), ZoneOffset.ofHours(7), true, "+08"));
	}

	private static final TzDatabase SHIPPED = TzDatabase.shipped();

	@Test
	void theShippedReleaseIsNotOlderThanTheRunningJdks() {
		String jdk = ZoneRulesProvider.getVersions("UTC").lastKey();
		assertThat(TzDatabase.compareReleases(SHIPPED.release(), jdk))
			.as("The app ships tz %s, older than this JDK's %s: run tools/build-tz-table --refresh and commit",
					SHIPPED.release(), jdk)
			.isGreaterThanOrEqualTo(0);
	}

	@Test
	void saysWhatItWasBuiltFrom() {
		assertThat(SHIPPED.release()).matches("20[0-9]{2}[a-z]+");
		assertThat(SHIPPED.metadata()).containsKeys("source", "source.sha256", "licence");
		assertThat(SHIPPED.metadata().get("source")).startsWith("Debian tzdata " + SHIPPED.release() + "-");
	}

	@ParameterizedTest(name = "{0} < {1}")
	@CsvSource({ "2025b, 2026a", "2026a, 2026b", "2026z, 2026aa", "1999z, 2000a" })
	void releasesCompareByYearThenLetters(String older, String newer) {
		assertThat(TzDatabase.compareReleases(older, newer)).isNegative();
		assertThat(TzDatabase.compareReleases(newer, older)).isPositive();
		assertThat(TzDatabase.compareReleases(newer, newer)).isZero();
	}

	/** Each form of the shipped release's TZ strings, and when its first change of 2026 falls. */
	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			CET-1CEST,M3.5.0,M10.5.0/3          | 2026-03-29T01:00:00Z | +01:00 | +02:00
			<-02>2<-01>,M3.5.0/-1,M10.5.0/0     | 2026-03-29T01:00:00Z | -02:00 | -01:00
			EET-2EEST,M3.4.4/50,M10.4.4/50      | 2026-03-28T00:00:00Z | +02:00 | +03:00
			EET-2EEST,M4.5.5/0,M10.5.4/24       | 2026-04-23T22:00:00Z | +02:00 | +03:00
			<-04>4<-03>,M9.1.6/24,M4.1.6/24     | 2026-04-05T03:00:00Z | -03:00 | -04:00
			IST-1GMT0,M10.5.0,M3.5.0/1          | 2026-03-29T01:00:00Z | +00:00 | +01:00
			<+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45 | 2026-04-04T14:00:00Z | +13:45 | +12:45
			NST3:30NDT,M3.2.0,M11.1.0           | 2026-03-08T05:30:00Z | -03:30 | -02:30
			""")
	void readsEveryFormOfTheRelease(String text, String firstChange, String before, String after) {
		PosixTzString posix = PosixTzString.parse(text);
		var change = posix.rules().get(0).createTransition(2026);
		assertThat(change.getInstant()).isEqualTo(Instant.parse(firstChange));
		assertThat(change.getOffsetBefore()).isEqualTo(ZoneOffset.of(before));
		assertThat(change.getOffsetAfter()).isEqualTo(ZoneOffset.of(after));
		assertThat(posix.rules().get(0).getMonth()).isLessThan(posix.rules().get(1).getMonth());
	}

	@Test
	void negativeDaylightSavingIsDaylightSaving() {
		PosixTzString dublin = PosixTzString.parse("IST-1GMT0,M10.5.0,M3.5.0/1");
		assertThat(dublin.standard()).isEqualTo(new Period(ZoneOffset.ofHours(1), ZoneOffset.ofHours(1), false, "IST"));
		assertThat(dublin.daylight()).isEqualTo(new Period(ZoneOffset.UTC, ZoneOffset.ofHours(1), true, "GMT"));
		assertThat(dublin.daylight().dstOffset()).isEqualTo(-3600);
		assertThat(dublin.rules().get(1).getMonth()).isEqualTo(Month.OCTOBER);
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "CE", "CET", "CET-1CEST", "CET-1CEST,M3.5.0", "CET-1CEST,J60,J300",
			"CET-1CEST,M3.5.0,M3.5.0/3", "<+05-5", "CET-1CEST,M3.6.0,M10.5.0", "CET-1CEST,M3.1.0/-1,M10.5.0",
			"CET-1CEST,M3.5.0,M10.5.0/3x", "UTC999" })
	void refusesWhatIsNotATzStringOfTheRelease(String text) {
		assertThatIllegalArgumentException().isThrownBy(() -> PosixTzString.parse(text));
	}

	@Test
	void theTableReadsBackAsWritten() throws IOException {
		Period cet = new Period(ZoneOffset.ofHours(1), ZoneOffset.ofHours(1), false, "CET");
		Period cest = new Period(ZoneOffset.ofHours(2), ZoneOffset.ofHours(1), true, "CEST");
		SortedMap<String, TzDatabase.Zone> zones = new TreeMap<>(
				Map.of("Europe/Test", new TzDatabase.Zone(new long[] { 0, 1000 }, new Period[] { cet, cest, cet },
						"CET-1CEST,M3.5.0,M10.5.0/3")));
		SortedMap<String, String> links = new TreeMap<>(Map.of("Test", "Europe/Test"));
		byte[] bytes = TzDatabase.write(Map.of("release", "2099a"), zones, links);
		assertThat(TzDatabase.write(Map.of("release", "2099a"), zones, links)).isEqualTo(bytes);
		TzDatabase read = TzDatabase.read(new ByteArrayInputStream(bytes));
		assertThat(read.release()).isEqualTo("2099a");
		assertThat(read.rules("Test")).isSameAs(read.rules("Europe/Test"));
		assertThat(read.rules("Test").periodAt(500)).isEqualTo(cest);
		assertThat(read.rules("Test").periodAt(1000)).isEqualTo(cet);
		assertThat(read.rules("Nowhere")).isNull();
	}

}
