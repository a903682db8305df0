package no.rusomsorg.core.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Norwegian visiting or postal address: an optional recipient line, <b>either</b> a street address
 * <b>or</b> a PO box (postboks), a four-digit postcode and the postal place.
 *
 * <p>Rules: exactly one of street and PO box ({@link Rule#REQUIRED} when neither, {@link Rule#CONSISTENCY}
 * when both); a PO box is digits and needs a postcode; a postcode is exactly four digits
 * ({@link Rule#FORMAT}); a visiting address may lack a postcode where the source gives none.
 *
 * <p>JSON: {@code {"recipient": "...", "street": "Langgata 96", "poBox": "583", "postcode": "4302",
 * "place": "Sandnes"}}; absent values are left out.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
@JsonPropertyOrder({"recipient", "street", "poBox", "postcode", "place"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Address {
  private static final Pattern POSTCODE = Pattern.compile("[0-9]{4}");
  private static final Pattern PO_BOX = Pattern.compile("[0-9]{1,6}");

  Address() {}

  /**
   * Who the post is addressed to ("Sandnes kommune, mestringsenheten").
   *
   * @return the recipient line
   */
  public abstract Optional<String> recipient();

  /**
   * The street address with number and any floor ("Håkon 7. gate 6, 1. etasje").
   *
   * @return the street address
   */
  public abstract Optional<String> street();

  /**
   * The PO box number ("583").
   *
   * @return the digits
   */
  public abstract Optional<String> poBox();

  /**
   * The four-digit postcode.
   *
   * @return the postcode
   */
  public abstract Optional<String> postcode();

  /**
   * The postal place ("Sandnes").
   *
   * @return the place
   */
  public abstract String place();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableAddress.Builder builder() {
    return ImmutableAddress.builder();
  }

  /**
   * The address as lines for an envelope or a page: recipient, street or "Postboks n", postcode and place.
   *
   * @return the lines
   */
  public List<String> lines() {
    List<String> lines = new ArrayList<>();
    recipient().ifPresent(lines::add);
    street().ifPresent(lines::add);
    poBox().ifPresent(b -> lines.add("Postboks " + b));
    lines.add(postcode().map(p -> p + " ").orElse("") + place());
    return List.copyOf(lines);
  }

  @Value.Check
  void check() {
    Checks.notBlank("recipient", recipient());
    Checks.notBlank("street", street());
    Checks.notBlank("place", place());
    if (street().isEmpty() && poBox().isEmpty()) {
      throw new InvalidValueException("street", Rule.REQUIRED, "an address needs a street address or a PO box");
    }
    if (street().isPresent() && poBox().isPresent()) {
      throw new InvalidValueException("poBox", Rule.CONSISTENCY, "an address has a street address or a PO box, not both");
    }
    if (poBox().isPresent() && !PO_BOX.matcher(poBox().get()).matches()) {
      throw new InvalidValueException("poBox", Rule.FORMAT, "a PO box number is 1 to 6 digits");
    }
    if (poBox().isPresent() && postcode().isEmpty()) {
      throw new InvalidValueException("postcode", Rule.REQUIRED, "a PO box address needs a postcode");
    }
    if (postcode().isPresent() && !POSTCODE.matcher(postcode().get()).matches()) {
      throw new InvalidValueException("postcode", Rule.FORMAT, "a postcode is exactly four digits");
    }
  }

  @Override
  public String toString() {
    return String.join(", ", lines());
  }
}
