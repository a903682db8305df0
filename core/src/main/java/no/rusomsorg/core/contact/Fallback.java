package no.rusomsorg.core.contact;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.internal.CatalogChecks;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * What happens outside the opening hours: who answers instead, and when the service calls back.
 *
 * <p>Sandnes: outside the reception centre's hours the phone is answered by the staff at Sandnesveien
 * 299, who take the caller's details; a counsellor calls back the first working day after. That is a
 * {@link #text() text}, the id of the contact point (or unit) that {@link #answeredBy() answers}, the
 * {@link #callbackWithin() callback promise} of 1 working day, and {@link #coversAllHours()} true,
 * because together with the opening hours the line is answered day and night.
 *
 * <p>JSON: {@code {"text": {...}, "answeredBy": "sandnes.sandnesveien-299", "callbackWithin":
 * {"amount": 1, "unit": "WORKING_DAYS"}, "coversAllHours": true}}.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableFallback.class)
@JsonDeserialize(as = ImmutableFallback.class)
@JsonPropertyOrder({"text", "answeredBy", "callbackWithin", "coversAllHours"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Fallback {

  Fallback() {}

  /**
   * What the person can expect outside the hours, in the project's words.
   *
   * @return the text
   */
  public abstract LocalizedText text();

  /**
   * The id of the contact point or unit that answers instead; the catalog checks that it exists.
   *
   * @return the id
   */
  public abstract Optional<String> answeredBy();

  /**
   * How soon the service contacts the person after a contact outside the hours.
   *
   * @return the period, such as 1 working day; its amount (for a range, the upper bound) is at least 1
   */
  public abstract Optional<PeriodSpec> callbackWithin();

  /**
   * Whether the fallback covers every hour outside the opening hours (the line is answered day and night).
   *
   * @return true if always answered
   */
  @Value.Default
  public boolean coversAllHours() {
    return false;
  }

  /**
   * A builder.
   *
   * @return a new builder
   */
  public static ImmutableFallback.Builder builder() {
    return ImmutableFallback.builder();
  }

  /**
   * The last day by which the promised callback comes, for a contact made on a given day: the
   * {@code n}-th working day after it for working days (a contact on a Friday evening with a promise of
   * 1 working day is called back on Monday, or on Tuesday when Monday is a holiday), otherwise the day
   * plus the days, weeks or months. For a range ("1–2 working days") the upper bound counts.
   *
   * @param contactDay the day the person made contact
   * @param calendar the working-day calendar
   * @return the day, if a callback is promised
   */
  public Optional<LocalDate> callbackBy(LocalDate contactDay, NorwegianCalendar calendar) {
    CatalogChecks.notNull("contactDay", contactDay);
    CatalogChecks.notNull("calendar", calendar);
    return callbackWithin().map(span -> switch (span.unit()) {
      case WORKING_DAYS -> calendar.plusWorkingDays(contactDay, span.amount());
      case DAYS -> contactDay.plusDays(span.amount());
      case WEEKS -> contactDay.plusWeeks(span.amount());
      case MONTHS -> contactDay.plusMonths(span.amount());
      case YEARS -> contactDay.plusYears(span.amount());
    });
  }

  @Value.Check
  void check() {
    Checks.id("answeredBy", answeredBy());
    Checks.atLeastOne("callbackWithin", callbackWithin());
  }
}
