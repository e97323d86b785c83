package se.klockan.web;

import java.util.List;
import java.util.Locale;

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

	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter() {
		return new FilterRegistrationBean<>(new SecurityHeadersFilter());
	}

	@Bean
	ErrorResponses errorResponses(MessageSource messages) {
		return new ErrorResponses(messages);
	}

}
