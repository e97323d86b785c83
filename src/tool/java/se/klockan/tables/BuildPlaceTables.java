package se.klockan.tables;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import com.github.luben.zstd.ZstdInputStream;
import net.iakovlev.timeshape.proto.Geojson;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import se.klockan.place.Place;
import se.klockan.place.PlaceNames;
import se.klockan.place.ZoneShapes;

/**
 * Builds Klockan's zone shapes ({@code zone-shapes.bin}: coordinates to zones) from
 * timezone-boundary-builder's polygons as timeshape's jar carries them, and its place names
 * ({@code place-names.bin}) from GeoNames' cities.
 * <p>
 * <b>Shapes.</b> The Earth, longitude -180 to 180 by latitude -90 to 90, is the root cell of a
 * quadtree. A cell holding one zone (or whose first zone in order covers it) is a leaf of that
 * zone. A cell holding several is split in four, each zone's rings clipped to each quarter
 * (Sutherland-Hodgman: a ring stays one ring, its parts along the cell's edges cancelling out in
 * an even-odd test), until the rings of all its zones but the one with the most vertices, once
 * simplified (Douglas-Peucker, {@link #TOLERANCE}, never moving a vertex on the cell's edge),
 * have at most {@link #MAX_VERTICES} vertices, and the cell is small enough for 16-bit
 * fractions of it to be within {@link #QUANTUM_METRES} of the truth ({@link #MIN_SHAPE_DEPTH}).
 * The zone without rings takes what the others don't. A cell no polygon covers (none, in the
 * data with oceans) takes the nautical zone of its longitude.
 * <p>
 * <b>Overlaps.</b> Where two zones' polygons both cover an area (found where the zones of a leaf
 * cover more than it), the zone {@code tools/zone-overlaps} puts first takes it; an overlap that
 * file doesn't name fails the build, naming the zones and where.
 * <p>
 * <b>Places.</b> GeoNames' {@code cities500.txt}: every place of at least {@link #POPULATION}
 * people, and every capital, with its name, ASCII name and alternate names, most populous first.
 * <p>
 * Arguments: cities500.txt, zone.tab, zone-overlaps, the output directory, then
 * {@code key=value} metadata to record (the sources' packages, versions and integrity).
 */
public final class BuildPlaceTables {

	/** How far (degrees) simplification may move a border: about 5.6 m north-south. */
	static final double TOLERANCE = 5e-5;

	/** The most vertices a cell of shapes keeps. */
	static final int MAX_VERTICES = 128;

	/** No shapes in a cell bigger than 360/2^7 = 2.8 degrees: a 16-bit fraction of it is then within 2.4 m. */
	static final int MIN_SHAPE_DEPTH = 7;

	static final double QUANTUM_METRES = 2.4;

	/** Cells of 360/2^22 degrees (9.5 m by 4.8 m at the equator) keep whatever they hold. */
	static final int MAX_DEPTH = 22;

	/** Places of at least this many people (and every capital). */
	static final int POPULATION = 15_000;

	/** Below this (square degrees, about 0.01 m² at the equator), a clipped ring has no area. */
	static final double NO_AREA = 1e-12;

	/** A leaf whose zones cover more than this (square degrees) beyond its area has an overlap. */
	static final double OVERLAP = 1e-8;

	private BuildPlaceTables() {
	}

