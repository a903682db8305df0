package no.rusomsorg.core.deadline;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.calendar.NonWorkingDay;
import no.rusomsorg.core.internal.Checks;
import no.rusomsorg.core.law.CitedReference;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.law.Statutes;
import no.rusomsorg.core.internal.Texts;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import org.immutables.value.Value;
import tools.jackson.databind.annotation.JsonDeserialize;
import tools.jackson.databind.annotation.JsonSerialize;

/**
 * A computed deadline or maximum duration: the {@link DeadlineRule} that produced it, the start date,
 * the plain computed date, the due date after any extension to a working day, and the days that
 * extension skipped. It can explain itself: {@link #trace(Language)} gives a one-line computation a
 * caseworker can check, such as "3 uker fra 12.03.2026 = 02.04.2026 (skjærtorsdag) → forlenget til
 * 07.04.2026 (domstolloven § 149)".
 *
 * <p>Create deadlines with {@link DeadlineCalculator}. The value is immutable and round-trips through
 * {@link no.rusomsorg.core.json.RusomsorgJson}; when read back, every date is recomputed from the rule,
 * the start and the period, and a value whose dates do not match is rejected
 * ({@link InvalidValueException}, rule CONSISTENCY), so a stored deadline can be trusted.
 *
 * <p>A deadline is <b>met</b> by an act on or before {@link #due()} ({@link #isMetBy(LocalDate)}).
 * For a complaint that is the day it is handed in or posted (fvl § 30).
 */
