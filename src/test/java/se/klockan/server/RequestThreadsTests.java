package se.klockan.server;

import java.util.concurrent.Executor;

import org.apache.catalina.core.StandardThreadExecutor;
import org.apache.coyote.http11.Http11NioProtocol;
import org.junit.jupiter.api.Test;

import org.springframework.boot.tomcat.autoconfigure.TomcatServerProperties;

import static org.assertj.core.api.Assertions.assertThat;

/** The server's request threads, sized by {@code server.tomcat.threads.*}. */
class RequestThreadsTests {

	private final TomcatServerProperties properties = new TomcatServerProperties();

	@Test
	void theConnectorGetsAPoolSizedAsItsOwnWouldBe() {
		this.properties.getThreads().setMax(7);
		this.properties.getThreads().setMinSpare(3);
		this.properties.getThreads().setMaxQueueCapacity(50);
		Http11NioProtocol protocol = new Http11NioProtocol();
		new RequestThreads(this.properties.getThreads()).customize(protocol);
		assertThat(protocol.getExecutor()).isInstanceOfSatisfying(StandardThreadExecutor.class, (pool) -> {
			assertThat(pool.getMaxThreads()).isEqualTo(7);
			assertThat(pool.getMinSpareThreads()).isEqualTo(3);
			assertThat(pool.getMaxQueueSize()).isEqualTo(50);
			// Below the JIT only under full load (RequestPriority).
			assertThat(pool.getThreadPriority()).isEqualTo(Thread.NORM_PRIORITY);
		});
	}

	@Test
	void aMaximumBelowTheDefaultSpareThreadsCapsThem() throws Exception {
		this.properties.getThreads().setMax(2);
		Http11NioProtocol protocol = new Http11NioProtocol();
		new RequestThreads(this.properties.getThreads()).customize(protocol);
		StandardThreadExecutor pool = (StandardThreadExecutor) protocol.getExecutor();
		assertThat(pool.getMinSpareThreads()).isEqualTo(2);
		pool.start();
		try {
			assertThat(pool.getPoolSize()).isEqualTo(2);
		}
		finally {
			pool.stop();
		}
	}

	@Test
	void anExecutorAlreadySetStays() {
		Executor another = Runnable::run;
		Http11NioProtocol protocol = new Http11NioProtocol();
		protocol.setExecutor(another);
		new RequestThreads(this.properties.getThreads()).customize(protocol);
		assertThat(protocol.getExecutor()).isSameAs(another);
	}

}
