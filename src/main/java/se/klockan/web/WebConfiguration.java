package se.klockan.web;

import java.time.Duration;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.DispatcherType;
import org.apache.catalina.core.StandardHost;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.HttpMethod;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.UrlBasedCorsConfigurationSource;
import org.springframework.web.filter.CorsFilter;
import org.springframework.web.filter.UrlHandlerFilter;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.AcceptHeaderLocaleResolver;

/**
 * Web plumbing shared by every feature: the language we answer in, caching and security
 * headers, and error answers. A {@link WebMvcConfigurer}, so that web-slice tests get it too.
 */
@Configuration(proxyBeanMethods = false)
class WebConfiguration implements WebMvcConfigurer {

	static final Locale SWEDISH = Locale.forLanguageTag("sv");

	/**
	 * Swedish for browsers that prefer it to English, English otherwise: the first language in
	 * {@code Accept-Language} that we speak wins.
	 */
	@Bean
	LocaleResolver localeResolver() {
		AcceptHeaderLocaleResolver resolver = new AcceptHeaderLocaleResolver();
		resolver.setSupportedLocales(List.of(Locale.ENGLISH, SWEDISH));
		resolver.setDefaultLocale(Locale.ENGLISH);
		return resolver;
	}

	/** WorldTimeAPI's paths, and time.now's, which answer the same ({@code ZoneController}). */
	private static final String[] API = { "/api/*", "/developer/api/*" };

	/** Times go stale at once: no cache, shared or private, may keep one. */
	@Bean
	FilterRegistrationBean<NoStoreFilter> noStoreFilter() {
		FilterRegistrationBean<NoStoreFilter> registration = new FilterRegistrationBean<>(new NoStoreFilter());
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
		FilterRegistrationBean<UrlHandlerFilter> registration = new FilterRegistrationBean<>(
				UrlHandlerFilter.trailingSlashHandler("/api/**", "/developer/api/**").wrapRequest().build());
		registration.addUrlPatterns(API);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 1); // after the sync receive time, before routing
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
		filter.setCorsProcessor(new CorsRefusals());
		FilterRegistrationBean<CorsFilter> registration = new FilterRegistrationBean<>(filter);
		registration.addUrlPatterns(API);
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 2);
		return registration;
	}

	/** Health answers with a {@code Content-Length} too ({@link UnflushedResponses}). */
	@Bean
	FilterRegistrationBean<UnflushedResponses> actuatorContentLength() {
		FilterRegistrationBean<UnflushedResponses> registration = new FilterRegistrationBean<>(
				new UnflushedResponses());
		registration.addUrlPatterns("/actuator/*");
		return registration;
	}

	/** Also on error dispatches: Tomcat answers some requests (TRACE) before any filter runs. */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter());
		registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR);
		return registration;
	}

	@Bean
	FilterRegistrationBean<AcceptFilter> acceptFilter() {
		return new FilterRegistrationBean<>(new AcceptFilter());
	}

	@Bean
	FilterRegistrationBean<PercentEncodingFilter> percentEncodingFilter() {
		return new FilterRegistrationBean<>(new PercentEncodingFilter());
	}

	@Bean
	FilterRegistrationBean<BodyLengthFilter> bodyLengthFilter() {
		return new FilterRegistrationBean<>(new BodyLengthFilter());
	}

	@Bean
	FilterRegistrationBean<ClientAddressFilter> clientAddressFilter() {
		return new FilterRegistrationBean<>(new ClientAddressFilter());
	}

	@Bean
	ErrorResponses errorResponses(MessageSource messages, JsonMapper json) {
		return new ErrorResponses(messages, json);
	}

	/**
	 * Errors Tomcat answers itself in the client's format too. Runs after Spring Boot's own
	 * Tomcat customizer, which adds the stock valve this one replaces.
	 */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> clientErrorValve(ErrorResponses responses,
			LocaleResolver locales) {
		return (factory) -> factory.addContextCustomizers(
				(context) -> new ClientErrorValve(responses, locales).install((StandardHost) context.getParent()));
	}

}
