package se.klockan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A program the tests run (a client, a validator): its exit code and what it printed. */
record Command(int exit, String output) {

	/**
	 * Runs {@code command} in {@code directory} with {@code environment} ({@code NAME=value}) added,
	 * its output and errors together; one that takes over two minutes fails the test.
	 */
	static Command run(Path directory, List<String> environment, String... command) throws Exception {
		ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
		for (String variable : environment) {
			builder.environment().put(variable.substring(0, variable.indexOf('=')),
					variable.substring(variable.indexOf('=') + 1));
		}
		Process process = builder.start();
		byte[] output = process.getInputStream().readAllBytes();
		if (!process.waitFor(120, TimeUnit.SECONDS)) {
			process.destroyForcibly();
			throw new AssertionError(String.join(" ", command) + " did not finish");
		}
		return new Command(process.exitValue(), new String(output, StandardCharsets.UTF_8));
	}

}
