package se.klockan.server;

import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.info.BuildProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Which build is running, said once in the log at start, as {@code /actuator/info} says it (Boot's
 * build contributor, from {@code META-INF/build-info.properties}): the version, and the commit
 * the build recorded (from git, or on Heroku from {@code SOURCE_VERSION}).
 */
@Configuration(proxyBeanMethods = false)
class BuildConfiguration {

	private static final Log log = LogFactory.getLog(BuildConfiguration.class);

	@Bean
	ApplicationRunner buildLog(ObjectProvider<BuildProperties> build) {
		return (arguments) -> build.ifAvailable((properties) -> log.info("Klockan " + properties.getVersion()
				+ ", commit " + properties.get("commit") + ", built " + properties.getTime()));
	}

}
