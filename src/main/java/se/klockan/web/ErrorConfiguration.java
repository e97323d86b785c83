package se.klockan.web;

import org.apache.catalina.core.StandardHost;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Error answers in the client's format, whoever answers: Spring MVC's handlers
 * ({@link ErrorAdvice}), the error page ({@link ErrorPageController}) and Tomcat itself
 * ({@link ClientErrorValve}). A {@link WebMvcConfigurer}, so that web-slice tests get it too.
 */
@Configuration(proxyBeanMethods = false)
class ErrorConfiguration implements WebMvcConfigurer {

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
