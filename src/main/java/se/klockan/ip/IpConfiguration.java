package se.klockan.ip;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time by IP address: the table shipped with the app, and the fallback for addresses it can't place. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IpProperties.class)
public class IpConfiguration {

	@Bean
	IpLocator ipLocator(IpProperties properties) {
		return new IpLocator(IpLocator.TABLE, properties.fallbackZone());
	}

}
