package se.klockan.zone;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.klockan.zone.LocalTimes.Resolution;
import se.klockan.zone.LocalTimes.Resolved;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Wall-clock times to instants as TC39 Temporal's {@code disambiguation} does it. New York skips
 * 02:00-03:00 on 2027-03-14 and goes over 01:00-02:00 twice on 2027-11-07; Lord Howe Island
 * moves by half an hour.
 */
class LocalTimesTests {

	@ParameterizedTest
	@CsvSource({ "America/New_York, 2027-03-14T09:00, COMPATIBLE, 2027-03-14T13:00:00Z, EXACT",
			"America/New_York, 2027-03-14T02:30, COMPATIBLE, 2027-03-14T07:30:00Z, GAP",
			"America/New_York, 2027-03-14T02:30, LATER, 2027-03-14T07:30:00Z, GAP",
			"America/New_York, 2027-03-14T02:30, EARLIER, 2027-03-14T06:30:00Z, GAP",
			"America/New_York, 2027-03-14T02:00, COMPATIBLE, 2027-03-14T07:00:00Z, GAP",
			"America/New_York, 2027-03-14T03:00, REJECT, 2027-03-14T07:00:00Z, EXACT",
			"America/New_York, 2027-11-07T01:30, COMPATIBLE, 2027-11-07T05:30:00Z, OVERLAP",
			"America/New_York, 2027-11-07T01:30, EARLIER, 2027-11-07T05:30:00Z, OVERLAP",
			"America/New_York, 2027-11-07T01:30, LATER, 2027-11-07T06:30:00Z, OVERLAP",
			"America/New_York, 2027-11-07T02:00, REJECT, 2027-11-07T07:00:00Z, EXACT",
			"Australia/Lord_Howe, 2027-10-03T02:15, COMPATIBLE, 2027-10-02T15:45:00Z, GAP",
			"Australia/Lord_Howe, 2027-10-03T02:15, EARLIER, 2027-10-02T15:15:00Z, GAP",
			"Australia/Lord_Howe, 2027-04-04T01:45, LATER, 2027-04-03T15:15:00Z, OVERLAP" })
	void resolvesAsTemporalDoes(String zone, String local, Disambiguation disambiguation, String instant,
			Resolution resolution) {
		assertThat(LocalTimes.resolve(Zones.get(zone), LocalDateTime.parse(local), disambiguation))
			.isEqualTo(new Resolved(Instant.parse(instant), resolution));
	}

	@Test
	void rejectRefusesAGapAndAnOverlapSayingWhich() {
		Zone newYork = Zones.get("America/New_York");
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> LocalTimes.resolve(newYork, LocalDateTime.parse("2027-03-14T02:30"), Disambiguation.REJECT))
			.satisfies((ex) -> assertThat(ex.detail()).isEqualTo("2027-03-14T02:30 never happens in America/New_York: "
					+ "the clocks skip it; disambiguation=reject refuses it; earlier moves it back by the gap, "
					+ "compatible or later forward"));
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> LocalTimes.resolve(newYork, LocalDateTime.parse("2027-11-07T01:30"), Disambiguation.REJECT))
			.satisfies((ex) -> assertThat(ex.detail()).isEqualTo("2027-11-07T01:30 happens twice in America/New_York "
					+ "(at -04:00 and at -05:00): disambiguation=reject refuses it; compatible or earlier takes the first, "
					+ "later the second"));
	}

	@Test
	void transitionsAreTheChangesOfOffsetWithWhatHoldsAfter() {
		assertThat(Zones.get("Europe/Stockholm")
			.transitions(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"), 1000))
			.containsExactly(
					new Transition("2027-03-28T01:00:00.000000+00:00", 1806195600, "+01:00", "+02:00", 3600, 3600, true,
							"CEST"),
					new Transition("2027-10-31T01:00:00.000000+00:00", 1824944400, "+02:00", "+01:00", 3600, 0, false,
							"CET"));
		// Dublin's winter is daylight saving, negative (tz database's main data): so its summer isn't.
		assertThat(Zones.get("Europe/Dublin")
			.transitions(Instant.parse("2027-01-01T00:00:00Z"), Instant.parse("2028-01-01T00:00:00Z"), 1000))
			.containsExactly(
					new Transition("2027-03-28T01:00:00.000000+00:00", 1806195600, "+00:00", "+01:00", 3600, 0, false,
							"IST"),
					new Transition("2027-10-31T01:00:00.000000+00:00", 1824944400, "+01:00", "+00:00", 3600, -3600, true,
							"GMT"));
	}

	@Test
	void fromIsInTheIntervalAndToIsNot() {
		Zone stockholm = Zones.get("Europe/Stockholm");
		Instant change = Instant.parse("2027-03-28T01:00:00Z");
		assertThat(stockholm.transitions(change, change.plusSeconds(1), 10)).hasSize(1);
		assertThat(stockholm.transitions(change.minusSeconds(1), change, 10)).isEmpty();
		assertThat(stockholm.transitions(change.plusNanos(1), change.plusSeconds(1), 10)).isEmpty();
		assertThat(stockholm.transitions(change.minusNanos(1), change.plusNanos(1), 10)).hasSize(1);
	}

	@Test
	void aZoneThatNeverChangesHasNone() {
		assertThat(Zones.get("Etc/UTC").transitions(Instant.parse("0001-01-01T00:00:00Z"),
				Instant.parse("9999-12-31T23:59:59Z"), 1000)).isEmpty();
	}

	@Test
	void moreChangesThanAskedForIsA400() {
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> Zones.get("Europe/Stockholm")
				.transitions(Instant.parse("2000-01-01T00:00:00Z"), Instant.parse("2010-01-01T00:00:00Z"), 19))
			.satisfies((ex) -> assertThat(ex.detail()).isEqualTo(
					"More than 19 changes of offset in Europe/Stockholm between from and to: ask for a shorter interval"));
	}

}
