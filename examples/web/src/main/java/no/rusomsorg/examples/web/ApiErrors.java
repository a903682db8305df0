package no.rusomsorg.examples.web;

import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.RusomsorgException;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns exceptions into {@link ErrorBody} answers, always as JSON whatever the request accepts. Nothing
 * of the request is logged: its values may be personal data (birth dates, pregnancy), so they must not
 * reach a log; messages name the expected form, never a Java class.
 */
@RestControllerAdvice
class ApiErrors {
  private static final System.Logger LOG = System.getLogger(ApiErrors.class.getName());

  static ResponseEntity<ErrorBody> answer(HttpStatusCode status, ErrorBody body) {
    // The content type is set here, so Spring writes JSON even to a client that asked for HTML.
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(body);
  }

  @ExceptionHandler(InvalidValueException.class)
  ResponseEntity<ErrorBody> invalid(InvalidValueException e) {
    return answer(HttpStatus.BAD_REQUEST, new ErrorBody(e.field(), e.rule().name(), e.detail()));
  }

  @ExceptionHandler(MunicipalityUnavailable.class)
  ResponseEntity<ErrorBody> unavailable(MunicipalityUnavailable e) {
    return answer(e.status(), e.body());
  }

  @ExceptionHandler(WebConfig.BodyTooLarge.class)
  ResponseEntity<ErrorBody> tooLarge(WebConfig.BodyTooLarge e) {
    return answer(HttpStatus.CONTENT_TOO_LARGE, WebConfig.BodyTooLarge.body());
  }

  @ExceptionHandler(RusomsorgException.class)
  ResponseEntity<ErrorBody> other(RusomsorgException e) {
    return answer(HttpStatus.BAD_REQUEST, new ErrorBody("$", "CONSISTENCY", e.getMessage()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ErrorBody> missing(MissingServletRequestParameterException e) {
    return answer(HttpStatus.BAD_REQUEST, new ErrorBody(e.getParameterName(),
        InvalidValueException.Rule.REQUIRED.name(), "the parameter '" + e.getParameterName() + "' is required"));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ErrorBody> unreadable(HttpMessageNotReadableException e) {
    return answer(HttpStatus.BAD_REQUEST, new ErrorBody("$", "SYNTAX", "the request body cannot be read"));
  }

  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ErrorBody> notFound(NoResourceFoundException e) {
    return answer(HttpStatus.NOT_FOUND, ErrorEndpoint.bodyFor(404));
  }

  @ExceptionHandler(Exception.class)
  ResponseEntity<ErrorBody> unexpected(Exception e) {
    if (e instanceof ErrorResponse) {
      // Spring MVC's own request errors (wrong method, wrong media type): their status, a fixed text.
      ErrorResponse er = (ErrorResponse) e;
      return answer(er.getStatusCode(), ErrorEndpoint.bodyFor(er.getStatusCode().value()));
    }
    // Only the exception's type and where it was thrown: its message could quote request values.
    StackTraceElement[] at = e.getStackTrace();
    LOG.log(System.Logger.Level.ERROR, "unexpected " + e.getClass().getName()
        + (at.length > 0 ? " at " + at[0] : ""));
    return answer(HttpStatus.INTERNAL_SERVER_ERROR, ErrorEndpoint.bodyFor(500));
  }
}
