package no.rusomsorg.core.authority;

import java.time.LocalDate;
import java.util.Objects;
import no.rusomsorg.core.RusomsorgException;
import org.jspecify.annotations.Nullable;

/**
 * A body that a rule needs did not exist on the date asked about, or its county or municipality did
 * not exist then (for example the coercion tribunal before 1993, or Vest-Agder county in 2021).
 *
 * <p>{@link Authorities} itself answers such questions with {@code Optional.empty()}; this exception
 * is thrown by computations that cannot go on without the body, such as a complaint route.
 */
public class NoSuchAuthorityException extends RusomsorgException {
  private static final long serialVersionUID = 1L;

  private final AuthorityKind kind;
  private final LocalDate date;

  /**
   * Creates the exception.
   *
   * @param kind the kind of body that was needed
   * @param date the date asked about
   * @param message why it is missing, without personal data, or null
   */
  public NoSuchAuthorityException(AuthorityKind kind, LocalDate date, @Nullable String message) {
    super(kind + " on " + date + ": " + message);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.date = Objects.requireNonNull(date, "date");
  }

  /**
   * The kind of body that was needed.
   *
   * @return the kind
   */
  public AuthorityKind kind() {
    return kind;
  }

  /**
   * The date asked about.
   *
   * @return the date
   */
  public LocalDate date() {
    return date;
  }
}
