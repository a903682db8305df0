package no.rusomsorg.core.complaint;

import java.util.Optional;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/** Where a person can get help to complain at a step, such as the patient and user ombud (free). */
@Value.Immutable
public abstract class ComplaintHelp {

  ComplaintHelp() {}

  /**
   * The body that helps, when it is a body (empty for help such as a lawyer).
   *
   * @return the body under its name on the route's date
   */
  public abstract Optional<Authority> body();

  /**
   * What the help is.
   *
   * @return the description in bokmål and English
   */
  public abstract LocalizedText description();

  /**
   * Whether the help is free of charge.
   *
   * @return true if free
   */
  public abstract boolean free();

  /**
   * The statute behind the help, if any (such as fvl § 11, the agencies' duty to guide).
   *
   * @return the reference
   */
  public abstract Optional<LegalReference> legalReference();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableComplaintHelp.Builder builder() {
    return ImmutableComplaintHelp.builder();
  }
}
