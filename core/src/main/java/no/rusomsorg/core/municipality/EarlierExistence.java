package no.rusomsorg.core.municipality;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a source says about a municipality before the first day of its data: it existed, but the
 * catalog holds nothing for that time. Sandnes was a town (ladested) from 1860 and was merged with
 * its neighbours in 1965; its data starts on 1965-01-01, and a question about 1964 is answered
 * "it existed, no data" rather than "not yet established".
 *
 * <p>{@link #sinceYear()} is the year the source gives for the start, when it gives one (a year, as
 * sources usually state it); without it the start is not stated and the municipality is taken to
 * have existed on every earlier date. Before that year it did not yet exist. A plugin gives this only
 * when a source states it, and never guesses a year.
 *
 * <p>JSON: {@code {"sinceYear": 1860, "description": {"nb": "...", "en": "..."}, "sourceId": "..."}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEarlierExistence.class)
@JsonDeserialize(as = ImmutableEarlierExistence.class)
@JsonPropertyOrder({"sinceYear", "description", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class EarlierExistence {
  EarlierExistence() {}

  /**
   * The year from which the source says the municipality existed.
   *
   * @return the year; empty when the source does not state it
   */
  public abstract Optional<Integer> sinceYear();

  /**
   * What the source says, in the plugin's own words ("a town (ladested) from 1860, merged with its
   * neighbours in 1965").
   *
   * @return the description
   */
  public abstract LocalizedText description();

  /**
   * The id of the catalog source that states it.
   *
   * @return the source id
   */
  public abstract String sourceId();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableEarlierExistence.Builder builder() {
    return ImmutableEarlierExistence.builder();
  }

  @Value.Check
  void check() {
    Checks.id("sourceId", sourceId());
    if (sinceYear().isPresent() && (sinceYear().get() < 800 || sinceYear().get() > 9999)) {
      throw new InvalidValueException("sinceYear", Rule.RANGE, "a year from 800 to 9999");
    }
  }

  @Override
  public String toString() {
    return "existed before its data" + sinceYear().map(y -> " (from " + y + ")").orElse("");
  }
}
