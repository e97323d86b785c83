package se.klockan.zone;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Random;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class WorldTimesTests {

	private static WorldTime at(String instant, String zone) {
		return WorldTimes.at(Instant.parse(instant), Zones.get(zone), "192.0.2.1");
	}

	@ParameterizedTest(name = "{1} at {0}")
	@CsvSource(delimiter = '|', nullValues = "null", textBlock = """
			# instant (UTC)      | zone                | datetime                         | abbr | dst   | dst_offset | raw_offset | dst_from                  | dst_until
			2026-03-29T00:59:59Z | Europe/Stockholm    | 2026-03-29T01:59:59.000000+01:00 | CET  | false | 0          | 3600       | null                      | null
			2026-03-29T01:00:00Z | Europe/Stockholm    | 2026-03-29T03:00:00.000000+02:00 | CEST | true  | 3600       | 3600       | 2026-03-29T01:00:00+00:00 | 2026-10-25T01:00:00+00:00
			2026-10-25T00:59:59Z | Europe/Stockholm    | 2026-10-25T02:59:59.000000+02:00 | CEST | true  | 3600       | 3600       | 2026-03-29T01:00:00+00:00 | 2026-10-25T01:00:00+00:00
			2026-10-25T01:00:00Z | Europe/Stockholm    | 2026-10-25T02:00:00.000000+01:00 | CET  | false | 0          | 3600       | null                      | null
			2026-03-08T06:59:59Z | America/New_York    | 2026-03-08T01:59:59.000000-05:00 | EST  | false | 0          | -18000     | null                      | null
			2026-03-08T07:00:00Z | America/New_York    | 2026-03-08T03:00:00.000000-04:00 | EDT  | true  | 3600       | -18000     | 2026-03-08T07:00:00+00:00 | 2026-11-01T06:00:00+00:00
			2026-11-01T05:59:59Z | America/New_York    | 2026-11-01T01:59:59.000000-04:00 | EDT  | true  | 3600       | -18000     | 2026-03-08T07:00:00+00:00 | 2026-11-01T06:00:00+00:00
			2026-11-01T06:00:00Z | America/New_York    | 2026-11-01T01:00:00.000000-05:00 | EST  | false | 0          | -18000     | null                      | null
			2026-10-03T15:59:59Z | Australia/Sydney    | 2026-10-04T01:59:59.000000+10:00 | AEST | false | 0          | 36000      | null                      | null
			2026-10-03T16:00:00Z | Australia/Sydney    | 2026-10-04T03:00:00.000000+11:00 | AEDT | true  | 3600       | 36000      | 2026-10-03T16:00:00+00:00 | 2027-04-03T16:00:00+00:00
			2026-04-04T15:59:59Z | Australia/Sydney    | 2026-04-05T02:59:59.000000+11:00 | AEDT | true  | 3600       | 36000      | 2025-10-04T16:00:00+00:00 | 2026-04-04T16:00:00+00:00
			2026-04-04T16:00:00Z | Australia/Sydney    | 2026-04-05T02:00:00.000000+10:00 | AEST | false | 0          | 36000      | null                      | null
			2026-10-03T15:29:59Z | Australia/Lord_Howe | 2026-10-04T01:59:59.000000+10:30 | +1030| false | 0          | 37800      | null                      | null
			2026-10-03T15:30:00Z | Australia/Lord_Howe | 2026-10-04T02:30:00.000000+11:00 | +11  | true  | 1800       | 37800      | 2026-10-03T15:30:00+00:00 | 2027-04-03T15:00:00+00:00
			2026-04-04T14:59:59Z | Australia/Lord_Howe | 2026-04-05T01:59:59.000000+11:00 | +11  | true  | 1800       | 37800      | 2025-10-04T15:30:00+00:00 | 2026-04-04T15:00:00+00:00
			2026-04-04T15:00:00Z | Australia/Lord_Howe | 2026-04-05T01:30:00.000000+10:30 | +1030| false | 0          | 37800      | null                      | null
			2026-11-25T12:00:00Z | Asia/Kathmandu      | 2026-11-25T17:45:00.000000+05:45 | +0545| false | 0          | 20700      | null                      | null
			2026-12-07T05:00:00Z | America/Vancouver   | 2026-12-06T22:00:00.000000-07:00 | MST  | false | 0          | -25200     | null                      | null
			2026-06-01T12:00:00Z | America/Vancouver   | 2026-06-01T05:00:00.000000-07:00 | PDT  | true  | 3600       | -28800     | 2026-03-08T10:00:00+00:00 | 2026-11-01T09:00:00+00:00
			2026-12-07T12:00:00Z | Europe/Dublin       | 2026-12-07T12:00:00.000000+00:00 | GMT  | true  | -3600      | 3600       | 2026-10-25T01:00:00+00:00 | 2027-03-28T01:00:00+00:00
			2026-07-01T12:00:00Z | Europe/Dublin       | 2026-07-01T13:00:00.000000+01:00 | IST  | false | 0          | 3600       | null                      | null
			2026-12-07T12:00:00Z | Africa/Windhoek     | 2026-12-07T14:00:00.000000+02:00 | CAT  | false | 0          | 7200       | null                      | null
			2026-03-01T12:00:00Z | Africa/Casablanca   | 2026-03-01T12:00:00.000000+00:00 | +00  | true  | -3600      | 3600       | 2026-02-15T02:00:00+00:00 | 2026-03-22T02:00:00+00:00
			2026-06-01T12:00:00Z | Africa/Casablanca   | 2026-06-01T13:00:00.000000+01:00 | +01  | false | 0          | 3600       | null                      | null
			2026-12-07T12:00:00Z | Africa/Casablanca   | 2026-12-07T12:00:00.000000+00:00 | +00  | false | 0          | 0          | null                      | null
			2026-03-29T00:59:59Z | Europe/Chisinau     | 2026-03-29T02:59:59.000000+02:00 | EET  | false | 0          | 7200       | null                      | null
			2026-03-29T01:00:00Z | Europe/Chisinau     | 2026-03-29T04:00:00.000000+03:00 | EEST | true  | 3600       | 7200       | 2026-03-29T01:00:00+00:00 | 2026-10-25T01:00:00+00:00
			2026-12-07T12:00:00Z | America/Havana      | 2026-12-07T08:00:00.000000-04:00 | CDT  | true  | 3600       | -18000     | 2026-03-08T05:00:00+00:00 | 2027-11-07T05:00:00+00:00
			1944-07-01T12:00:00Z | Europe/London       | 1944-07-01T14:00:00.000000+02:00 | BDST | true  | 7200       | 0          | 1940-02-25T02:00:00+00:00 | 1945-10-07T02:00:00+00:00
			2026-11-25T12:00:00Z | Etc/GMT+5           | 2026-11-25T07:00:00.000000-05:00 | -05  | false | 0          | -18000     | null                      | null
			""")
	void offsetsAndDaylightSavingFollowTheTzDatabase(String instant, String zone, String datetime,
			String abbreviation, boolean dst, int dstOffset, int rawOffset, String dstFrom, String dstUntil) {
		WorldTime time = at(instant, zone);
		assertThat(time.datetime()).isEqualTo(datetime);
		assertThat(time.utcOffset()).isEqualTo(datetime.substring(datetime.length() - 6));
		assertThat(time.abbreviation()).isEqualTo(abbreviation);
		assertThat(time.dst()).isEqualTo(dst);
		assertThat(time.dstOffset()).isEqualTo(dstOffset);
		assertThat(time.rawOffset()).isEqualTo(rawOffset);
		assertThat(time.dstFrom()).isEqualTo(dstFrom);
		assertThat(time.dstUntil()).isEqualTo(dstUntil);
		assertThat(time.timezone()).isEqualTo(zone);
		assertThat(time.unixtime()).isEqualTo(Instant.parse(instant).getEpochSecond());
	}

	@ParameterizedTest(name = "{0} is in ISO week {1}, day {2} of the year")
	@CsvSource({ "2026-12-31T12:00:00Z, 53, 365", "2027-01-01T12:00:00Z, 53, 1", "2027-01-03T12:00:00Z, 53, 3",
			"2027-01-04T12:00:00Z, 1, 4", "2024-12-31T12:00:00Z, 1, 366" })
	void weekNumberIsIsoAtYearEnds(String instant, int week, int dayOfYear) {
		WorldTime time = at(instant, "Etc/UTC");
		assertThat(time.weekNumber()).isEqualTo(week);
		assertThat(time.dayOfYear()).isEqualTo(dayOfYear);
	}

	@Test
	void sundayIsDayZeroAndSaturdaySix() {
		assertThat(at("2026-11-29T12:00:00Z", "Etc/UTC").dayOfWeek()).isZero();
		assertThat(at("2026-11-28T12:00:00Z", "Etc/UTC").dayOfWeek()).isEqualTo(6);
		// Local date, not UTC's: it is already Sunday in Auckland.
		assertThat(at("2026-11-28T12:00:00Z", "Pacific/Auckland").dayOfWeek()).isZero();
	}

	@Test
	void rfc3339WritesWhatTheFormatterWrites() {
		Random random = new Random(3339);
		for (int i = 0; i < 100_000; i++) {
			LocalDateTime time = LocalDateTime.ofEpochSecond(random.nextLong(-62_200_000_000L, 253_500_000_000L),
					random.nextInt(1_000_000_000), ZoneOffset.UTC);
			ZoneOffset offset = ZoneOffset.ofTotalSeconds(
					(random.nextInt(4) == 0) ? random.nextInt(-64_800, 64_801) : random.nextInt(-1080, 1081) * 60);
			assertThat(WorldTimes.rfc3339(time, offset)).isEqualTo(WorldTimes.DATETIME.format(time.atOffset(offset)));
		}
	}

	@Test
	void everyFieldComesFromOneInstant() {
		assertThat(at("2026-11-25T12:42:22.123456789Z", "Europe/Stockholm")).isEqualTo(new WorldTime("CET",
				"192.0.2.1", "2026-11-25T13:42:22.123456+01:00", 3, 329, false, null, 0, null, 3600,
				"Europe/Stockholm", 1795610542, "2026-11-25T12:42:22.123456+00:00", "+01:00", 48));
	}

}
