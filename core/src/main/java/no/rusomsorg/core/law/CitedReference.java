package no.rusomsorg.core.law;

import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * The reference to cite for a rule on a date: what {@link Statutes#referenceOn(LegalReference,
 * LocalDate)} answers. Usually the reference itself ({@link Status#IN_FORCE}); after an act is
 * replaced or a section renumbered, the corresponding section, marked unverified until the project
 * has checked it ({@link Status#SUCCESSOR}); and where the law has changed but the new section is not
 * recorded, the old reference as the only one known, with a {@link #note()} saying so
 * ({@link Status#ONLY_KNOWN}).
 */
@Value.Immutable
public abstract class CitedReference {
  CitedReference() {}

  /** How the cited reference relates to the date. */
  public enum Status {
    /** The reference is in force on the date. */
    IN_FORCE,
    /** The law changed before the date; the cited reference is the recorded successor (unverified until checked). */
    SUCCESSOR,
    /** The law changed before the date and its successor is not recorded: the old reference is the only one known. */
    ONLY_KNOWN,
    /** The reference's act is not in force on the date, and no earlier reference is recorded. */
    NOT_IN_FORCE
  }

  /**
   * The reference the rule names.
   *
   * @return the reference asked about
   */
  public abstract LegalReference asked();

  /**
   * The date asked about.
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The reference to cite on the date.
   *
   * @return the reference
   */
  public abstract LegalReference reference();

  /**
   * How the cited reference relates to the date.
   *
   * @return the status
   */
  public abstract Status status();

  /**
   * Why the reference cited is not simply in force: the change and its source.
   *
   * @return the note in bokmål and English; empty for {@link Status#IN_FORCE}
   */
  public abstract Optional<LocalizedText> note();

  /**
   * Whether the cited reference is in force on the date.
   *
   * @return true for {@link Status#IN_FORCE} and {@link Status#SUCCESSOR}
   */
  public boolean inForce() {
    return status() == Status.IN_FORCE || status() == Status.SUCCESSOR;
  }
}
