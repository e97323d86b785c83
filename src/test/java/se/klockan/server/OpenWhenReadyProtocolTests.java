package se.klockan.server;

import java.io.IOException;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.util.TestSocketUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** The port opens when the application says it is ready, not when Tomcat starts its connector. */
class OpenWhenReadyProtocolTests {

	private final ScheduledExecutorService utility = Executors.newSingleThreadScheduledExecutor();

	private Connector connector;

	@AfterEach
	void destroy() throws Exception {
		if (this.connector != null) {
			this.connector.stop();
			this.connector.destroy();
		}
		this.utility.shutdownNow();
	}

	@Test
	void theConnectorStartsWithItsPortClosedAndReadyOpensIt() throws Exception {
		int port = TestSocketUtils.findAvailableTcpPort();
		OpenWhenReadyProtocol protocol = start(port);
		assertThat(accepts(port)).isFalse();
		assertThat(this.connector.getLocalPort()).isEqualTo(port);
		assertThat(protocol.ready()).isTrue();
		assertThat(accepts(port)).isTrue();
		assertThat(this.connector.getLocalPort()).isEqualTo(port);
		assertThat(protocol.ready()).isFalse();
		assertThat(accepts(port)).isTrue();
	}

	@Test
	void aRandomPortOpensAtOnceForOnlyABoundSocketKnowsItsNumber() throws Exception {
		OpenWhenReadyProtocol protocol = start(0);
		int port = this.connector.getLocalPort();
		assertThat(port).isPositive();
		assertThat(accepts(port)).isTrue();
		assertThat(protocol.ready()).isFalse();
	}

	@Test
	void readyBeforeTheConnectorStartsOpensThePortAsItStarts() throws Exception {
		int port = TestSocketUtils.findAvailableTcpPort();
		this.connector = connector(port);
		assertThat(((OpenWhenReadyProtocol) this.connector.getProtocolHandler()).ready()).isFalse();
		assertThat(accepts(port)).isFalse();
		this.connector.start();
		assertThat(accepts(port)).isTrue();
	}

	@Test
	void aPortInUseFailsWhenItOpens() throws Exception {
		try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			OpenWhenReadyProtocol protocol = start(taken.getLocalPort());
			assertThatExceptionOfType(BindException.class).isThrownBy(protocol::ready);
		}
	}

	private OpenWhenReadyProtocol start(int port) throws Exception {
		this.connector = connector(port);
		this.connector.start();
		return (OpenWhenReadyProtocol) this.connector.getProtocolHandler();
	}

	private Connector connector(int port) {
		Connector connector = new Connector(OpenWhenReadyProtocol.class.getName());
		connector.setPort(port);
		connector.setProperty("address", "127.0.0.1");
		connector.getProtocolHandler().setUtilityExecutor(this.utility);
		return connector;
	}

	/** Whether something listens on the loopback address's {@code port}. */
	static boolean accepts(int port) {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