	public static void main(String[] args) throws Exception {
		Path cities = Path.of(args[0]);
		BuildIpTable.ZoneTab zoneTab = BuildIpTable.ZoneTab.read(Path.of(args[1]));
		Overlaps overlaps = Overlaps.read(Path.of(args[2]));
		Path out = Path.of(args[3]);
		Map<String, String> metadata = BuildIpTable.metadata(args, 4);
		long started = System.nanoTime();
		Map<String, List<Ring>> polygons = readPolygons();
		long vertices = polygons.values().stream().flatMap(List::stream).mapToLong((r) -> r.length()).sum();
		log(started, polygons.size() + " zones, " + vertices + " vertices");

		TreeSet<String> names = new TreeSet<>(polygons.keySet());
		for (int hours = -12; hours <= 14; hours++) {
			names.add(nautical(hours));
		}
		List<String> zones = new ArrayList<>(names);
		Map<String, String> substitutes = new TreeMap<>();
		Instant from = Instant.parse(metadata.getOrDefault("substitutes.from", "2026-01-01T00:00:00Z"));
		for (String zone : zones) {
			String substitute = zoneTab.substitute(zone, from);
			if (substitute != null) {
				substitutes.put(zone, substitute);
			}
		}
		metadata.put("tolerance.degrees", String.valueOf(TOLERANCE));
		metadata.put("max.vertices", String.valueOf(MAX_VERTICES));
		ZoneShapes.Writer writer = new ZoneShapes.Writer(zones, substitutes);
		metadata.forEach(writer::metadata);
		Tree tree = new Tree(writer, zones, overlaps);
		List<Piece> world = new ArrayList<>();
		polygons.forEach((zone, rings) -> world.add(new Piece(zones.indexOf(zone), rings)));
		int root = tree.build(-180, -90, 360, 180, 0, world);
		if (!tree.unruled.isEmpty()) {
			System.out.println("Overlaps tools/zone-overlaps doesn't rule on (zones, a point in them):");
			tree.unruled.forEach((pair, where) -> System.out.println("  " + pair + "  " + where));
			throw new IllegalStateException(tree.unruled.size() + " overlaps without a rule");
		}
		byte[] shapes = writer.build(root);
		Files.createDirectories(out);
		Files.write(out.resolve("zone-shapes.bin"), shapes);
		log(started, "wrote zone-shapes.bin: " + shapes.length + " bytes; " + tree.report());
		tree.ruled.forEach((pair, where) -> System.out.println("  overlap " + pair + " near " + where));

		PlaceNames.Writer places = new PlaceNames.Writer();
		metadata.forEach(places::metadata);
		int count = readPlaces(cities, places);
		byte[] index = places.build();
		Files.write(out.resolve("place-names.bin"), index);
		log(started, "wrote place-names.bin: " + index.length + " bytes, " + count + " places");
	}

	static void log(long started, String what) {
		System.out.printf("%6.1f s  %s%n", (System.nanoTime() - started) / 1e9, what);
	}

	static String nautical(int hours) {
		// Etc/GMT-1 is an hour ahead of UTC: the tz database's POSIX-style sign.
		return (hours == 0) ? "Etc/GMT" : "Etc/GMT" + ((hours > 0) ? "-" : "+") + Math.abs(hours);
	}

	/** timeshape's data: a zstd-compressed tar of one protobuf feature per zone. */
	static Map<String, List<Ring>> readPolygons() throws IOException {
		Map<String, List<Ring>> zones = new TreeMap<>();
		try (InputStream resource = BuildPlaceTables.class.getResourceAsStream("/data.tar.zstd");
				TarArchiveInputStream tar = new TarArchiveInputStream(
						new BufferedInputStream(new ZstdInputStream(resource), 1 << 16))) {
			for (TarArchiveEntry entry = tar.getNextEntry(); entry != null; entry = tar.getNextEntry()) {
				Geojson.Feature feature = Geojson.Feature.parseFrom(tar.readNBytes((int) entry.getSize()));
				String zone = feature.getProperties(0).getValueString();
				List<Ring> rings = zones.computeIfAbsent(zone, (z) -> new ArrayList<>());
				Geojson.Geometry geometry = feature.getGeometry();
				List<Geojson.Polygon> parts = geometry.hasPolygon() ? List.of(geometry.getPolygon())
						: geometry.getMultiPolygon().getCoordinatesList();
				for (Geojson.Polygon polygon : parts) {
					for (int r = 0; r < polygon.getCoordinatesCount(); r++) {
						Ring ring = Ring.of(polygon.getCoordinates(r).getCoordinatesList(), r > 0);
						if (ring != null) {
							rings.add(ring);
						}
					}
				}
			}
		}
		return zones;
	}

	/**
	 * GeoNames' cities: places of at least {@link #POPULATION} people and capitals, most
	 * populous first (then by GeoNames id), each with all its names.
	 */
	static int readPlaces(Path cities, PlaceNames.Writer writer) throws IOException {
		record City(int id, Place place, List<String> names, String zone) {
		}
		List<City> chosen = new ArrayList<>();
		for (String line : Files.readAllLines(cities)) {
			String[] f = line.split("\t", -1);
			long population = f[14].isEmpty() ? 0 : Long.parseLong(f[14]);
			if (population < POPULATION && !"PPLC".equals(f[7])) {
				continue;
			}
			List<String> names = new ArrayList<>(List.of(f[1], f[2]));
			if (!f[3].isEmpty()) {
				names.addAll(List.of(f[3].split(",")));
			}
			Place place = new Place(f[1], f[8], Double.parseDouble(f[4]), Double.parseDouble(f[5]), population);
			chosen.add(new City(Integer.parseInt(f[0]), place, names, f[17]));
		}
		chosen.sort(Comparator.comparingLong((City c) -> -c.place().population()).thenComparingInt(City::id));
		for (City city : chosen) {
			writer.add(city.place(), city.names(), city.zone());
		}
		return chosen.size();
	}

