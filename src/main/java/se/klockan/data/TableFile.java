package se.klockan.data;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * The file every table the app ships shares (the IP table, the zone shapes, the place names):
 * a name and a version, the metadata of what it was built from ({@code key=value}), then the
 * table's own body, all deflated; nothing after the body. Both ways here, so no table can read
 * its header differently from how it was written.
 */
public final class TableFile {

	private TableFile() {
	}

	/** A table's body, written after the header. */
	public interface Body {

		void write(DataOutputStream out) throws IOException;

	}

	/** A table's body read back, with the header's metadata (unmodifiable, in the order written). */
	public interface Reader<T> {

		T read(DataInputStream in, Map<String, String> metadata) throws IOException;

	}

	/** The whole file, deflated at the best compression: the same calls give the same bytes. */
	public static byte[] write(String magic, int version, Map<String, String> metadata, Body body) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
		try (DataOutputStream out = new DataOutputStream(new DeflaterOutputStream(bytes, deflater, 65536))) {
			out.writeUTF(magic);
			out.writeInt(version);
			out.writeInt(metadata.size());
			for (Map.Entry<String, String> entry : metadata.entrySet()) {
				out.writeUTF(entry.getKey());
				out.writeUTF(entry.getValue());
			}
			body.write(out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			deflater.end();
		}
		return bytes.toByteArray();
	}

	/**
	 * Only the header's metadata of a file written by {@link #write}: what a table was built from,
	 * without reading (or holding) the table.
	 */
	public static Map<String, String> metadata(InputStream in, String magic, int version, String what)
			throws IOException {
		Inflater inflater = new Inflater();
		try {
			DataInputStream data = new DataInputStream(new InflaterInputStream(in, inflater, 4096));
			return readHeader(data, magic, version, what);
		}
		finally {
			inflater.end();
		}
	}

	/**
	 * Reads a file written by {@link #write}: not one of {@code magic} and {@code version}, or
	 * with bytes after the body, is an {@link IOException} naming {@code what} it should have been.
	 */
	public static <T> T read(InputStream in, String magic, int version, String what, Reader<T> reader)
			throws IOException {
		DataInputStream data = new DataInputStream(
				new BufferedInputStream(new InflaterInputStream(in, new Inflater(), 65536), 65536));
		T table = reader.read(data, readHeader(data, magic, version, what));
		if (data.read() != -1) {
			throw new IOException("Trailing bytes after the " + what);
		}
		return table;
	}

	private static Map<String, String> readHeader(DataInputStream data, String magic, int version, String what)
			throws IOException {
		if (!magic.equals(data.readUTF()) || data.readInt() != version) {
			throw new IOException("Not a version " + version + " " + what);
		}
		Map<String, String> metadata = new LinkedHashMap<>();
		for (int i = data.readInt(); i > 0; i--) {
			metadata.put(data.readUTF(), data.readUTF());
		}
		return Collections.unmodifiableMap(metadata);
	}

}
