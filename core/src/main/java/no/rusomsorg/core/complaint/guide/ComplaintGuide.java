package no.rusomsorg.core.complaint.guide;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * Help to complain about one service: whom to write to, by when, where the complaint goes next, who can
 * help, what it must contain, and what to do if the deadline has passed. Built by {@link ComplaintGuides};
 * the addressee, the deadline and the later steps are those of the complaint route for the same inputs.
 *
 * <p>{@link #letter(Language)} writes a plain-text letter skeleton with the addressee, a reference to the
 * decision, the change wanted, the reasons, a date line and a signature line. It holds no personal data:
 * the person fills in their name, address and case details.
 *
 * <p>Rules (checked when built and when read from JSON): an addressee exactly when the regime has steps
 * ({@link ComplaintRegime#hasSteps()}); the deadline follows the regime's rule and starts on the request's
 * {@link ComplaintGuideRequest#deadlineStart()}; the one-year bar starts on the decision date;
 * {@link #timing()} agrees with the deadline, the bar and the request's day (all CONSISTENCY).
 *
 * <p>JSON: the attributes below in order; a deadline read back is recomputed and checked.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableComplaintGuide.class)
@JsonDeserialize(as = ImmutableComplaintGuide.class)
@JsonPropertyOrder({"municipality", "serviceId", "serviceName", "regime", "regimeTitle", "regimeFromLegalBasis",
    "request", "addressee", "deadline", "lateComplaintBar", "timing", "nextSteps", "helpers", "contents",
    "contentsBasis", "contentsNote", "lateComplaint", "lateComplaintReferences", "notes", "unverified"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class ComplaintGuide {

  ComplaintGuide() {}

  /**
   * The municipality's name.
   *
   * @return the name
   */
  public abstract String municipality();

  /**
   * The service's id in the catalog.
   *
   * @return the id
   */
  public abstract String serviceId();

  /**
   * The service's name.
   *
   * @return the name
   */
  public abstract LocalizedText serviceName();

  /**
   * The complaint regime.
   *
   * @return the regime
   */
  public abstract ComplaintRegime regime();

  /**
   * The regime's title.
   *
   * @return the title
   */
  public abstract LocalizedText regimeTitle();

  /**
   * Whether the regime was derived from the service's legal basis (false: the request chose it).
   *
   * @return true if derived
   */
  public abstract boolean regimeFromLegalBasis();

  /**
   * What the guide was asked with: the day, the decision date, the day learnt, any chosen regime.
   *
   * @return the request
   */
  public abstract ComplaintGuideRequest request();

  /**
   * Where to send the complaint; empty for {@link ComplaintRegime#CONSENT_DETENTION}, where there is
   * nothing to complain about.
   *
   * @return the addressee
   */
  public abstract Optional<Addressee> addressee();

  /**
   * The deadline with its computation, as on the complaint route's step; empty when the regime has none.
   *
   * @return the deadline
   */
  public abstract Optional<Deadline> deadline();

  /**
   * The last day a late complaint can still be considered ({@link no.rusomsorg.core.deadline.DeadlineRule#FVL_LATE_COMPLAINT_BAR}: one
   * year from the decision, never extended); present for decision complaints under fvl and pbrl when the
   * decision date is known.
   *
   * @return the bar
   */
  public abstract Optional<Deadline> lateComplaintBar();

  /**
   * Where the person stands on the request's day.
   *
   * @return the timing
   */
  public abstract Timing timing();

  /**
   * Where the complaint goes after the addressee, in order.
   *
   * @return the steps, possibly none
   */
  public abstract List<NextStep> nextSteps();

  /**
   * Who can help.
   *
   * @return the helpers
   */
  public abstract List<Helper> helpers();

  /**
   * What the complaint should contain, in order.
   *
   * @return the parts; empty when there is nothing to complain about
   */
  public abstract List<ContentPart> contents();

  /**
   * The statute that sets the contents (fvl § 32, marked unverified), when one does.
   *
   * @return the reference
   */
  public abstract Optional<LegalReference> contentsBasis();

  /**
   * Where the contents come from, and how sure that is.
   *
   * @return the note
   */
  public abstract LocalizedText contentsNote();

  /**
   * What to do when the deadline has passed.
   *
   * @return the text
   */
  public abstract LocalizedText lateComplaint();

  /**
   * The statute sections {@link #lateComplaint()} rests on.
   *
   * @return the references
   */
  public abstract List<LegalReference> lateComplaintReferences();

  /**
   * Remarks: the route's notes, and how the dates were read.
   *
   * @return the notes
   */
  public abstract List<LocalizedText> notes();

  /**
   * Whether anything in the guide rests on secondary sources or an assumption.
   *
   * @return true if unverified
   */
  public abstract boolean unverified();

  /**
   * Whether there is a letter to write: false only when there is no addressee.
   *
   * @return true if {@link #letter(Language)} gives a letter
   */
  @JsonIgnore
  public boolean hasLetter() {
    return addressee().isPresent();
  }

  /**
   * A plain-text letter skeleton in a language: sender placeholders, the addressee with the postal address
   * the catalog has (or "not stated"), place and date, a heading naming the service, a reference to the
   * decision, what is wanted changed, the reasons, why it is late when it is, and a signature line. The
   * person fills in the bracketed parts; nothing personal is in it.
   *
   * @param language the language
   * @return the letter, lines separated by {@code \n}
   * @throws IllegalStateException when there is nothing to complain about ({@link #hasLetter()} false)
   */
  public String letter(Language language) {
    Objects.requireNonNull(language, "language");
    if (!hasLetter()) {
      throw new IllegalStateException(regime() + " has no complaint: there is no letter to write");
    }
    return Letter.write(this, language);
  }

  /**
   * The timing for a deadline and bar on a day.
   *
   * @param deadline the deadline, if any
   * @param bar the one-year bar, if known
   * @param on the day
   * @return the timing
   */
  static Timing timing(Optional<Deadline> deadline, Optional<Deadline> bar, LocalDate on) {
    if (deadline.isEmpty()) {
      return Timing.NO_DEADLINE;
    }
    if (!deadline.get().hasPassedOn(on)) {
      return Timing.IN_TIME;
    }
    return bar.isPresent() && on.isAfter(bar.get().due()) ? Timing.BARRED : Timing.LATE;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableComplaintGuide.Builder builder() {
    return ImmutableComplaintGuide.builder();
  }

  @Value.Check
  void check() {
    if (addressee().isPresent() != regime().hasSteps()) {
      throw new InvalidValueException("addressee", Rule.CONSISTENCY,
          addressee().isPresent() ? regime() + " has nothing to complain about" : "a complaint needs an addressee");
    }
    if (deadline().isPresent()) {
      Deadline d = deadline().get();
      if (!regime().deadlineRule().equals(Optional.of(d.rule()))) {
        throw new InvalidValueException("deadline.rule", Rule.CONSISTENCY, "the deadline must follow the regime's rule");
      }
      if (!d.start().equals(request().deadlineStart())) {
        throw new InvalidValueException("deadline.start", Rule.CONSISTENCY,
            "the deadline starts on the day learnt, or else on the decision date");
      }
    }
    if (lateComplaintBar().isPresent()) {
      Deadline b = lateComplaintBar().get();
      if (b.rule() != DeadlineRule.FVL_LATE_COMPLAINT_BAR || !request().decided().equals(Optional.of(b.start()))) {
        throw new InvalidValueException("lateComplaintBar", Rule.CONSISTENCY,
            "the bar is fvl § 31's one year from the decision date");
      }
    }
    if (timing() != timing(deadline(), lateComplaintBar(), request().on())) {
      throw new InvalidValueException("timing", Rule.CONSISTENCY, "does not match the deadline on the day");
    }
  }
}
