package no.rusomsorg.examples.web;

import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.RusomsorgException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns exceptions into {@link ErrorBody} answers. Nothing is logged: request values may be personal
 * data (birth dates, pregnancy), so they must not reach a log.
 */
@RestControllerAdvice
class ApiErrors {
  private static final System.Logger LOG = System.getLogger(ApiErrors.class.getName());

  @ExceptionHandler(InvalidValueException.class)
  ResponseEntity<ErrorBody> invalid(InvalidValueException e) {
    String message = bare(e);
    if (message.contains("java.time.LocalDate")) {
      // Jackson's text quotes the rejected value, which may be a birth date.
      message = "a date is written YYYY-MM-DD and must exist, such as 2026-03-12";
    }
    return ResponseEntity.badRequest().body(new ErrorBody(e.field(), e.rule().name(), message));
  }

  @ExceptionHandler(MunicipalityUnavailable.class)
  ResponseEntity<ErrorBody> unavailable(MunicipalityUnavailable e) {
    return ResponseEntity.status(e.status()).body(e.body());
  }

  @ExceptionHandler(RusomsorgException.class)
  ResponseEntity<ErrorBody> other(RusomsorgException e) {
    return ResponseEntity.badRequest().body(new ErrorBody("$", "CONSISTENCY", e.getMessage()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorBody> missing(MissingServletRequestParameterException e) {
    return ResponseEntity.badRequest().body(new ErrorBody(e.getParameterName(),
        InvalidValueException.Rule.REQUIRED.name(), "the parameter '" + e.getParameterName() + "' is required"));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ErrorBody> notFound(NoResourceFoundException e) {
    return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ErrorBody("$", "REFERENCE", "no such page"));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ErrorBody> unexpected(Exception e) {
    if (e instanceof ErrorResponse) {
      // Spring MVC's own request errors (wrong method, wrong media type): their status, a fixed text.
      ErrorResponse er = (ErrorResponse) e;
      return ResponseEntity.status(er.getStatusCode()).body(new ErrorBody("$", "REQUEST",
          "the request is not accepted here (HTTP " + er.getStatusCode().value() + ")"));
    }
    // Only the exception's type and where it was thrown: its message could quote request values.
    StackTraceElement[] at = e.getStackTrace();
    LOG.log(System.Logger.Level.ERROR, "unexpected " + e.getClass().getName()
        + (at.length > 0 ? " at " + at[0] : ""));
    return ResponseEntity.status(HttpStatus.INTERNAL_SERVER_ERROR)
        .body(new ErrorBody("$", "INTERNAL", "the request could not be answered"));
  }

  /** The message without the "field: " prefix and " [RULE]" suffix the exception adds. */
  static String bare(InvalidValueException e) {
    String msg = e.getMessage();
    String prefix = e.field() + ": ";
    String suffix = " [" + e.rule() + "]";
    if (msg.startsWith(prefix)) {
      msg = msg.substring(prefix.length());
    }
    if (msg.endsWith(suffix)) {
      msg = msg.substring(0, msg.length() - suffix.length());
    }
    return msg;
  }
}