	/** A ring of a polygon: x (longitude), y (latitude) pairs, not repeating the first at the end. */
	record Ring(double[] xy, boolean hole, double minX, double minY, double maxX, double maxY) {

		static Ring of(List<Geojson.Position> positions, boolean hole) {
			int n = positions.size();
			if (n > 1 && positions.get(0).equals(positions.get(n - 1))) {
				n--;
			}
			double[] xy = new double[2 * n];
			for (int i = 0; i < n; i++) {
				xy[2 * i] = positions.get(i).getLon();
				xy[2 * i + 1] = positions.get(i).getLat();
			}
			return of(xy, hole);
		}

		static Ring of(double[] xy, boolean hole) {
			if (xy.length < 6) {
				return null;
			}
			double minX = Double.MAX_VALUE;
			double minY = Double.MAX_VALUE;
			double maxX = -Double.MAX_VALUE;
			double maxY = -Double.MAX_VALUE;
			for (int i = 0; i < xy.length; i += 2) {
				minX = Math.min(minX, xy[i]);
				maxX = Math.max(maxX, xy[i]);
				minY = Math.min(minY, xy[i + 1]);
				maxY = Math.max(maxY, xy[i + 1]);
			}
			return new Ring(xy, hole, minX, minY, maxX, maxY);
		}

		int length() {
			return this.xy.length / 2;
		}

		double area() {
			double sum = 0;
			int n = this.xy.length;
			for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
				sum += (this.xy[j] + this.xy[i]) * (this.xy[j + 1] - this.xy[i + 1]);
			}
			return Math.abs(sum / 2);
		}

		/** This ring clipped to a rectangle, or null if nothing of it (no area) is left. */
		Ring clip(double x0, double y0, double x1, double y1) {
			if (this.minX >= x1 || this.maxX <= x0 || this.minY >= y1 || this.maxY <= y0) {
				return null;
			}
			if (this.minX >= x0 && this.maxX <= x1 && this.minY >= y0 && this.maxY <= y1) {
				return this;
			}
			double[] xy = this.xy;
			xy = clip(xy, 0, x0, true);
			xy = clip(xy, 0, x1, false);
			xy = clip(xy, 1, y0, true);
			xy = clip(xy, 1, y1, false);
			Ring ring = of(xy, this.hole);
			return (ring != null && ring.area() > NO_AREA) ? ring : null;
		}

		/** One pass of Sutherland-Hodgman: keeps what is on one side of {@code axis = at}. */
		private static double[] clip(double[] xy, int axis, double at, boolean above) {
			int n = xy.length;
			if (n == 0) {
				return xy;
			}
			double[] out = new double[n + n / 2 + 4];
			int m = 0;
			double px = xy[n - 2];
			double py = xy[n - 1];
			boolean pIn = above ? ((axis == 0 ? px : py) >= at) : ((axis == 0 ? px : py) <= at);
			for (int i = 0; i < n; i += 2) {
				double cx = xy[i];
				double cy = xy[i + 1];
				double c = (axis == 0) ? cx : cy;
				boolean cIn = above ? (c >= at) : (c <= at);
				if (cIn != pIn) {
					double p = (axis == 0) ? px : py;
					double t = (at - p) / (c - p);
					if (m + 2 > out.length) {
						out = Arrays.copyOf(out, out.length * 2);
					}
					if (axis == 0) {
						out[m++] = at;
						out[m++] = py + t * (cy - py);
					}
					else {
						out[m++] = px + t * (cx - px);
						out[m++] = at;
					}
				}
				if (cIn) {
					if (m + 2 > out.length) {
						out = Arrays.copyOf(out, out.length * 2);
					}
					out[m++] = cx;
					out[m++] = cy;
				}
				px = cx;
				py = cy;
				pIn = cIn;
			}
			return Arrays.copyOf(out, m);
		}

