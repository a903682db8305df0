package no.rusomsorg.core.municipality;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.service.Validity;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A period in which a municipality had a number, and the county it then belonged to: Sandnes was
 * 1102 in Rogaland until 2019-12-31 and is 1108 in Rogaland from 2020-01-01.
 *
 * <p>Rule: the number's first two digits are the county's number ({@link Rule#CONSISTENCY}).
 *
 * <p>JSON: {@code {"number": "1108", "county": {"number": "11", "name": "Rogaland"}, "validity":
 * {"from": "2020-01-01"}}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableNumberPeriod.class)
@JsonDeserialize(as = ImmutableNumberPeriod.class)
@JsonPropertyOrder({"number", "county", "validity"})
public abstract class NumberPeriod {

  NumberPeriod() {}

  /**
   * The municipality number in the period.
   *
   * @return the number
   */
  public abstract MunicipalityNumber number();

  /**
   * The county in the period.
   *
   * @return the county
   */
  public abstract County county();

  /**
   * When the number was in use.
   *
   * @return the validity
   */
  public abstract Validity validity();

  /**
   * A period.
   *
   * @param number the number
   * @param county the county
   * @param validity when the number was in use
   * @return the period
   */
  public static NumberPeriod of(MunicipalityNumber number, County county, Validity validity) {
    return ImmutableNumberPeriod.builder().number(number).county(county).validity(validity).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableNumberPeriod.Builder builder() {
    return ImmutableNumberPeriod.builder();
  }

  @Value.Check
  void check() {
    if (!number().countyNumber().equals(county().number())) {
      throw new InvalidValueException("county", Rule.CONSISTENCY, "municipality number " + number()
          + " belongs to county " + number().countyNumber() + ", not " + county().number());
    }
  }

  @Override
  public String toString() {
    return number() + " " + validity();
  }
}
