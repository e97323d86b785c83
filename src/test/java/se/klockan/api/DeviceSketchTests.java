package se.klockan.api;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import se.klockan.Skip;
import se.klockan.ip.IpConfiguration;
import se.klockan.place.PlaceConfiguration;
import se.klockan.zone.PosixTz;
import se.klockan.zone.Zones;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The device sketches of docs/devices.md, run: the ESP32 sketch's parsing function compiled with g++ and
 * fed Klockan's answer, then handed to glibc as the sketch does; the MicroPython code run with
 * CPython on the same answer, and its rule evaluator against the JDK for every zone.
 */
@WebMvcTest(PosixController.class)
@Import({ IpConfiguration.class, PlaceConfiguration.class })
class DeviceSketchTests {

	static final Instant NOW = Instant.parse("2026-11-25T12:42:22.123456789Z");

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	@TempDir
	Path work;

	static Clock clock() {
		return Clock.fixed(NOW, ZoneOffset.UTC);
	}

	@Test
	void theEsp32SketchParsesTheAnswerAndGlibcKeepsItsTime() throws Exception {
		Skip.unlessOnPath("DeviceSketchTests' ESP32 sketch", "g++", "g++");
		String answer = answer("/api/posix/stockholm.txt");
		Path source = this.work.resolve("sketch.cpp");
		Files.writeString(source, """
				#include <cstdio>
				#include <cstdlib>
				#include <cstring>
				#include <ctime>
				%s
				int main() {
				  char line[128], zone[64], rules[64];
				  long long unixtime;
				  if (!fgets(line, sizeof line, stdin) || !parseKlockan(line, zone, sizeof zone, rules, sizeof rules, &unixtime)) {
				    return 1;
				  }
				  setenv("TZ", rules, 1);
				  tzset();
				  time_t now = (time_t) unixtime;
				  struct tm local;
				  localtime_r(&now, &local);
				  printf("%%s|%%s|%%lld|%%02d:%%02d:%%02d %%s\\n", zone, rules, unixtime, local.tm_hour, local.tm_min,
				      local.tm_sec, local.tm_zone);
				  return 0;
				}
				""".formatted(sketch("```cpp\n", "bool parseKlockan(")));
		Path program = this.work.resolve("sketch");
		assertThat(run(List.of("g++", "-Wall", "-Werror", "-o", program.toString(), source.toString()), null))
			.as("g++ compiles the sketch")
			.isNotNull();
		assertThat(run(List.of(program.toString()), answer))
			.isEqualTo("Europe/Stockholm|CET-1CEST,M3.5.0,M10.5.0/3|1795610542|13:42:22 CET\n");
		assertThat(run(List.of(program.toString()), "garbage\n")).isNull();
	}

	@Test
	void theMicroPythonSketchParsesTheAnswerAndKeepsEveryZonesOffsets() throws Exception {
		Skip.unlessOnPath("DeviceSketchTests' MicroPython sketch", "python3", "python3");
		String code = sketch("```python\n", "def _number(");
		StringBuilder cases = new StringBuilder();
		List<Integer> expected = new ArrayList<>();
		for (String id : Zones.all()) {
			ZoneRules rules = Zones.get(id).rules().rules();
			PosixTz posix = PosixTz.of(Zones.get(id), NOW);
			if (posix.exactFrom() != null) {
				continue; // Palestine: the string is right only from 2086 on (PosixGlibcTests)
			}
			for (long t : instants(rules)) {
				cases.append(posix.string()).append(' ').append(t).append('\n');
				expected.add(rules.getOffset(Instant.ofEpochSecond(t)).getTotalSeconds());
			}
		}
		Files.writeString(this.work.resolve("cases.txt"), cases);
		Path script = this.work.resolve("sketch.py");
		Files.writeString(script, code + """

				import sys
				print(parse_klockan(sys.stdin.readline()))
				for line in open(sys.argv[1]):
				    rules, t = line.split()
				    print(utc_offset(rules, int(t)))
				""");
		String output = run(List.of("python3", script.toString(), this.work.resolve("cases.txt").toString()),
				answer("/api/posix/stockholm.txt"));
		List<String> lines = output.lines().toList();
		assertThat(lines.get(0)).isEqualTo("('Europe/Stockholm', 'CET-1CEST,M3.5.0,M10.5.0/3', 1795610542)");
		assertThat(lines.subList(1, lines.size()).stream().map(Integer::valueOf).toList())
			.containsExactlyElementsOf(expected);
	}

	private String answer(String path) throws Exception {
		return this.mvc.get().uri(path).exchange().getResponse().getContentAsString();
	}

	/** From docs/devices.md's code block starting with {@code fence}: the code from {@code start} to its end. */
	private static String sketch(String fence, String start) throws IOException {
		String readme = Files.readString(Path.of("docs/devices.md"));
		String block = readme.substring(readme.indexOf(fence) + fence.length());
		block = block.substring(0, block.indexOf("```"));
		int from = block.indexOf(start);
		assertThat(from).as("docs/devices.md's sketch has %s", start).isNotNegative();
		String code = block.substring(from);
		return start.startsWith("bool") ? code.substring(0, code.indexOf("\n}\n") + 3) : code;
	}

	/** Weekly over ten years from now, and a second either side of every change. */
	private static List<Long> instants(ZoneRules rules) {
		List<Long> times = new ArrayList<>();
		long end = NOW.getEpochSecond() + 10L * 365 * 86_400;
		for (long t = NOW.getEpochSecond(); t < end; t += 7 * 86_400 + 3_599) {
			times.add(t);
		}
		ZoneOffsetTransition next = rules.nextTransition(NOW);
		while (next != null && next.getInstant().getEpochSecond() < end) {
			times.add(next.getInstant().getEpochSecond() - 1);
			times.add(next.getInstant().getEpochSecond());
			next = rules.nextTransition(next.getInstant());
		}
		return times;
	}

	/** Runs a command; its output, or null when it fails. Skipped outside CI where the tool is missing. */
	private static String run(List<String> command, String input) throws IOException, InterruptedException {
		Process process;
		try {
			process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
		}
		catch (IOException ex) {
			Skip.because("DeviceSketchTests skipped: no " + command.get(0) + " here. To run them: apt-get install g++ python3");
			throw ex;
		}
		if (input != null) {
			process.getOutputStream().write(input.getBytes(StandardCharsets.US_ASCII));
		}
		process.getOutputStream().close();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
		return (process.exitValue() == 0) ? output : null;
	}

}
