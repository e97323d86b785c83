package se.klockan.place;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import se.klockan.zone.Zone;

/**
 * The zone of a point or a place, from the two tables shipped in the app: the zone shapes
 * (timezone-boundary-builder's polygons) and the place names (GeoNames' cities). Each is read on
 * first use, so start-up doesn't wait for it; the warm-up after the port opens makes that first
 * use (its requests include {@code /api/coordinates} and {@code /api/place}), off the request
 * threads' first visitors.
 */
public class PlaceLocator {

	static final String SHAPES = "place/zone-shapes.bin";

	static final String NAMES = "place/place-names.bin";

	private static final Log log = LogFactory.getLog(PlaceLocator.class);

	private volatile ZoneShapes shapes;

	private volatile PlaceNames names;

	/** A place and the zone it is in. */
	public record Found(Place place, Zone zone) {
	}

	/** The zone at a point, or null where there is none. Both in range: see {@link #isPoint}. */
	public Zone zoneAt(double latitude, double longitude) {
		return shapes().zoneAt(latitude, longitude);
	}

	/** Whether these are a point's coordinates: latitude -90 to 90, longitude -180 to 180. */
	public static boolean isPoint(double latitude, double longitude) {
		return latitude >= -90 && latitude <= 90 && longitude >= -180 && longitude <= 180;
	}

	/** The most populous place of that name, in any language, case and accents; null if none. */
	public Found place(String name) {
		int[] named = names().named(name);
		return (named.length > 0) ? found(named[0]) : null;
	}

	/** Up to {@code max} places for a search: of that name first, then names starting with it. */
	public List<Found> search(String text, int max) {
		List<Found> found = new ArrayList<>();
		for (int i : names().search(text, max)) {
			found.add(found(i));
		}
		return found;
	}

	private Found found(int i) {
		Place place = names().place(i);
		return new Found(place, zoneAt(place.latitude(), place.longitude()));
	}

	ZoneShapes shapes() {
		ZoneShapes loaded = this.shapes;
		if (loaded == null) {
			synchronized (this) {
				if (this.shapes == null) {
					// A zone the shipped tz release lacks is answered by its substitute: a notice, not a fault.
					this.shapes = read(SHAPES, (in) -> ZoneShapes.read(in, log::info),
							(table) -> table.nodes() + " cells, " + table.bytes() / 1024 + " KiB");
				}
				loaded = this.shapes;
			}
		}
		return loaded;
	}

	PlaceNames names() {
		PlaceNames loaded = this.names;
		if (loaded == null) {
			synchronized (this) {
				if (this.names == null) {
					this.names = read(NAMES, PlaceNames::read, (index) -> index.size() + " places, " + index.keys()
							+ " names, " + index.bytes() / 1024 + " KiB");
				}
				loaded = this.names;
			}
		}
		return loaded;
	}

	/** Reads a table from the class path, and logs how long it took and what it holds. */
	private static <T> T read(String name, Reader<T> reader, Function<T, String> what) {
		long started = System.nanoTime();
		try (InputStream in = resource(name)) {
			T table = reader.read(in);
			log.info("Read " + name + " in " + (System.nanoTime() - started) / 1_000_000 + " ms: " + what.apply(table));
			return table;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private interface Reader<T> {

		T read(InputStream in) throws IOException;

	}

	private static InputStream resource(String name) {
		InputStream in = PlaceLocator.class.getClassLoader().getResourceAsStream(name);
		if (in == null) {
			throw new IllegalStateException("No " + name + " on the class path");
		}
		return in;
	}

}
