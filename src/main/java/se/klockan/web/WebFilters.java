package se.klockan.web;

import java.time.Duration;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The app's servlet filters, each at its place in the chain ({@link FilterOrder}). A
 * {@link WebMvcConfigurer}, so that web-slice tests get them too.
 */
@Configuration(proxyBeanMethods = false)
class WebFilters implements WebMvcConfigurer {

	/** WorldTimeAPI's paths, and time.now's, which answer the same. */
	static final String[] API = { "/api/*", "/developer/api/*" };

	/** Times go stale at once: no cache, shared or private, may keep one. */
	@Bean
	FilterRegistrationBean<NoStoreFilter> noStoreFilter() {
		FilterRegistrationBean<NoStoreFilter> registration = registration(new NoStoreFilter(), FilterOrder.NO_STORE);
		registration.addUrlPatterns("/time");
		registration.addUrlPatterns(API);
		return registration;
	}

	/**
	 * {@code /api/timezone/} and {@code /api/ip/1.2.3.4/} answer as without the slash, as
	 * WorldTimeAPI does: never a redirect, which most device clients can't follow.
	 */
	@Bean
	FilterRegistrationBean<UrlHandlerFilter> trailingSlashFilter() {
		FilterRegistrationBean<UrlHandlerFilter> registration = registration(
				UrlHandlerFilter.trailingSlashHandler("/api/**", "/developer/api/**").wrapRequest().build(),
				FilterOrder.TRAILING_SLASH);
		registration.addUrlPatterns(API);
		return registration;
	}

	/**
	 * Every {@code /api} answer, errors included, is readable by pages of any origin, as
	 * WorldTimeAPI's are: clock widgets call it from other sites. Preflights name the methods
	 * there are; no credentials. {@code /actuator} stays same-origin.
	 */
	@Bean
	FilterRegistrationBean<CorsFilter> corsFilter() {
		CorsConfiguration cors = new CorsConfiguration();
		cors.addAllowedOrigin(CorsConfiguration.ALL);
		cors.setAllowedMethods(List.of(HttpMethod.GET.name(), HttpMethod.HEAD.name()));
		cors.addAllowedHeader(CorsConfiguration.ALL);
		cors.setMaxAge(Duration.ofDays(1));
		UrlBasedCorsConfigurationSource source = new UrlBasedCorsConfigurationSource();
		source.registerCorsConfiguration("/api/**", cors);
		source.registerCorsConfiguration("/developer/api/**", cors);
		CorsFilter filter = new CorsFilter(source);
		filter.setCorsProcessor(new CorsRefusalProcessor());
		FilterRegistrationBean<CorsFilter> registration = registration(filter, FilterOrder.CORS);
		registration.addUrlPatterns(API);
		return registration;
	}

	/** Every answer with a {@code Content-Length}, also those Spring MVC flushes ({@link UnflushedResponseFilter}). */
	@Bean
	FilterRegistrationBean<UnflushedResponseFilter> unflushedResponseFilter() {
		return registration(new UnflushedResponseFilter(), FilterOrder.UNFLUSHED_RESPONSE);
	}

	/** Also on error dispatches: Tomcat answers some requests (TRACE) before any filter runs. */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = registration(new SecurityHeadersFilter(),
				FilterOrder.SECURITY_HEADERS);
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AcceptFilter> actuatorAcceptFilter() {
		FilterRegistrationBean<AcceptFilter> registration = registration(new AcceptFilter(), FilterOrder.ACTUATOR_ACCEPT);
		registration.addUrlPatterns("/actuator/*");
		return registration;
	}

	@Bean
	FilterRegistrationBean<RequestValidationFilter> requestValidationFilter(ObjectProvider<RequestCheck> checks) {
		return registration(new RequestValidationFilter(checks.orderedStream().toList()),
				FilterOrder.REQUEST_VALIDATION);
	}

	private static <F extends Filter> FilterRegistrationBean<F> registration(F filter, int order) {
		FilterRegistrationBean<F> registration = new FilterRegistrationBean<>(filter);
		registration.setOrder(order);
		return registration;
	}

}
