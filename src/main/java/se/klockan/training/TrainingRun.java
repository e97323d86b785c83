package se.klockan.training;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.URI;
import java.util.List;

import se.klockan.KlockanApplication;

import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The build's training run: starts Klockan on a free port, sends it the requests a dyno's first
 * visitors would, and exits. The build runs it under {@code -XX:AOTCacheOutput} (Java 25 and
 * later) or {@code -XX:ArchiveClassesAtExit} (Java 17), so the start-up cache the Procfile uses
 * holds what serving takes as well as what starting does, and a new dyno answers sooner.
 */
public final class TrainingRun {

	/** Rounds of requests: enough for the JIT profiles a Java 25 cache keeps to settle. */
	private static final int ROUNDS = 400;

	/** Every representation and error path, so their classes and code paths are in the cache. */
	static final List<Request> REQUESTS = List.of(new Request("/time", "application/json"),
			new Request("/time?tz=Europe/Stockholm", "*/*"), new Request("/time?tz=Asia/Kathmandu", "text/plain"),
			new Request("/time?tz=America/New_York", "text/html"), new Request("/", "text/html"),
			new Request("/", "*/*"), new Request("/api/timezone/Europe/Stockholm", "*/*"),
			new Request("/api/timezone/Australia/Sydney.txt", "*/*"), new Request("/api/timezone/Europe", "*/*"),
			new Request("/api/ip/81.2.69.160", "*/*"), new Request("/api/ip/2a02:aa1::1.txt", "*/*"),
			new Request("/api/ip", "*/*"), new Request("/api/sync", "*/*"), new Request("/actuator/health", "*/*"),
			new Request("/nowhere", "text/html"), new Request("/time?tz=Nowhere", "application/json"),
			new Request("/time", "application/xml"), new Request("/klockan.css", "text/css"),
			new Request("/clock.js", "*/*"));

	private TrainingRun() {
	}

	public static void main(String[] args) throws IOException {
		SpringApplication application = new SpringApplication(KlockanApplication.class);
		// Spring AOT finds its build-time initializer by the main class: it must be Klockan's.
		application.setMainApplicationClass(KlockanApplication.class);
		ConfigurableApplicationContext context = application.run("--server.port=0", "--spring.main.banner-mode=off",
				"--klockan.shutdown.drain-window=0", "--klockan.warm-up.before-port=0", "--klockan.warm-up.requests=0");
		String base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
		for (int round = 0; round < ROUNDS; round++) {
			for (Request request : REQUESTS) {
				get(base + request.path(), request.accept(), (round % 2 == 0) ? "sv" : "en");
			}
		}
		System.exit(SpringApplication.exit(context));
	}

	record Request(String path, String accept) {
	}

	static void get(String url, String accept, String language) throws IOException {
		HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
		connection.setRequestProperty("Accept", accept);
		connection.setRequestProperty("Accept-Language", language);
		int status = connection.getResponseCode();
		try (InputStream body = (status < 400) ? connection.getInputStream() : connection.getErrorStream()) {
			if (body != null) {
				body.transferTo(OutputStream.nullOutputStream());
			}
		}
	}

}
