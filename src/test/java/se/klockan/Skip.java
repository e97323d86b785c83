package se.klockan;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Assumptions;

/**
 * Skips a test whose tool this machine lacks, saying so once on the build's output (a skipped
 * test's reason is otherwise only in target/surefire-reports). In CI ({@code CI=true}), where
 * {@code .ci/run} installs every tool, the test fails instead.
 */
public final class Skip {

	private static final Set<String> told = ConcurrentHashMap.newKeySet();

	private Skip() {
	}

	/**
	 * Skips {@code what}, or in CI fails it, unless every command is on the {@code PATH}: say it
	 * before the test does anything else, so nothing half-done (a MockMvc dump) is printed.
	 */
	public static void unlessOnPath(String what, String install, String... commands) {
		for (String command : commands) {
			if (!onPath(command)) {
				because(what + " skipped: no " + command + " here. To run it: apt-get install " + install);
			}
		}
	}

	public static boolean onPath(String command) {
		for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
			if (!directory.isEmpty() && Files.isExecutable(Path.of(directory, command))) {
				return true;
			}
		}
		return false;
	}

	/** Skips, or in CI fails, with {@code reason}: what is skipped, why, and how to enable it. */
	public static void because(String reason) {
		if ("true".equals(System.getenv("CI"))) {
			throw new AssertionError(reason.replace(" skipped", " failed") + " (CI installs it: .ci/run)");
		}
		if (told.add(reason)) {
			System.out.println(reason);
		}
		Assumptions.abort(reason);
	}

}
