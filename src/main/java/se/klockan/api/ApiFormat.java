package se.klockan.api;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.core.MethodParameter;
import org.springframework.http.MediaType;
import org.springframework.web.accept.ContentNegotiationStrategy;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * The form of a WorldTimeAPI answer, errors included: text where the path ends in {@code .txt},
 * JSON otherwise, whatever {@code Accept} says, as WorldTimeAPI does. {@link TextSuffixFilter}
 * chooses it once per request and sets it as the answer's type; Spring MVC's content negotiation
 * follows it for what is written later (errors).
 */
enum ApiFormat {

	JSON(MediaType.APPLICATION_JSON), TEXT(new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8));

	/** The request attribute that holds it. */
	static final String ATTRIBUTE = ApiFormat.class.getName();

	private final MediaType type;

	private final String contentType;

	ApiFormat(MediaType type) {
		this.type = type;
		this.contentType = type.toString();
	}

	/** The {@code Content-Type} of an answer in this form (a posix line narrows its charset). */
	String contentType() {
		return this.contentType;
	}

	static ApiFormat of(HttpServletRequest request) {
		return (request.getAttribute(ATTRIBUTE) instanceof ApiFormat format) ? format : JSON;
	}

	/** For Spring MVC: an API request's form; any other request is left to the next strategy. */
	static final class Negotiation implements ContentNegotiationStrategy {

		@Override
		public List<MediaType> resolveMediaTypes(NativeWebRequest request) {
			return (request.getAttribute(ATTRIBUTE, RequestAttributes.SCOPE_REQUEST) instanceof ApiFormat format)
					? List.of(format.type) : MEDIA_TYPE_ALL_LIST;
		}

	}

	/** As a handler's argument, for a handler that writes its own bytes. */
	static final class Argument implements HandlerMethodArgumentResolver {

		@Override
		public boolean supportsParameter(MethodParameter parameter) {
			return parameter.getParameterType() == ApiFormat.class;
		}

		@Override
		public ApiFormat resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
				NativeWebRequest request, WebDataBinderFactory binders) {
			return of(request.getNativeRequest(HttpServletRequest.class));
		}

	}

}
