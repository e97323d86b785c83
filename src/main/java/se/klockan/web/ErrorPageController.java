package se.klockan.web;

import java.io.IOException;
import java.util.Locale;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Answers the container's error dispatches (errors raised outside Spring MVC's handlers) in
 * the client's format, in place of Spring Boot's whitelabel page. A direct request for
 * {@code /error} is a 404: there is nothing there. Writes the answer itself rather than through
 * Spring MVC's message converters, which decode the path that was asked for (their check against
 * reflected file downloads) and would fail on the malformed ones that often lead here.
 */
@RestController
class ErrorPageController implements ErrorController {

	private final ErrorResponses responses;

	ErrorPageController(ErrorResponses responses) {
		this.responses = responses;
	}

	@RequestMapping("${server.error.path:/error}")
	void error(HttpServletRequest request, HttpServletResponse response, Locale locale) throws IOException {
		Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
		HttpStatus status = (code instanceof Integer value) ? HttpStatus.resolve(value) : HttpStatus.NOT_FOUND;
		ProblemDetail problem = ProblemDetail.forStatus((status != null) ? status : HttpStatus.INTERNAL_SERVER_ERROR);
		if (request.getAttribute(ErrorResponses.DETAIL) instanceof String detail) {
			problem.setDetail(detail);
		}
		else if (status == HttpStatus.NOT_FOUND) {
			problem.setDetail(ErrorResponses.NOT_FOUND);
		}
		this.responses.write(problem, request, response, locale);
	}

}
