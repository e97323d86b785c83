package se.klockan.place;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;

import se.klockan.data.TableFile;
import se.klockan.zone.Zone;
import se.klockan.zone.Zones;

/**
 * The time zone at a point on the Earth, from timezone-boundary-builder's polygons clipped to the
 * cells of a quadtree (built by {@code tools/build-place-tables}). A cell is split in four until
 * it holds one zone, or few enough polygon vertices to test; a leaf with several zones keeps the
 * rings of all but one of them, their vertices as 16-bit fractions of the cell, and the zone it
 * keeps none for (the one covering most of it) is what a point in none of the others is in.
 * Clipping is what makes a look-up fast: the point is tested against a cell's few hundred
 * vertices, not a zone's hundred thousand.
 * <p>
 * In memory, two arrays: the tree's nodes, four child references each, and the leaves' shapes.
 * A reference's top two bits say what it is: {@code 00} a node (the rest its number), {@code 01}
 * a cell of one zone (the low 16 bits its number), {@code 10} a cell of shapes (the rest where
 * they start). A shape leaf is: how many zones it has rings for, the zone for the rest of the
 * cell, then for each zone its number, its ring count and each ring's vertex count and vertices
 * (x, y). Zones are tested in that order, the first whose rings hold the point (even-odd) taking
 * it, so an area two zones' polygons both cover goes to the one the table puts first. On disk
 * (the format is here, both ways, so the tool and the app can never disagree): metadata, zone
 * names with their substitutes, the root reference, the nodes, the shapes, all deflated.
 */
public final class ZoneShapes {

	static final String MAGIC = "klockan-zone-shapes";

	static final int VERSION = 1;

	/** Vertex coordinates are fractions of their cell, from 0 to this. */
	public static final int SCALE = 65535;

	static final int NODE = 0;

	static final int ZONE = 1;

	static final int SHAPES = 2;

	private final Map<String, String> metadata;

	private final Zone[] zones;

	private final int root;

	private final int[] nodes;

	private final char[] shapes;

	private ZoneShapes(Map<String, String> metadata, Zone[] zones, int root, int[] nodes, char[] shapes) {
		this.metadata = metadata;
		this.zones = zones;
		this.root = root;
		this.nodes = nodes;
		this.shapes = shapes;
	}

	/** What the table was built from: sources, versions, licences. */
	public Map<String, String> metadata() {
		return this.metadata;
	}

	/** The zone at a point (latitude -90 to 90, longitude -180 to 180), or null where it has none. */
	public Zone zoneAt(double latitude, double longitude) {
		return this.zones[indexAt(latitude, longitude)];
	}

	/** How many cells, and how many of them hold shapes. */
	public int nodes() {
		return this.nodes.length / 4;
	}

	/** The heap the two arrays take, in bytes. */
	public long bytes() {
		return 4L * this.nodes.length + 2L * this.shapes.length;
	}

	int indexAt(double latitude, double longitude) {
		if (!(latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180)) {
			throw new IllegalArgumentException("Not a point on the Earth: " + latitude + "," + longitude);
		}
		// The 180th meridian is the -180th; the pole is in the top row of cells.
		double x = (longitude == 180) ? -180 : longitude;
		double y = Math.min(latitude, Math.nextDown(90.0));
		double x0 = -180;
		double y0 = -90;
		double width = 360;
		double height = 180;
		int reference = this.root;
		while ((reference >>> 30) == NODE) {
			width /= 2;
			height /= 2;
			int child = 0;
			if (x >= x0 + width) {
				x0 += width;
				child = 1;
			}
			if (y >= y0 + height) {
				y0 += height;
				child |= 2;
			}
			reference = this.nodes[reference * 4 + child];
		}
		if ((reference >>> 30) == ZONE) {
			return reference & 0xFFFF;
		}
		return inShapes(reference & 0x3FFFFFFF, (x - x0) / width * SCALE, (y - y0) / height * SCALE);
	}

