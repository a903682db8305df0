package no.rusomsorg.core.service;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.internal.PromiseForm;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A time the service publishes: how soon it responds, or how long something lasts, as a
 * {@link PeriodSpec} that may be a range ("2–3 working days").
 *
 * <p>Examples from the sources: an assessment interview within 2–3 working days
 * ({@code PeriodSpec.range(2, 3, WORKING_DAYS)}, {@link PromiseKind#TIME_TO_RESPONSE}, indicative); an
 * assessment period of up to 3 months ({@link PromiseKind#MAXIMUM_DURATION}); a psychologist
 * appointment normally within a week ({@code PeriodSpec.range(0, 1, WEEKS)}); music therapy in periods
 * of 3 months ({@link PromiseKind#DURATION}, {@code PeriodSpec.of(3, MONTHS)}). "The same day" is
 * {@code PeriodSpec.of(0, DAYS)}.
 *
 * <p>{@link #indicative()} marks what the source says "normally" happens: a published practice, not a
 * promise that can be enforced.
 *
 * <p>JSON: the period is written flat, as its lower bound {@code "min"}, its upper bound {@code "max"}
 * and its {@code "unit"}: {@code {"what": {...}, "kind": "TIME_TO_RESPONSE", "min": 2, "max": 3,
 * "unit": "WORKING_DAYS", "indicative": true}}. Reading checks the amounts under those names: each is
 * 0 to {@value PeriodSpec#MAX_AMOUNT} ({@link Rule#RANGE}), and {@code max} is at least {@code min}
 * ({@link Rule#ORDER}).
 */
@Value.Immutable
@JsonPropertyOrder({"what", "kind", "min", "max", "unit", "indicative"})
public abstract class ResponsePromise {

  ResponsePromise() {}

  /**
   * What the time is about ("contact for an assessment interview").
   *
   * @return the text
   */
  @JsonProperty("what")
  public abstract LocalizedText what();

  /**
   * Whether this is a time to respond or a duration.
   *
   * @return the kind
   */
  @JsonProperty("kind")
  public abstract PromiseKind kind();

  /**
   * The time, such as "2–3 working days" or "3 months".
   *
   * @return the period; for a range, {@link PeriodSpec#amount()} is the upper end
   */
  @JsonIgnore
  public abstract PeriodSpec period();

  /**
   * Whether the source says this is what <em>normally</em> happens rather than a firm promise.
   *
   * @return true for a normal practice
   */
  @Value.Default
  @JsonProperty("indicative")
  public boolean indicative() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableResponsePromise.Builder builder() {
    return ImmutableResponsePromise.builder();
  }

  @JsonProperty("min")
  int jsonMin() {
    return period().minAmount();
  }

  @JsonProperty("max")
  int jsonMax() {
    return period().amount();
  }

  @JsonProperty("unit")
  PeriodUnit jsonUnit() {
    return period().unit();
  }

  @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
  static ResponsePromise fromJson(Form form) {
    PeriodSpec period = PromiseForm.period(form.min, form.max, form.unit); // first, as the streaming reader does
    // absent means false; an explicit null fails (Nulls.FAIL), as everywhere else in the catalog
    return builder().what(form.what).kind(form.kind).period(period).indicative(Boolean.TRUE.equals(form.indicative))
        .build();
  }

  /** The JSON form as read: fields left null when absent. */
  static final class Form {
    @JsonProperty("what")
    LocalizedText what;
    @JsonProperty("kind")
    PromiseKind kind;
    @JsonProperty("min")
    Integer min;
    @JsonProperty("max")
    Integer max;
    @JsonProperty("unit")
    PeriodUnit unit;
    @JsonProperty("indicative")
    @JsonSetter(nulls = Nulls.FAIL)
    Boolean indicative;
  }

  @Override
  public String toString() {
    return what().nb() + ": " + period() + " (" + kind() + ")";
  }
}
