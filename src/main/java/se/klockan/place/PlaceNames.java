package se.klockan.place;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

import se.klockan.data.TableFile;

/**
 * Places by name, in every language and script GeoNames has them: each name reduced to a key
 * ({@link #key}: lower case, accents and punctuation gone), the keys sorted by their UTF-8 bytes
 * in one array and searched by halves, each with the places of that name, most populous first.
 * A {@code HashMap} of strings would take four times the heap. On disk (the format is here, both
 * ways, so the tool and the app can never disagree): metadata, the places (most populous first:
 * name, country, coordinates, population, GeoNames' own zone), then the keys and their places,
 * all deflated.
 */
public final class PlaceNames {

	static final String MAGIC = "klockan-place-names";

	static final int VERSION = 1;

	/** Coordinates are kept in hundred-thousandths of a degree (GeoNames' own precision). */
	static final double PER_DEGREE = 1e5;

	/** The longest key looked up: no place's name is longer. */
	public static final int LONGEST = 200;

	private final Map<String, String> metadata;

	private final String[] names;

	private final char[] countries;

	private final int[] coordinates;

	private final int[] populations;

	private final String[] geonamesZones;

	private final char[] geonamesZone;

	private final byte[] keys;

	private final int[] keyStarts;

	private final int[] placeStarts;

	private final int[] places;

	private PlaceNames(Map<String, String> metadata, String[] names, char[] countries, int[] coordinates,
			int[] populations, String[] geonamesZones, char[] geonamesZone, byte[] keys, int[] keyStarts,
			int[] placeStarts, int[] places) {
		this.metadata = metadata;
		this.names = names;
		this.countries = countries;
		this.coordinates = coordinates;
		this.populations = populations;
		this.geonamesZones = geonamesZones;
		this.geonamesZone = geonamesZone;
		this.keys = keys;
		this.keyStarts = keyStarts;
		this.placeStarts = placeStarts;
		this.places = places;
	}

	/** What the index was built from: sources, versions, licences. */
	public Map<String, String> metadata() {
		return this.metadata;
	}

	/** How many places. */
	public int size() {
		return this.names.length;
	}

	/** How many different names (keys). */
	public int keys() {
		return this.keyStarts.length - 1;
	}

	/** The heap the arrays take, roughly, in bytes (a name's string counted at its length plus 40). */
	public long bytes() {
		long strings = 0;
		for (String name : this.names) {
			strings += 40 + name.length();
		}
		return strings + 2L * this.countries.length + 4L * this.coordinates.length + 4L * this.populations.length
				+ 2L * this.geonamesZone.length + this.keys.length + 4L * this.keyStarts.length
				+ 4L * this.placeStarts.length + 4L * this.places.length;
	}

	/** Place {@code i} (0 is the most populous). */
	public Place place(int i) {
		String country = new String(this.countries, 2 * i, 2).trim();
		// Divided, not multiplied by 1e-5: the double nearest the decimal GeoNames wrote.
		return new Place(this.names[i], country, this.coordinates[2 * i] / PER_DEGREE,
				this.coordinates[2 * i + 1] / PER_DEGREE, this.populations[i]);
	}

	/** The zone GeoNames gives place {@code i}. */
	public String geonamesZone(int i) {
		return this.geonamesZones[this.geonamesZone[i]];
	}

	/** The places with a name of this key, most populous first (indexes for {@link #place}). */
	public int[] named(String name) {
		byte[] key = key(name).getBytes(StandardCharsets.UTF_8);
		int at = lowerBound(key);
		if (at < keys() && compare(at, key) == 0) {
			return Arrays.copyOfRange(this.places, this.placeStarts[at], this.placeStarts[at + 1]);
		}
		return new int[0];
	}

