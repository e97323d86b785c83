package se.klockan.zone;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ZonesTests {

	@Test
	void listsIanaZonesSortedWithoutTheJdksOwnRelics() {
		assertThat(Zones.all()).isSorted()
			.contains("Europe/Stockholm", "America/Argentina/Buenos_Aires", "Etc/UTC", "UTC")
			.noneMatch(id -> id.startsWith("SystemV/"))
			.hasSizeGreaterThan(400);
	}

	@Test
	void areasHoldTheirZones() {
		assertThat(Zones.in("Europe")).isSorted().contains("Europe/Stockholm").allMatch(id -> id.startsWith("Europe/"));
		assertThat(Zones.in("America/Argentina")).contains("America/Argentina/Buenos_Aires");
		assertThat(Zones.in("Atlantis")).isEmpty();
	}

	@Test
	void findsOnlyExactIds() {
		assertThat(Zones.find("Europe/Stockholm")).isPresent();
		assertThat(Zones.find("europe/stockholm")).isEmpty();
		assertThat(Zones.find("+05:00")).isEmpty();
		assertThat(Zones.find("../../etc/passwd")).isEmpty();
		assertThat(Zones.find(null)).isEmpty();
	}

}
