package se.klockan.sync;

import java.time.Clock;

import se.klockan.web.FilterOrder;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Puts the sync receive time filter first in line for {@code /api/sync} and {@code /api/sync.txt}. */
@Configuration(proxyBeanMethods = false)
class SyncConfiguration {

	@Bean
	FilterRegistrationBean<ReceiveTimeFilter> receiveTimeFilter(Clock clock) {
		FilterRegistrationBean<ReceiveTimeFilter> registration = new FilterRegistrationBean<>(
				new ReceiveTimeFilter(clock));
		registration.addUrlPatterns("/api/sync/*", "/api/sync.txt"); // with a trailing slash too
		registration.setOrder(FilterOrder.RECEIVE_TIME);
		return registration;
	}

}
