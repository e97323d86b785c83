package se.klockan.ip;

/**
 * Address space that has no place on a map, whatever a data set says: IANA's special-purpose
 * registries (RFC 6890 and its updates) for IPv4 and IPv6.
 */
final class SpecialAddresses {

	/** IPv4 blocks as {start, prefix length}. */
	private static final int[][] IPV4 = { //
			{ 0x00000000, 8 }, // 0.0.0.0/8 "this network"
			{ 0x0A000000, 8 }, // 10.0.0.0/8 private
			{ 0x64400000, 10 }, // 100.64.0.0/10 carrier-grade NAT
			{ 0x7F000000, 8 }, // 127.0.0.0/8 loopback
			{ 0xA9FE0000, 16 }, // 169.254.0.0/16 link-local
			{ 0xAC100000, 12 }, // 172.16.0.0/12 private
			{ 0xC0000000, 24 }, // 192.0.0.0/24 protocol assignments
			{ 0xC0000200, 24 }, // 192.0.2.0/24 documentation
			{ 0xC0586300, 24 }, // 192.88.99.0/24 6to4 relay anycast
			{ 0xC0A80000, 16 }, // 192.168.0.0/16 private
			{ 0xC6120000, 15 }, // 198.18.0.0/15 benchmarking
			{ 0xC6336400, 24 }, // 198.51.100.0/24 documentation
			{ 0xCB007100, 24 }, // 203.0.113.0/24 documentation
			{ 0xE0000000, 4 }, // 224.0.0.0/4 multicast
			{ 0xF0000000, 4 }, // 240.0.0.0/4 reserved, and the broadcast address
	};

	private SpecialAddresses() {
	}

	static boolean hasNoLocation(int address) {
		for (int[] block : IPV4) {
			int mask = -1 << (32 - block[1]);
			if ((address & mask) == block[0]) {
				return true;
			}
		}
		return false;
	}

	/** An IPv6 address, as its two halves. (IPv4-mapped ones are checked as IPv4.) */
	static boolean hasNoLocation(long high, long low) {
		return (high == 0 && (low >>> 32) == 0) // ::/96: unspecified, loopback, IPv4-compatible (deprecated)
				|| high == 0x0100_0000_0000_0000L // 100::/64 discard
				|| (high >>> 32) == 0x2001_0DB8L // 2001:db8::/32 documentation
				|| (high >>> 44) == 0x3FFF0L // 3fff::/20 documentation
				|| (high >>> 57) == (0xFC00L >>> 9) // fc00::/7 unique local
				|| (high >>> 54) == (0xFE80L >>> 6) // fe80::/10 link-local
				|| (high >>> 54) == (0xFEC0L >>> 6) // fec0::/10 site-local, deprecated
				|| (high >>> 56) == 0xFFL; // ff00::/8 multicast
	}

}
