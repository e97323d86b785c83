package se.klockan.server;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntPredicate;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * When the warm-up after the port opens sends another request: every request once from a device
 * and once from a browser whatever the traffic, then only while the server has served fewer than
 * it was asked for, visitors' requests included.
 */
class WarmUpTests {

	private static final int FIRST_ROUNDS = 2 * WarmUpClient.REQUESTS.size();

	private final AtomicLong served = new AtomicLong();

	private final AtomicBoolean closing = new AtomicBoolean();

	private final IntPredicate more = WarmUp.untilServed(20_000, this.served::get, this.closing::get);

	@Test
	void onAQuietInstanceItSendsUntilTheServerHasServedThatMany() {
		this.served.set(19_999);
		assertThat(this.more.test(19_000)).isTrue();
		this.served.set(20_000);
		assertThat(this.more.test(19_001)).isFalse();
	}

	@Test
	void onABusyOneItStopsAfterTwoRoundsAsVisitorsHaveWarmedItThemselves() {
		this.served.set(50_000);
		assertThat(this.more.test(0)).isTrue();
		assertThat(this.more.test(FIRST_ROUNDS - 1)).isTrue();
		assertThat(this.more.test(FIRST_ROUNDS)).isFalse();
	}

	@Test
	void itStopsWhenTheApplicationCloses() {
		this.closing.set(true);
		assertThat(this.more.test(0)).isFalse();
	}

}
