package no.rusomsorg.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.calendar.Holiday;
import no.rusomsorg.core.calendar.NonWorkingDay;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;

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
    assertThat(dl.trace(Language.NB)).isEqualTo("2–3 virkedager fra 12.03.2026 = 17.03.2026");
    assertThat(dl.sourceId()).isEqualTo(Optional.empty());
  }
}
