package no.rusomsorg.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

class RusomsorgJsonTest {
  private final RusomsorgJson json = RusomsorgJson.strict();

  @Test
  void localizedTextRoundTripsAndLeavesOutAbsentLanguages() {
    LocalizedText text = LocalizedText.of("Samtale", "Talk");
    String written = json.write(text);
    assertThat(written).contains("\"nb\"").contains("\"en\"").doesNotContain("nn");
    assertThat(json.read(written, LocalizedText.class)).isEqualTo(text);
    assertThat(text.in(Language.NN)).isEqualTo("Samtale");
  }

  @Test
  void missingRequiredFieldIsTypedAndNamed() {
    assertThatThrownBy(() -> json.read("{\"en\":\"x\"}", LocalizedText.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.REQUIRED);
          assertThat(e.field()).isEqualTo("$.nb");
        });
  }

  @Test
  void blankTextIsRejectedWithItsPath() {
    assertThatThrownBy(() -> json.read("{\"nb\":\"  \"}", LocalizedText.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.NOT_BLANK);
          assertThat(e.field()).isEqualTo("$.nb");
        });
  }

  @Test
  void unknownFieldsAreRejectedByStrictAndIgnoredByLenient() {
    String doc = "{\"nb\":\"a\",\"de\":\"b\"}";
    assertThatThrownBy(() -> json.read(doc, LocalizedText.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.UNKNOWN_PROPERTY);
          assertThat(e.getMessage()).contains("de");
        });
    assertThat(RusomsorgJson.lenient().read(doc, LocalizedText.class).nb()).isEqualTo("a");
  }

  @Test
  void syntaxErrorsAreTyped() {
    assertThatThrownBy(() -> json.read("{\"nb\":", LocalizedText.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.SYNTAX));
  }

  @Test
  void legalReferenceLinksToLovdata() {
    LegalReference ref = LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-5");
    assertThat(ref.lovdataUrl()).isEqualTo("https://lovdata.no/lov/1999-07-02-63/§7-5");
    assertThat(ref.citation()).isEqualTo("pbrl § 7-5");
    assertThat(json.read(json.write(ref), LegalReference.class)).isEqualTo(ref);
  }

  @Test
  void builderNullIsANullPointerExceptionAndAMissingAttributeATypedException() {
    // null passed by a programmer: an NPE naming the attribute; a value never set: bad data (docs/adr/0022)
    assertThatNullPointerException().isThrownBy(() -> LocalizedText.builder().nb(null)).withMessage("nb");
    assertThatThrownBy(() -> LocalizedText.builder().build())
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("nb"));
  }
}
