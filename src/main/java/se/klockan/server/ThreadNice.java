package se.klockan.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Linux nice value of this process's own threads: read from {@code /proc/self/task}, set with
 * {@code renice(1)}. Java has no call for either (its thread priorities reach the OS only under
 * {@code -XX:ThreadPriorityPolicy=1}, which warns at every start as a user who isn't root, though
 * lowering one's own threads needs no privilege), and a native library or the foreign function
 * API (Java 22) would be more code and a flag to allow it, for a call made once in an instance's
 * life. On a system without {@code /proc} or {@code renice}, nothing changes, and the caller is
 * told so.
 */
final class ThreadNice {

	private static final Path TASKS = Path.of("/proc/self/task");

	private ThreadNice() {
	}

	/**
	 * This process's threads whose names start with the prefix, by thread id; none without
	 * {@code /proc}. Linux keeps a thread's first 15 characters; HotSpot gives every Java thread
	 * its name there.
	 */
	static List<Long> named(String prefix) {
		String kept = prefix.substring(0, Math.min(prefix.length(), 15));
		List<Long> ids = new ArrayList<>();
		try (Stream<Path> tasks = Files.list(TASKS)) {
			for (Path task : (Iterable<Path>) tasks::iterator) {
				try {
					if (Files.readString(task.resolve("comm")).startsWith(kept)) {
						ids.add(Long.parseLong(task.getFileName().toString()));
					}
				}
				catch (IOException | NumberFormatException ex) {
					// A thread that ended while we looked.
				}
			}
		}
		catch (IOException | UnsupportedOperationException ex) {
			// Not Linux.
		}
		return ids;
	}

	/**
	 * A thread's nice value, or {@link Integer#MIN_VALUE} when it can't be read: the 19th field
	 * of its {@code stat}, counted after the name in parentheses (which may hold spaces).
	 */
	static int of(long id) {
		try {
			String stat = Files.readString(TASKS.resolve(Long.toString(id)).resolve("stat"));
			String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
			return Integer.parseInt(fields[19 - 3]);
		}
		catch (IOException | RuntimeException ex) {
			return Integer.MIN_VALUE;
		}
	}

	/**
	 * Sets the threads' nice value; whether every one of them has it now. A process may raise its
	 * threads' nice value (lower their priority), not lower it again without a privilege.
	 */
	static boolean set(int nice, List<Long> ids) {
		if (ids.isEmpty()) {
			return true;
		}
		List<String> command = new ArrayList<>(List.of("renice", Integer.toString(nice), "-p"));
		ids.forEach((id) -> command.add(Long.toString(id)));
		try {
			Process renice = new ProcessBuilder(command).redirectErrorStream(true)
				.redirectOutput(ProcessBuilder.Redirect.DISCARD)
				.start();
			if (!renice.waitFor(5, TimeUnit.SECONDS)) {
				renice.destroyForcibly();
				return false;
			}
		}
		catch (IOException ex) {
			return false;
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			return false;
		}
		return ids.stream().allMatch((id) -> of(id) == nice);
	}

}
