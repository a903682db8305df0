package no.rusomsorg.core.authority;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A municipality as the complaint rules need it: its name, the county it belonged to, and the period
 * it existed.
 *
 * <p>This is a plain input: the catalog's municipality model can produce one for a date. The county is
 * the county <em>as of the date being asked about</em>; a municipality that moved county (Søgne: Vest-Agder
 * until 2019-12-31) is given with the county valid on that date. The name is the municipality's own
 * name, such as "Sandnes"; the body is then called "Sandnes kommune".
 */
@Value.Immutable
public abstract class MunicipalityRef {

  MunicipalityRef() {}

  /**
   * The municipality's name, such as "Sandnes" (a trailing "kommune" is allowed and not repeated).
   *
   * @return the name
   */
  public abstract String name();

  /**
   * The county the municipality belonged to on the date in question.
   *
   * @return the county
   */
  public abstract County county();

  /**
   * The first day the municipality existed, when known and relevant (such as 2020-01-01 for the new
   * Kristiansand).
   *
   * @return the first day, or empty
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * The last day the municipality existed, for a municipality that was merged (Søgne: 2019-12-31).
   *
   * @return the last day, or empty
   */
  public abstract Optional<LocalDate> validTo();

  /**
   * The name of the municipality's own appeal body for decisions under no special act (fvl § 28 second
   * paragraph: the municipal council or a complaints board), when the municipality's data names it.
   * When empty, routes say "kommunens klagenemnd" / "the municipality's complaints board" (see
   * {@link Authorities#municipalAppealBody(MunicipalityRef, LocalDate)}).
   *
   * @return the name, or empty when not stated
   */
  public abstract Optional<LocalizedText> appealBody();

  /**
   * Whether the municipality existed on a date.
   *
   * @param date the date
   * @return true within its validity
   */
  public boolean existsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * A municipality with no known start or end.
   *
   * @param name the name, such as "Sandnes"
   * @param county the county on the date in question
   * @return the municipality
   */
  public static MunicipalityRef of(String name, County county) {
    return builder().name(name).county(county).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableMunicipalityRef.Builder builder() {
    return ImmutableMunicipalityRef.builder();
  }

  @Value.Check
  void check() {
    Checks.notBlank("name", name());
    validFrom().ifPresent(from -> Checks.order("validTo", from, validTo()));
  }
}
