package se.klockan;

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
