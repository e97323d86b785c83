package se.klockan.server;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class StartUpCacheTests {

	@Test
	void saysWhyWhenAnotherJvmRecordedTheCache() {
		assertThat(StartUpCache.warning("25.0.3+9-LTS", "17.0.15+6-Debian-1deb12u1"))
			.isEqualTo("The start-up cache was not used: the build recorded it on Java 25.0.3+9-LTS, and this is "
					+ "Java 17.0.15+6-Debian-1deb12u1. Starting without it, only slower; rebuild with this java "
					+ "(./mvnw -DskipTests package) to use one.");
	}

	@Test
	void saysNothingOnTheJvmThatRecordedItOrWithoutOne() {
		assertThat(StartUpCache.warning("25.0.3+9-LTS", "25.0.3+9-LTS")).isNull();
		assertThat(StartUpCache.warning(null, "25.0.3+9-LTS")).isNull();
	}

}
