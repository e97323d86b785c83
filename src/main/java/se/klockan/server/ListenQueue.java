package se.klockan.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * How many connections the kernel has completed on a listening port that the server has not yet
 * accepted: for a socket in LISTEN state, Linux's {@code /proc/net/tcp} and {@code tcp6} give its
 * accept queue's length as {@code rx_queue}. No JDK or Tomcat API tells it.
 */
final class ListenQueue {

	private static final List<Path> TABLES = List.of(Path.of("/proc/net/tcp"), Path.of("/proc/net/tcp6"));

	/** TCP_LISTEN in the kernel's numbering of socket states. */
	private static final String LISTEN = "0A";

	private ListenQueue() {
	}

	/** The connections waiting to be accepted on {@code port}; 0 where the system can't tell. */
	static int waiting(int port) {
		String suffix = ":" + String.format(Locale.ROOT, "%04X", port);
		int waiting = 0;
		for (Path table : TABLES) {
			try {
				for (String line : Files.readAllLines(table)) {
					waiting += waitingIn(line.trim().split("\\s+"), suffix);
				}
			}
			catch (IOException | RuntimeException ex) {
				// no such table here (not Linux, or no IPv6): nothing to wait for
			}
		}
		return waiting;
	}

	/** One line's fields: sl, local_address, rem_address, st, tx_queue:rx_queue, ... */
	static int waitingIn(String[] fields, String portSuffix) {
		if (fields.length < 5 || !fields[1].endsWith(portSuffix) || !fields[3].equals(LISTEN)) {
			return 0;
		}
		return Integer.parseInt(fields[4].substring(fields[4].indexOf(':') + 1), 16);
	}

}
