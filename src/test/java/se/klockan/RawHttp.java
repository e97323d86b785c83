package se.klockan;

import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 over a plain socket, byte for byte: requests no client library would send, and
 * answers read exactly as they arrive, so that Tomcat's own parsing is what gets tested.
 */
final class RawHttp {

	private RawHttp() {
	}

	/** An answer as it arrived. {@code complete} is false if the connection ended inside it. */
	record Response(int status, Map<String, String> headers, String body, boolean complete) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	static Socket connect(int port) throws IOException {
		Socket socket = new Socket();
		socket.connect(new InetSocketAddress("127.0.0.1", port), 5000);
		socket.setSoTimeout(10_000);
		return socket;
	}

	/**
	 * Sends {@code request} (ISO-8859-1, so {@code \u00ff} is the byte 0xFF) on a new connection
	 * and reads every answer until the server closes it.
	 */
	static List<Response> exchange(int port, String request) throws IOException {
		try (Socket socket = connect(port)) {
			socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
			InputStream in = socket.getInputStream();
			List<Response> responses = new ArrayList<>();
			boolean head = request.startsWith("HEAD ");
			try {
				Response response;
				while ((response = read(in, head)) != null) {
					responses.add(response);
				}
			}
			catch (SocketTimeoutException ex) {
				throw new AssertionError("the server neither answered nor closed the connection", ex);
			}
			return responses;
		}
	}

	/**
	 * Reads one answer: null if the connection ends before its first byte, an incomplete
	 * answer if it ends inside it.
	 */
	static Response read(InputStream in, boolean head) throws IOException {
		String statusLine;
		try {
			statusLine = line(in);
		}
		catch (EOFException ex) {
			return null;
		}
		catch (IOException ex) {
			if (isReset(ex)) {
				return null;
			}
			throw ex;
		}
		int status = Integer.parseInt(statusLine.split(" ")[1]);
		if (status >= 100 && status < 200) {
			// An interim answer (100 Continue): skip it and its headers, and read the final one.
			while (!line(in).isEmpty()) {
				// header of the interim answer
			}
			return read(in, head);
		}
		Map<String, String> headers = new TreeMap<>();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		try {
			for (String line = line(in); !line.isEmpty(); line = line(in)) {
				int colon = line.indexOf(':');
				headers.merge(line.substring(0, colon).trim().toLowerCase(Locale.ROOT),
						line.substring(colon + 1).trim(), (a, b) -> a + ", " + b);
			}
			if (head || status == 204 || status == 304) {
				// no body
			}
			else if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
				for (int size = Integer.parseInt(line(in), 16); size > 0; size = Integer.parseInt(line(in), 16)) {
					body.write(in.readNBytes(size));
					line(in);
				}
				line(in);
			}
			else if (headers.containsKey("content-length")) {
				int length = Integer.parseInt(headers.get("content-length"));
				byte[] bytes = in.readNBytes(length);
				body.write(bytes);
				if (bytes.length < length) {
					throw new EOFException();
				}
			}
			else {
				body.write(in.readAllBytes());
			}
		}
		catch (EOFException ex) {
			return new Response(status, headers, body.toString(StandardCharsets.UTF_8), false);
		}
		return new Response(status, headers, body.toString(StandardCharsets.UTF_8), true);
	}

	/**
	 * Opens {@code count} connections that each send {@code start} (a request, or part of one)
	 * and then wait; closing what it returns closes them all.
	 */
	static Held hold(int port, int count, String start) throws IOException {
		Held held = new Held(new ArrayList<>());
		try {
			for (int i = 0; i < count; i++) {
				Socket socket = connect(port);
				held.sockets().add(socket);
				socket.getOutputStream().write(start.getBytes(StandardCharsets.ISO_8859_1));
			}
			return held;
		}
		catch (IOException | RuntimeException ex) {
			held.close();
			throw ex;
		}
	}

	/** Connections kept open by a test, closed together. */
	record Held(List<Socket> sockets) implements AutoCloseable {

		@Override
		public void close() throws IOException {
			for (Socket socket : this.sockets) {
				socket.close();
			}
		}

	}

	static boolean isReset(IOException ex) {
		String message = String.valueOf(ex.getMessage());
		return message.contains("Connection reset") || message.contains("Broken pipe");
	}

	private static String line(InputStream in) throws IOException {
		StringBuilder line = new StringBuilder();
		for (int b = in.read(); b != '\n'; b = in.read()) {
			if (b < 0) {
				throw new EOFException();
			}
			if (b != '\r') {
				line.append((char) b);
			}
		}
		return line.toString();
	}

}
