package se.klockan;

import java.net.http.HttpResponse;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the packaged jar as a Heroku web dyno (see {@link Dyno}) and holds it to Heroku's limits:
 * bind within 90 s (R10), stay under 512 MiB (R14), exit within 30 s of SIGTERM (R12).
 */
class DynoIT {

	@Test
	void bootsServesAndStopsWithinHerokusLimits() throws Exception {
		long started = System.nanoTime();
		try (Dyno dyno = Dyno.start("dyno-it")) {
			HttpResponse<String> time = dyno.awaitFirstOk("/time", Duration.ofSeconds(90));
			double bootSeconds = (System.nanoTime() - started) / 1e9;
			assertThat(time.headers().firstValue("Content-Type")).hasValue("application/json");
			assertThat(time.body()).contains("\"timezone\":\"Etc/UTC\"", "\"unixtime\":");

			// Ready (UP rather than 503) once the application has started, a moment after its port
			// opens and it can answer: a warm first request can come back within that moment.
			HttpResponse<String> health = dyno.awaitFirstOk("/actuator/health", Duration.ofSeconds(5));
			assertThat(health.body()).contains("\"status\":\"UP\"");

			// Heroku's router appends the caller's address to X-Forwarded-For; with DYNO set, Spring
			// Boot trusts the router and nothing a client wrote in front of that.
			HttpResponse<String> zone = dyno.get("/api/timezone/America/Argentina/Buenos_Aires", "X-Forwarded-For",
					"198.51.100.66, 203.0.113.7");
			assertThat(zone.statusCode()).isEqualTo(200);
			assertThat(zone.body()).contains("\"timezone\":\"America/Argentina/Buenos_Aires\"",
					"\"utc_offset\":\"-03:00\"", "\"client_ip\":\"203.0.113.7\"");

			long rssKib = dyno.residentKib();
			assertThat(rssKib).as("resident memory, KiB").isLessThan(512 * 1024);

			long stopping = System.nanoTime();
			dyno.signal("TERM");
			assertThat(dyno.awaitExit(Duration.ofSeconds(30))).as("gone within 30 s of SIGTERM").isTrue();
			double shutdownSeconds = (System.nanoTime() - stopping) / 1e9;
			assertThat(dyno.logText()).contains("Graceful shutdown complete");

			System.out.printf("Dyno test: first 200 on /time after %.2f s, RSS %d MiB, gone %.2f s after SIGTERM%n",
					bootSeconds, rssKib / 1024, shutdownSeconds);
		}
	}

}
