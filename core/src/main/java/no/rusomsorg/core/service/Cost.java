package no.rusomsorg.core.service;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What a service costs the person: free, or a fee described in words ("rent is paid for all
 * homes"). A fee must be described; a free service may carry a note.
 *
 * <p>JSON: {@code {"free": true}} or {@code {"free": false, "description": {"nb": "..."}}}.
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

  /**
   * Whether the service is free of charge.
   *
   * @return true if free
   */
  public abstract boolean free();

  /**
   * What is paid and when; required for a fee.
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
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableCost.Builder builder() {
    return ImmutableCost.builder();
  }

  @Value.Check
  void check() {
    if (!free() && description().isEmpty()) {
      throw new InvalidValueException("description", Rule.REQUIRED, "a fee must be described");
    }
  }

  @Override
  public String toString() {
    return free() ? "free" : "fee: " + description().map(LocalizedText::nb).orElse("");
  }
}
