package no.rusomsorg.examples.web;

import no.rusomsorg.core.json.RusomsorgJson;

/**
 * The JSON body of every 4xx/5xx answer of the API.
 *
 * @param field the JSON path or parameter name at fault ({@code "date"}, {@code "$.age"})
 * @param rule the broken rule, an {@link no.rusomsorg.core.InvalidValueException.Rule} name
 * @param message what was wrong, in English
 */
public record ErrorBody(String field, String rule, String message) {

  /** The body as JSON text, for answers written outside Spring MVC. */
  static String json(ErrorBody body) {
    return RusomsorgJson.strict().mapper().writeValueAsString(body);
  }
}
