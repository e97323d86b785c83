package se.klockan.ip;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import se.klockan.zone.Zone;
import se.klockan.zone.Zones;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

/**
 * The time zone of an IP address, from the table shipped in the app (DB-IP's IP to City Lite,
 * placed in zones by timezone-boundary-builder's polygons). Addresses that can have no place
 * (private, loopback, link-local, CGNAT, documentation, multicast, reserved) and those the data
 * doesn't know get the fallback zone, or none. The table is read on first use, so start-up
 * doesn't wait for it; the warm-up after the port opens makes that first use (its requests
 * include {@code /api/ip}), off the request threads.
 */
public class IpLocator {

	/** The table, on the class path. */
	static final String TABLE = "ip/ip-zones.bin";

	private static final Log log = LogFactory.getLog(IpLocator.class);

	private final String resource;

	private final Zone fallback;

	private volatile IpTable table;

	IpLocator(String resource, String fallbackZone) {
		this.resource = resource;
		this.fallback = (fallbackZone != null && !fallbackZone.isBlank()) ? Zones.get(fallbackZone) : null;
	}

	/**
	 * The zone of {@code address} (IPv4 dotted quad, or IPv6), the fallback when it has no
	 * location, null when there is no fallback either.
	 * @throws MalformedAddressException if it is not an IP address
	 */
	public Zone zoneOf(String address) {
		byte[] bytes = IpAddress.parse(address);
		if (bytes == null) {
			throw new MalformedAddressException();
		}
		Zone zone = locate(bytes);
		return (zone != null) ? zone : this.fallback;
	}

	IpTable table() {
		IpTable loaded = this.table;
		if (loaded == null) {
			synchronized (this) {
				loaded = this.table;
				if (loaded == null) {
					loaded = load();
					this.table = loaded;
				}
			}
		}
		return loaded;
	}

	private IpTable load() {
		long started = System.nanoTime();
		try (InputStream in = IpLocator.class.getClassLoader().getResourceAsStream(this.resource)) {
			if (in == null) {
				throw new IllegalStateException("No IP zone table at " + this.resource + " on the class path");
			}
			// A zone the shipped tz release lacks is answered by its substitute (or has no location): a notice, not a fault.
			IpTable loaded = IpTable.read(in, log::info);
			log.info("IP zone table read in " + (System.nanoTime() - started) / 1_000_000 + " ms: "
					+ loaded.ipv4Ranges() + " IPv4 and " + loaded.ipv6Ranges() + " IPv6 ranges, "
					+ loaded.metadata().get("source"));
			return loaded;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private Zone locate(byte[] address) {
		if (address.length == 4) {
			int v4 = toInt(address, 0);
			return SpecialAddresses.hasNoLocation(v4) ? null : table().ipv4(v4);
		}
		long network = toLong(address, 0);
		if ((network >>> 32) == 0x0064FF9BL && toInt(address, 8) == 0) {
			// 64:ff9b::/96, NAT64: an IPv4 address inside
			int v4 = toInt(address, 12);
			return SpecialAddresses.hasNoLocation(v4) ? null : table().ipv4(v4);
		}
		if ((network >>> 48) == 0x2002L) {
			// 2002::/16, 6to4: the IPv4 address of the site in the next 32 bits
			int v4 = (int) (network >>> 16);
			return SpecialAddresses.hasNoLocation(v4) ? null : table().ipv4(v4);
		}
		return SpecialAddresses.hasNoLocation(network, toLong(address, 8)) ? null : table().ipv6(network);
	}

	private static int toInt(byte[] bytes, int from) {
		return ((bytes[from] & 0xFF) << 24) | ((bytes[from + 1] & 0xFF) << 16) | ((bytes[from + 2] & 0xFF) << 8)
				| (bytes[from + 3] & 0xFF);
	}

	private static long toLong(byte[] bytes, int from) {
		return ((long) toInt(bytes, from) << 32) | (toInt(bytes, from + 4) & 0xFFFFFFFFL);
	}

	/** Not an IP address: a 400, as WorldTimeAPI's {@code malformed ip}. */
	public static class MalformedAddressException extends RuntimeException {

		MalformedAddressException() {
			super("malformed ip", null, false, false);
		}

	}

}
