package no.rusomsorg.core.municipality;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A Norwegian county (fylke): a two-digit number and a name, such as Rogaland (11), Vest-Agder (10,
 * until 2019) and Agder (42, from 2020).
 *
 * <p>A county that was merged gets a new number, so a number with its name identifies it; when it
 * existed is recorded on the {@link NumberPeriod} that uses it. Rules: the number is two digits from 01
 * ({@link Rule#FORMAT}); the name is not blank.
 *
 * <p>JSON: {@code {"number": "11", "name": "Rogaland"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableCounty.class)
@JsonDeserialize(as = ImmutableCounty.class)
@JsonPropertyOrder({"number", "name"})
public abstract class County {
  private static final Pattern TWO_DIGITS = Pattern.compile("(?!00)[0-9]{2}");

  County() {}

  /**
   * The county number.
   *
   * @return two digits, such as {@code "11"}
   */
  public abstract String number();

  /**
   * The county's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * A county.
   *
   * @param number two digits
   * @param name the name
   * @return the county
   */
  public static County of(String number, String name) {
    return ImmutableCounty.builder().number(number).name(name).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableCounty.Builder builder() {
    return ImmutableCounty.builder();
  }

  @Value.Check
  void check() {
    if (!TWO_DIGITS.matcher(number()).matches()) {
      throw new InvalidValueException("number", Rule.FORMAT, "a county number is two digits from 01 (got '" + number() + "')");
    }
    Checks.notBlank("name", name());
  }

  @Override
  public String toString() {
    return name() + " (" + number() + ")";
  }
}
