package se.klockan;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import se.klockan.RawHttp.Response;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A restart under load, as Heroku does one at every deploy and once a day: 32 keep-alive clients
 * hammer {@code /time} on the packaged jar while SIGTERM arrives. No answer may be cut off
 * midway or be anything but 2xx, and no request may be lost on a connection the server closed.
 * A client that finds the port closed stops: its requests were never sent.
 */
class RestartIT {

	static final int CLIENTS = 32;

	static final byte[] REQUEST = "GET /time HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII);

	final AtomicInteger answered = new AtomicInteger();

	final AtomicInteger closedByServer = new AtomicInteger();

	final AtomicInteger lost = new AtomicInteger();

	final AtomicInteger cut = new AtomicInteger();

	final List<Integer> unexpected = new ArrayList<>();

	/** When each lost request was lost, in ms after SIGTERM, and how: to tell where they go. */
	final java.util.Queue<String> losses = new java.util.concurrent.ConcurrentLinkedQueue<>();

	volatile long signalled;

	@Test
	void sigtermUnderLoadDropsNoRequests() throws Exception {
		try (Dyno dyno = Dyno.start("restart-it")) {
			dyno.awaitFirstOk("/time", Duration.ofSeconds(90));
			CountDownLatch warm = new CountDownLatch(CLIENTS * 200);
			List<Thread> clients = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				Thread client = new Thread(() -> hammer(dyno.port, warm), "client-" + i);
				client.start();
				clients.add(client);
			}
			assertThat(warm.await(60, TimeUnit.SECONDS)).as("load reached the server").isTrue();

			long stopping = System.nanoTime();
			this.signalled = stopping;
			dyno.signal("TERM");
			String readiness = awaitReadinessRefusingTraffic(dyno);
			assertThat(dyno.awaitExit(Duration.ofSeconds(30))).as("gone within 30 s of SIGTERM").isTrue();
			double shutdownSeconds = (System.nanoTime() - stopping) / 1e9;
			for (Thread client : clients) {
				client.join(10_000);
			}

			System.out.printf("Restart test: %d answers, %d connections closed by the server with Connection: close, "
					+ "%d requests lost, %d cut off, %d not 2xx; gone %.2f s after SIGTERM%n", this.answered.get(),
					this.closedByServer.get(), this.lost.get(), this.cut.get(), this.unexpected.size(),
					shutdownSeconds);
			if (!this.losses.isEmpty()) {
				System.out.println("Restart test: lost " + this.losses + "; the dyno's log: " + dyno.log);
			}
			assertThat(readiness).as("readiness during the drain").contains("OUT_OF_SERVICE");
			assertThat(this.cut.get()).as("answers cut off midway").isZero();
			assertThat(this.unexpected).as("statuses other than 2xx").isEmpty();
			assertThat(this.lost.get()).as("requests lost on connections the server closed").isZero();
			assertThat(this.closedByServer.get()).as("answers that closed their connection").isPositive();
			assertThat(dyno.logText()).contains("Draining connections", "Graceful shutdown complete");
		}
	}

	/**
	 * Sends requests one after another on a kept-alive connection, opening a new one when the
	 * server closes it, until the server refuses to connect.
	 */
	private void hammer(int port, CountDownLatch warm) {
		while (true) {
			int answers = 0;
			try (Socket socket = RawHttp.connect(port)) {
				OutputStream out = socket.getOutputStream();
				InputStream in = socket.getInputStream();
				while (true) {
					try {
						out.write(REQUEST);
					}
					catch (IOException ex) {
						lose("write failed", answers); // the server closed the connection under us
						break;
					}
					Response response = RawHttp.read(in, false);
					if (response == null) {
						lose("closed before an answer", answers);
						break;
					}
					if (!response.complete()) {
						this.cut.incrementAndGet();
						break;
					}
					if (response.status() / 100 != 2) {
						synchronized (this.unexpected) {
							this.unexpected.add(response.status());
						}
					}
					this.answered.incrementAndGet();
					answers++;
					warm.countDown();
					if ("close".equalsIgnoreCase(response.header("Connection"))) {
						this.closedByServer.incrementAndGet();
						break;
					}
				}
			}
			catch (ConnectException refused) {
				return; // the port is closed: the dyno is going, and no request was sent
			}
			catch (IOException ex) {
				if (!RawHttp.isReset(ex)) {
					throw new AssertionError(ex);
				}
				lose("reset", answers);
			}
		}
	}

	/** A request lost on a connection that had had {@code answers} answers. */
	private void lose(String how, int answers) {
		this.lost.incrementAndGet();
		long since = (this.signalled == 0) ? -1 : (System.nanoTime() - this.signalled) / 1_000_000;
		this.losses.add("+" + since + " ms, " + how + ", after " + answers + " answers on its connection");
	}

	/** What readiness says after SIGTERM, asked on fresh connections while the port is open. */
	private static String awaitReadinessRefusingTraffic(Dyno dyno) throws InterruptedException {
		String last = "";
		for (int i = 0; i < 100; i++) {
			try {
				HttpResponse<String> readiness = dyno.get("/actuator/health/readiness");
				last = readiness.statusCode() + " " + readiness.body();
				if (readiness.statusCode() == 503) {
					return last;
				}
			}
			catch (IOException gone) {
				return last;
			}
			Thread.sleep(5);
		}
		return last;
	}

}
