package se.klockan;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import se.klockan.zone.Zones;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every curl example in the README's Use section, run as written (with the dyno's port for 8080)
 * against the packaged jar started as a dyno: each must answer what the README says it does.
 * An example added to the README without an expectation here fails, and so does one removed.
 */
class ReadmeIT {

	/** Each example and its answer: status, then a pattern for the whole body. */
	static final Map<String, String> EXPECTED = new LinkedHashMap<>();

	static {
		String time = "\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}";
		EXPECTED.put("curl localhost:8080/time", "200 \\{\"abbreviation\":\"UTC\",.*\"timezone\":\"Etc/UTC\",.*\\}");
		EXPECTED.put("curl -H 'Accept: text/plain' localhost:8080/time", "200 " + time + "Z\n");
		EXPECTED.put("curl -H 'Accept: text/html' -H 'Accept-Language: sv' localhost:8080/time",
				"200 (?s)<!DOCTYPE html>\n<html lang=\"sv\">.*Klockan är.*");
		EXPECTED.put("curl 'localhost:8080/time?tz=Asia/Kathmandu'",
				"200 \\{.*\"datetime\":\"" + time + "\\+05:45\",.*\"timezone\":\"Asia/Kathmandu\",.*\\}");
		EXPECTED.put("curl localhost:8080/", "200 Hej\n");
		EXPECTED.put("curl localhost:8080/api/timezone", "200 \\[\"Africa/Abidjan\",.*\"Europe/Stockholm\",.*\\]");
		EXPECTED.put("curl localhost:8080/api/timezone/Europe", "200 \\[\"Europe/Amsterdam\",.*\"Europe/Zurich\"\\]");
		EXPECTED.put("curl localhost:8080/api/timezone/Europe/Stockholm",
				"200 \\{\"abbreviation\":\"CES?T\",\"client_ip\":\"127.0.0.1\",.*\"timezone\":\"Europe/Stockholm\",.*\\}");
		EXPECTED.put("curl 'localhost:8080/api/timezone/Europe/Stockholm?at=2027-03-28T01:30:00Z'",
				"200 \\{\"abbreviation\":\"CEST\",.*\"datetime\":\"2027-03-28T03:30:00\\.000000\\+02:00\",.*"
						+ "\"timezone\":\"Europe/Stockholm\",.*\\}");
		EXPECTED.put("curl 'localhost:8080/api/convert?from=America/New_York&to=Asia/Tokyo&datetime=2027-03-14T02:30'",
				"200 \\{\"from\":\\{.*\"datetime\":\"2027-03-14T03:30:00\\.000000-04:00\",.*\"timezone\":\"America/New_York\",.*"
						+ "\\},\"to\":\\{.*\"datetime\":\"2027-03-14T16:30:00\\.000000\\+09:00\",.*\\},\"resolution\":\"gap\"\\}");
		EXPECTED.put("curl 'localhost:8080/api/transitions/Europe/Stockholm?from=2027-01-01T00:00:00Z'",
				"200 \\{\"timezone\":\"Europe/Stockholm\",\"transitions\":\\[\\{\"utc_datetime\":\"2027-03-28T01:00:00\\.000000\\+00:00\",.*"
						+ "\"abbreviation\":\"CEST\"\\},\\{.*\"abbreviation\":\"CET\"\\}\\]\\}");
		EXPECTED.put("curl localhost:8080/api/ip/81.2.69.160",
				"200 \\{.*\"client_ip\":\"81.2.69.160\",.*\"timezone\":\"Europe/London\",.*\\}");
		EXPECTED.put("curl localhost:8080/api/ip", "404 \\{\"error\":\"unknown location\"\\}");
		EXPECTED.put("curl localhost:8080/api/posix/stockholm.txt", "200 Europe/Stockholm CET-1CEST,M3.5.0,M10.5.0/3 \\d+\n");
		EXPECTED.put("curl 'localhost:8080/api/posix.txt?ip=81.2.69.160'",
				"200 Europe/London GMT0BST,M3.5.0/1,M10.5.0 \\d+\n");
		EXPECTED.put("curl localhost:8080/api/coordinates/57.70716,11.96679",
				"200 \\{.*\"timezone\":\"Europe/Stockholm\",.*\\}");
		EXPECTED.put("curl localhost:8080/api/place/Gothenburg",
				"200 \\{.*\"timezone\":\"Europe/Stockholm\",.*\"place\":\\{\"name\":\"Göteborg\",\"country_code\":\"SE\",.*\\}\\}");
		EXPECTED.put("curl 'localhost:8080/api/place?q=goteb'",
				"200 \\[\\{\"name\":\"Göteborg\",\"country_code\":\"SE\",.*\"timezone\":\"Europe/Stockholm\"\\}.*\\]");
		EXPECTED.put("curl 'localhost:8080/api/posix.txt?lat=57.7&lon=11.97'",
				"200 Europe/Stockholm CET-1CEST,M3.5.0,M10.5.0/3 \\d+\n");
		EXPECTED.put("curl localhost:8080/api/sync", "200 \\{\"receive_us\":\\d+,\"transmit_us\":\\d+\\}");
		EXPECTED.put("curl localhost:8080/actuator/health", "200 \\{\"groups\":\\[\"liveness\",\"readiness\"\\],\"status\":\"UP\"\\}");
		EXPECTED.put("curl localhost:8080/api", "(?s)200 # Klockan's API, .*\nopenapi: 3\\.1\\.0\n.*");
		EXPECTED.put("curl localhost:8080/actuator/info",
				"200 \\{\"build\":\\{.*\"commit\":\"[0-9a-f]{40}\".*\"version\":\"[^\"]+\".*\\},"
						+ "\"ip\":\\{.*\"name\":\"DB-IP IP to City Lite\".*\"date\":\"[^\"]+\".*\\},"
						+ "\"place\":\\{.*\"name\":\"GeoNames cities500\".*\\},\"tz\":\\{\"release\":\"" + Zones.release()
						+ "\",\"source\":\"Debian tzdata " + Zones.release()
						+ "-[^\"]+\",\"source.sha256\":\"[0-9a-f]{64}\",\"licence\":\"public domain\",\"zones\":\\d+,\"links\":\\d+\\}\\}");
	}

