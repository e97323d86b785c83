package se.klockan.api;

import java.util.List;

import se.klockan.ip.IpLocator;
import se.klockan.zone.InvalidTimeException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * WorldTimeAPI's error shape for its endpoints, in the request's form ({@link ApiFormat}); ahead
 * of the app's general error answers, which take what is left.
 */
@RestControllerAdvice(basePackageClasses = WorldTimeApiAdvice.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class WorldTimeApiAdvice {

	@ExceptionHandler
	ResponseEntity<WorldTimeApiError> refused(WorldTimeApiException ex) {
		return ResponseEntity.status(ex.status()).body(new WorldTimeApiError(ex.getMessage(), ex.candidates()));
	}

	@ExceptionHandler
	ResponseEntity<WorldTimeApiError> invalidTime(InvalidTimeException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new WorldTimeApiError(ex.detail(), List.of()));
	}

	@ExceptionHandler
	ResponseEntity<WorldTimeApiError> malformedAddress(IpLocator.MalformedAddressException ex) {
		return ResponseEntity.status(HttpStatus.BAD_REQUEST).body(new WorldTimeApiError(ex.getMessage(), List.of()));
	}

}
