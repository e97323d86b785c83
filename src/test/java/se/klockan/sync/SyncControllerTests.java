package se.klockan.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.webmvc.test.autoconfigure.WebMvcTest;
import org.springframework.context.annotation.Import;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.context.bean.override.convention.TestBean;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

@WebMvcTest(SyncController.class)
@Import(SyncConfiguration.class)
class SyncControllerTests {

	@TestBean
	Clock clock;

	@Autowired
	MockMvcTester mvc;

	/** A clock that moves on 1.5 ms each time it is read, so reads can be told apart. */
	static Clock clock() {
		return new SteppingClock(Instant.parse("2026-11-25T12:42:22.123456Z"), 1500);
	}

	@Test
	void receiveIsReadFirstAndTransmitLastFromTheClock() {
		((SteppingClock) this.clock).reset();
		assertThat(this.mvc.get().uri("/api/sync")).hasStatusOk()
			.hasContentType(MediaType.APPLICATION_JSON)
			.hasBodyTextEqualTo("{\"receive_us\":1795610542123456,\"transmit_us\":1795610542124956}");
	}

	@Test
	void asTextTheSameStampsAreKeyValueLines() {
		((SteppingClock) this.clock).reset();
		assertThat(this.mvc.get().uri("/api/sync.txt")).hasStatusOk()
			.hasContentType("text/plain;charset=UTF-8")
			.hasBodyTextEqualTo("receive_us: 1795610542123456\ntransmit_us: 1795610542124956\n");
	}

	@Test
	void otherSitesMayCallAndTimeItButNobodyCachesIt() {
		assertThat(this.mvc.get().uri("/api/sync").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
			.hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.hasHeader("Timing-Allow-Origin", "*")
			.hasHeader(HttpHeaders.CACHE_CONTROL, "no-store");
	}

	@Test
	void corsPreflightIsAllowed() {
		assertThat(this.mvc.options()
			.uri("/api/sync")
			.header(HttpHeaders.ORIGIN, "https://elsewhere.example")
			.header(HttpHeaders.ACCESS_CONTROL_REQUEST_METHOD, "GET")).hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*")
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS, "GET,HEAD")
			.hasHeader(HttpHeaders.ACCESS_CONTROL_MAX_AGE, "86400");
	}

	@Test
	void headWorksFromOtherOrigins() {
		assertThat(this.mvc.head().uri("/api/sync").header(HttpHeaders.ORIGIN, "https://elsewhere.example"))
			.hasStatusOk()
			.hasHeader(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN, "*");
	}

	@Test
	void writesAreNotAllowed() {
		assertThat(this.mvc.post().uri("/api/sync")).hasStatus(405);
	}

	static final class SteppingClock extends Clock {

		private final Instant start;

		private final long stepMicros;

		private final AtomicLong reads = new AtomicLong();

		SteppingClock(Instant start, long stepMicros) {
			this.start = start;
			this.stepMicros = stepMicros;
		}

		void reset() {
			this.reads.set(0);
		}

		@Override
		public Instant instant() {
			return this.start.plusNanos(this.reads.getAndIncrement() * this.stepMicros * 1000);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException();
		}

	}

}
