package se.klockan.zone;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A zone's abbreviation at an instant as the tz database spells it ({@code CEST}, {@code +0545},
 * {@code -03}). The JDK keeps no abbreviations of its own, only CLDR's names, which invent
 * some ({@code NPT}, {@code ART}) and miss others; so they are read from the system's compiled
 * tz files (TZif, RFC 8536) once per zone. An abbreviation is used only where its offset agrees
 * with the JDK's rules; otherwise, or with no tz files, CLDR's name stands.
 */
final class Abbreviations {

	private static final Path ZONEINFO = Path.of(System.getenv().getOrDefault("TZDIR", "/usr/share/zoneinfo"));

	private static final Map<String, Optional<TzFile>> FILES = new ConcurrentHashMap<>();

	private Abbreviations() {
	}

	/** The tz database's abbreviation, or {@code null} when the system can't tell. */
	static String of(ZoneId zone, Instant instant, ZoneOffset offset) {
		return FILES.computeIfAbsent(zone.getId(), Abbreviations::read)
			.map(file -> file.abbreviation(instant.getEpochSecond(), offset.getTotalSeconds()))
			.orElse(null);
	}

	private static Optional<TzFile> read(String id) {
		Path path = ZONEINFO.resolve(id).normalize();
		if (!path.startsWith(ZONEINFO) || !Files.isRegularFile(path)) {
			return Optional.empty();
		}
		try (InputStream in = Files.newInputStream(path)) {
			return Optional.ofNullable(TzFile.parse(new DataInputStream(in)));
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** What a TZif file says about abbreviations: its transitions, and the rule after them. */
	record TzFile(long[] transitions, int[] offsets, String[] names, Footer footer) {

		String abbreviation(long epochSecond, int offsetSeconds) {
			int index = Arrays.binarySearch(this.transitions, epochSecond);
			index = (index >= 0) ? index : -index - 2;
			boolean afterLast = index >= this.transitions.length - 1;
			if (afterLast && this.footer != null) {
				return this.footer.nameFor(offsetSeconds);
			}
			if (index >= 0 && this.offsets[index] == offsetSeconds) {
				return this.names[index];
			}
			return null;
		}

		static TzFile parse(DataInputStream in) throws IOException {
			Header header = Header.read(in);
			if (header.version() >= '2') {
				in.skipNBytes(header.dataLength(4));
				header = Header.read(in);
				return read(in, header, 8);
			}
			return read(in, header, 4);
		}

		private static TzFile read(DataInputStream in, Header header, int timeSize) throws IOException {
			long[] times = new long[header.timeCount()];
			for (int i = 0; i < times.length; i++) {
				times[i] = (timeSize == 8) ? in.readLong() : in.readInt();
			}
			int[] typeOfTransition = new int[times.length];
			for (int i = 0; i < times.length; i++) {
				typeOfTransition[i] = in.readUnsignedByte();
			}
			int[] typeOffsets = new int[header.typeCount()];
			int[] typeNameIndex = new int[header.typeCount()];
			for (int i = 0; i < typeOffsets.length; i++) {
				typeOffsets[i] = in.readInt();
				in.readUnsignedByte(); // isdst: the JDK's rules say that
				typeNameIndex[i] = in.readUnsignedByte();
			}
			byte[] chars = in.readNBytes(header.charCount());
			in.skipNBytes((long) header.leapCount() * (timeSize + 4) + header.isStdCount() + header.isUtCount());
			Footer footer = (timeSize == 8) ? Footer.parse(readFooter(in)) : null;

			// Before the first transition, type 0 applies; give it a transition at the dawn of time.
			long[] transitions = new long[times.length + 1];
			int[] offsets = new int[times.length + 1];
			String[] names = new String[times.length + 1];
			transitions[0] = Long.MIN_VALUE;
			for (int i = 0; i <= times.length; i++) {
				int type = (i == 0) ? 0 : typeOfTransition[i - 1];
				if (i > 0) {
					transitions[i] = times[i - 1];
				}
				offsets[i] = typeOffsets[type];
				names[i] = name(chars, typeNameIndex[type]);
			}
			return new TzFile(transitions, offsets, names, footer);
		}

		private static String readFooter(DataInputStream in) throws IOException {
			byte[] rest = in.readAllBytes();
			String text = new String(rest, StandardCharsets.US_ASCII);
			return text.startsWith("\n") ? text.substring(1, Math.max(1, text.indexOf('\n', 1))) : "";
		}

		private static String name(byte[] chars, int start) {
			int end = start;
			while (end < chars.length && chars[end] != 0) {
				end++;
			}
			return new String(chars, start, end - start, StandardCharsets.US_ASCII);
		}

	}

	record Header(int version, int isUtCount, int isStdCount, int leapCount, int timeCount, int typeCount,
			int charCount) {

		static Header read(DataInputStream in) throws IOException {
			byte[] magic = in.readNBytes(4);
			if (!Arrays.equals(magic, "TZif".getBytes(StandardCharsets.US_ASCII))) {
				throw new IOException("not a TZif file");
			}
			int version = in.readUnsignedByte();
			in.skipNBytes(15);
			return new Header(version, in.readInt(), in.readInt(), in.readInt(), in.readInt(), in.readInt(),
					in.readInt());
		}

		long dataLength(int timeSize) {
			return (long) this.timeCount * timeSize + this.timeCount + this.typeCount * 6L + this.charCount
					+ this.leapCount * (timeSize + 4L) + this.isStdCount + this.isUtCount;
		}

	}

	/**
	 * The POSIX TZ string after the last transition, such as {@code CET-1CEST,M3.5.0,M10.5.0/3}
	 * or {@code <+0545>-5:45}: the names and offsets of standard and daylight time.
	 */
	record Footer(String standard, int standardOffset, String daylight, int daylightOffset) {

		String nameFor(int offsetSeconds) {
			if (offsetSeconds == this.standardOffset) {
				return this.standard;
			}
			return (this.daylight != null && offsetSeconds == this.daylightOffset) ? this.daylight : null;
		}

		static Footer parse(String tz) {
			int[] at = { 0 };
			String standard = name(tz, at);
			Integer standardOffset = (standard != null) ? offset(tz, at) : null;
			if (standardOffset == null) {
				return null;
			}
			String daylight = name(tz, at);
			int daylightOffset = standardOffset + 3600;
			if (daylight != null && at[0] < tz.length() && tz.charAt(at[0]) != ',') {
				Integer offset = offset(tz, at);
				if (offset == null) {
					return null;
				}
				daylightOffset = offset;
			}
			return new Footer(standard, standardOffset, daylight, daylightOffset);
		}

		private static String name(String tz, int[] at) {
			int start = at[0];
			if (start < tz.length() && tz.charAt(start) == '<') {
				int end = tz.indexOf('>', start);
				if (end < 0) {
					return null;
				}
				at[0] = end + 1;
				return tz.substring(start + 1, end);
			}
			int end = start;
			while (end < tz.length() && Character.isLetter(tz.charAt(end))) {
				end++;
			}
			at[0] = end;
			return (end - start >= 3) ? tz.substring(start, end) : null;
		}

		/** A POSIX offset, {@code [+-]hh[:mm[:ss]]} west of UTC, as seconds east of UTC. */
		private static Integer offset(String tz, int[] at) {
			int i = at[0];
			int sign = -1;
			if (i < tz.length() && (tz.charAt(i) == '+' || tz.charAt(i) == '-')) {
				sign = (tz.charAt(i) == '-') ? 1 : -1;
				i++;
			}
			int seconds = 0;
			for (int unit = 3600; unit >= 1; unit /= 60) {
				int start = i;
				while (i < tz.length() && Character.isDigit(tz.charAt(i))) {
					i++;
				}
				if (i == start) {
					return (unit == 3600) ? null : sign * seconds;
				}
				seconds += Integer.parseInt(tz.substring(start, i)) * unit;
				at[0] = i;
				if (unit == 1 || i >= tz.length() || tz.charAt(i) != ':') {
					break;
				}
				i++;
			}
			return sign * seconds;
		}

	}

}
