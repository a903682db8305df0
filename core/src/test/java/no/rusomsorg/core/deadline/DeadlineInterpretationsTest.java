package no.rusomsorg.core.deadline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** The interpretation notes of the deadline rules: three languages each, and every choice the library made has one. */
class DeadlineInterpretationsTest {

  @Test
  void everyNoteIsWrittenInBokmalNynorskAndEnglish() {
    for (DeadlineRule rule : DeadlineRule.values()) {
      for (LocalizedText note : DeadlineInterpretations.of(rule)) {
        assertThat(note.nn()).as("%s nn", rule).isPresent();
        assertThat(note.en()).as("%s en", rule).isPresent();
        assertThat(note.in(Language.NN)).as("%s nn is not the bokmål text", rule).isNotEqualTo(note.nb());
        assertThat(note.in(Language.EN)).as("%s en", rule).isNotEqualTo(note.nb());
      }
    }
  }

  @Test
  void everyRuleThatIsTheLibrarysOwnReadingExplainsIt() {
    for (DeadlineRule rule : DeadlineRule.values()) {
      boolean absoluteLimit = !rule.extendsToWorkingDay() && !rule.isMaximumDuration();
      boolean extendedWithoutStatute = rule.extendsToWorkingDay() && rule.extensionReference().isEmpty();
      if (absoluteLimit || extendedWithoutStatute) {
        assertThat(DeadlineInterpretations.of(rule)).as("%s: a reading of the library's own needs a note", rule)
            .isNotEmpty();
      }
    }
    assertThat(DeadlineInterpretations.of(DeadlineRule.FVL_COMPLAINT)).isEmpty();
    assertThat(DeadlineInterpretations.of(DeadlineRule.TSB_REFERRAL_ASSESSMENT).get(0).in(Language.EN))
        .contains("Saturday");
  }

  @Test
  void aNullRuleNamesTheParameter() {
    assertThatNullPointerException().isThrownBy(() -> DeadlineInterpretations.of(null)).withMessage("rule");
  }
}
