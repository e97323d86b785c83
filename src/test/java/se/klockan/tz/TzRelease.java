package se.klockan.tz;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import se.klockan.Skip;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shipped release's own compiled files, as {@code tools/build-tz-table --fetch} unpacks
 * them from the Debian package the table was built from, and the readers of them that aren't
 * java.time: Python's {@code zoneinfo} and glibc's {@code zdump}.
 */
public final class TzRelease {

	private TzRelease() {
	}

	/** The release's {@code zoneinfo} directory; skips (in CI fails) the test without it. */
	public static Path zoneinfo(String what) {
		String version;
		try {
			version = Files.readAllLines(Path.of("tools/tz-table.inputs"))
				.stream()
				.filter((line) -> line.startsWith("package.version="))
				.map((line) -> line.substring(line.indexOf('=') + 1))
				.findFirst()
				.orElseThrow();
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		Path zoneinfo = Path.of("target/tzdata", version, "usr/share/zoneinfo").toAbsolutePath();
		if (!Files.isRegularFile(zoneinfo.resolve("tzdata.zi"))) {
			Skip.because(what + " skipped: tzdata " + version + "'s compiled files are not in target/tzdata. "
					+ "To run them: tools/build-tz-table --fetch");
		}
		return zoneinfo;
	}

	/** Every zone and link the shipped table has. */
	public static List<String> names() {
		TzDatabase shipped = TzDatabase.shipped();
		List<String> names = new ArrayList<>(shipped.zones().keySet());
		names.addAll(shipped.links().keySet());
		return names;
	}

	/** Runs a command to its end, its output into {@code output}; fails the test if it fails. */
	public static void run(Path output, String... command) throws IOException, InterruptedException {
		Process process = new ProcessBuilder(command).redirectOutput(output.toFile())
			.redirectError(ProcessBuilder.Redirect.INHERIT)
			.start();
		assertThat(process.waitFor(600, TimeUnit.SECONDS)).as(command[0] + " finished").isTrue();
		assertThat(process.exitValue()).as(command[0] + "'s exit").isZero();
	}

}
