package se.klockan.web;

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

	/** Times go stale at once: no cache, shared or private, may keep one. */
	@Bean
	FilterRegistrationBean<NoStoreFilter> noStoreFilter() {
		FilterRegistrationBean<NoStoreFilter> registration = new FilterRegistrationBean<>(new NoStoreFilter());
		registration.addUrlPatterns("/time", "/api/*");
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
	FilterRegistrationBean<ClientAddressFilter> clientAddressFilter() {
		return new FilterRegistrationBean<>(new ClientAddressFilter());
	}

	@Bean
	ErrorResponses errorResponses(MessageSource messages, JsonMapper json) {
		return new ErrorResponses(messages, json);
	}

	/** Request bodies, which nothing here reads, are not waited for either. */
	@Bean
	WebServerFactoryCustomizer<TomcatServletWebServerFactory> unreadBodies() {
		return (factory) -> factory.addEngineValves(new UnreadBodies());
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
