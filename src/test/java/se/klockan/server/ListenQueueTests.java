package se.klockan.server;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ListenQueueTests {

	@Test
	void readsTheAcceptQueueOfAListeningSocketOnly() {
		String[] listening = "1: 00000000:1F90 00000000:0000 0A 00000000:00000003 00:00000000 00000000 0 0 1".split(" ");
		String[] established = "2: 0100007F:1F90 0100007F:D2F0 01 00000000:00000007 00:00000000 00000000 0 0 2".split(" ");
		assertThat(ListenQueue.waitingIn(listening, ":1F90")).isEqualTo(3);
		assertThat(ListenQueue.waitingIn(established, ":1F90")).isZero();
		assertThat(ListenQueue.waitingIn(listening, ":1F91")).isZero();
	}

	@Test
	void countsConnectionsNotYetAccepted() throws IOException {
		Assumptions.assumeTrue(Files.isReadable(Path.of("/proc/net/tcp")), "Linux's /proc/net/tcp");
		try (ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
			assertThat(ListenQueue.waiting(server.getLocalPort())).isZero();
			List<Socket> clients = new ArrayList<>();
			for (int i = 0; i < 3; i++) {
				clients.add(new Socket(InetAddress.getLoopbackAddress(), server.getLocalPort()));
			}
			assertThat(ListenQueue.waiting(server.getLocalPort())).isEqualTo(3);
			server.accept().close();
			assertThat(ListenQueue.waiting(server.getLocalPort())).isEqualTo(2);
			for (Socket client : clients) {
				client.close();
			}
		}
	}

}
