package se.klockan.ip;

import org.junit.jupiter.api.Test;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.WebApplicationType;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/** {@code klockan.ip.fallback-zone}: a home network's zone for addresses with no location. */
class IpFallbackTests {

	@Test
	void addressesWithNoLocationGetTheFallbackZone() {
		try (ConfigurableApplicationContext context = start("--klockan.ip.fallback-zone=Europe/Stockholm")) {
			IpLocator locator = context.getBean(IpLocator.class);
			assertThat(locator.zoneOf("192.168.1.20")).hasToString("Europe/Stockholm");
			assertThat(locator.zoneOf("fd00::1")).hasToString("Europe/Stockholm");
			assertThat(locator.zoneOf("81.2.69.160")).hasToString("Europe/London");
		}
	}

	@Test
	void withoutAFallbackTheyHaveNone() {
		try (ConfigurableApplicationContext context = start()) {
			assertThat(context.getBean(IpLocator.class).zoneOf("192.168.1.20")).isNull();
		}
	}

	@Test
	void anUnknownFallbackZoneStopsTheAppAndSaysWhy() {
		// The failure is what this test expects: its report stays out of the build's output.
		assertThatException()
			.isThrownBy(() -> start("--klockan.ip.fallback-zone=Europe/Stockhlom", "--logging.level.root=off"))
			.withRootCauseInstanceOf(IllegalArgumentException.class)
			.withStackTraceContaining("klockan.ip.fallback-zone (KLOCKAN_IP_FALLBACK_ZONE) is 'Europe/Stockhlom', "
					+ "which is not a time zone");
	}

	private static ConfigurableApplicationContext start(String... args) {
		SpringApplication application = new SpringApplication(Context.class);
		application.setWebApplicationType(WebApplicationType.NONE);
		return application.run(args);
	}

	@Configuration(proxyBeanMethods = false)
	@Import(IpConfiguration.class)
	static class Context {

	}

}
