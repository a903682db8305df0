package no.rusomsorg.core.pathway;

import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import org.immutables.value.Value;

/**
 * A question to {@link Triage}: the situation, the date it is asked, and optionally the date a referral
 * to specialist treatment was received and the person's own municipality's contact.
 *
 * <p>Rules: {@link #date()} and {@link #referralReceived()} lie in the calendar's years
 * ({@value NorwegianCalendar#MIN_YEAR}–{@value NorwegianCalendar#MAX_YEAR}; {@link Rule#RANGE}); a
 * referral cannot have been received after the date of the question (field {@code referralReceived},
 * {@link Rule#ORDER}). Missing required values are reported as {@link Rule#REQUIRED} on their field.
 */
@Value.Immutable
public abstract class TriageRequest {

  TriageRequest() {}

  /**
   * The situation.
   *
   * @return the situation
   */
  public abstract Situation situation();

  /**
   * The date the question is asked (pass it from a clock; nothing here reads one).
   *
   * @return the date
   */
  public abstract LocalDate date();

  /**
   * The date a referral to specialist treatment (TSB) was received, if one has been. Only the
   * {@link Situation#SEVERE} answer has a step it applies to; other situations ignore it.
   *
   * @return the date of receipt
   */
  public abstract Optional<LocalDate> referralReceived();

  /**
   * The person's own municipality's contact, such as its substance-abuse service, to name in the steps
   * that point to "your municipality" ({@link Guidance#municipal()}).
   *
   * @return the contact
   */
  public abstract Optional<Contact> municipalContact();

  /**
   * A request with a situation and a date only.
   *
   * @param situation the situation
   * @param date the date of the question
   * @return the request
   * @throws InvalidValueException if the date is out of range (RANGE)
   */
  public static TriageRequest of(Situation situation, LocalDate date) {
    return builder().situation(situation).date(date).build();
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableTriageRequest.Builder builder() {
    return ImmutableTriageRequest.builder();
  }

  @Value.Check
  void check() {
    inRange("date", date());
    referralReceived().ifPresent(r -> {
      inRange("referralReceived", r);
      if (r.isAfter(date())) {
        throw new InvalidValueException("referralReceived", Rule.ORDER,
            "a referral cannot have been received after the date of the question");
      }
    });
  }

  private static void inRange(String field, LocalDate date) {
    if (date.getYear() < NorwegianCalendar.MIN_YEAR || date.getYear() > NorwegianCalendar.MAX_YEAR) {
      throw new InvalidValueException(field, Rule.RANGE, "the year must lie in " + NorwegianCalendar.MIN_YEAR
          + "–" + NorwegianCalendar.MAX_YEAR);
    }
  }

  @Override
  public String toString() {
    return "TriageRequest{" + situation() + ", " + date() + "}";
  }
}
