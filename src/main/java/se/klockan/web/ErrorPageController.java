package se.klockan.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the container's error dispatches (errors raised outside Spring MVC's handlers) in
 * the client's format, in place of Spring Boot's whitelabel page. A direct request for
 * {@code /error} is a 404: there is nothing there.
 */
@RestController
class ErrorPageController implements ErrorController {

	private final ErrorResponses responses;

	ErrorPageController(ErrorResponses responses) {
		this.responses = responses;
	}

	@RequestMapping("${server.error.path:/error}")
	ResponseEntity<Object> error(HttpServletRequest request) {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
		ProblemDetail problem = ProblemDetail.forStatus((status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR);
		if (request.getAttribute(ClientAddressFilter.DETAIL) instanceof String detail) {
			problem.setDetail(detail);
		}
		else if (status == HttpStatus.NOT_FOUND) {
			problem.setDetail(ErrorResponses.NOT_FOUND);
		}
		return this.responses.render(problem, HttpHeaders.EMPTY, request);
	}

}
