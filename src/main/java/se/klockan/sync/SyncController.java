package se.klockan.sync;

import java.time.Clock;
import java.time.Instant;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestAttribute;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code GET /api/sync}: NTP's server half over HTTP. A client notes when it sent (t0) and
 * received (t3); with our t1 and t2 it knows its offset and how sure it can be of it. Open to
 * every origin, as all of {@code /api} is, so other sites' pages can sync against us.
 */
@RestController
class SyncController {

	private final Clock clock;

	SyncController(Clock clock) {
		this.clock = clock;
	}

	@GetMapping("/api/sync")
	SyncStamps sync(@RequestAttribute(ReceiveTimeFilter.RECEIVED) Instant received) {
		// Read last, as close to writing the answer as a handler can.
		return new SyncStamps(micros(received), micros(this.clock.instant()));
	}

	static long micros(Instant instant) {
		return Math.addExact(Math.multiplyExact(instant.getEpochSecond(), 1_000_000L), instant.getNano() / 1000);
	}

}