	/**
	 * Up to {@code max} places for a search: those of that name, most populous first, then those
	 * with a name that starts with it, most populous first.
	 */
	public List<Integer> search(String text, int max) {
		byte[] key = key(text).getBytes(StandardCharsets.UTF_8);
		List<Integer> found = new ArrayList<>();
		if (key.length == 0 || max <= 0) {
			return found;
		}
		int first = lowerBound(key);
		if (first < keys() && compare(first, key) == 0) {
			for (int i = this.placeStarts[first]; i < this.placeStarts[first + 1] && found.size() < max; i++) {
				found.add(this.places[i]);
			}
		}
		if (found.size() < max) {
			TreeSet<Integer> more = new TreeSet<>();
			for (int k = first; k < keys() && startsWith(k, key); k++) {
				for (int i = this.placeStarts[k]; i < this.placeStarts[k + 1]; i++) {
					int place = this.places[i];
					if (!found.contains(place) && (more.size() < max || place < more.last())) {
						more.add(place);
						if (more.size() > max) {
							more.pollLast();
						}
					}
				}
			}
			for (int place : more) {
				if (found.size() == max) {
					break;
				}
				found.add(place);
			}
		}
		return found;
	}

	private int lowerBound(byte[] key) {
		int low = 0;
		int high = keys();
		while (low < high) {
			int middle = (low + high) >>> 1;
			if (compare(middle, key) < 0) {
				low = middle + 1;
			}
			else {
				high = middle;
			}
		}
		return low;
	}

	private int compare(int k, byte[] key) {
		return Arrays.compareUnsigned(this.keys, this.keyStarts[k], this.keyStarts[k + 1], key, 0, key.length);
	}

	private boolean startsWith(int k, byte[] prefix) {
		int start = this.keyStarts[k];
		return this.keyStarts[k + 1] - start >= prefix.length
				&& Arrays.equals(this.keys, start, start + prefix.length, prefix, 0, prefix.length);
	}

	/**
	 * A name as it is looked up: compatibility-decomposed, without its accents and other
	 * non-spacing marks, in lower case, a few letters with no decomposition spelt as in ASCII
	 * ({@code ł}, {@code ø}, {@code ß}...), apostrophes gone, and any run of what is neither
	 * letter, digit nor spacing mark (hyphens, dots, spaces) one space: {@code Göteborg},
	 * {@code GOTEBORG} and {@code goteborg} are one key, as are {@code Sant-Julià} and
	 * {@code sant julia}, {@code St. John's} and {@code st johns}. Null or longer than {@link #LONGEST} characters: the empty key.
	 */
	public static String key(String name) {
		if (name == null || name.length() > LONGEST) {
			return "";
		}
		String decomposed = Normalizer.normalize(name, Normalizer.Form.NFKD);
		StringBuilder key = new StringBuilder(decomposed.length());
		boolean space = false;
		for (int i = 0; i < decomposed.length();) {
			int c = decomposed.codePointAt(i);
			i += Character.charCount(c);
			int type = Character.getType(c);
			if (type == Character.NON_SPACING_MARK || c == '\'' || c == '’' || c == '`') {
				continue;
			}
			if (Character.isLetterOrDigit(c) || type == Character.COMBINING_SPACING_MARK) {
				if (space && key.length() > 0) {
					key.append(' ');
				}
				space = false;
				key.append(ascii(Character.toLowerCase(c)));
			}
			else {
				space = true;
			}
		}
		return key.toString();
	}

	private static String ascii(int c) {
		return switch (c) {
			case 'ł' -> "l";
			case 'ø' -> "o";
			case 'đ', 'ð' -> "d";
			case 'ħ' -> "h";
			case 'ı' -> "i";
			case 'ŧ' -> "t";
			case 'æ' -> "ae";
			case 'œ' -> "oe";
			case 'ß' -> "ss";
			case 'þ' -> "th";
			default -> Character.toString(c);
		};
	}

	/** Reads an index. */
	public static PlaceNames read(InputStream in) throws IOException {
		return TableFile.read(in, MAGIC, VERSION, "place name index", (data, metadata) -> {
			String[] zones = new String[data.readInt()];
			for (int i = 0; i < zones.length; i++) {
				zones[i] = data.readUTF();
			}
			int count = data.readInt();
			String[] names = new String[count];
			char[] countries = new char[2 * count];
			int[] coordinates = new int[2 * count];
			int[] populations = new int[count];
			char[] zone = new char[count];
			for (int i = 0; i < count; i++) {
				names[i] = data.readUTF();
				countries[2 * i] = data.readChar();
				countries[2 * i + 1] = data.readChar();
				coordinates[2 * i] = data.readInt();
				coordinates[2 * i + 1] = data.readInt();
				populations[i] = data.readInt();
				zone[i] = data.readChar();
			}
			byte[] keys = new byte[data.readInt()];
			data.readFully(keys);
			int[] keyStarts = ints(data);
			int[] placeStarts = ints(data);
			int[] places = ints(data);
			return new PlaceNames(metadata, names, countries, coordinates, populations, zones,
				zone, keys, keyStarts, placeStarts, places);
		});
	}

