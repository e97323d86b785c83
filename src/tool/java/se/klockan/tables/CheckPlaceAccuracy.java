package se.klockan.tables;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import net.iakovlev.timeshape.TimeZoneEngine;

import se.klockan.place.ZoneShapes;
import se.klockan.zone.Zone;

/**
 * Checks the shipped zone shapes against the polygons they were built from, in full (timeshape's
 * own look-up), on random points of the Earth, every place of GeoNames' cities500 and points
 * within 5 km of every border: where the two disagree, how far the point is from a border of
 * either zone. Then the offsets of each GeoNames place's zone, ours against GeoNames' own,
 * through 2026. Exits 1 if a goal is missed: a disagreement farther than 20 m from a border, or
 * fewer than 99.9% of the places with GeoNames' offsets.
 * <p>
 * Arguments: cities500.txt, the zone shapes, the output directory (unused), then metadata.
 */
public final class CheckPlaceAccuracy {

	static final int RANDOM_POINTS = 100_000;

	static final int BORDER_POINTS = 100_000;

	static final double NEAR_METRES = 5_000;

	static final double WITHIN_METRES = 20;

	private CheckPlaceAccuracy() {
	}

	public static void main(String[] args) throws Exception {
		long started = System.nanoTime();
		List<String> cities = Files.readAllLines(Path.of(args[0]));
		ZoneShapes shapes;
		try (InputStream in = Files.newInputStream(Path.of(args[1]))) {
			shapes = ZoneShapes.read(in, System.out::println);
		}
		Map<String, List<BuildPlaceTables.Ring>> polygons = BuildPlaceTables.readPolygons();
		TimeZoneEngine engine = TimeZoneEngine.initialize(true);
		BuildPlaceTables.log(started, "loaded");

		Random random = new Random(2026);
		List<double[]> points = new ArrayList<>();
		for (int i = 0; i < RANDOM_POINTS; i++) {
			points.add(new double[] { Math.toDegrees(Math.asin(2 * random.nextDouble() - 1)),
					360 * random.nextDouble() - 180 });
		}
		int randomEnd = points.size();
		for (String line : cities) {
			String[] f = line.split("\t", -1);
			points.add(new double[] { Double.parseDouble(f[4]), Double.parseDouble(f[5]) });
		}
		int placesEnd = points.size();
		long vertices = polygons.values().stream().flatMap(List::stream).mapToLong(BuildPlaceTables.Ring::length).sum();
		long step = Math.max(1, vertices / BORDER_POINTS);
		long at = 0;
		for (List<BuildPlaceTables.Ring> rings : polygons.values()) {
			for (BuildPlaceTables.Ring ring : rings) {
				// Every ring once at least, then every step-th vertex.
				for (int i = 0; i < ring.length(); i++, at++) {
					if (i == 0 || at % step == 0) {
						double lat = ring.xy()[2 * i + 1];
						double lon = ring.xy()[2 * i];
						double distance = NEAR_METRES * random.nextDouble();
						double bearing = 2 * Math.PI * random.nextDouble();
						double dLat = distance * Math.cos(bearing) / 110_574;
						double dLon = distance * Math.sin(bearing) / (111_320 * Math.max(0.01, Math.cos(Math.toRadians(lat))));
						double plat = Math.max(-90, Math.min(90, lat + dLat));
						double plon = lon + dLon;
						plon = (plon > 180) ? plon - 360 : (plon < -180) ? plon + 360 : plon;
						points.add(new double[] { plat, plon });
					}
				}
			}
		}
		BuildPlaceTables.log(started, points.size() + " points: " + randomEnd + " random, " + (placesEnd - randomEnd)
				+ " GeoNames places, " + (points.size() - placesEnd) + " within 5 km of a border");

		// The full polygons' look-up is the slow part (about a millisecond a point): on every core.
		@SuppressWarnings("unchecked")
		List<ZoneId>[] fulls = new List[points.size()];
		java.util.concurrent.atomic.AtomicInteger done = new java.util.concurrent.atomic.AtomicInteger();
		java.util.stream.IntStream.range(0, points.size()).parallel().forEach((i) -> {
			fulls[i] = engine.queryAll(points.get(i)[0], points.get(i)[1]);
			if (done.incrementAndGet() % 50_000 == 0) {
				BuildPlaceTables.log(started, done.get() + " points looked up in the full polygons");
			}
		});
		int agree = 0;
		int noPolygon = 0;
		Map<String, Integer> byDistance = new TreeMap<>();
		List<String> far = new ArrayList<>();
		for (int p = 0; p < points.size(); p++) {
			double[] point = points.get(p);
			List<ZoneId> full = fulls[p];
			Zone ours = shapes.zoneAt(point[0], point[1]);
			if (full.isEmpty()) {
				noPolygon++;
				continue;
			}
			if (ours != null && full.stream().anyMatch((z) -> z.getId().equals(ours.name()))) {
				agree++;
				continue;
			}
			double metres = Double.MAX_VALUE;
			List<String> zones = new ArrayList<>(full.stream().map(ZoneId::getId).toList());
			if (ours != null) {
				zones.add(ours.name());
			}
			for (String zone : zones) {
				for (BuildPlaceTables.Ring ring : polygons.getOrDefault(zone, List.of())) {
					metres = Math.min(metres, distance(ring, point[0], point[1]));
				}
			}
			String bucket = (metres <= 5) ? "a: within 5 m" : (metres <= 10) ? "b: 5-10 m"
					: (metres <= WITHIN_METRES) ? "c: 10-20 m" : "d: farther than 20 m";
			byDistance.merge(bucket, 1, Integer::sum);
			if (metres > WITHIN_METRES && far.size() < 30) {
				far.add(String.format("%.6f,%.6f ours %s, polygons %s, %.1f m from a border", point[0], point[1], ours,
						full, metres));
			}
		}
		int disagree = points.size() - agree - noPolygon;
		System.out.printf("Points: %d; the same zone: %d; in no polygon: %d; another zone: %d %s%n", points.size(), agree,
				noPolygon, disagree, byDistance);
		far.forEach((line) -> System.out.println("  " + line));
		boolean met = !byDistance.containsKey("d: farther than 20 m");
		System.out.println("Goal, wrong only within 20 m of a border: " + (met ? "met" : "MISSED"));

		List<Instant> instants = new ArrayList<>();
		for (int month = 1; month <= 12; month++) {
			for (int day : new int[] { 1, 15 }) {
				instants.add(ZonedDateTime.of(2026, month, day, 12, 0, 0, 0, ZoneOffset.UTC).toInstant());
			}
		}
		int same = 0;
		int places = 0;
		Map<String, Integer> differences = new TreeMap<>();
		for (String line : cities) {
			String[] f = line.split("\t", -1);
			ZoneId theirs;
			try {
				theirs = ZoneId.of(f[17]);
			}
			catch (RuntimeException ex) {
				differences.merge("GeoNames' zone unknown here: " + f[17], 1, Integer::sum);
				continue;
			}
			places++;
			Zone ours = shapes.zoneAt(Double.parseDouble(f[4]), Double.parseDouble(f[5]));
			boolean equal = ours != null;
			for (int i = 0; equal && i < instants.size(); i++) {
				equal = ours.id().getRules().getOffset(instants.get(i)).equals(theirs.getRules().getOffset(instants.get(i)));
			}
			if (equal) {
				same++;
			}
			else {
				differences.merge(f[17] + " -> " + ours, 1, Integer::sum);
			}
		}
		double share = (double) same / places;
		System.out.printf("GeoNames places with GeoNames' offsets through 2026: %d of %d (%.3f%%)%n", same, places,
				100 * share);
		differences.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
			.limit(25)
			.forEach((e) -> System.out.println("  " + e.getValue() + "  " + e.getKey()));
		boolean offsets = share >= 0.999;
		System.out.println("Goal, at least 99.9% with GeoNames' offsets: " + (offsets ? "met" : "MISSED"));
		BuildPlaceTables.log(started, "done");
		System.exit((met && offsets) ? 0 : 1);
	}

	/** Metres from a point to the nearest edge of a ring (locally flat, which 5 km allows). */
	static double distance(BuildPlaceTables.Ring ring, double lat, double lon) {
		double kx = 111_320 * Math.cos(Math.toRadians(lat));
		double ky = 110_574;
		if (lat + 0.5 < ring.minY() || lat - 0.5 > ring.maxY()) {
			return Double.MAX_VALUE;
		}
		double best = Double.MAX_VALUE;
		double[] xy = ring.xy();
		int n = xy.length;
		for (int i = 0, j = n - 2; i < n; j = i, i += 2) {
			double ax = (xy[j] - lon) * kx;
			double ay = (xy[j + 1] - lat) * ky;
			double bx = (xy[i] - lon) * kx;
			double by = (xy[i + 1] - lat) * ky;
			double dx = bx - ax;
			double dy = by - ay;
			double length2 = dx * dx + dy * dy;
			double t = (length2 == 0) ? 0 : Math.max(0, Math.min(1, -(ax * dx + ay * dy) / length2));
			best = Math.min(best, Math.hypot(ax + t * dx, ay + t * dy));
		}
		return best;
	}

}
