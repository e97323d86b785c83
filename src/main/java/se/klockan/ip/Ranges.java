package se.klockan.ip;

import java.io.DataInputStream;
import java.io.IOException;
import java.util.Arrays;

/**
 * One address family's ranges, packed: every 32nd start in full (searched by bisection), and
 * between them each range as two variable-length numbers, its distance from the one before and
 * its zone, decoded on the way. About 4 bytes a range instead of 6 to 10 as flat arrays, for a
 * look-up that reads at most 32 of them.
 */
final class Ranges {

	private static final int BLOCK = 32;

	private final int count;

	/** Each block's first start, sign bit flipped so that signed order is unsigned order. */
	private final long[] blockStarts;

	/** Where each block's ranges begin in {@link #packed}. */
	private final int[] blockOffsets;

	private final byte[] packed;

	private Ranges(int count, long[] blockStarts, int[] blockOffsets, byte[] packed) {
		this.count = count;
		this.blockStarts = blockStarts;
		this.blockOffsets = blockOffsets;
		this.packed = packed;
	}

	int count() {
		return this.count;
	}

	/** The zone number of the range that holds {@code address} (unsigned). */
	int zoneOf(long address) {
		int at = Arrays.binarySearch(this.blockStarts, address ^ Long.MIN_VALUE);
		int block = (at >= 0) ? at : -at - 2;
		if (block < 0) {
			return 0;
		}
		long start = this.blockStarts[block] ^ Long.MIN_VALUE;
		int[] position = { this.blockOffsets[block] };
		int end = (block + 1 < this.blockOffsets.length) ? this.blockOffsets[block + 1] : this.packed.length;
		readVarLong(position); // the block's first distance, 0
		int zone = (int) readVarLong(position);
		while (position[0] < end) {
			long next = start + readVarLong(position);
			if (Long.compareUnsigned(next, address) > 0) {
				break;
			}
			start = next;
			zone = (int) readVarLong(position);
		}
		return zone;
	}

	/** Where range {@code range} starts (unsigned), for tests. */
	long start(int range) {
		int block = range / BLOCK;
		long start = this.blockStarts[block] ^ Long.MIN_VALUE;
		int[] position = { this.blockOffsets[block] };
		for (int i = block * BLOCK; i <= range; i++) {
			start += readVarLong(position);
			readVarLong(position);
		}
		return start;
	}

	/** Reads {@code count} ranges as the table file holds them: distance from the last, zone number. */
	static Ranges read(DataInputStream in, int count) throws IOException {
		int blocks = (count + BLOCK - 1) / BLOCK;
		long[] blockStarts = new long[blocks];
		int[] blockOffsets = new int[blocks];
		byte[] packed = new byte[count * 4];
		int length = 0;
		long start = 0;
		for (int i = 0; i < count; i++) {
			long distance = IpTable.readVarLong(in);
			long zone = IpTable.readVarLong(in);
			start += distance;
			if (i % BLOCK == 0) {
				blockStarts[i / BLOCK] = start ^ Long.MIN_VALUE;
				blockOffsets[i / BLOCK] = length;
				distance = 0;
			}
			if (packed.length - length < 20) {
				packed = Arrays.copyOf(packed, packed.length + packed.length / 2 + 20);
			}
			length = writeVarLong(packed, length, distance);
			length = writeVarLong(packed, length, zone);
		}
		return new Ranges(count, blockStarts, blockOffsets, Arrays.copyOf(packed, length));
	}

	private long readVarLong(int[] position) {
		long value = 0;
		for (int shift = 0;; shift += 7) {
			byte b = this.packed[position[0]++];
			value |= (long) (b & 0x7F) << shift;
			if (b >= 0) {
				return value;
			}
		}
	}

	private static int writeVarLong(byte[] bytes, int at, long value) {
		while ((value & ~0x7FL) != 0) {
			bytes[at++] = (byte) ((value & 0x7F) | 0x80);
			value >>>= 7;
		}
		bytes[at++] = (byte) value;
		return at;
	}

}
