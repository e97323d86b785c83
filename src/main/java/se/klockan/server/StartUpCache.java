package se.klockan.server;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.stereotype.Component;

/**
 * Says, once at start, when the start-up cache the Procfile names can't have been used: the
 * build records it with one JVM ({@code -Dklockan.cache.recorded-by}, in
 * {@code target/klockan/cache.args}), and a JVM of another version or build doesn't read it (a
 * Java 17 JVM doesn't even know the Java 25 flag, which the Procfile lets it ignore). The start
 * is then slower, nothing more.
 */
@Component
class StartUpCache {

	static final String RECORDED_BY = "klockan.cache.recorded-by";

	private static final Log log = LogFactory.getLog(StartUpCache.class);

	StartUpCache() {
		String warning = warning(System.getProperty(RECORDED_BY), System.getProperty("java.vm.version"));
		if (warning != null) {
			log.warn(warning);
		}
	}

	/** What to say, or null when there is nothing to say (the same JVM, or no cache named). */
	static String warning(String recordedBy, String running) {
		if (recordedBy == null || recordedBy.equals(running)) {
			return null;
		}
		return "The start-up cache was not used: the build recorded it on Java " + recordedBy + ", and this is Java "
				+ running + ". Starting without it, only slower; rebuild with this java "
				+ "(./mvnw -DskipTests package) to use one.";
	}

}
