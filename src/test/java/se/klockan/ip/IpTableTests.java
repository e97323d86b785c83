package se.klockan.ip;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

import se.klockan.data.ShippedTable;
import se.klockan.zone.Zones;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class IpTableTests {

	/** A small table in the shipped format: the same calls must always give these bytes. */
	static IpTable.Builder fixture() {
		return new IpTable.Builder().metadata("source", "fixture")
			.metadata("source.version", "1")
			.ipv4(0x00000000L, null)
			.ipv4(0x01000000L, "Australia/Sydney") // 1.0.0.0
			.ipv4(0x01000100L, "Australia/Sydney") // merged with the one before
			.ipv4(0x01000200L, "Asia/Tokyo") // 1.0.2.0
			.ipv4(0x51024500L, "Europe/London") // 81.2.69.0
			.ipv4(0x51024600L, null) // 81.2.70.0
			.ipv4(0xFFFFFF00L, "Antarctica/Newer") // 255.255.255.0: a zone from newer tz data than the JDK's
			.ipv6(0x0000000000000000L, null)
			.ipv6(0x2A020AA100000000L, "Europe/Zurich") // 2a02:aa1::/32
			.ipv6(0x2A020AA200000000L, null)
			.ipv6(0xFFFFFFFFFFFFFFFFL, "Mars/Olympus_Mons")
			.substitute("Antarctica/Newer", "America/Punta_Arenas")
			.substitute("Mars/Olympus_Mons", "Mars/Nowhere");
	}

	@Test
	void whatTheHeaderAloneSaysIsWhatTheShippedTableSays() {
		assertThat(ShippedTable.metadata(IpLocator.TABLE, IpTable.MAGIC, IpTable.VERSION, "IP zone table"))
			.isEqualTo(new IpLocator(IpLocator.TABLE, null).table().metadata())
			.containsEntry("source.licence", "CC-BY-4.0");
	}

	@Test
	void theSameInputsGiveTheSameBytes() throws Exception {
		byte[] bytes = fixture().build();
		assertThat(bytes).isEqualTo(fixture().build());
		assertThat(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)))
			.isEqualTo(FIXTURE_SHA256);
	}

	static final String FIXTURE_SHA256 = "9ea3dc096dfa08a63ef1d400f44890ad513c62cdf0ede77151a9ccd923c89fdf";

	@Test
	void firstAndLastAddressOfEveryRangeHaveItsZone() throws IOException {
		List<String> unknown = new ArrayList<>();
		IpTable table = IpTable.read(new ByteArrayInputStream(fixture().build()), unknown::add);
		assertThat(table.ipv4Ranges()).isEqualTo(6);
		assertThat(table.ipv4(0)).isNull();
		assertThat(table.ipv4(0x00FFFFFF)).isNull();
		assertThat(table.ipv4(0x01000000)).isEqualTo(Zones.get("Australia/Sydney"));
		assertThat(table.ipv4(0x010001FF)).isEqualTo(Zones.get("Australia/Sydney"));
		assertThat(table.ipv4(0x01000200)).isEqualTo(Zones.get("Asia/Tokyo"));
		assertThat(table.ipv4(0x510244FF)).isEqualTo(Zones.get("Asia/Tokyo"));
		assertThat(table.ipv4(0x51024500)).isEqualTo(Zones.get("Europe/London"));
		assertThat(table.ipv4(0x510245FF)).isEqualTo(Zones.get("Europe/London"));
		assertThat(table.ipv4(0x51024600)).isNull();
		assertThat(table.ipv4(0xFFFFFEFF)).isNull();
		assertThat(table.ipv4(0xFFFFFFFF)).isEqualTo(Zones.get("America/Punta_Arenas"));
		assertThat(table.ipv6(0x2A020AA0FFFFFFFFL)).isNull();
		assertThat(table.ipv6(0x2A020AA100000000L)).isEqualTo(Zones.get("Europe/Zurich"));
		assertThat(table.ipv6(0x2A020AA1FFFFFFFFL)).isEqualTo(Zones.get("Europe/Zurich"));
		assertThat(table.ipv6(0x2A020AA200000000L)).isNull();
		assertThat(table.metadata()).containsEntry("source", "fixture").containsEntry("source.version", "1");
	}

	@Test
	void aZoneTheReleaseLacksBecomesItsSubstituteOrNoLocationAndIsReported() throws IOException {
		List<String> unknown = new ArrayList<>();
		IpTable table = IpTable.read(new ByteArrayInputStream(fixture().build()), unknown::add);
		assertThat(table.ipv4(0xFFFFFF00)).isEqualTo(Zones.get("America/Punta_Arenas"));
		assertThat(table.ipv6(0xFFFFFFFFFFFFFFFFL)).isNull();
		assertThat(unknown).containsExactly(
				"Antarctica/Newer is not in tz " + Zones.release() + "; answering with America/Punta_Arenas, "
						+ "which keeps the same time now",
				"Mars/Olympus_Mons is not in tz " + Zones.release() + ", and has no substitute: what the table puts there "
						+ "has no zone here");
	}

	@Test
	void rangesMustComeInOrderFromZero() {
		assertThatIllegalArgumentException().isThrownBy(() -> new IpTable.Builder().ipv4(1, null));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new IpTable.Builder().ipv4(0, null).ipv4(5, "Asia/Tokyo").ipv4(5, null));
		assertThatIllegalArgumentException().isThrownBy(() -> new IpTable.Builder().ipv4(0, null).ipv4(1L << 32, null));
	}

	@Test
	void theShippedTableIsOrderedAndMerged() throws IOException {
		IpTable table = new IpLocator(IpLocator.TABLE, null).table();
		assertThat(table.metadata()).containsKeys("source", "source.version", "source.date", "polygons");
		assertThat(table.ipv4Ranges()).isGreaterThan(100_000);
		assertThat(table.ipv6Ranges()).isGreaterThan(100_000);
		for (int range = 0; range < table.ipv4Ranges() - 1; range += 997) {
			long start = table.ipv4Start(range);
			long end = table.ipv4Start(range + 1) - 1;
			assertThat(table.ipv4((int) end)).as("last of range %d", range).isEqualTo(table.ipv4((int) start));
			assertThat(table.ipv4((int) (end + 1))).as("first after range %d", range)
				.isNotEqualTo(table.ipv4((int) start));
		}
		for (int range = 0; range < table.ipv6Ranges() - 1; range += 997) {
			long start = table.ipv6Start(range);
			long end = table.ipv6Start(range + 1) - 1;
			assertThat(table.ipv6(end)).isEqualTo(table.ipv6(start));
			assertThat(table.ipv6(end + 1)).isNotEqualTo(table.ipv6(start));
		}
	}

}
