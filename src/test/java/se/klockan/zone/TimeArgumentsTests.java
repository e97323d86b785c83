package se.klockan.zone;

import java.time.Instant;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The forms of an instant and a local time a query may hold, and what is refused with a 400. */
class TimeArgumentsTests {

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ", value = { "1806200000 -> 2027-03-28T02:13:20Z",
			"-86400 -> 1969-12-31T00:00:00Z", "0 -> 1970-01-01T00:00:00Z",
			"1806200000.25 -> 2027-03-28T02:13:20.250Z", "1806200000.000001 -> 2027-03-28T02:13:20.000001Z",
			"-1.25 -> 1969-12-31T23:59:58.750Z", "2027-03-28T01:30:00Z -> 2027-03-28T01:30:00Z",
			"2027-03-28T03:30:00.250+02:00 -> 2027-03-28T01:30:00.250Z",
			"2027-03-27T20:30:00-05:00 -> 2027-03-28T01:30:00Z", "2027-03-28t01:30:00z -> 2027-03-28T01:30:00Z",
			"2027-03-28T01:30:00.123456789Z -> 2027-03-28T01:30:00.123456789Z",
			"2027-03-28T01:30:00-00:00 -> 2027-03-28T01:30:00Z",
			"0001-01-01T00:00:00Z -> 0001-01-01T00:00:00Z", "-62135596800 -> 0001-01-01T00:00:00Z",
			"9999-12-31T23:59:59.999999999Z -> 9999-12-31T23:59:59.999999999Z",
			"253402300799.999999 -> 9999-12-31T23:59:59.999999Z" })
	void readsUnixSecondsAndRfc3339(String value, String instant) {
		assertThat(TimeArguments.instant(value)).isEqualTo(Instant.parse(instant));
	}

	@Test
	void aPlusAQueryTurnedIntoASpaceIsStillAPlus() {
		assertThat(TimeArguments.instant("2027-03-28T03:30:00 02:00")).isEqualTo(Instant.parse("2027-03-28T01:30:00Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2027-03-28T01:30:00", "2027-03-28T01:30Z", "2027-02-30T00:00:00Z",
			"2027-13-01T00:00:00Z", "10000-01-01T00:00:00Z", "+10000-01-01T00:00:00Z", "0000-12-31T00:00:00Z",
			"0001-01-01T00:00:00+01:00", "253402300800", "-62135596801", "1e999", "NaN", "Infinity", "-", ".5",
			"+1806200000", "1806200000.", "1806200000.1234567", "1806200000,5", "0x10", "18062 00000",
			"2027-03-28T24:00:00Z", "2027-03-28T01:30:60Z", "2027-03-28T01:60:00Z", "2027-03-28T01:30:00+24:00",
			"2027-03-28T01:30:00+02", "2027-03-28T01:30:00+0200", "2027-03-28 01:30:00Z", "2027-03-28T01:30:00.Z",
			"2027-03-28T01:30:00.1234567890Z", "２０２７-03-28T01:30:00Z", "١٨٠٦٢٠٠٠٠٠" })
	void refusesEverythingElse(String value) {
		assertThat(TimeArguments.instant(value)).isNull();
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeArguments.instant("at", new String[] { value }))
			.satisfies((ex) -> assertThat(ex.detail()).startsWith("at must be Unix seconds (1806200000; ")
				.contains("from 0001-01-01 to 9999-12-31 UTC")
				.endsWith("; not '" + value + "'"));
	}

	@Test
	void aLongValueIsShownOnlyInPart() {
		String value = "1".repeat(5000);
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeArguments.instant("at", new String[] { value }))
			.satisfies((ex) -> assertThat(ex.detail()).endsWith("; not '" + "1".repeat(64) + "…'"));
	}

	@Test
	void oneValueAtMost() {
		assertThat(TimeArguments.instant("at", null)).isNull();
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeArguments.instant("at", new String[] { "0", "1" }))
			.withMessageContaining("at is given 2 times; give it once");
	}

	@ParameterizedTest
	@CsvSource(delimiterString = " -> ", value = { "2027-03-14T09:00 -> 2027-03-14T09:00",
			"2027-03-14T09:00:30 -> 2027-03-14T09:00:30", "2027-03-14T09:00:30.5 -> 2027-03-14T09:00:30.500",
			"2027-03-14T09:00:30.123456 -> 2027-03-14T09:00:30.123456", "0001-01-01T00:00 -> 0001-01-01T00:00",
			"9999-12-31T23:59:59.999999 -> 9999-12-31T23:59:59.999999" })
	void readsLocalDateTimes(String value, String local) {
		assertThat(TimeArguments.localDateTime(value)).isEqualTo(LocalDateTime.parse(local));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "2027-03-14", "2027-03-14T09", "2027-03-14T9:00", "2027-03-14T09:00Z",
			"2027-03-14T09:00+01:00", "2027-03-14T09:00:30.1234567", "2027-03-14T09:00:30.", "2027-02-30T09:00",
			"0000-01-01T00:00", "10000-01-01T00:00", "2027-03-14t09:00", "2027-03-14 09:00", "2027-03-14T24:00" })
	void refusesOtherLocalTimes(String value) {
		assertThat(TimeArguments.localDateTime(value)).isNull();
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeArguments.localDateTime("datetime", new String[] { value }))
			.satisfies((ex) -> assertThat(ex.detail()).startsWith("datetime must be a local date-time without an offset"));
	}

	@Test
	void aLocalTimeIsRequired() {
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeArguments.localDateTime("datetime", null))
			.satisfies((ex) -> assertThat(ex.detail()).startsWith("datetime is missing: give a local date-time"));
	}

	@Test
	void disambiguationIsOneOfTemporalsFour() {
		assertThat(TimeArguments.disambiguation("disambiguation", null)).isEqualTo(Disambiguation.COMPATIBLE);
		assertThat(TimeArguments.disambiguation("disambiguation", new String[] { "later" }))
			.isEqualTo(Disambiguation.LATER);
		assertThatExceptionOfType(InvalidTimeException.class)
			.isThrownBy(() -> TimeArguments.disambiguation("disambiguation", new String[] { "LATER" }))
			.satisfies((ex) -> assertThat(ex.detail())
				.isEqualTo("disambiguation must be compatible (the default), earlier, later or reject; not 'LATER'"));
	}

}
