package no.rusomsorg.core.service;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a service costs the person, as its source tells it: {@link Kind#FREE free}, a {@link Kind#FEE fee}
 * described in words ("rent is paid for all homes"), or {@link Kind#NOT_STATED not stated} when the
 * source says nothing about price. A fee must be described; the other two may carry a note. "Not
 * stated" is not "a fee": an application must not show a price the source never gave.
 *
 * <p>JSON: {@code {"free": true}}, {@code {"free": false, "description": {"nb": "..."}}}, or, when the
 * source is silent, no {@code "free"} at all: {@code {}} or {@code {"description": {"nb": "Spør
 * kommunen."}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCost.class)
@JsonDeserialize(as = ImmutableCost.class)
@JsonPropertyOrder({"free", "description"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Cost {
  /**
   * Holds the shared instance. It must not be built in this class's own initialiser: initialising the
   * generated subclass needs this class initialised first, so two threads that touch the two classes
   * for the first time at once would deadlock (see {@code ClassInitialisationDeadlockTest}).
   */
  private static final class Free {
    static final Cost VALUE = ImmutableCost.builder().free(true).build();
  }

  Cost() {}

  /** What the source says about the price. */
  public enum Kind {
    /** Free of charge. */
    FREE,
    /** The person pays something; {@link #description()} says what. */
    FEE,
    /** The source does not say. */
    NOT_STATED
  }

  /**
   * The wire form of {@link #kind()}: true when free, false for a fee, empty when the source does not
   * say. Prefer {@link #kind()}.
   *
   * @return whether the service is free, if the source says
   */
  public abstract Optional<Boolean> free();

  /**
   * What the source says about the price.
   *
   * @return free, a fee, or not stated
   */
  @JsonIgnore
  public Kind kind() {
    if (free().isEmpty()) {
      return Kind.NOT_STATED;
    }
    return free().get() ? Kind.FREE : Kind.FEE;
  }

  /**
   * What is paid and when; required for a fee, a note otherwise ("ask the municipality").
   *
   * @return the description
   */
  public abstract Optional<LocalizedText> description();

  /**
   * A free service.
   *
   * @return the cost
   */
  public static Cost ofFree() {
    return Free.VALUE;
  }

  /**
   * A fee.
   *
   * @param description what is paid
   * @return the cost
   */
  public static Cost fee(LocalizedText description) {
    return ImmutableCost.builder().free(false).description(description).build();
  }

  /**
   * A cost the source does not state.
   *
   * @return the cost
   */
  public static Cost notStated() {
    return ImmutableCost.builder().build();
  }

  /**
   * A cost the source does not state, with a note for the person.
   *
   * @param note what to do about it, such as "ask the municipality"
   * @return the cost
   */
  public static Cost notStated(LocalizedText note) {
    Objects.requireNonNull(note, "note");
    return ImmutableCost.builder().description(note).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableCost.Builder builder() {
    return ImmutableCost.builder();
  }

  @Value.Check
  void check() {
    if (kind() == Kind.FEE && description().isEmpty()) {
      throw new InvalidValueException("description", Rule.REQUIRED, "a fee must be described");
    }
  }

  @Override
  public String toString() {
    return switch (kind()) {
      case FREE -> "free";
      case FEE -> "fee: " + description().get().nb();
      case NOT_STATED -> "not stated";
    };
  }
}
