package se.klockan.web;

import java.io.IOException;

import org.apache.catalina.Pipeline;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.servlet.LocaleResolver;

/**
 * Tomcat's error valve, answering in the client's format. Tomcat answers some requests itself,
 * before any servlet sees them: a request line, header or URI it can't parse (400), a protocol
 * version it doesn't speak (505), a method it doesn't implement (CONNECT, made a 405 here like
 * every other method we don't allow). Other errors leave a status with no body (actuator's 404
 * for an unknown health group). Instead of Tomcat's own HTML page, or nothing, these get the
 * same problem JSON, text line or page as every other error.
 */
class ClientErrorValve extends ErrorReportValve {

	private final ErrorResponses responses;

	private final LocaleResolver locales;

	ClientErrorValve(ErrorResponses responses, LocaleResolver locales) {
		this.responses = responses;
		this.locales = locales;
		setShowReport(false);
		setShowServerInfo(false);
	}

	/** Puts this valve in place of the host's stock one. */
	void install(StandardHost host) {
		Pipeline pipeline = host.getPipeline();
		for (Valve valve : pipeline.getValves()) {
			if (valve instanceof ErrorReportValve) {
				pipeline.removeValve(valve);
			}
		}
		pipeline.addValve(this);
		// Otherwise the host adds a stock valve of its own when it starts.
		host.setErrorReportValveClass(ClientErrorValve.class.getName());
	}

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || response.isCommitted()) {
			return;
		}
		response.setErrorReported();
		ProblemDetail problem;
		if (status == HttpStatus.NOT_IMPLEMENTED.value()) {
			// Tomcat's answer to CONNECT: a method, like any other we don't allow.
			problem = ProblemDetail.forStatusAndDetail(HttpStatus.METHOD_NOT_ALLOWED,
					"Method '" + request.getMethod() + "' is not supported.");
			response.setHeader(HttpHeaders.ALLOW, "GET, HEAD, OPTIONS");
		}
		else {
			problem = ProblemDetail.forStatus(status);
			problem.setDetail(detail(status));
		}
		try {
			response.resetBuffer();
			SecurityHeadersFilter.addHeaders(request, response);
			this.responses.write(problem, request, response, this.locales.resolveLocale(request));
			response.finishResponse();
		}
		catch (IOException | IllegalStateException ex) {
			// The client has gone, or the response can't take a body: nothing more to say.
		}
	}

	private static String detail(int status) {
		HttpStatus known = HttpStatus.resolve(status);
		if (known == null) {
			return null;
		}
		return switch (known) {
			case BAD_REQUEST -> "The request line, the headers or the URI could not be read.";
			case NOT_FOUND -> ErrorResponses.NOT_FOUND;
			case HTTP_VERSION_NOT_SUPPORTED -> "This server speaks HTTP/1.1 and HTTP/1.0.";
			default -> null;
		};
	}

}
