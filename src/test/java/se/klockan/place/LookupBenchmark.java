package se.klockan.place;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Random;

/**
 * A microbenchmark of the two look-ups, for bench/run: the median time of one look-up, in batches
 * of a thousand after a warm-up long enough for the JIT, over random points of the Earth and every
 * shipped place's coordinates, and over every shipped place's name with a miss among ten.
 * Prints {@code coordinates_us=... name_us=...}.
 */
public final class LookupBenchmark {

	private LookupBenchmark() {
	}

	public static void main(String[] args) throws IOException {
		ZoneShapes shapes;
		PlaceNames names;
		try (InputStream in = resource(PlaceLocator.SHAPES)) {
			shapes = ZoneShapes.read(in, (message) -> {
			});
		}
		try (InputStream in = resource(PlaceLocator.NAMES)) {
			names = PlaceNames.read(in);
		}
		Random random = new Random(2026);
		int n = 1 << 16;
		double[] lats = new double[n];
		double[] lons = new double[n];
		for (int i = 0; i < n; i++) {
			if (i % 2 == 0) {
				lats[i] = Math.toDegrees(Math.asin(2 * random.nextDouble() - 1));
				lons[i] = 360 * random.nextDouble() - 180;
			}
			else {
				Place place = names.place(random.nextInt(names.size()));
				lats[i] = place.latitude();
				lons[i] = place.longitude();
			}
		}
		String[] queries = new String[n];
		for (int i = 0; i < n; i++) {
			queries[i] = (i % 10 == 9) ? "nowhere " + i : names.place(random.nextInt(names.size())).name();
		}
		long sink = 0;
		double[] coordinates = new double[300];
		double[] byName = new double[300];
		for (int round = 0; round < 2; round++) {
			for (int b = 0; b < coordinates.length; b++) {
				long started = System.nanoTime();
				for (int i = 0; i < 1000; i++) {
					int k = (b * 1000 + i) & (n - 1);
					sink += shapes.indexAt(lats[k], lons[k]);
				}
				coordinates[b] = (System.nanoTime() - started) / 1000.0 / 1000;
				started = System.nanoTime();
				for (int i = 0; i < 1000; i++) {
					sink += names.named(queries[(b * 1000 + i) & (n - 1)]).length;
				}
				byName[b] = (System.nanoTime() - started) / 1000.0 / 1000;
			}
		}
		Arrays.sort(coordinates);
		Arrays.sort(byName);
		System.out.printf("coordinates_us=%.3f name_us=%.3f (%d)%n", coordinates[coordinates.length / 2],
				byName[byName.length / 2], sink & 1);
	}

	private static InputStream resource(String name) {
		return LookupBenchmark.class.getClassLoader().getResourceAsStream(name);
	}

}
