package se.klockan.zone;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
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
		assertThat(Zones.find("Europe/Stockholm")).hasValue(new Zone("Europe/Stockholm", ZoneId.of("Europe/Stockholm")));
		assertThat(Zones.find("europe/stockholm")).hasValue(new Zone("Europe/Stockholm", ZoneId.of("Europe/Stockholm")));
		assertThat(Zones.find("+05:00")).isEmpty();
		assertThat(Zones.find("Europe")).isEmpty();
		assertThat(Zones.find("../../etc/passwd")).isEmpty();
		assertThat(Zones.find(null)).isEmpty();
	}

	@Test
	void namesTheJdkLeavesOutKeepTheRulesOfTheZoneTheyLinkTo() {
		assertThat(Zones.get("EST")).isEqualTo(new Zone("EST", ZoneId.of("America/Panama")));
		assertThat(Zones.get("mst")).isEqualTo(new Zone("MST", ZoneId.of("America/Phoenix")));
		assertThat(Zones.get("HST")).isEqualTo(new Zone("HST", ZoneId.of("Pacific/Honolulu")));
		assertThat(Zones.get("ROC")).isEqualTo(new Zone("ROC", ZoneId.of("Asia/Taipei")));
		assertThat(Zones.get("GMT+0")).isEqualTo(new Zone("GMT+0", ZoneId.of("Etc/GMT")));
		assertThat(Zones.get("GMT-0")).isEqualTo(new Zone("GMT-0", ZoneId.of("Etc/GMT")));
		assertThat(Zones.all()).contains("EST", "MST", "HST", "ROC", "GMT+0", "GMT-0").doesNotContain("Factory");
	}

	/** Against the system's own tz database, where it has one: no name it knows is missing. */
	@Test
	void everyNameOfTheSystemsTzDatabaseIsThere() throws IOException {
		Path tzdata = Path.of("/usr/share/zoneinfo/tzdata.zi");
		Assumptions.assumeTrue(Files.isReadable(tzdata), "no " + tzdata + " on this machine");
		String version = Files.readAllLines(tzdata).get(0);
		List<String> names = Files.readAllLines(tzdata)
			.stream()
			.map((line) -> line.split(" "))
			.filter((fields) -> fields[0].equals("Z") || fields[0].equals("L"))
			.map((fields) -> fields[0].equals("Z") ? fields[1] : fields[2])
			.filter((name) -> !name.equals("Factory"))
			// A zone newer than the JDK's own tz data can only be answered by a newer JDK.
			.filter((name) -> !name.contains("/") || ZoneId.getAvailableZoneIds().contains(name))
			.toList();
		assertThat(names).as("names of %s", version).hasSizeGreaterThan(590);
		assertThat(Zones.all()).containsAll(names);
	}

}