		/**
		 * Douglas-Peucker within {@code tolerance}, keeping every vertex on the cell's edges
		 * (where clipping cut the ring) and at least three.
		 */
		double[] simplified(double tolerance, double x0, double y0, double x1, double y1) {
			int n = length();
			boolean[] keep = new boolean[n];
			List<Integer> fixed = new ArrayList<>();
			for (int i = 0; i < n; i++) {
				double x = this.xy[2 * i];
				double y = this.xy[2 * i + 1];
				if (x == x0 || x == x1 || y == y0 || y == y1) {
					keep[i] = true;
					fixed.add(i);
				}
			}
			if (fixed.isEmpty()) {
				// A ring of its own: split at the first vertex and the one farthest from it.
				int far = 0;
				double best = -1;
				for (int i = 1; i < n; i++) {
					double d = Math.hypot(this.xy[2 * i] - this.xy[0], this.xy[2 * i + 1] - this.xy[1]);
					if (d > best) {
						best = d;
						far = i;
					}
				}
				keep[0] = true;
				keep[far] = true;
				fixed.add(0);
				fixed.add(far);
			}
			for (int k = 0; k < fixed.size(); k++) {
				int from = fixed.get(k);
				int to = fixed.get((k + 1) % fixed.size());
				simplify(from, (to <= from) ? to + n : to, n, tolerance, keep);
			}
			int kept = 0;
			for (boolean k : keep) {
				kept += k ? 1 : 0;
			}
			if (kept < 3) {
				// Too small to keep its shape within the tolerance: keep it whole.
				return this.xy.clone();
			}
			double[] out = new double[2 * kept];
			int m = 0;
			for (int i = 0; i < n; i++) {
				if (keep[i]) {
					out[m++] = this.xy[2 * i];
					out[m++] = this.xy[2 * i + 1];
				}
			}
			return out;
		}

