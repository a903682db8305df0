package no.rusomsorg.examples.web;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.webmvc.error.ErrorController;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /error}, where the servlet container sends the errors that no controller answered: always the
 * documented {@link ErrorBody} as JSON, whatever the request accepts, never Spring's page. Asked for
 * directly, it is a page that does not exist.
 */
@RestController
class ErrorEndpoint implements ErrorController {

  @RequestMapping("/error")
  ResponseEntity<ErrorBody> error(HttpServletRequest request) {
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
    int status = code instanceof Integer ? (Integer) code : 404;
    if (status < 400) {
      status = 404;
    }
    return ResponseEntity.status(status).contentType(MediaType.APPLICATION_JSON).body(bodyFor(status));
  }

  /** A fixed body for an HTTP status: no part of the request is repeated. */
  static ErrorBody bodyFor(int status) {
    switch (status) {
      case 400:
        return new ErrorBody("$", "REQUEST", "the request is not well formed");
      case 404:
        return new ErrorBody("$", "REFERENCE", "no such page");
      case 405:
        return new ErrorBody("$", "REQUEST", "this method is not allowed here");
      case 406:
        return new ErrorBody("$", "REQUEST", "the API answers only in JSON (application/json)");
      case 413:
        return WebConfig.BodyTooLarge.body();
      case 414:
      case 431:
        return new ErrorBody("$", "RANGE", "the request line or headers are too long");
      case 415:
        return new ErrorBody("$", "REQUEST", "send the body as JSON (Content-Type: application/json)");
      default:
        return status >= 500 ? new ErrorBody("$", "INTERNAL", "the request could not be answered")
            : new ErrorBody("$", "REQUEST", "the request is not accepted here (HTTP " + status + ")");
    }
  }
}
