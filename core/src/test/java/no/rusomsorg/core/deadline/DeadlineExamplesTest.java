package no.rusomsorg.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.calendar.Holiday;
import no.rusomsorg.core.calendar.NonWorkingDay;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Worked examples, each checked by hand against a printed calendar. */
class DeadlineExamplesTest {
  private final DeadlineCalculator calc = DeadlineCalculator.standard();

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  @Test
  void fvlComplaintEndingOnMaundyThursday2026IsExtendedToTuesdayAfterEaster() {
    Deadline dl = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 3, 12));
    assertThat(dl.unextendedDue()).isEqualTo(d(2026, 4, 2));
    assertThat(dl.due()).isEqualTo(d(2026, 4, 7));
    assertThat(dl.extended()).isTrue();
    assertThat(dl.skippedDays()).extracting(NonWorkingDay::date)
        .containsExactly(d(2026, 4, 2), d(2026, 4, 3), d(2026, 4, 4), d(2026, 4, 5), d(2026, 4, 6));
    assertThat(dl.skippedDays().get(0).holidays()).containsExactly(Holiday.MAUNDY_THURSDAY);
    assertThat(dl.trace(Language.NB)).isEqualTo(
        "3 uker fra 12.03.2026 = 02.04.2026 (skjærtorsdag) → forlenget til 07.04.2026 (domstolloven § 149)");
    assertThat(dl.trace(Language.EN)).isEqualTo(
        "3 weeks from 12.03.2026 = 02.04.2026 (Maundy Thursday) → extended to 07.04.2026 (Courts of Justice Act § 149)");
    assertThat(dl.legalReference()).hasValueSatisfying(r -> {
      assertThat(r.act()).isEqualTo(Act.FORVALTNINGSLOVEN);
      assertThat(r.section()).isEqualTo("29");
    });
    assertThat(dl.isMetBy(d(2026, 4, 7))).isTrue();
    assertThat(dl.isMetBy(d(2026, 4, 8))).isFalse();
    assertThat(dl.extensionReason()).hasValueSatisfying(r -> assertThat(r.nb()).startsWith("skjærtorsdag 02.04.2026, langfredag 03.04.2026, lørdag"));
  }

  @Test
  void deadlineRoundTripsThroughJsonAndIsRecomputedWhenRead() {
    RusomsorgJson json = RusomsorgJson.strict();
    Deadline dl = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 3, 12));
    String written = json.write(dl);
    assertThat(json.read(written, Deadline.class)).isEqualTo(dl);
    String tampered = written.replace("\"due\" : \"2026-04-07\"", "\"due\" : \"2026-04-08\"");
    assertThat(tampered).isNotEqualTo(written);
    assertThatThrownBy(() -> json.read(tampered, Deadline.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
  }

  @Test
  void promiseCountsToTheUpperBound() {
    Deadline dl = calc.promise(2, 3, PeriodUnit.WORKING_DAYS, d(2026, 3, 12));
    assertThat(dl.due()).isEqualTo(d(2026, 3, 17));
    assertThat(dl.trace(Language.NB)).startsWith("2–3 virkedager fra 12.03.2026 = 17.03.2026 (lørdager regnet som fridager");
    assertThat(dl.sourceId()).isEqualTo(Optional.empty());
    assertThat(dl.period()).hasValueSatisfying(p -> assertThat(p.lowerAmount()).contains(2));
    RusomsorgJson json = RusomsorgJson.strict();
    assertThat(json.read(json.write(dl), Deadline.class)).isEqualTo(dl);
  }

  private static void rejects(Executable call, String field, Rule rule) {
    assertThatThrownBy(call::execute).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  @Test
  void ascensionDay2026IsSkipped() {
    Deadline dl = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 4, 23));
    assertThat(dl.unextendedDue()).isEqualTo(d(2026, 5, 14));
    assertThat(dl.due()).isEqualTo(d(2026, 5, 15));
    assertThat(dl.trace(Language.NB)).contains("(Kristi himmelfartsdag)");
  }

  @Test
  void constitutionDayOnASundayIn2026MovesAPbrlComplaintToMonday() {
    Deadline dl = calc.compute(DeadlineRule.PBRL_COMPLAINT, d(2026, 4, 19));
    assertThat(dl.unextendedDue()).isEqualTo(d(2026, 5, 17));
    assertThat(dl.due()).isEqualTo(d(2026, 5, 18));
    assertThat(dl.trace(Language.EN)).isEqualTo(
        "4 weeks from 19.04.2026 = 17.05.2026 (Constitution Day) → extended to 18.05.2026 (Courts of Justice Act § 149)");
  }

  @Test
  void whitMonday2026IsSkipped() {
    Deadline dl = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 5, 4));
    assertThat(dl.unextendedDue()).isEqualTo(d(2026, 5, 25));
    assertThat(dl.due()).isEqualTo(d(2026, 5, 26));
    assertThat(dl.skippedDays()).singleElement().satisfies(x -> assertThat(x.holidays()).containsExactly(Holiday.WHIT_MONDAY));
  }

  @Test
  void whitMondayIs17May2027() {
    Deadline dl = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2027, 4, 26));
    assertThat(dl.unextendedDue()).isEqualTo(d(2027, 5, 17));
    assertThat(dl.due()).isEqualTo(d(2027, 5, 18));
    assertThat(dl.skippedDays()).singleElement()
        .satisfies(x -> assertThat(x.holidays()).containsExactly(Holiday.CONSTITUTION_DAY, Holiday.WHIT_MONDAY));
    assertThat(dl.trace(Language.NB)).isEqualTo(
        "3 uker fra 26.04.2027 = 17.05.2027 (grunnlovsdag 17. mai / andre pinsedag) → forlenget til 18.05.2027 (domstolloven § 149)");

    Deadline fromSaturday = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2027, 4, 24));
    assertThat(fromSaturday.unextendedDue()).isEqualTo(d(2027, 5, 15));
    assertThat(fromSaturday.due()).isEqualTo(d(2027, 5, 18));
    assertThat(fromSaturday.extensionReason()).hasValueSatisfying(r -> assertThat(r.nb()).isEqualTo(
        "lørdag 15.05.2027, første pinsedag 16.05.2027, grunnlovsdag 17. mai / andre pinsedag 17.05.2027"));
  }

  @Test
  void christmasEveIsAWorkingDayButChristmasDayIsNot() {
    Deadline eve = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 12, 3));
    assertThat(eve.due()).isEqualTo(d(2026, 12, 24));
    assertThat(eve.extended()).isFalse();
    assertThat(eve.trace(Language.NB)).isEqualTo("3 uker fra 03.12.2026 = 24.12.2026");

    Deadline day = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 12, 4));
    assertThat(day.unextendedDue()).isEqualTo(d(2026, 12, 25));
    assertThat(day.due()).isEqualTo(d(2026, 12, 28));
    assertThat(day.skippedDays()).extracting(NonWorkingDay::date)
        .containsExactly(d(2026, 12, 25), d(2026, 12, 26), d(2026, 12, 27));
  }

  @Test
  void newYearsEveIsAWorkingDayButNewYearsDayIsNot() {
    assertThat(calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 12, 10)).due()).isEqualTo(d(2026, 12, 31));
    Deadline dl = calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 12, 11));
    assertThat(dl.unextendedDue()).isEqualTo(d(2027, 1, 1));
    assertThat(dl.due()).isEqualTo(d(2027, 1, 4));
  }

  @Test
  void leapDayStarts() {
    // one month from 29 February 2024 is Good Friday 29 March; Easter Monday is 1 April
    Deadline reply = calc.compute(DeadlineRule.FVL_INTERIM_REPLY, d(2024, 2, 29));
    assertThat(reply.unextendedDue()).isEqualTo(d(2024, 3, 29));
    assertThat(reply.due()).isEqualTo(d(2024, 4, 2));
    assertThat(reply.trace(Language.EN)).isEqualTo(
        "1 month from 29.02.2024 = 29.03.2024 (Good Friday) → extended to 02.04.2024 (Courts of Justice Act § 149)");
    // one year from a leap day ends on the last day of February
    Deadline bar = calc.compute(DeadlineRule.FVL_LATE_COMPLAINT_BAR, d(2024, 2, 29));
    assertThat(bar.due()).isEqualTo(d(2025, 2, 28));
    // month-end clamping into a leap and a common February
    assertThat(calc.compute(DeadlineRule.FVL_INTERIM_REPLY, d(2024, 1, 31)).unextendedDue()).isEqualTo(d(2024, 2, 29));
    assertThat(calc.compute(DeadlineRule.FVL_INTERIM_REPLY, d(2025, 1, 31)).unextendedDue()).isEqualTo(d(2025, 2, 28));
    assertThat(calc.compute(DeadlineRule.PBRL_COMPLAINT, d(2024, 2, 1)).due()).isEqualTo(d(2024, 2, 29));
  }

  @Test
  void theOneYearBarIsNotExtended() {
    Deadline bar = calc.compute(DeadlineRule.FVL_LATE_COMPLAINT_BAR, d(2025, 4, 18));
    assertThat(bar.due()).isEqualTo(d(2026, 4, 18));
    assertThat(bar.extended()).isFalse();
    assertThat(bar.trace(Language.EN)).isEqualTo("1 year from 18.04.2025 = 18.04.2026 (Saturday), not extended (absolute bar)");
    assertThat(bar.isMetBy(d(2026, 4, 18))).isTrue();
    assertThat(bar.isMetBy(d(2026, 4, 19))).isFalse();
  }

  @Test
  void tsbReferralIsAssessedWithinTenWorkingDaysAcrossEaster() {
    Deadline dl = calc.compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, d(2026, 4, 1));
    assertThat(dl.due()).isEqualTo(d(2026, 4, 20));
    assertThat(dl.extended()).isFalse();
    assertThat(dl.trace(Language.NB)).isEqualTo("10 virkedager fra 01.04.2026 = 20.04.2026 (lørdager regnet som fridager – "
        + "bibliotekets tolkning av «virkedager», som loven ikke avklarer)");
  }

  @Test
  void detentionEndingOnMaundyThursdayIsNotExtended() {
    Deadline dl = calc.compute(DeadlineRule.COERCION_DETENTION_10_2, d(2026, 1, 2));
    assertThat(dl.due()).isEqualTo(d(2026, 4, 2));
    assertThat(dl.trace(Language.NB)).isEqualTo(
        "3 måneder fra 02.01.2026 = 02.04.2026 (skjærtorsdag), forlenges ikke (lengste varighet)");
  }

  @Test
  void consentDetentionIsThreeVerifiedWeeksFromIntakeOrAShorterAgreedHold() {
    Deadline byDefault = calc.compute(DeadlineRule.CONSENT_DETENTION_10_4, d(2026, 3, 12));
    assertThat(byDefault.due()).isEqualTo(d(2026, 4, 2));
    assertThat(byDefault.legalReference()).hasValueSatisfying(r -> assertThat(r.unverified()).isFalse());
    Deadline custom = calc.compute(DeadlineRule.CONSENT_DETENTION_10_4, d(2026, 3, 12), PeriodSpec.of(2, PeriodUnit.WEEKS));
    assertThat(custom.due()).isEqualTo(d(2026, 3, 26));
    assertThat(custom.period()).contains(PeriodSpec.of(2, PeriodUnit.WEEKS));
    RusomsorgJson json = RusomsorgJson.strict();
    assertThat(json.read(json.write(custom), Deadline.class)).isEqualTo(custom);
  }

  @Test
  void pregnancyDetentionEndsAtTheExpectedEndOfThePregnancy() {
    Deadline dl = calc.compute(DeadlineRule.COERCION_PREGNANCY_10_3, d(2026, 3, 12), d(2026, 9, 6));
    assertThat(dl.period()).isEmpty();
    assertThat(dl.due()).isEqualTo(d(2026, 9, 6));
    assertThat(dl.extended()).isFalse();
    assertThat(dl.trace(Language.NB)).isEqualTo(
        "fra 12.03.2026 til forventet slutt på svangerskapet 06.09.2026 (søndag), forlenges ikke (lengste varighet)");
    RusomsorgJson json = RusomsorgJson.strict();
    assertThat(json.read(json.write(dl), Deadline.class)).isEqualTo(dl);
  }

  @Test
  void aPublishedDurationIsTheServicesPromiseNotARuleOfCore() {
    // A municipality's "assessment period of up to 3 months" and "music therapy in periods of 3 months" are
    // ResponsePromises in its catalog; their end is the plain end of the period, never extended.
    assertThat(calc.endOf(d(2026, 11, 30), PeriodSpec.of(3, PeriodUnit.MONTHS))).isEqualTo(d(2027, 2, 28));
    assertThat(calc.endOf(d(2026, 8, 31), PeriodSpec.of(3, PeriodUnit.MONTHS))).isEqualTo(d(2026, 11, 30));
  }

  @Test
  void everyMaximumDurationAndEveryDeadlineCitesAStatuteAndNoWebPage() {
    for (DeadlineRule r : DeadlineRule.values()) {
      if (r == DeadlineRule.RESPONSE_PROMISE) {
        continue;
      }
      assertThat(r.legalReference()).as(r.id()).isPresent();
      Deadline dl = r.needsEndDate() ? calc.compute(r, d(2026, 3, 12), d(2026, 9, 6)) : calc.compute(r, d(2026, 3, 12));
      assertThat(dl.sourceId()).as(r.id()).isEmpty();
    }
    assertThat(DeadlineRule.COERCION_DETENTION_10_2.legalReference().orElseThrow().section()).isEqualTo("10-2");
    assertThat(DeadlineRule.COERCION_PREGNANCY_10_3.legalReference().orElseThrow().section()).isEqualTo("10-3");
    for (DeadlineRule r : List.of(DeadlineRule.COERCION_DETENTION_10_2, DeadlineRule.COERCION_PREGNANCY_10_3,
        DeadlineRule.COERCION_REVIEW_10_3, DeadlineRule.CONSENT_DETENTION_10_4, DeadlineRule.CONSENT_WITHDRAWN_10_4)) {
      assertThat(r.isMaximumDuration()).as(r.id()).isTrue();
      assertThat(r.legalReference().orElseThrow().act()).as(r.id()).isEqualTo(Act.HELSE_OG_OMSORGSTJENESTELOVEN);
      assertThat(no.rusomsorg.core.law.Statutes.standard().isVerified(Act.HELSE_OG_OMSORGSTJENESTELOVEN,
          r.legalReference().orElseThrow().section()))
          .as(r.id()).isTrue();
    }
  }

  @Test
  void aWeeklyPromiseEndingOnASaturdayMovesToMondayWithoutCitingTheCourtsAct() {
    Deadline dl = calc.promise(PeriodSpec.of(1, PeriodUnit.WEEKS), d(2026, 3, 14), "sandnes-rustjenester");
    assertThat(dl.unextendedDue()).isEqualTo(d(2026, 3, 21));
    assertThat(dl.due()).isEqualTo(d(2026, 3, 23));
    assertThat(dl.rule().extensionReference()).isEmpty();
    assertThat(dl.trace(Language.EN)).isEqualTo(
        "1 week from 14.03.2026 = 21.03.2026 (Saturday) → extended to 23.03.2026 (next working day)");
    RusomsorgJson json = RusomsorgJson.strict();
    assertThat(json.read(json.write(dl), Deadline.class)).isEqualTo(dl);
  }

  @Test
  void everyRuleHasALegalReferenceOrASource() {
    for (DeadlineRule r : DeadlineRule.values()) {
      if (r != DeadlineRule.RESPONSE_PROMISE) {
        assertThat(r.legalReference()).as(r.id()).isPresent();
      }
      assertThat(r.extendsToWorkingDay()).as(r.id()).isEqualTo(!r.isMaximumDuration()
          && r != DeadlineRule.FVL_LATE_COMPLAINT_BAR && r != DeadlineRule.COERCION_DECISION_LAPSE);
    }
    assertThat(DeadlineRule.FVL_COMPLAINT.period()).contains(PeriodSpec.of(3, PeriodUnit.WEEKS));
    assertThat(DeadlineRule.PBRL_COMPLAINT.period()).contains(PeriodSpec.of(4, PeriodUnit.WEEKS));
    assertThat(DeadlineRule.FVL_INTERIM_REPLY.period()).contains(PeriodSpec.of(1, PeriodUnit.MONTHS));
    assertThat(DeadlineRule.TSB_REFERRAL_ASSESSMENT.period()).contains(PeriodSpec.of(10, PeriodUnit.WORKING_DAYS));
    assertThat(DeadlineRule.COERCION_DETENTION_10_2.period()).contains(PeriodSpec.of(3, PeriodUnit.MONTHS));
    assertThat(DeadlineRule.FVL_COMPLAINT.extensionReference()).hasValueSatisfying(r -> {
      assertThat(r.act()).isEqualTo(Act.DOMSTOLLOVEN);
      assertThat(r.section()).isEqualTo("149");
    });
  }

  @Test
  void badInputIsRejectedWithTheFieldNamed() {
    LocalDate start = d(2026, 3, 12);
    assertThatNullPointerException().isThrownBy(() -> calc.compute(null, start)).withMessage("rule");
    assertThatNullPointerException().isThrownBy(() -> calc.compute(DeadlineRule.FVL_COMPLAINT, null)).withMessage("start");
    rejects(() -> calc.compute(DeadlineRule.FVL_COMPLAINT, d(1900, 1, 1)), "start", Rule.RANGE);
    rejects(() -> calc.compute(DeadlineRule.FVL_COMPLAINT, d(2299, 12, 20)), "due", Rule.RANGE);
    assertThat(calc.compute(DeadlineRule.FVL_COMPLAINT, d(2299, 12, 1)).unextendedDue()).isEqualTo(d(2299, 12, 22));
    rejects(() -> calc.compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, d(2299, 12, 25)), "due", Rule.RANGE);
    rejects(() -> calc.compute(DeadlineRule.FVL_LATE_COMPLAINT_BAR, d(2299, 6, 1)), "due", Rule.RANGE);
    rejects(() -> calc.compute(DeadlineRule.FVL_COMPLAINT, start, PeriodSpec.of(2, PeriodUnit.WEEKS)), "period", Rule.CONSISTENCY);
    assertThatNullPointerException()
        .isThrownBy(() -> calc.compute(DeadlineRule.CONSENT_DETENTION_10_4, start, (PeriodSpec) null)).withMessage("period");
    rejects(() -> calc.compute(DeadlineRule.RESPONSE_PROMISE, start), "period", Rule.REQUIRED);
    rejects(() -> calc.compute(DeadlineRule.COERCION_PREGNANCY_10_3, start), "expectedEnd", Rule.REQUIRED);
    assertThatNullPointerException()
        .isThrownBy(() -> calc.compute(DeadlineRule.COERCION_PREGNANCY_10_3, start, (LocalDate) null))
        .withMessage("expectedEnd");
    rejects(() -> calc.compute(DeadlineRule.COERCION_PREGNANCY_10_3, start, start.minusDays(1)), "expectedEnd", Rule.ORDER);
    rejects(() -> calc.compute(DeadlineRule.COERCION_PREGNANCY_10_3, start, start.plusWeeks(45)), "expectedEnd", Rule.RANGE);
    rejects(() -> calc.compute(DeadlineRule.FVL_COMPLAINT, start, start.plusDays(3)), "expectedEnd", Rule.CONSISTENCY);
    rejects(() -> PeriodSpec.of(-1, PeriodUnit.DAYS), "amount", Rule.RANGE);
    rejects(() -> PeriodSpec.of(PeriodSpec.MAX_AMOUNT + 1, PeriodUnit.DAYS), "amount", Rule.RANGE);
    assertThatNullPointerException().isThrownBy(() -> PeriodSpec.of(1, null)).withMessage("unit");
    rejects(() -> PeriodSpec.range(3, 2, PeriodUnit.WORKING_DAYS), "lowerAmount", Rule.ORDER);
    rejects(() -> calc.promise(-1, 2, PeriodUnit.WORKING_DAYS, start), "lowerAmount", Rule.RANGE);
    assertThatNullPointerException().isThrownBy(() -> calc.promise(2, 3, PeriodUnit.WORKING_DAYS, null))
        .withMessage("start");
    rejects(() -> calc.promise(PeriodSpec.of(1, PeriodUnit.WEEKS), start, "Not An Id"), "sourceId", Rule.FORMAT);
    // a null argument is a programmer error (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> calc.endOf(start, null)).withMessage("period");
    assertThatNullPointerException().isThrownBy(() -> calc.compute(DeadlineRule.FVL_COMPLAINT, start).isMetBy(null))
        .withMessage("act");
    assertThatNullPointerException().isThrownBy(() -> calc.compute(DeadlineRule.FVL_COMPLAINT, start).hasPassedOn(null))
        .withMessage("date");
  }

  @Test
  void aStoredDeadlineWithTheWrongSkippedDaysOrSourceIsRejected() {
    RusomsorgJson json = RusomsorgJson.strict();
    String written = json.write(calc.compute(DeadlineRule.FVL_COMPLAINT, d(2026, 3, 12)));
    String wrongHoliday = written.replace("\"MAUNDY_THURSDAY\"", "\"GOOD_FRIDAY\"");
    assertThat(wrongHoliday).isNotEqualTo(written);
    assertThatThrownBy(() -> json.read(wrongHoliday, Deadline.class)).isInstanceOf(InvalidValueException.class);
    String detention = json.write(calc.compute(DeadlineRule.COERCION_DETENTION_10_2, d(2026, 3, 12)));
    String withSource = detention.replace("\n}", ",\n  \"sourceId\" : \"some-page\"\n}");
    assertThat(withSource).isNotEqualTo(detention);
    assertThatThrownBy(() -> json.read(withSource, Deadline.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
  }

  @Test
  void theOtherReadingOfVirkedagerCountsSaturdaysAndTheTraceSaysWhichReadingWasUsed() {
    // 1 April 2026 is the Wednesday before Easter; Saturday 4 April is not a holiday
    Deadline library = calc.compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, d(2026, 4, 1));
    assertThat(library.due()).isEqualTo(d(2026, 4, 20));
    assertThat(library.workingDayReading()).contains(WorkingDayReading.SATURDAY_NOT_A_WORKING_DAY);
    assertThat(library.trace(Language.EN)).contains("Saturdays counted as days off", "the library's interpretation");
    DeadlineCalculator saturdays = calc.withWorkingDayReading(WorkingDayReading.SATURDAY_IS_A_WORKING_DAY);
    Deadline other = saturdays.compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, d(2026, 4, 1));
    // 4, 7, 8, 9, 10, 11 (Saturday), 13, 14, 15, 16 April
    assertThat(other.due()).isEqualTo(d(2026, 4, 16));
    assertThat(other.workingDayReading()).contains(WorkingDayReading.SATURDAY_IS_A_WORKING_DAY);
    assertThat(other.trace(Language.NB)).contains("lørdager regnet som virkedager", "alternativ tolkning");
    assertThat(other.legalReference()).isEqualTo(library.legalReference());
    // a count that ends on a Saturday stays there under the reading that counts it
    Deadline onSaturday = saturdays.promise(1, 1, PeriodUnit.WORKING_DAYS, d(2026, 3, 13));
    assertThat(onSaturday.due()).isEqualTo(d(2026, 3, 14));
    assertThat(onSaturday.extended()).isFalse();
    // the reading is part of the stored value: it round-trips, and the other reading's dates are rejected
    RusomsorgJson json = RusomsorgJson.strict();
    String written = json.write(other);
    assertThat(json.read(written, Deadline.class)).isEqualTo(other);
    String tampered = written.replace("SATURDAY_IS_A_WORKING_DAY", "SATURDAY_NOT_A_WORKING_DAY");
    assertThatThrownBy(() -> json.read(tampered, Deadline.class)).isInstanceOf(InvalidValueException.class);
    // a reading on a period not counted in working days is inconsistent
    assertThatThrownBy(() -> Deadline.builder().rule(DeadlineRule.FVL_COMPLAINT).start(d(2026, 3, 12))
        .period(PeriodSpec.of(3, PeriodUnit.WEEKS)).workingDayReading(WorkingDayReading.SATURDAY_IS_A_WORKING_DAY)
        .unextendedDue(d(2026, 4, 2)).due(d(2026, 4, 7)).build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("workingDayReading"));
    assertThatNullPointerException().isThrownBy(() -> calc.withWorkingDayReading(null)).withMessage("reading");
  }
}
