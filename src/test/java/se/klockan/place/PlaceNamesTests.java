package se.klockan.place;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/** The place name index's keys, format and searches, on a few places. */
class PlaceNamesTests {

	static byte[] fixture() {
		return new PlaceNames.Writer().metadata("places", "a few")
			.add(new Place("Paris", "FR", 48.85341, 2.3488, 2_138_551), List.of("Paris", "Parigi", "パリ"), "Europe/Paris")
			.add(new Place("Göteborg", "SE", 57.70716, 11.96679, 587_549),
					List.of("Göteborg", "Goeteborg", "Gothenburg", "Гётеборг", "https://en.wikipedia.org/wiki/Gothenburg"),
					"Europe/Stockholm")
			.add(new Place("Paris", "US", 33.66094, -95.55551, 24_171), List.of("Paris", "Paris, Texas"), "America/Chicago")
			.add(new Place("Parainen", "FI", 60.30333, 22.29917, 15_000), List.of("Parainen", "Pargas"), "Europe/Helsinki")
			.build();
	}

	static PlaceNames read() throws IOException {
		return PlaceNames.read(new ByteArrayInputStream(fixture()));
	}

	@Test
	void aKeyIsTheNameWithoutCaseAccentsOrPunctuation() {
		assertThat(PlaceNames.key("Göteborg")).isEqualTo("goteborg");
		assertThat(PlaceNames.key("GÖTEBORG")).isEqualTo("goteborg");
		assertThat(PlaceNames.key("Гётеборг")).isEqualTo("гетеборг");
		assertThat(PlaceNames.key("  Sant-Julià de Lòria ")).isEqualTo("sant julia de loria");
		assertThat(PlaceNames.key("St. John's")).isEqualTo("st johns");
		assertThat(PlaceNames.key("Łódź")).isEqualTo("lodz");
		assertThat(PlaceNames.key("Straße")).isEqualTo("strasse");
		assertThat(PlaceNames.key("Ærøskøbing")).isEqualTo("aeroskobing");
		assertThat(PlaceNames.key("東京")).isEqualTo("東京");
		assertThat(PlaceNames.key("ＴＯＫＹＯ")).isEqualTo("tokyo");
		assertThat(PlaceNames.key("x".repeat(PlaceNames.LONGEST + 1))).isEmpty();
		assertThat(PlaceNames.key(null)).isEmpty();
	}

	@Test
	void aNameFindsItsPlacesMostPopulousFirst() throws IOException {
		PlaceNames names = read();
		assertThat(names.size()).isEqualTo(4);
		assertThat(names.named("paris")).containsExactly(0, 2);
		assertThat(names.named("GOTEBORG")).containsExactly(1);
		assertThat(names.named("Gothenburg")).containsExactly(1);
		assertThat(names.named("гётеборг")).containsExactly(1);
		assertThat(names.named("パリ")).containsExactly(0);
		assertThat(names.named("Pari")).isEmpty();
		assertThat(names.named("https://en.wikipedia.org/wiki/Gothenburg")).isEmpty();
		assertThat(names.place(1)).isEqualTo(new Place("Göteborg", "SE", 57.70716, 11.96679, 587_549));
		assertThat(names.place(2).longitude()).isEqualTo(-95.55551);
		assertThat(names.geonamesZone(2)).isEqualTo("America/Chicago");
		assertThat(names.metadata()).containsEntry("places", "a few");
	}

	@Test
	void aSearchListsThePlacesOfThatNameThenThoseOfNamesStartingSo() throws IOException {
		PlaceNames names = read();
		assertThat(names.search("paris", 10)).containsExactly(0, 2);
		assertThat(names.search("par", 10)).containsExactly(0, 2, 3);
		assertThat(names.search("pari", 10)).containsExactly(0, 2);
		assertThat(names.search("par", 2)).containsExactly(0, 2);
		assertThat(names.search("paris texas", 10)).containsExactly(2);
		assertThat(names.search("x", 10)).isEmpty();
		assertThat(names.search("", 10)).isEmpty();
		assertThat(names.search("-", 10)).isEmpty();
	}

	@Test
	void placesComeMostPopulousFirst() {
		PlaceNames.Writer writer = new PlaceNames.Writer().add(new Place("A", "SE", 0, 0, 10), List.of("A"), "UTC");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> writer.add(new Place("B", "SE", 0, 0, 11), List.of("B"), "UTC"));
	}

	@Test
	void theSameCallsGiveTheSameBytes() {
		assertThat(fixture()).isEqualTo(fixture());
	}

}