		/** Vertices from..to (indexes mod n, to > from) kept where they stray from the chord. */
		private void simplify(int from, int to, int n, double tolerance, boolean[] keep) {
			int[] stack = new int[64];
			int top = 0;
			stack[top++] = from;
			stack[top++] = to;
			while (top > 0) {
				int b = stack[--top];
				int a = stack[--top];
				if (b - a < 2) {
					continue;
				}
				double ax = this.xy[2 * (a % n)];
				double ay = this.xy[2 * (a % n) + 1];
				double bx = this.xy[2 * (b % n)];
				double by = this.xy[2 * (b % n) + 1];
				double dx = bx - ax;
				double dy = by - ay;
				double length2 = dx * dx + dy * dy;
				int far = -1;
				double best = tolerance;
				for (int i = a + 1; i < b; i++) {
					double px = this.xy[2 * (i % n)] - ax;
					double py = this.xy[2 * (i % n) + 1] - ay;
					double d;
					if (length2 == 0) {
						d = Math.hypot(px, py);
					}
					else {
						double t = Math.max(0, Math.min(1, (px * dx + py * dy) / length2));
						d = Math.hypot(px - t * dx, py - t * dy);
					}
					if (d > best) {
						best = d;
						far = i;
					}
				}
				if (far >= 0) {
					keep[far % n] = true;
					if (top + 4 > stack.length) {
						stack = Arrays.copyOf(stack, stack.length * 2);
					}
					stack[top++] = a;
					stack[top++] = far;
					stack[top++] = far;
					stack[top++] = b;
				}
			}
		}

	}

	/** A zone's rings within a cell. */
	record Piece(int zone, List<Ring> rings) {

		double area() {
			double area = 0;
			for (Ring ring : this.rings) {
				area += ring.hole() ? -ring.area() : ring.area();
			}
			return area;
		}

		int vertices() {
			int n = 0;
			for (Ring ring : this.rings) {
				n += ring.length();
			}
			return n;
		}

		Piece clip(double x0, double y0, double x1, double y1) {
			List<Ring> clipped = new ArrayList<>();
			for (Ring ring : this.rings) {
				Ring part = ring.clip(x0, y0, x1, y1);
				if (part != null) {
					clipped.add(part);
				}
			}
			return clipped.isEmpty() ? null : new Piece(this.zone, clipped);
		}

	}

	/**
	 * Which zone takes an area two zones' polygons both cover: {@code tools/zone-overlaps}, one
	 * line per pair, the zone that takes it first ({@code Asia/Urumqi Asia/Shanghai  # why}).
	 */
	record Overlaps(Map<String, String> winners) {

		static Overlaps read(Path file) throws IOException {
			Map<String, String> winners = new HashMap<>();
			for (String line : Files.readAllLines(file)) {
				String text = line.replaceFirst("#.*", "").trim();
				if (!text.isEmpty()) {
					String[] zones = text.split("\\s+");
					winners.put(pair(zones[0], zones[1]), zones[0]);
				}
			}
			return new Overlaps(winners);
		}

		static String pair(String a, String b) {
			return (a.compareTo(b) < 0) ? a + " " + b : b + " " + a;
		}

		/** Whether {@code a} takes what it shares with {@code b}; null when no rule says. */
		Boolean first(String a, String b) {
			String winner = this.winners.get(pair(a, b));
			return (winner == null) ? null : winner.equals(a);
		}

	}

	/** The quadtree, built depth first into a {@link ZoneShapes.Writer}. */
	static final class Tree {

		private final ZoneShapes.Writer writer;

		private final List<String> zones;

		private final Overlaps overlaps;

		final Map<String, String> unruled = new TreeMap<>();

		final Map<String, String> ruled = new TreeMap<>();

		private long zoneCells;

		private long shapeCells;

		private long nodes;

		private long keptVertices;

		private int deepest;

		Tree(ZoneShapes.Writer writer, List<String> zones, Overlaps overlaps) {
			this.writer = writer;
			this.zones = zones;
			this.overlaps = overlaps;
		}

		String report() {
			return this.nodes + " nodes, " + this.zoneCells + " cells of one zone, " + this.shapeCells
					+ " of shapes with " + this.keptVertices + " vertices, deepest " + this.deepest;
		}

		int build(double x0, double y0, double width, double height, int depth, List<Piece> pieces) {
			this.deepest = Math.max(this.deepest, depth);
			double x1 = x0 + width;
			double y1 = y0 + height;
			double cell = width * height;
			List<Piece> present = new ArrayList<>();
			Map<Piece, Double> areas = new IdentityHashMap<>();
			double total = 0;
			for (Piece piece : pieces) {
				double area = piece.area();
				if (area > NO_AREA) {
					present.add(piece);
					areas.put(piece, area);
					total += area;
				}
			}
			if (present.isEmpty()) {
				this.zoneCells++;
				int hours = (int) Math.round((x0 + width / 2) / 15.0);
				return ZoneShapes.zoneCell(this.zones.indexOf(nautical(Math.max(-12, Math.min(12, hours)))));
			}
			order(present, areas);
			Piece first = present.get(0);
			if (present.size() == 1 || areas.get(first) >= cell * (1 - 1e-12)) {
				if (present.size() > 1) {
					overlap(present, x0, y0, x1, y1, total - cell);
				}
				this.zoneCells++;
				return ZoneShapes.zoneCell(first.zone());
			}
			// The zone without rings: of those no other present zone must come after, the one with most vertices.
			Piece rest = null;
			for (Piece piece : present) {
				if (mayBeLast(piece, present) && (rest == null || piece.vertices() > rest.vertices())) {
					rest = piece;
				}
			}
			int raw = 0;
			for (Piece piece : present) {
				raw += (piece != rest) ? piece.vertices() : 0;
			}
			if (depth >= MAX_DEPTH || (depth >= MIN_SHAPE_DEPTH && raw <= 20 * MAX_VERTICES)) {
				List<int[]> kept = new ArrayList<>();
				List<List<char[]>> rings = new ArrayList<>();
				int vertices = 0;
				for (Piece piece : present) {
					if (piece == rest) {
						continue;
					}
					List<char[]> quantized = new ArrayList<>();
					for (Ring ring : piece.rings()) {
						char[] q = quantize(ring.simplified(TOLERANCE, x0, y0, x1, y1), x0, y0, width, height);
						if (q != null) {
							quantized.add(q);
							vertices += q.length / 2;
						}
					}
					kept.add(new int[] { piece.zone() });
					rings.add(quantized);
				}
				if (depth >= MAX_DEPTH || vertices <= MAX_VERTICES) {
					if (total - cell > OVERLAP) {
						overlap(present, x0, y0, x1, y1, total - cell);
					}
					this.shapeCells++;
					this.keptVertices += vertices;
					int[] numbers = kept.stream().mapToInt((k) -> k[0]).toArray();
					return this.writer.shapes(numbers, rings, (rest != null) ? rest.zone() : present.get(present.size() - 1).zone());
				}
			}
			this.nodes++;
			int node = this.writer.node();
			double w = width / 2;
			double h = height / 2;
			for (int child = 0; child < 4; child++) {
				double cx = ((child & 1) == 0) ? x0 : x0 + w;
				double cy = ((child & 2) == 0) ? y0 : y0 + h;
				List<Piece> inside = new ArrayList<>();
				for (Piece piece : present) {
					Piece part = piece.clip(cx, cy, cx + w, cy + h);
					if (part != null) {
						inside.add(part);
					}
				}
				this.writer.child(node, child, build(cx, cy, w, h, depth + 1, inside));
			}
			return node;
		}

		/** Zones a rule puts first before those it puts them before; otherwise by zone name. */
		private void order(List<Piece> present, Map<Piece, Double> areas) {
			present.sort(Comparator.comparingInt(Piece::zone));
			// A stable insertion by the rules: few zones per cell, and rules are few.
			for (int i = 1; i < present.size(); i++) {
				for (int j = i; j > 0; j--) {
					Boolean first = this.overlaps.first(name(present.get(j)), name(present.get(j - 1)));
					if (Boolean.TRUE.equals(first)) {
						Piece moved = present.remove(j);
						present.add(j - 1, moved);
					}
					else {
						break;
					}
				}
			}
		}

		private boolean mayBeLast(Piece piece, List<Piece> present) {
			for (Piece other : present) {
				if (other != piece && Boolean.TRUE.equals(this.overlaps.first(name(piece), name(other)))) {
					return false;
				}
			}
			return true;
		}

		private String name(Piece piece) {
			return this.zones.get(piece.zone());
		}

		/** Names the pairs of zones that both cover a point of the cell, on a grid of 32 by 32. */
		private void overlap(List<Piece> present, double x0, double y0, double x1, double y1, double excess) {
			for (int gx = 0; gx < 32; gx++) {
				for (int gy = 0; gy < 32; gy++) {
					double x = x0 + (x1 - x0) * (gx + 0.5) / 32;
					double y = y0 + (y1 - y0) * (gy + 0.5) / 32;
					List<String> in = new ArrayList<>();
					for (Piece piece : present) {
						if (contains(piece, x, y)) {
							in.add(name(piece));
						}
					}
					for (int a = 0; a < in.size(); a++) {
						for (int b = a + 1; b < in.size(); b++) {
							String pair = Overlaps.pair(in.get(a), in.get(b));
							String where = String.format("%.5f,%.5f", y, x);
							if (this.overlaps.first(in.get(a), in.get(b)) == null) {
								this.unruled.putIfAbsent(pair, where);
							}
							else {
								this.ruled.putIfAbsent(pair, where);
							}
						}
					}
				}
			}
		}

		private static boolean contains(Piece piece, double x, double y) {
			boolean inside = false;
			for (Ring ring : piece.rings()) {
				double[] xy = ring.xy();
				int n = xy.length;
				for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
					if ((xy[i + 1] > y) != (xy[j + 1] > y)
							&& x < (xy[j] - xy[i]) * (y - xy[i + 1]) / (xy[j + 1] - xy[i + 1]) + xy[i]) {
						inside = !inside;
					}
				}
			}
			return inside;
		}

		/** A ring as 16-bit fractions of its cell, without repeated vertices; null if fewer than three are left. */
		private static char[] quantize(double[] xy, double x0, double y0, double width, double height) {
			char[] q = new char[xy.length];
			int m = 0;
			for (int i = 0; i < xy.length; i += 2) {
				char x = (char) Math.max(0, Math.min(ZoneShapes.SCALE, Math.round((xy[i] - x0) / width * ZoneShapes.SCALE)));
				char y = (char) Math.max(0,
						Math.min(ZoneShapes.SCALE, Math.round((xy[i + 1] - y0) / height * ZoneShapes.SCALE)));
				if (m >= 2 && q[m - 2] == x && q[m - 1] == y) {
					continue;
				}
				q[m++] = x;
				q[m++] = y;
			}
			if (m >= 4 && q[0] == q[m - 2] && q[1] == q[m - 1]) {
				m -= 2;
			}
			return (m >= 6) ? Arrays.copyOf(q, m) : null;
		}

	}

}
