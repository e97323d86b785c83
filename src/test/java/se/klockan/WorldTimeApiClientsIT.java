package se.klockan;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * Programs written for WorldTimeAPI, run unchanged but for the base URL against the packaged jar
 * started as a dyno (see {@code src/test/clients/README.md}): each must compute the right time,
 * offset and zone. A client whose tool is missing here is skipped with a line saying so, except
 * in CI, where {@code .ci/run} installs them.
 */
class WorldTimeApiClientsIT {

	static final Path CLIENTS = Path.of("src/test/clients");

	static final Path WORK = Path.of("target/clients");

	static final String ZONE = "Europe/Stockholm";

	static Dyno dyno;

	static String base;

	@BeforeAll
	static void startTheJar() throws Exception {
		dyno = Dyno.start("clients-it");
		dyno.awaitFirstOk("/time", Duration.ofSeconds(90));
		base = "http://127.0.0.1:" + dyno.port;
		Files.createDirectories(WORK);
	}

	@AfterAll
	static void stopTheJar() throws Exception {
		dyno.close();
	}

	@Test
	void npmWorldTimestampKeepsMicroseconds() throws Exception {
		Path npm = WORK.resolve("npm");
		FileSystemUtils.deleteRecursively(npm); // installed afresh, as published
		Files.createDirectories(npm);
		for (String file : List.of("package.json", "run.js")) {
			Files.copy(CLIENTS.resolve("npm").resolve(file), npm.resolve(file));
		}
		Command install = run(npm, "npm", "install", "--no-audit", "--no-fund", "--ignore-scripts",
				"--no-package-lock", "--loglevel=error");
		if (install.exit() != 0) {
			Skip.because("WorldTimeApiClientsIT: the npm client skipped: npm install failed (no registry here?): "
					+ install.output().lines().findFirst().orElse(""));
		}
		assertThat(install.exit()).as(install.output()).isZero();
		Path library = npm.resolve("node_modules/world-timestamp/build/index.js");
		String code = Files.readString(library);
		assertThat(code).contains("https://worldtimeapi.org/api/timezone/");
		Files.writeString(library, code.replace("https://worldtimeapi.org", base));

		Instant before = Instant.now();
		Command result = run(npm, "node", "run.js", ZONE);
		assertThat(result.exit()).as(result.output()).isZero();
		String line = result.output().trim();
		assertThat(line).startsWith("{\"timezone\":\"" + ZONE + "\",\"utcMicroseconds\":");
		long utcMicros = Long.parseLong(field(line, "utcMicroseconds"));
		long localMicros = Long.parseLong(field(line, "microseconds"));
		assertThat(utcMicros / 1000.0).isCloseTo(before.toEpochMilli(), within(5000.0));
		// It adds raw_offset, the standard offset: what it says of the local time, with or without DST.
		assertThat(localMicros - utcMicros)
			.isEqualTo(ZoneId.of(ZONE).getRules().getStandardOffset(before).getTotalSeconds() * 1_000_000L);
	}

	@Test
	void aShellClockWithCurlAndGrep() throws Exception {
		Skip.unlessOnPath("WorldTimeApiClientsIT's shell client", "curl", "curl");
		Command result = run(WORK, List.of("BASE=" + base), "sh", CLIENTS.resolve("shell/clock.sh").toAbsolutePath().toString(),
				ZONE);
		assertThat(result.exit()).as(result.output()).isZero();
		String[] values = result.output().trim().split(" ");
		assertNow(Long.parseLong(values[0]));
		assertThat(values[1]).isEqualTo(ZoneId.of(ZONE).getRules().getOffset(Instant.now()).getId());
		assertThat(values[2]).isEqualTo(ZONE);
		assertThat(Integer.parseInt(values[3])).isGreaterThan(590);
	}

