package no.rusomsorg.core.complaint;

import java.util.Optional;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;

/**
 * One way a municipality's published complaint information differs from the statute on a date:
 * a conformance warning that shows both values, never a silent choice between them.
 */
@Value.Immutable
public abstract class ComplaintDiscrepancy {

  ComplaintDiscrepancy() {}

  /**
   * What differs.
   *
   * @return the kind
   */
  public abstract DiscrepancyKind kind();

  /**
   * The value as published, such as "3 uker" or "Fylkesmannen".
   *
   * @return the published value
   */
  public abstract String published();

  /**
   * The statutory value on the date, such as "4 uker" or "Statsforvalteren i Rogaland".
   *
   * @return the statutory value
   */
  public abstract String statutory();

  /**
   * The statute that decides the statutory value, when there is one.
   *
   * @return the reference
   */
  public abstract Optional<LegalReference> legalReference();

  /**
   * An explanation for the municipality or the reader.
   *
   * @return the explanation in bokmål and English
   */
  public abstract LocalizedText explanation();

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableComplaintDiscrepancy.Builder builder() {
    return ImmutableComplaintDiscrepancy.builder();
  }
}
