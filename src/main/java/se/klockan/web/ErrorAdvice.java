package se.klockan.web;

import jakarta.servlet.http.HttpServletRequest;
import org.apache.commons.logging.Log;
import org.apache.commons.logging.LogFactory;
import org.apache.tomcat.util.http.InvalidParameterException;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.ServletWebRequest;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Answers every exception a handler (or Spring MVC itself) raises in the client's format:
 * Spring's RFC 9457 problems for its own exceptions, a bare 500 for anything unexpected.
 */
@RestControllerAdvice
class ErrorAdvice extends ResponseEntityExceptionHandler {

	private static final Log log = LogFactory.getLog(ErrorAdvice.class);

	private final ErrorResponses responses;

	ErrorAdvice(ErrorResponses responses) {
		this.responses = responses;
	}

	/** Tomcat decodes the query string when a handler first asks for a parameter. */
	@ExceptionHandler
	ResponseEntity<Object> handleUndecodableQuery(InvalidParameterException ex, HttpServletRequest request) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
				"The query string is not percent-encoded UTF-8.");
		return this.responses.render(problem, HttpHeaders.EMPTY, request);
	}

	/** Says nothing about static resources: the client asked for a path, not a file. */
	@Override
	protected ResponseEntity<Object> handleNoResourceFoundException(NoResourceFoundException ex, HttpHeaders headers,
			HttpStatusCode status, WebRequest request) {
		ex.getBody().setDetail(ErrorResponses.NOT_FOUND);
		return super.handleNoResourceFoundException(ex, headers, status, request);
	}

	@ExceptionHandler
	ResponseEntity<Object> handleUnexpected(Exception ex, HttpServletRequest request) {
		log.error("Unexpected error answering " + request.getMethod() + " " + request.getRequestURI(), ex);
		return this.responses.render(ProblemDetail.forStatus(HttpStatus.INTERNAL_SERVER_ERROR), HttpHeaders.EMPTY,
				request);
	}

	@Override
	protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode status,
			WebRequest request) {
		ProblemDetail problem = (body instanceof ProblemDetail detail) ? detail : ProblemDetail.forStatus(status);
		return this.responses.render(problem, headers, ((ServletWebRequest) request).getRequest());
	}

}