	@Test
	void aMicroPythonClockOverHttp10() throws Exception {
		Command result = run(WORK, "python3", CLIENTS.resolve("urequests/clock.py").toAbsolutePath().toString(), base,
				ZONE);
		assertThat(result.exit()).as(result.output()).isZero();
		String[] values = result.output().trim().split(" ");
		assertThat(values[0]).isEqualTo("200");
		assertThat(values[1]).isEqualTo(ZONE);
		long unixtime = Long.parseLong(values[2]);
		assertNow(unixtime);
		assertThat(Long.parseLong(values[3]) - unixtime).isEqualTo(offsetNow());
	}

	@Test
	void anEsp8266SketchThatReadsContentLengthBytes() throws Exception {
		Path binary = WORK.resolve("sized_read");
		Command compile = run(WORK, "g++", "-O1", "-o", binary.toAbsolutePath().toString(),
				CLIENTS.resolve("esp8266/sized_read.cpp").toAbsolutePath().toString());
		assertThat(compile.exit()).as(compile.output()).isZero();
		Command result = run(WORK, binary.toAbsolutePath().toString(), "127.0.0.1", Integer.toString(dyno.port), ZONE);
		assertThat(result.exit()).as(result.output()).isZero();
		String[] values = result.output().trim().split(" ");
		assertNow(Long.parseLong(values[0]));
		assertThat(Long.parseLong(values[1])).isEqualTo(offsetNow());
	}

	@Test
	@ExtendWith(Chromium.class)
	void aWidgetOnAnotherSiteReadsItsAnswers() throws Exception {
		byte[] page = Files.readAllBytes(CLIENTS.resolve("browser/widget.html"));
		HttpServer site = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
		site.createContext("/", (exchange) -> {
			exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
			exchange.sendResponseHeaders(200, page.length);
			exchange.getResponseBody().write(page);
			exchange.close();
		});
		site.start();
		ChromeDriver browser = Chromium.open("en");
		try {
			// The page's origin is 127.0.0.1 on one port; the API's is localhost on another.
			browser.get("http://127.0.0.1:" + site.getAddress().getPort() + "/widget.html?api=http://localhost:"
					+ dyno.port);
			new WebDriverWait(browser, Duration.ofSeconds(10))
				.until((driver) -> !driver.findElement(By.id("error")).getText().equals("…"));
			assertThat(browser.findElement(By.id("error")).getText()).isEqualTo("404 unknown location");
			assertThat(browser.findElement(By.id("zone")).getText()).isEqualTo(ZONE);
			assertThat(browser.findElement(By.id("ip")).getText()).isEqualTo("Europe/London");
			String[] time = browser.findElement(By.id("time")).getText().split(" ");
			assertNow(Long.parseLong(time[0]));
			assertThat(time[1]).isEqualTo(ZoneId.of(ZONE).getRules().getOffset(Instant.now()).getId());
		}
		finally {
			browser.quit();
			site.stop(0);
		}
	}

	private static void assertNow(long unixtime) {
		assertThat(unixtime).isCloseTo(Instant.now().getEpochSecond(), within(5L));
	}

	private static long offsetNow() {
		return ZoneId.of(ZONE).getRules().getOffset(Instant.now()).getTotalSeconds();
	}

	private static String field(String json, String name) {
		int at = json.indexOf("\"" + name + "\":") + name.length() + 3;
		int end = at;
		while (end < json.length() && (Character.isDigit(json.charAt(end)) || json.charAt(end) == '-')) {
			end++;
		}
		return json.substring(at, end);
	}

	private static Command run(Path directory, String... command) throws Exception {
		return run(directory, List.of(), command);
	}

	/**
	 * Runs a client's tool. Outside CI, a tool this machine lacks skips the test with a line
	 * saying what to install; in CI it fails.
	 */
	private static Command run(Path directory, List<String> environment, String... command) throws Exception {
		if (!command[0].contains("/")) {
			Skip.unlessOnPath("WorldTimeApiClientsIT's " + command[0] + " client",
					command[0].equals("npm") || command[0].equals("node") ? "nodejs npm" : command[0], command[0]);
		}
		return Command.run(directory, environment, command);
	}

}
