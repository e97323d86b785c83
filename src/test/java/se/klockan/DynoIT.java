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

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar the way a Heroku web dyno does: the Procfile's {@code web:} line under
 * bash, with {@code PORT}, {@code DYNO} and a 512 MB dyno's JVM flags, then holds it to Heroku's
 * limits: bind within 90 s (R10), stay under 512 MiB (R14), exit within 30 s of SIGTERM (R12).
 */
class DynoIT {

	/** What Heroku puts in JAVA_TOOL_OPTIONS and JAVA_OPTS on a 512 MB dyno. */
	static final String DYNO_FLAGS = "-Dfile.encoding=UTF-8 -Xmx300m -Xss512k -XX:CICompilerCount=2";

	static final Path LOG = Path.of("target", "dyno-it.log");

	final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

	Process dyno;

	@AfterEach
	void stopDyno() throws Exception {
		if (this.dyno != null && this.dyno.isAlive()) {
			signalGroup("KILL");
		}
	}

	@Test
	void bootsServesAndStopsWithinHerokusLimits() throws Exception {
		int port = freePort();
		long started = System.nanoTime();
		this.dyno = startWebProcess(port);

		HttpResponse<String> time = awaitFirstOk("http://localhost:" + port + "/time", Duration.ofSeconds(90));
		double bootSeconds = (System.nanoTime() - started) / 1e9;
		assertThat(time.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(time.body()).contains("\"timezone\":\"Etc/UTC\"", "\"unixtime\":");

		HttpResponse<String> health = get("http://localhost:" + port + "/actuator/health");
		assertThat(health.statusCode()).isEqualTo(200);
		assertThat(health.body()).contains("\"status\":\"UP\"");

		// Heroku's router appends the caller's address to X-Forwarded-For; with DYNO set, Spring Boot
		// trusts the router and nothing a client wrote in front of that.
		HttpResponse<String> zone = this.http.send(HttpRequest
			.newBuilder(URI.create("http://localhost:" + port + "/api/timezone/America/Argentina/Buenos_Aires"))
			.header("X-Forwarded-For", "198.51.100.66, 203.0.113.7")
			.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(zone.statusCode()).isEqualTo(200);
		assertThat(zone.body()).contains("\"timezone\":\"America/Argentina/Buenos_Aires\"", "\"utc_offset\":\"-03:00\"",
				"\"client_ip\":\"203.0.113.7\"");

		long rssKib = residentKib(javaProcess());
		assertThat(rssKib).as("resident memory, KiB").isLessThan(512 * 1024);

		long stopping = System.nanoTime();
		signalGroup("TERM");
		assertThat(this.dyno.waitFor(30, TimeUnit.SECONDS)).as("gone within 30 s of SIGTERM").isTrue();
		double shutdownSeconds = (System.nanoTime() - stopping) / 1e9;
		assertThat(Files.readString(LOG)).contains("Graceful shutdown complete");

		System.out.printf("Dyno test: first 200 on /time after %.2f s, RSS %d MiB, gone %.2f s after SIGTERM%n",
				bootSeconds, rssKib / 1024, shutdownSeconds);
	}

	/**
	 * The JDK Heroku would run us on, the one {@code system.properties} names, if this machine has
	 * it ({@code .ci/runtime-jdk} looks); otherwise the one running this test.
	 */
	static Path runtimeJdk() throws IOException, InterruptedException {
		Process lookup = new ProcessBuilder("bash", ".ci/runtime-jdk").redirectErrorStream(true).start();
		String jdk = new String(lookup.getInputStream().readAllBytes()).trim();
		lookup.waitFor();
		if (!jdk.isEmpty()) {
			return Path.of(jdk);
		}
		Path current = Path.of(System.getProperty("java.home"));
		System.out.printf("Dyno test: the JDK system.properties names is not installed; using %s%n", current);
		return current;
	}

	private Process startWebProcess(int port) throws IOException, InterruptedException {
		String web = Files.readAllLines(Path.of("Procfile"))
			.stream()
			.filter(line -> line.startsWith("web:"))
			.map(line -> line.substring("web:".length()).trim())
			.findFirst()
			.orElseThrow(() -> new AssertionError("Procfile has no web: line"));
		// setsid: the dyno gets a process group of its own, as on Heroku, to signal as a whole.
		ProcessBuilder builder = new ProcessBuilder("setsid", "bash", "-c", web).redirectErrorStream(true)
			.redirectOutput(LOG.toFile());
		Map<String, String> env = builder.environment();
		env.put("PORT", Integer.toString(port));
		env.put("DYNO", "web.1");
		env.put("JAVA_TOOL_OPTIONS", DYNO_FLAGS);
		env.put("JAVA_OPTS", DYNO_FLAGS);
		Path jdk = runtimeJdk();
		env.put("JAVA_HOME", jdk.toString());
		env.put("PATH", jdk.resolve("bin") + File.pathSeparator + env.get("PATH"));
		System.out.printf("Dyno test: running the Procfile's web: line on %s%n", jdk);
		return builder.start();
	}

	private HttpResponse<String> awaitFirstOk(String url, Duration limit) throws Exception {
		long deadline = System.nanoTime() + limit.toNanos();
		while (System.nanoTime() < deadline) {
			assertThat(this.dyno.isAlive()).as("web process still running (see %s)", LOG).isTrue();
			try {
				HttpResponse<String> response = get(url);
				if (response.statusCode() == 200) {
					return response;
				}
			}
			catch (IOException notListeningYet) {
				// keep polling
			}
			Thread.sleep(50);
		}
		throw new AssertionError("no 200 from " + url + " within " + limit + " (Heroku's R10)");
	}

	private HttpResponse<String> get(String url) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(5)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

	private ProcessHandle javaProcess() {
		return Stream.concat(Stream.of(this.dyno.toHandle()), this.dyno.descendants())
			.filter(process -> process.info().command().orElse("").endsWith("/java"))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no java process under the web process"));
	}

	private static long residentKib(ProcessHandle process) throws IOException {
		return Files.readAllLines(Path.of("/proc", Long.toString(process.pid()), "status"))
			.stream()
			.filter(line -> line.startsWith("VmRSS:"))
			.map(line -> Long.parseLong(line.replaceAll("\\D", "")))
			.findFirst()
			.orElseThrow();
	}

	/** Signals the web process's whole group, as Heroku signals every process of a dyno. */
	private void signalGroup(String signal) throws Exception {
		new ProcessBuilder("kill", "-" + signal, "--", "-" + this.dyno.pid()).inheritIO().start().waitFor();
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

}
