package se.klockan.server;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The server's life cycle settings ({@code klockan.*}): how a new instance warms up, how its
 * request threads yield to the JIT compiler, and how it drains its connections on SIGTERM.
 *
 * @param warmUp the requests the app sends itself so its first visitors find warm code
 * @param jit the request threads' priority while the JIT compiles under full load
 * @param shutdown what happens between SIGTERM and the port's closing
 */
@ConfigurationProperties("klockan")
record LifecycleProperties(@DefaultValue WarmUp warmUp, @DefaultValue Jit jit, @DefaultValue Shutdown shutdown) {

	/**
	 * @param beforePort how long the app sends itself requests before its port opens (0: none);
	 * the first visitor then finds the request path loaded and compiled
	 * @param requests after the port opens, the app sends itself requests until it has served this
	 * many, visitors' included (0: none)
	 */
	record WarmUp(@DefaultValue("100ms") Duration beforePort, @DefaultValue("20000") int requests) {
	}

	/**
	 * @param quietFor how long the JIT must have been (nearly) idle before request threads that
	 * went below it under full load are replaced by threads of normal priority (negative: they
	 * never go below it)
	 */
	record Jit(@DefaultValue("3s") Duration quietFor) {
	}

	/**
	 * @param drainWindow how long after SIGTERM every answer closes its connection, so clients
	 * (Heroku's router among them) reconnect elsewhere, before the port closes (0: not at all)
	 */
	record Shutdown(@DefaultValue("1s") Duration drainWindow) {
	}

}
