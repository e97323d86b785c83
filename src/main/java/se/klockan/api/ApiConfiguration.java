package se.klockan.api;

import java.util.List;

import se.klockan.web.FilterOrder;
import se.klockan.web.TextFormConverter;

import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.accept.HeaderContentNegotiationStrategy;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.servlet.config.annotation.ContentNegotiationConfigurer;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * How WorldTimeAPI's answers take their form: {@link TextSuffixFilter} chooses it per request,
 * content negotiation follows it, and {@link TextFormConverter} writes the text. A
 * {@link WebMvcConfigurer}, so that web-slice tests get it too.
 */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration implements WebMvcConfigurer {

	@Bean
	ApiDocument apiDocument(JsonMapper json) {
		return new ApiDocument(json);
	}

	@Bean
	FilterRegistrationBean<TextSuffixFilter> textSuffixFilter() {
		FilterRegistrationBean<TextSuffixFilter> registration = new FilterRegistrationBean<>(new TextSuffixFilter());
		registration.addUrlPatterns("/api/*", "/developer/api/*");
		registration.setOrder(FilterOrder.TEXT_SUFFIX);
		return registration;
	}

	/** Any other request negotiates as before, by its {@code Accept} header. */
	@Override
	public void configureContentNegotiation(ContentNegotiationConfigurer negotiation) {
		negotiation.strategies(List.of(new ApiFormat.Negotiation(), new HeaderContentNegotiationStrategy()));
	}

	@Override
	public void extendMessageConverters(List<HttpMessageConverter<?>> converters) {
		converters.add(0, new TextFormConverter());
	}

	@Override
	public void addArgumentResolvers(List<HandlerMethodArgumentResolver> resolvers) {
		resolvers.add(new ApiFormat.Argument());
	}

}
