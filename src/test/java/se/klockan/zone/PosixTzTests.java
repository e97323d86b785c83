package se.klockan.zone;

import java.time.Instant;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each zone's rules as the tz database writes them at the end of its TZif file
 * ({@code tail -n1 /usr/share/zoneinfo/ZONE}): PosixGlibcTests proves every zone in glibc.
 */
class PosixTzTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:42:22Z");

	@ParameterizedTest(name = "{0}: {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Europe/Stockholm               | CET-1CEST,M3.5.0,M10.5.0/3
			Asia/Kathmandu                 | <+0545>-5:45
			America/Santiago               | <-04>4<-03>,M9.1.6/24,M4.1.6/24
			America/New_York               | EST5EDT,M3.2.0,M11.1.0
			Australia/Lord_Howe            | <+1030>-10:30<+11>-11,M10.1.0,M4.1.0
			America/Nuuk                   | <-02>2<-01>,M3.5.0/-1,M10.5.0/0
			Asia/Jerusalem                 | IST-2IDT,M3.4.4/26,M10.5.0
			Pacific/Chatham                | <+1245>-12:45<+1345>,M9.5.0/2:45,M4.1.0/3:45
			Africa/Cairo                   | EET-2EEST,M4.5.5/0,M10.5.4/24
			Antarctica/Troll               | <+00>0<+02>-2,M3.5.0/1,M10.5.0/3
			Europe/London                  | GMT0BST,M3.5.0/1,M10.5.0
			Australia/Sydney               | AEST-10AEDT,M10.1.0,M4.1.0/3
			Etc/GMT+5                      | <-05>5
			Etc/UTC                        | UTC0
			America/Argentina/Buenos_Aires | <-03>3
			Asia/Tehran                    | <+0330>-3:30
			Europe/Dublin                  | IST-1GMT0,M10.5.0,M3.5.0/1
			America/Vancouver              | MST7
			Africa/Casablanca              | <+00>0
			Africa/Windhoek                | CAT-2
			""")
	void rulesAreWhatTheTzDatabaseWritesAtTheEndOfTheZonesFile(String zone, String posix) {
		PosixTz tz = PosixTz.of(Zones.get(zone), NOW);
		assertThat(tz.string()).isEqualTo(posix);
		assertThat(tz.exactFrom()).isNull();
	}

	@ParameterizedTest(name = "{0}: {1} from {2}")
	@CsvSource(delimiter = '|', textBlock = """
			Asia/Gaza         | EET-2EEST,M3.4.4/50,M10.4.4/50 | 2086
			Asia/Hebron       | EET-2EEST,M3.4.4/50,M10.4.4/50 | 2086
			America/Havana    | CST5CDT,M3.2.0/0,M11.1.0/1     | 2027
			""")
	void changesBeyondPosixMakeTheStringSayFromWhenItIsExact(String zone, String posix, int year) {
		PosixTz tz = PosixTz.of(Zones.get(zone), NOW);
		assertThat(tz.string()).isEqualTo(posix);
		// The tz database lists Palestine's changes around Ramadan one by one, for decades, and
		// Cuba's year on -04 (2026f) until it falls back in November 2027.
		assertThat(Zones.get(zone).at(tz.exactFrom()).getYear()).isEqualTo(year);
	}

}