	private static int[] ints(DataInputStream data) throws IOException {
		byte[] bytes = new byte[Math.multiplyExact(data.readInt(), 4)];
		data.readFully(bytes);
		int[] ints = new int[bytes.length / 4];
		ByteBuffer.wrap(bytes).asIntBuffer().get(ints);
		return ints;
	}

	/** Writes an index of places added most populous first. The same calls give the same bytes. */
	public static final class Writer {

		private final Map<String, String> metadata = new TreeMap<>();

		private final List<Place> places = new ArrayList<>();

		private final List<String> zones = new ArrayList<>();

		private final TreeMap<String, List<Integer>> byKey = new TreeMap<>(
				(a, b) -> Arrays.compareUnsigned(a.getBytes(StandardCharsets.UTF_8), b.getBytes(StandardCharsets.UTF_8)));

		public Writer metadata(String key, String value) {
			this.metadata.put(key, value);
			return this;
		}

		/** The next place (no more populous than the last), its names, and the zone GeoNames gives it. */
		public Writer add(Place place, List<String> names, String geonamesZone) {
			if (!this.places.isEmpty() && place.population() > this.places.get(this.places.size() - 1).population()) {
				throw new IllegalArgumentException("Places must come most populous first");
			}
			int index = this.places.size();
			this.places.add(place);
			this.zones.add(geonamesZone);
			for (String name : names) {
				// Not a name: a link (GeoNames lists some among the names).
				String key = name.contains("://") ? "" : key(name);
				if (!key.isEmpty()) {
					List<Integer> of = this.byKey.computeIfAbsent(key, (k) -> new ArrayList<>());
					if (of.isEmpty() || of.get(of.size() - 1) != index) {
						of.add(index);
					}
				}
			}
			return this;
		}

		public byte[] build() {
			List<String> zoneNames = new ArrayList<>(new TreeSet<>(this.zones));
			return TableFile.write(MAGIC, VERSION, this.metadata, (out) -> {
				out.writeInt(zoneNames.size());
				for (String zone : zoneNames) {
					out.writeUTF(zone);
				}
				out.writeInt(this.places.size());
				for (int i = 0; i < this.places.size(); i++) {
					Place place = this.places.get(i);
					out.writeUTF(place.name());
					String country = (place.countryCode() + "  ").substring(0, 2);
					out.writeChar(country.charAt(0));
					out.writeChar(country.charAt(1));
					out.writeInt((int) Math.round(place.latitude() * PER_DEGREE));
					out.writeInt((int) Math.round(place.longitude() * PER_DEGREE));
					out.writeInt((int) place.population());
					out.writeChar(Collections.binarySearch(zoneNames, this.zones.get(i)));
				}
				ByteArrayOutputStream keys = new ByteArrayOutputStream();
				List<Integer> keyStarts = new ArrayList<>();
				List<Integer> placeStarts = new ArrayList<>();
				List<Integer> postings = new ArrayList<>();
				for (Map.Entry<String, List<Integer>> entry : this.byKey.entrySet()) {
					keyStarts.add(keys.size());
					placeStarts.add(postings.size());
					keys.writeBytes(entry.getKey().getBytes(StandardCharsets.UTF_8));
					postings.addAll(entry.getValue());
				}
				keyStarts.add(keys.size());
				placeStarts.add(postings.size());
				out.writeInt(keys.size());
				keys.writeTo(out);
				for (List<Integer> ints : List.of(keyStarts, placeStarts, postings)) {
					out.writeInt(ints.size());
					for (int value : ints) {
						out.writeInt(value);
					}
				}
			});
		}

	}

}
