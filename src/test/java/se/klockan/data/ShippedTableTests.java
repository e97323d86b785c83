package se.klockan.data;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.core.io.ClassPathResource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIOException;

/** What a shipped table says it was built from, read from its header alone. */
class ShippedTableTests {

	@Test
	void aTableOfAnotherKindIsRefused() {
		assertThatIOException().isThrownBy(() -> {
			try (InputStream in = new ClassPathResource("place/zone-shapes.bin").getInputStream()) {
				TableFile.metadata(in, "klockan-ip-zones", 1, "IP zone table");
			}
		}).withMessage("Not a version 1 IP zone table");
	}

	@Test
	void thePolygonsAreTimezoneBoundaryBuildersReleaseThroughTimeshape() {
		Map<String, String> polygons = ShippedTable.polygons(Map.of("polygons",
				"timezone-boundary-builder_via_timeshape_2025b.26", "polygons.licence", "ODbL-1.0"));
		assertThat(polygons).containsEntry("name", "timezone-boundary-builder")
			.containsEntry("version", "2025b")
			.containsEntry("via", "timeshape 2025b.26")
			.containsEntry("licence", "ODbL-1.0")
			.containsEntry("attribution", "© OpenStreetMap contributors");
	}

	@Test
	void theLogSaysEachSourceItsDateOrVersionAndLicence() {
		assertThat(ShippedTable.describe(List.of(
				ShippedTable.source("DB-IP IP to City Lite", "version", "2.3", "date", "2026-06-05T13:42:02Z", "licence",
						"CC-BY-4.0"),
				ShippedTable.source("GeoNames cities500", "version", "1.0.1", "date", null, "licence", "CC-BY-4.0"))))
			.isEqualTo("DB-IP IP to City Lite 2026-06-05T13:42:02Z (CC-BY-4.0) and GeoNames cities500 1.0.1 (CC-BY-4.0)");
	}

}