	private int inShapes(int at, double x, double y) {
		char[] s = this.shapes;
		int zones = s[at++];
		int rest = s[at++];
		for (int zone = 0; zone < zones; zone++) {
			int number = s[at++];
			int rings = s[at++];
			boolean inside = false;
			for (int ring = 0; ring < rings; ring++) {
				int end = at + 1 + 2 * s[at];
				at++;
				double xj = s[end - 2];
				double yj = s[end - 1];
				for (int i = at; i < end; i += 2) {
					double xi = s[i];
					double yi = s[i + 1];
					if ((yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi) {
						inside = !inside;
					}
					xj = xi;
					yj = yi;
				}
				at = end;
			}
			if (inside) {
				return number;
			}
		}
		return rest;
	}

	/**
	 * Reads a table. A zone the shipped tz release doesn't know (older than the table's data)
	 * becomes the substitute the table names for it; without one, its cells have no zone. Either
	 * way {@code unknown} hears of it, once per zone.
	 */
	public static ZoneShapes read(InputStream in, Consumer<String> unknown) throws IOException {
		return TableFile.read(in, MAGIC, VERSION, "zone shape table", (data, metadata) -> {
			Zone[] zones = new Zone[data.readInt()];
			for (int i = 0; i < zones.length; i++) {
				zones[i] = Zones.findOrSubstitute(data.readUTF(), data.readUTF(), unknown);
			}
			int root = data.readInt();
			byte[] nodeBytes = new byte[Math.multiplyExact(data.readInt(), 4)];
			data.readFully(nodeBytes);
			int[] nodes = new int[nodeBytes.length / 4];
			ByteBuffer.wrap(nodeBytes).asIntBuffer().get(nodes);
			byte[] shapeBytes = new byte[Math.multiplyExact(data.readInt(), 2)];
			data.readFully(shapeBytes);
			char[] shapes = new char[shapeBytes.length / 2];
			ByteBuffer.wrap(shapeBytes).asCharBuffer().get(shapes);
			return new ZoneShapes(metadata, zones, root, nodes, shapes);
		});
	}

	/** A reference to a cell of one zone. */
	public static int zoneCell(int zone) {
		return (ZONE << 30) | zone;
	}

	/**
	 * Writes a table: the zones by name (numbered in this order), the tree from the root cell
	 * down, each node's children in the order SW, SE, NW, NE. The same calls give the same bytes.
	 */
	public static final class Writer {

		private final Map<String, String> metadata = new TreeMap<>();

		private final List<String> zones;

		private final Map<String, String> substitutes;

		private int[] nodes = new int[1 << 16];

		private int nodeCount;

		private char[] shapes = new char[1 << 20];

		private int shapeLength;

		/** For these zones (numbered in this order), with a zone of the same rules for each an older tz release lacks. */
		public Writer(List<String> zones, Map<String, String> substitutes) {
			if (zones.size() > 0xFFFF) {
				throw new IllegalArgumentException("Too many zones");
			}
			this.zones = List.copyOf(zones);
			this.substitutes = Map.copyOf(substitutes);
		}

		public Writer metadata(String key, String value) {
			this.metadata.put(key, value);
			return this;
		}

		/** A new node, its children set later with {@link #child}; returns its reference. */
		public int node() {
			if (this.nodeCount * 4 + 4 > this.nodes.length) {
				this.nodes = java.util.Arrays.copyOf(this.nodes, this.nodes.length * 2);
			}
			return this.nodeCount++;
		}

		public void child(int node, int child, int reference) {
			this.nodes[node * 4 + child] = reference;
		}

		/**
		 * A cell of shapes: {@code rings[z]} the rings of {@code zones[z]}, each as x, y pairs in
		 * 0 to {@link #SCALE}; {@code rest} the zone of the rest. Returns its reference.
		 */
		public int shapes(int[] zones, List<List<char[]>> rings, int rest) {
			int start = this.shapeLength;
			if (start > 0x3FFFFFFF) {
				throw new IllegalStateException("Too many shapes");
			}
			put((char) zones.length);
			put((char) rest);
			for (int z = 0; z < zones.length; z++) {
				put((char) zones[z]);
				put((char) rings.get(z).size());
				for (char[] ring : rings.get(z)) {
					if (ring.length / 2 > 0xFFFF) {
						throw new IllegalArgumentException("A ring of too many vertices");
					}
					put((char) (ring.length / 2));
					for (char c : ring) {
						put(c);
					}
				}
			}
			return (SHAPES << 30) | start;
		}

		private void put(char c) {
			if (this.shapeLength == this.shapes.length) {
				this.shapes = java.util.Arrays.copyOf(this.shapes, this.shapes.length * 2);
			}
			this.shapes[this.shapeLength++] = c;
		}

		public byte[] build(int root) {
			return TableFile.write(MAGIC, VERSION, this.metadata, (out) -> {
				out.writeInt(this.zones.size());
				for (String zone : this.zones) {
					out.writeUTF(zone);
					out.writeUTF(this.substitutes.getOrDefault(zone, ""));
				}
				out.writeInt(root);
				out.writeInt(this.nodeCount * 4);
				for (int i = 0; i < this.nodeCount * 4; i++) {
					out.writeInt(this.nodes[i]);
				}
				out.writeInt(this.shapeLength);
				for (int i = 0; i < this.shapeLength; i++) {
					out.writeChar(this.shapes[i]);
				}
			});
		}

	}

}
