package no.rusomsorg.core.municipality;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import no.rusomsorg.core.internal.Checks;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * The municipality that took over when one was merged away: Søgne (1018) became part of
 * Kristiansand (4204) from 2020-01-01.
 *
 * <p>JSON: {@code {"number": "4204", "name": "Kristiansand", "from": "2020-01-01"}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableSuccessor.class)
@JsonDeserialize(as = ImmutableSuccessor.class)
@JsonPropertyOrder({"number", "name", "from"})
public abstract class Successor {

  Successor() {}

  /**
   * The successor's number from the merger.
   *
   * @return the number
   */
  public abstract MunicipalityNumber number();

  /**
   * The successor's name.
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The first day the successor is responsible.
   *
   * @return the date
   */
  public abstract LocalDate from();

  /**
   * A successor.
   *
   * @param number its number
   * @param name its name
   * @param from the first day
   * @return the successor
   */
  public static Successor of(MunicipalityNumber number, String name, LocalDate from) {
    return ImmutableSuccessor.builder().number(number).name(name).from(from).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableSuccessor.Builder builder() {
    return ImmutableSuccessor.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
  }

  @Override
  public String toString() {
    return name() + " (" + number() + ") from " + from();
  }
}
