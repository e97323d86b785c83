package se.klockan.place;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import se.klockan.zone.Zone;
import se.klockan.zone.Zones;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped tables themselves: the zone at points either side of borders, at sea and at the
 * edges of the map; places by names in twenty scripts and the spellings people use (the list
 * written from the places' own names in their languages, not from the data); GeoNames' own zone's
 * offsets for every place shipped; and what the tables cost.
 */
class PlaceDataTests {

	static final PlaceLocator PLACES = new PlaceLocator();

	@ParameterizedTest(name = "{0},{1} is in {2}")
	@CsvSource({
			// Either side of the Torne river: Haparanda in Sweden, Tornio in Finland, 1.5 km apart.
			"65.8355, 24.1368, Europe/Stockholm", "65.8481, 24.1466, Europe/Helsinki",
			// El Paso and Ciudad Juárez, either side of the Rio Grande.
			"31.7587, -106.4869, America/Denver", "31.7202, -106.4608, America/Ciudad_Juarez",
			// Detroit and Windsor, Ontario, either side of the Detroit River.
			"42.3314, -83.0458, America/Detroit", "42.3149, -83.0364, America/Toronto",
			"59.32938, 18.06871, Europe/Stockholm",
			"44.9521, 34.1024, Europe/Simferopol", "-33.8688, 151.2093, Australia/Sydney",
			"27.7172, 85.3240, Asia/Kathmandu",
			// The open sea: the nautical zone of the longitude.
			"0, -150, Etc/GMT+10", "0, 0, Etc/GMT", "30, -40, Etc/GMT+3", "-40, 100, Etc/GMT-7",
			"10, 179.9, Etc/GMT-12", "10, -179.9, Etc/GMT+12" })
	void theZoneAtAPoint(double latitude, double longitude, String zone) {
		assertThat(PLACES.zoneAt(latitude, longitude).name()).isEqualTo(zone);
	}

	@Test
	void everyPointOfTheMapHasAZone() {
		for (double[] point : new double[][] { { 90, 0 }, { -90, 0 }, { 90, 180 }, { -90, -180 }, { 0, 180 } }) {
			assertThat(PLACES.zoneAt(point[0], point[1])).isNotNull();
		}
	}

	@ParameterizedTest(name = "{0} is in {1}")
	@CsvSource({ "Göteborg, Europe/Stockholm", "Goteborg, Europe/Stockholm", "GÖTEBORG, Europe/Stockholm",
			"Gothenburg, Europe/Stockholm", "Гётеборг, Europe/Stockholm", "Kiev, Europe/Kyiv", "Київ, Europe/Kyiv",
			"Bombay, Asia/Kolkata", "new york, America/New_York", "SAO PAULO, America/Sao_Paulo",
			"München, Europe/Berlin",
			// Han, Kana, Hangul, Greek, Arabic, Persian, Hebrew, Devanagari, Bengali, Tamil, Gujarati,
			// Thai, Lao, Khmer, Georgian, Armenian, Ethiopic, Sinhala, Mongolian Cyrillic, Gurmukhi, Telugu, Kannada:
			"東京, Asia/Tokyo", "北京, Asia/Shanghai", "ロンドン, Europe/London", "서울, Asia/Seoul", "Αθήνα, Europe/Athens",
			"القاهرة, Africa/Cairo", "تهران, Asia/Tehran", "ירושלים, Asia/Jerusalem", "मुंबई, Asia/Kolkata",
			"ঢাকা, Asia/Dhaka", "சென்னை, Asia/Kolkata", "અમદાવાદ, Asia/Kolkata", "กรุงเทพมหานคร, Asia/Bangkok",
			"ວຽງຈັນ, Asia/Vientiane", "ភ្នំពេញ, Asia/Phnom_Penh", "თბილისი, Asia/Tbilisi",
			"Երևան, Asia/Yerevan", "አዲስ አበባ, Africa/Addis_Ababa", "කොළඹ, Asia/Colombo",
			"Улаанбаатар, Asia/Ulaanbaatar", "ਅੰਮ੍ਰਿਤਸਰ, Asia/Kolkata", "హైదరాబాదు, Asia/Kolkata",
			"ಬೆಂಗಳೂರು, Asia/Kolkata" })
	void theZoneOfAPlaceByName(String name, String zone) {
		PlaceLocator.Found found = PLACES.place(name);
		assertThat(found).as(name).isNotNull();
		assertThat(found.zone().name()).isEqualTo(zone);
	}

	@Test
	void atLeast26000PlacesAndTheirNames() {
		assertThat(PLACES.names().size()).isGreaterThanOrEqualTo(26_000);
		assertThat(PLACES.names().keys()).isGreaterThan(200_000);
	}

	@Test
	void almostEveryPlaceHasTheOffsetsOfGeoNamesOwnZoneThrough2026() {
		PlaceNames names = PLACES.names();
		List<Instant> instants = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			for (int day : new int[] { 1, 15 }) {
				instants.add(ZonedDateTime.of(2026, month, day, 12, 0, 0, 0, ZoneOffset.UTC).toInstant());
			}
		}
		int same = 0;
		List<String> different = new ArrayList<>();
		for (int i = 0; i < names.size(); i++) {
			Place place = names.place(i);
			Zone ours = PLACES.zoneAt(place.latitude(), place.longitude());
			Zone theirs = Zones.get(names.geonamesZone(i));
			boolean equal = ours != null && instants.stream()
				.allMatch((at) -> ours.at(at).getOffset().equals(theirs.at(at).getOffset()));
			if (equal) {
				same++;
			}
			else if (different.size() < 40) {
				different.add(place.name() + " (" + place.countryCode() + "): " + ours + ", GeoNames " + theirs);
			}
		}
		assertThat((double) same / names.size()).as("%s", different).isGreaterThanOrEqualTo(0.999);
	}

	@Test
	void theTablesFitADyno() {
		assertThat(PLACES.shapes().bytes() + PLACES.names().bytes()).isLessThan(30L << 20);
	}

	/** Generous bounds only (a shared machine): bench/run reports the figures. */
	@Test
	void lookUpsAreQuick() {
		PLACES.zoneAt(0, 0);
		java.util.Random random = new java.util.Random(1);
		long[] coordinates = new long[20_001];
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < coordinates.length; i++) {
				double lat = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
				double lon = 360 * random.nextDouble() - 180;
				long started = System.nanoTime();
				PLACES.zoneAt(lat, lon);
				coordinates[i] = System.nanoTime() - started;
			}
		}
		Arrays.sort(coordinates);
		assertThat(coordinates[coordinates.length / 2]).isLessThan(50_000);
		String[] names = { "Göteborg", "東京", "new york", "Bombay", "nowhere at all", "Paris" };
		long[] byName = new long[6_000];
		for (int round = 0; round < 3; round++) {
			for (int i = 0; i < byName.length; i++) {
				long started = System.nanoTime();
				PLACES.place(names[i % names.length]);
				byName[i] = System.nanoTime() - started;
			}
		}
		Arrays.sort(byName);
		assertThat(byName[byName.length / 2]).isLessThan(500_000);
	}

}