@Value.Immutable
@JsonSerialize(as = ImmutableDeadline.class)
@JsonDeserialize(as = ImmutableDeadline.class)
@JsonPropertyOrder({"rule", "start", "period", "workingDayReading", "unextendedDue", "due", "skippedDays", "sourceId"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public abstract class Deadline {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.uuuu");

  Deadline() {}

  /**
   * The rule that produced the deadline.
   *
   * @return the rule
   */
  public abstract DeadlineRule rule();

  /**
   * The date of the start event (such as the day notice of a decision reached the party).
   *
   * @return the start date
   */
  public abstract LocalDate start();

  /**
   * The period that was added to the start: the rule's own, a custom one for a parameterised rule, or
   * a published promise. Empty when the rule ends at a given date ({@link DeadlineRule#COERCION_PREGNANCY_10_3}).
   *
   * @return the period
   */
  public abstract Optional<PeriodSpec> period();

  /**
   * How "virkedager" was read when the period is counted in working days (whether a Saturday is one:
   * an open question, see {@link WorkingDayReading}). Present exactly when the period is in
   * {@link PeriodUnit#WORKING_DAYS} and the deadline was computed by this version of the library; a
   * working-day deadline read from JSON without it was counted with the default reading.
   *
   * @return the reading
   */
  public abstract Optional<WorkingDayReading> workingDayReading();

  /**
   * The date the period ends on by domstolloven § 148, before any extension to a working day; for
   * {@link DeadlineRule#COERCION_PREGNANCY_10_3}, the expected end of the pregnancy.
   *
   * @return the plain computed date
   */
  public abstract LocalDate unextendedDue();

  /**
   * The due date: {@link #unextendedDue()}, or, for a rule that {@link DeadlineRule#extendsToWorkingDay()
   * extends to a working day}, the next working day when the plain date is a Saturday, Sunday or holiday.
   *
   * @return the last day on which the deadline is met (for a maximum duration: the last day it may last)
   */
  public abstract LocalDate due();

  /**
   * The days skipped by the extension, from {@link #unextendedDue()} up to the day before
   * {@link #due()}, each with the reason it is not a working day; empty when not extended.
   *
   * @return the skipped days, in date order
   */
  public abstract List<NonWorkingDay> skippedDays();

  /**
   * The id of the source document that publishes a {@link DeadlineRule#RESPONSE_PROMISE} (a
   * service's page), if known. Empty for every statutory rule, which cites its legal reference.
   *
   * @return the source id
   */
  public abstract Optional<String> sourceId();

  /**
   * A builder, for readers and tests; the built value is checked against a recomputation.
   *
   * @return a new builder
   */
  public static ImmutableDeadline.Builder builder() {
    return ImmutableDeadline.builder();
  }

  /**
   * Whether the due date was moved to a later working day.
   *
   * @return true if {@link #due()} is after {@link #unextendedDue()}
   */
  @JsonIgnore
  public boolean extended() {
    return due().isAfter(unextendedDue());
  }

  /**
   * The statute section to cite for the deadline: the rule's reference as it applies on the
   * {@link #start()} date, after any change of the law recorded in {@link Statutes#standard()} (see
   * {@link #citedReference()}); empty for a municipality's own promise.
   *
   * @return the legal reference
   */
  @JsonIgnore
  public Optional<LegalReference> legalReference() {
    return citedReference().map(CitedReference::reference);
  }

  /**
   * The rule's reference as it applies on the {@link #start()} date by the library's law table, with
   * its status (in force, its successor, or the only one known) and a note when the law has changed.
   *
   * @return the cited reference; empty for a municipality's own promise
   */
  @JsonIgnore
  public Optional<CitedReference> citedReference() {
    return citedReference(Statutes.standard());
  }

  /**
   * The rule's reference as it applies on the {@link #start()} date by a given law table, such as one
   * with the in-force date of a new act set ({@link Statutes#withInForce}).
   *
   * @param statutes the law table
   * @return the cited reference; empty for a municipality's own promise
   */
  public Optional<CitedReference> citedReference(Statutes statutes) {
    Objects.requireNonNull(statutes, "statutes");
    return rule().legalReference().map(r -> statutes.referenceOn(r, start()));
  }

  /**
   * Why the deadline was extended: the skipped days and their reasons, such as "skjærtorsdag
   * 02.04.2026, langfredag 03.04.2026, lørdag 04.04.2026, …".
   *
   * @return the reason in bokmål, nynorsk and English; empty when not extended
   */
  @JsonIgnore
  public Optional<LocalizedText> extensionReason() {
    if (!extended()) {
      return Optional.empty();
    }
    return Optional.of(LocalizedText.of(skipped(Language.NB), skipped(Language.NN), skipped(Language.EN)));
  }

  private String skipped(Language language) {
    return skippedDays().stream()
        .map(d -> d.reason().in(language) + " " + DATE.format(d.date()))
        .collect(Collectors.joining(", "));
  }

  /**
   * Whether an act on a date meets the deadline: on or before {@link #due()} is in time.
   *
   * @param act the date of the act (for a complaint: the day it was handed in or posted)
   * @return true if in time
   */
  public boolean isMetBy(LocalDate act) {
    Objects.requireNonNull(act, "act");
    return !act.isAfter(due());
  }

  /**
   * Whether the deadline has passed on a date: true from the day after {@link #due()}.
   *
   * @param date the date to ask about (pass today's date from a clock; nothing here reads one)
   * @return true if the deadline has passed
   */
  public boolean hasPassedOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return date.isAfter(due());
  }

  /**
   * A one-line account of the computation, for caseworkers:
   *
   * <ul>
   *   <li>nb: "3 uker fra 12.03.2026 = 02.04.2026 (skjærtorsdag) → forlenget til 07.04.2026
   *       (domstolloven § 149)"
   *   <li>en: "3 weeks from 12.03.2026 = 02.04.2026 (Maundy Thursday) → extended to 07.04.2026
   *       (Courts of Justice Act § 149)"
   *   <li>a maximum duration ending on a day off: "3 måneder fra 01.01.2026 = 01.04.2026 (skjærtorsdag),
   *       forlenges ikke (lengste varighet)"
   * </ul>
   *
   * <p>Dates are written dd.MM.yyyy in every language.
   *
   * @param language the language
   * @return the trace
   */
  public String trace(Language language) {
    Objects.requireNonNull(language, "language");
    Language l = language;
    StringBuilder sb = new StringBuilder();
    if (period().isPresent()) {
      sb.append(period().get().text(language)).append(Texts.pick(l, " fra ", " frå ", " from "))
          .append(DATE.format(start())).append(" = ").append(DATE.format(unextendedDue()));
    } else {
      sb.append(Texts.pick(l, "fra ", "frå ", "from ")).append(DATE.format(start()))
          .append(Texts.pick(l, " til forventet slutt på svangerskapet ", " til venta slutt på svangerskapet ",
              " to the expected end of the pregnancy "))
          .append(DATE.format(unextendedDue()));
    }
    Optional<NonWorkingDay> off = extended()
        ? Optional.of(skippedDays().get(0))
        : no.rusomsorg.core.calendar.NorwegianCalendar.standard().nonWorkingDay(unextendedDue());
    off.ifPresent(d -> sb.append(" (").append(d.reason().in(language)).append(')'));
    if (extended()) {
      sb.append(Texts.pick(l, " → forlenget til ", " → forlengd til ", " → extended to ")).append(DATE.format(due()))
          .append(" (");
      if (rule().extensionReference().isPresent()) {
        LegalReference ref = rule().extensionReference().get();
        sb.append(Texts.pick(l, "domstolloven § ", "domstollova § ", "Courts of Justice Act § ")).append(ref.section());
      } else {
        sb.append(Texts.pick(l, "neste virkedag", "neste verkedag", "next working day"));
      }
      sb.append(')');
    } else if (off.isPresent() && !rule().extendsToWorkingDay()) {
      if (rule().isMaximumDuration()) {
        sb.append(Texts.pick(l, ", forlenges ikke (lengste varighet)", ", vert ikkje forlengd (lengste varigheit)",
            ", not extended (maximum duration)"));
      } else {
        sb.append(Texts.pick(l, ", forlenges ikke (absolutt grense)", ", vert ikkje forlengd (absolutt grense)",
            ", not extended (absolute bar)"));
      }
    }
    if (countedInWorkingDays()) {
      sb.append(" (").append(reading().explanation().in(language))
          .append(')');
    }
    citedReference().flatMap(CitedReference::note)
        .ifPresent(n -> sb.append(" [").append(n.in(language)).append(']'));
    return sb.toString();
  }

  @Value.Check
  void check() {
    sourceId().ifPresent(s -> Checks.id("sourceId", s));
    if (sourceId().isPresent() && rule() != DeadlineRule.RESPONSE_PROMISE) {
      throw new InvalidValueException("sourceId", Rule.CONSISTENCY,
          "only a published promise cites a source; a statutory rule cites its legal reference");
    }
    if (workingDayReading().isPresent() && !countedInWorkingDays()) {
      throw new InvalidValueException("workingDayReading", Rule.CONSISTENCY,
          "a reading of working days belongs only to a period counted in working days");
    }
    DeadlineCalculator.Parts expected = DeadlineCalculator.standard().withWorkingDayReading(reading())
        .parts(rule(), start(), period(), unextendedDue());
    if (!expected.unextended.equals(unextendedDue())) {
      throw new InvalidValueException("unextendedDue", Rule.CONSISTENCY,
          "does not match the rule, the start and the period");
    }
    if (!expected.due.equals(due())) {
      throw new InvalidValueException("due", Rule.CONSISTENCY, "does not match the rule's extension to a working day");
    }
    if (!expected.skipped.equals(skippedDays())) {
      throw new InvalidValueException("skippedDays", Rule.CONSISTENCY,
          "must list exactly the days from the plain date up to the due date");
    }
  }

  private boolean countedInWorkingDays() {
    return period().isPresent() && period().get().unit() == PeriodUnit.WORKING_DAYS;
  }

  private WorkingDayReading reading() {
    return workingDayReading().orElse(WorkingDayReading.SATURDAY_NOT_A_WORKING_DAY);
  }

  @Override
  public String toString() {
    return rule() + ": " + trace(Language.EN);
  }
}
