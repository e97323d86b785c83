package se.klockan.ip;

import se.klockan.web.RequestCheck;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Time by IP address: the table shipped with the app, the fallback for addresses it can't place,
 * and the check that a request's client address is one.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(IpProperties.class)
public class IpConfiguration {

	@Bean
	IpLocator ipLocator(IpProperties properties) {
		return new IpLocator(IpLocator.TABLE, properties.fallbackZone());
	}

	/**
	 * Refuses a request whose client address is not an IP address. Behind Heroku's router the
	 * address comes from {@code X-Forwarded-For}, and a trusted proxy could pass on anything there;
	 * answers that show the address ({@code client_ip}) must not show that.
	 */
	@Bean
	RequestCheck clientAddressCheck() {
		return (request) -> isIpAddress(request.getRemoteAddr()) ? null
				: "X-Forwarded-For does not end with an IP address.";
	}

	static boolean isIpAddress(String address) {
		return IpAddress.parse(address) != null;
	}

}
