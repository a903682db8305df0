package no.rusomsorg.examples.web;

import no.rusomsorg.core.InvalidValueException.Rule;
import org.springframework.http.HttpStatus;

/**
 * The municipality asked for cannot be answered for on the date: unknown to the app (404), not yet
 * established (404), or merged into a municipality whose plugin the app does not have (410 Gone, the
 * message naming the successor). Not a client error in the request's form, so not a 400. The message
 * holds names, numbers and dates of municipalities only, never a person's data.
 */
final class MunicipalityUnavailable extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient HttpStatus status;
  private final Rule rule;
  private final String field;

  MunicipalityUnavailable(HttpStatus status, Rule rule, String message) {
    this(status, "municipality", rule, message);
  }

  MunicipalityUnavailable(HttpStatus status, String field, Rule rule, String message) {
    super(message);
    this.status = status;
    this.rule = rule;
    this.field = field;
  }

  HttpStatus status() {
    return status;
  }

  ErrorBody body() {
    return new ErrorBody(field, rule.name(), getMessage());
  }
}
