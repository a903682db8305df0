package no.rusomsorg.core.authority;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * A public body under the name it had during one period, such as "Fylkesmannen i Rogaland" from
 * (at least) 1990 to 2020-12-31 and "Statsforvalteren i Rogaland" from 2021-01-01.
 *
 * <p>The same body under two names is two {@code Authority} values with the same {@link #id()}; ask
 * {@link Authorities} for a body on a date to get the name valid on that date. {@link #validFrom()}
 * and {@link #validTo()} bound the period of this name (both inclusive), not the existence of the
 * body. A name taken from secondary sources, or whose exact dates are not confirmed, is
 * {@link #unverified()} and must not be presented as settled.
 */
@Value.Immutable
public abstract class Authority {

  Authority() {}

  /**
   * The body's stable id, the same under all its names, such as {@code county-governor.rogaland}.
   *
   * @return the id
   */
  public abstract String id();

  /**
   * What kind of body this is.
   *
   * @return the kind
   */
  public abstract AuthorityKind kind();

  /**
   * The full name during this period, such as "Statsforvalteren i Rogaland".
   *
   * @return the name in bokmål, usually also in English
   */
  public abstract LocalizedText name();

  /**
   * The short name during this period, such as "Statsforvalteren", as texts often write it.
   *
   * @return the short name
   */
  public abstract LocalizedText shortName();

  /**
   * The first day of this name, when the library knows it.
   *
   * @return the first day, or empty when the name is older than the history the library models
   */
  public abstract Optional<LocalDate> validFrom();

  /**
   * The last day of this name, if the body was renamed, merged or closed.
   *
   * @return the last day, or empty while the name is in use
   */
  public abstract Optional<LocalDate> validTo();

  /**
   * Whether the name or its dates rest on secondary sources or on an assumption.
   *
   * @return true if not verified against an official source
   */
  @Value.Default
  public boolean unverified() {
    return false;
  }

  /**
   * Whether this name was in use on a date.
   *
   * @param date the date
   * @return true if {@code validFrom <= date <= validTo}
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return validFrom().map(from -> !date.isBefore(from)).orElse(true)
        && validTo().map(to -> !date.isAfter(to)).orElse(true);
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableAuthority.Builder builder() {
    return ImmutableAuthority.builder();
  }

  @Value.Check
  void check() {
    Checks.id("id", id());
    validFrom().ifPresent(from -> Checks.order("validTo", from, validTo()));
  }

  @Override
  public String toString() {
    return name().nb() + " (" + validFrom().map(LocalDate::toString).orElse("") + ".." + validTo().map(LocalDate::toString).orElse("") + ")"
        + (unverified() ? " (unverified)" : "");
  }
}