	@Test
	void everyExampleAnswersWhatTheReadmeSays() throws Exception {
		Skip.unlessOnPath("ReadmeIT", "curl", "curl");
		List<String> examples = examples();
		assertThat(examples).as("the README's examples, against those this test knows")
			.containsExactlyElementsOf(EXPECTED.keySet());
		try (Dyno dyno = Dyno.start("readme-it")) {
			dyno.awaitFirstOk("/time", Duration.ofSeconds(90));
			for (String example : examples) {
				String command = example.replace("localhost:8080", "localhost:" + dyno.port)
					.replaceFirst("^curl ", "curl -s -w '\\\\n%{http_code}' ");
				String answer = run(command);
				int last = answer.lastIndexOf('\n');
				String result = answer.substring(last + 1) + " " + answer.substring(0, last);
				assertThat(result).as(example).matches(EXPECTED.get(example));
			}
			// The sample answer: the same fields in the same order.
			String sample = Files.readString(Path.of("README.md"));
			Matcher json = Pattern.compile("\\$ curl -s localhost:8080/api/timezone/Europe/Stockholm\n(\\{[^$]*?\\})\n")
				.matcher(sample);
			assertThat(json.find()).as("the README's sample answer").isTrue();
			assertThat(keys(run("curl -s localhost:" + dyno.port + "/api/timezone/Europe/Stockholm")))
				.isEqualTo(keys(json.group(1).replace("\n", "")));
		}
	}

	/** The first cell of each row of the Use table that is a curl command. */
	private static List<String> examples() throws Exception {
		String readme = Files.readString(Path.of("README.md"));
		String use = readme.substring(readme.indexOf("\n## Use\n"), readme.indexOf("\n## ", readme.indexOf("\n## Use\n") + 1));
		List<String> examples = new ArrayList<>();
		Matcher row = Pattern.compile("(?m)^\\| `(curl [^`]+)` \\|").matcher(use);
		while (row.find()) {
			examples.add(row.group(1));
		}
		return examples;
	}

	private static List<String> keys(String json) {
		List<String> keys = new ArrayList<>();
		Matcher key = Pattern.compile("\"([a-z_]+)\":").matcher(json);
		while (key.find()) {
			keys.add(key.group(1));
		}
		return keys;
	}

	private static String run(String command) throws Exception {
		Process process = new ProcessBuilder("bash", "-c", command).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor(30, TimeUnit.SECONDS)).as(command).isTrue();
		return output;
	}

}
