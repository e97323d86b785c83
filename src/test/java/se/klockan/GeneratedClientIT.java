package se.klockan;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import se.klockan.client.ApiClient;
import se.klockan.client.ApiException;
import se.klockan.client.api.InstantsApi;
import se.klockan.client.api.PlaceApi;
import se.klockan.client.api.SyncApi;
import se.klockan.client.api.TimezoneApi;
import se.klockan.client.model.Conversion;
import se.klockan.client.model.PlaceTime;
import se.klockan.client.model.SyncStamps;
import se.klockan.client.model.Transitions;
import se.klockan.client.model.WorldTime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.within;

/**
 * A client generated from the app's OpenAPI document by openapi-generator (its Java generator,
 * the JDK's HTTP client; the build generates it from src/main/resources/api/openapi.yaml before
 * the tests compile) against the packaged jar started as a dyno: it compiles, and it gets the
 * right time, the right conversion and the right changes of offset, and the document's errors.
 */
class GeneratedClientIT {

	private static Dyno dyno;

	private static ApiClient client;

	@BeforeAll
	static void startTheJar() throws Exception {
		dyno = Dyno.start("GeneratedClientIT");
		dyno.awaitFirstOk("/api/sync", Duration.ofSeconds(60));
		client = new ApiClient();
		client.updateBaseUri("http://localhost:" + dyno.port);
	}

	@AfterAll
	static void stopTheJar() throws Exception {
		dyno.close();
	}

	@Test
	void getsTheTimeInAZoneNow() throws ApiException {
		Instant before = Instant.now();
		WorldTime time = new TimezoneApi(client).getTimezoneByRegion("America", "Argentina", "Buenos_Aires", null);
		Instant after = Instant.now();
		assertThat(time.getTimezone()).isEqualTo("America/Argentina/Buenos_Aires");
		assertThat(time.getUtcOffset()).isEqualTo("-03:00");
		assertThat(time.getRawOffset()).isEqualTo(-10800);
		assertThat(time.getDst()).isFalse();
		assertThat(time.getUnixtime()).isBetween(before.getEpochSecond(), after.getEpochSecond());
		assertThat(time.getDatetime()).endsWith("-03:00");
	}

	@Test
	void getsTheTimeAtAnInstantAtAPlace() throws ApiException {
		PlaceTime time = new PlaceApi(client).getTimeAtPlace("Gothenburg", "2027-03-28T01:30:00Z");
		assertThat(time.getTimezone()).isEqualTo("Europe/Stockholm");
		assertThat(time.getDatetime()).isEqualTo("2027-03-28T03:30:00.000000+02:00");
		assertThat(time.getAbbreviation()).isEqualTo("CEST");
		assertThat(time.getDstFrom()).isEqualTo("2027-03-28T01:00:00+00:00");
		assertThat(time.getPlace().getName()).isEqualTo("Göteborg");
		assertThat(time.getPlace().getCountryCode()).isEqualTo("SE");
	}

	@Test
	void convertsAcrossAGapAsTemporalDoes() throws ApiException {
		Conversion conversion = new InstantsApi(client).convert("America/New_York", "Asia/Tokyo", "2027-03-14T02:30",
				null);
		assertThat(conversion.getResolution()).isEqualTo(Conversion.ResolutionEnum.GAP);
		assertThat(conversion.getFrom().getDatetime()).isEqualTo("2027-03-14T03:30:00.000000-04:00");
		assertThat(conversion.getTo().getDatetime()).isEqualTo("2027-03-14T16:30:00.000000+09:00");
		assertThat(conversion.getTo().getUnixtime()).isEqualTo(1805009400L);
	}

	@Test
	void listsTheChangesOfOffset() throws ApiException {
		Transitions year = new InstantsApi(client).getTransitions("Europe", "Stockholm", "2027-01-01T00:00:00Z",
				"2028-01-01T00:00:00Z");
		assertThat(year.getTransitions()).extracting("utcDatetime")
			.isEqualTo(List.of("2027-03-28T01:00:00.000000+00:00", "2027-10-31T01:00:00.000000+00:00"));
	}

	@Test
	void syncStampsAreTheServersTime() throws ApiException {
		SyncStamps stamps = new SyncApi(client).sync();
		assertThat(stamps.getReceiveUs() / 1000.0).isCloseTo(System.currentTimeMillis(), within(2000.0));
		assertThat(stamps.getTransmitUs()).isGreaterThanOrEqualTo(stamps.getReceiveUs());
	}

	@Test
	void anUnknownZoneIsTheDocumentedError() {
		assertThatExceptionOfType(ApiException.class)
			.isThrownBy(() -> new TimezoneApi(client).getTimezoneByRegion("America", "Nowhere", "Else", null))
			.satisfies((ex) -> {
				assertThat(ex.getCode()).isEqualTo(404);
				assertThat(ex.getResponseBody()).isEqualTo("{\"error\":\"unknown location\"}");
			});
	}

}
