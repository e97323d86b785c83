package se.klockan.place;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import se.klockan.zone.Zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** The zone shape table's format and look-up, on a table small enough to draw. */
class ZoneShapesTests {

	/**
	 * The Earth in four: the south-west Etc/GMT+10, the south-east a zone no JDK has, the
	 * north-west Oslo, and the north-east Oslo with Stockholm's square in the middle of it (45 to
	 * 135 east, 22.5 to 67.5 north).
	 */
	static byte[] fixture() {
		ZoneShapes.Writer writer = new ZoneShapes.Writer(
				List.of("Etc/GMT+10", "Europe/Oslo", "Europe/Stockholm", "Mars/Olympus_Mons"), Map.of());
		writer.metadata("polygons", "drawn by hand");
		int root = writer.node();
		writer.child(root, 0, ZoneShapes.zoneCell(0));
		writer.child(root, 1, ZoneShapes.zoneCell(3));
		writer.child(root, 2, ZoneShapes.zoneCell(1));
		char q1 = 16384;
		char q3 = 49151;
		writer.child(root, 3, writer.shapes(new int[] { 2 }, List.of(List.of(new char[] { q1, q1, q3, q1, q3, q3, q1, q3 })), 1));
		return writer.build(root);
	}

	static ZoneShapes read(List<String> unknown) throws IOException {
		return ZoneShapes.read(new ByteArrayInputStream(fixture()), unknown::add);
	}

	@Test
	void aPointIsInTheZoneOfItsCellOrOfTheShapeThatHoldsIt() throws IOException {
		ZoneShapes shapes = read(new ArrayList<>());
		assertThat(shapes.zoneAt(45, 90).name()).isEqualTo("Europe/Stockholm");
		assertThat(shapes.zoneAt(22.6, 45.1).name()).isEqualTo("Europe/Stockholm");
		assertThat(shapes.zoneAt(22.4, 45.1).name()).isEqualTo("Europe/Oslo");
		assertThat(shapes.zoneAt(10, 10).name()).isEqualTo("Europe/Oslo");
		assertThat(shapes.zoneAt(10, -10).name()).isEqualTo("Europe/Oslo");
		assertThat(shapes.zoneAt(-10, -10).name()).isEqualTo("Etc/GMT+10");
		assertThat(shapes.metadata()).containsEntry("polygons", "drawn by hand");
	}

	@Test
	void theEdgesOfTheMapAreOnIt() throws IOException {
		ZoneShapes shapes = read(new ArrayList<>());
		// The 180th meridian is the -180th; the equator and the prime meridian belong to the north and east.
		assertThat(shapes.zoneAt(10, 180).name()).isEqualTo("Europe/Oslo");
		assertThat(shapes.zoneAt(-10, 180).name()).isEqualTo("Etc/GMT+10");
		assertThat(shapes.zoneAt(90, 90).name()).isEqualTo("Europe/Oslo");
		assertThat(shapes.zoneAt(-90, -180).name()).isEqualTo("Etc/GMT+10");
		assertThat(shapes.zoneAt(0, -0.000001).name()).isEqualTo("Europe/Oslo");
		assertThat(shapes.zoneAt(-0.000001, 0)).isNull();
	}

	@Test
	void aZoneTheReleaseLacksWithoutASubstituteHasNoZoneAndIsReported() throws IOException {
		List<String> unknown = new ArrayList<>();
		ZoneShapes shapes = read(unknown);
		assertThat(shapes.zoneAt(-10, 10)).isNull();
		assertThat(unknown).containsExactly("Mars/Olympus_Mons is not in tz " + Zones.release() + ", and has no substitute: "
				+ "what the table puts there has no zone here");
	}

	@Test
	void notAPointOnTheEarthIsRefused() throws IOException {
		ZoneShapes shapes = read(new ArrayList<>());
		assertThatIllegalArgumentException().isThrownBy(() -> shapes.zoneAt(Double.NaN, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> shapes.zoneAt(90.0001, 0));
		assertThatIllegalArgumentException().isThrownBy(() -> shapes.zoneAt(0, -180.5));
		assertThat(PlaceLocator.isPoint(0, Double.POSITIVE_INFINITY)).isFalse();
	}

	@Test
	void theSameCallsGiveTheSameBytes() {
		assertThat(fixture()).isEqualTo(fixture());
	}

	@Test
	void anythingElseIsNotATable() {
		assertThatIOException().isThrownBy(() -> ZoneShapes.read(new ByteArrayInputStream(PlaceNamesTests.fixture()), (m) -> {
		}));
	}

}
