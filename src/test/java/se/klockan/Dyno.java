package se.klockan;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged jar run the way a Heroku web dyno runs it: the Procfile's {@code web:} line under
 * bash, in a process group of its own, with {@code PORT}, {@code DYNO} and a 512 MB dyno's JVM
 * flags, on the JDK that built it, as Heroku runs it on the one that built it there.
 */
final class Dyno implements AutoCloseable {

	/** What Heroku puts in JAVA_TOOL_OPTIONS and JAVA_OPTS on a 512 MB dyno. */
	static final String DYNO_FLAGS = "-Dfile.encoding=UTF-8 -Xmx300m -Xss512k -XX:CICompilerCount=2";

	final int port;

	final Path log;

	final Process process;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	private Dyno(int port, Path log, Process process) {
		this.port = port;
		this.log = log;
		this.process = process;
	}

	static Dyno start(String name) throws IOException, InterruptedException {
		String web = Files.readAllLines(Path.of("Procfile"))
			.stream()
			.filter((line) -> line.startsWith("web:"))
			.map((line) -> line.substring("web:".length()).trim())
			.findFirst()
			.orElseThrow(() -> new AssertionError("Procfile has no web: line"));
		int port = freePort();
		Path log = Path.of("target", name + ".log");
		// setsid: the dyno gets a process group of its own, as on Heroku, to signal as a whole.
		ProcessBuilder builder = new ProcessBuilder("setsid", "bash", "-c", web).redirectErrorStream(true)
			.redirectOutput(log.toFile());
		Map<String, String> env = builder.environment();
		env.put("PORT", Integer.toString(port));
		env.put("DYNO", "web.1");
		env.put("JAVA_TOOL_OPTIONS", DYNO_FLAGS);
		env.put("JAVA_OPTS", DYNO_FLAGS);
		// The JDK that built the jar and recorded its start-up cache: this test's own (Maven's).
		Path jdk = Path.of(System.getProperty("java.home"));
		env.put("JAVA_HOME", jdk.toString());
		env.put("PATH", jdk.resolve("bin") + File.pathSeparator + env.get("PATH"));
		System.out.printf("%s: running the Procfile's web: line on %s%n", name, jdk);
		return new Dyno(port, log, builder.start());
	}

	/** Polls until {@code path} answers 200, as Heroku's router would wait for the port. */
	HttpResponse<String> awaitFirstOk(String path, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(this.process.isAlive()).as("web process still running (see %s)", this.log).isTrue();
			try {
				HttpResponse<String> response = get(path);
				if (response.statusCode() == 200) {
					return response;
				}
			}
			catch (IOException notListeningYet) {
				// keep polling
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no 200 from " + path + " within " + limit + " (Heroku's R10)");
	}

	HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.timeout(Duration.ofSeconds(5));
		if (headers.length > 0) {
			request.headers(headers);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	long residentKib() throws IOException {
		ProcessHandle java = Stream.concat(Stream.of(this.process.toHandle()), this.process.descendants())
			.filter((process) -> process.info().command().orElse("").endsWith("/java"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no java process under the web process"));
		return Files.readAllLines(Path.of("/proc", Long.toString(java.pid()), "status"))
			.stream()
			.filter((line) -> line.startsWith("VmRSS:"))
			.map((line) -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElseThrow();
	}

	/** Signals the web process's whole group, as Heroku signals every process of a dyno. */
	void signal(String signal) throws IOException, InterruptedException {
		new ProcessBuilder("kill", "-" + signal, "--", "-" + this.process.pid()).inheritIO().start().waitFor();
	}

	boolean awaitExit(Duration limit) throws InterruptedException {
		return this.process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS);
	}

	String logText() throws IOException {
		return Files.readString(this.log);
	}

	@Override
	public void close() throws Exception {
		if (this.process.isAlive()) {
			signal("KILL");
		}
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
