package se.klockan.server;

import java.io.IOException;

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

	/** How many requests: enough for the JIT profiles a Java 25 cache keeps to settle. */
	private static final int COUNT = 8_000;

	private TrainingRun() {
	}

	public static void main(String[] args) throws IOException {
		SpringApplication application = new SpringApplication(KlockanApplication.class);
		// Spring AOT finds its build-time initializer by the main class: it must be Klockan's.
		application.setMainApplicationClass(KlockanApplication.class);
		ConfigurableApplicationContext context = application.run("--server.port=0", "--spring.main.banner-mode=off",
				"--klockan.shutdown.drain-window=0", "--klockan.warm-up.before-port=0", "--klockan.warm-up.requests=0");
		int port = Integer.parseInt(context.getEnvironment().getProperty("local.server.port"));
		WarmUpClient.send(port, COUNT, (sent) -> true);
		System.exit(SpringApplication.exit(context));
	}

}
