package se.klockan.zone;

import java.time.ZoneId;
import java.util.List;

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
		assertThat(Zones.in("america/argentina")).isEqualTo(Zones.in("America/Argentina"));
		assertThat(Zones.in("Atlantis")).isEmpty();
	}

	@Test
	void findsNamesInAnyCaseAsTheTzDatabaseSpellsThem() {
		assertThat(Zones.find("Europe/Stockholm")).map(Zone::name).hasValue("Europe/Stockholm");
		assertThat(Zones.find("europe/stockholm")).map(Zone::name).hasValue("Europe/Stockholm");
		assertThat(Zones.find("+05:00")).isEmpty();
		assertThat(Zones.find("Europe")).isEmpty();
		assertThat(Zones.find("../../etc/passwd")).isEmpty();
		assertThat(Zones.find(null)).isEmpty();
	}

	@Test
	void linksKeepTheirNamesAndTheRulesOfTheirZone() {
		assertThat(Zones.get("us/eastern").name()).isEqualTo("US/Eastern");
		assertThat(Zones.get("US/Eastern").rules()).isSameAs(Zones.get("America/New_York").rules());
		assertThat(Zones.get("ROC").rules()).isSameAs(Zones.get("Asia/Taipei").rules());
		assertThat(Zones.get("GMT+0").rules()).isSameAs(Zones.get("Etc/GMT").rules());
		assertThat(Zones.get("Europe/Kiev").rules()).isSameAs(Zones.get("Europe/Kyiv").rules());
		assertThat(Zones.canonical("Europe/Kiev")).isEqualTo("Europe/Kyiv");
		assertThat(Zones.canonical("Europe/Kyiv")).isEqualTo("Europe/Kyiv");
		assertThat(Zones.all()).contains("EST", "MST", "HST", "ROC", "GMT+0", "GMT-0").doesNotContain("Factory");
	}

	/** Whatever JDK runs the tests, its zones are all here (but for its own SystemV relics), and newer ones too. */
	@Test
	void everyNameTheJdkKnowsIsThereAndTheReleasesNewerOnes() {
		List<String> jdks = ZoneId.getAvailableZoneIds().stream().filter((id) -> !id.startsWith("SystemV/")).toList();
		assertThat(Zones.all()).containsAll(jdks).contains("America/Coyhaique");
	}

}
