package no.rusomsorg.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneNumberTest {

  @ParameterizedTest
  @ValueSource(strings = {"468 95 582", "+47 468 95 582", "46895582", "468 955 82", "0047 46895582", "+4746895582", " 46 89 55 82 "})
  void everyWayOfWritingTheSameNumberParsesToIt(String text) {
    PhoneNumber n = PhoneNumber.parse(text);
    assertThat(n.e164()).isEqualTo("+4746895582");
    assertThat(n.national()).isEqualTo("468 95 582");
    assertThat(n.shortNumber()).isFalse();
    assertThat(n).isEqualTo(PhoneNumber.parse("46895582")).hasSameHashCodeAs(PhoneNumber.parse("46895582"));
    assertThat(n.telUri()).isEqualTo("tel:+4746895582");
  }

  @Test
  void landlinesKeepTheirTwoDigitGroups() {
    PhoneNumber n = PhoneNumber.parse("38055555");
    assertThat(n.e164()).isEqualTo("+4738055555");
    assertThat(n.national()).isEqualTo("38 05 55 55");
  }

  @Test
  void foreignNumbersWithCountryCodeAreAccepted() {
    PhoneNumber n = PhoneNumber.parse("+46 8 123 456 78");
    assertThat(n.e164()).isEqualTo("+46812345678");
    assertThat(n.national()).startsWith("+46");
  }

  @Test
  void shortNumbersAreAcceptedAndKeptAsDigits() {
    assertThat(PhoneNumber.parse("113").value()).isEqualTo("113");
    assertThat(PhoneNumber.parse("113").shortNumber()).isTrue();
    PhoneNumber legevakt = PhoneNumber.parse("116 117");
    assertThat(legevakt.value()).isEqualTo("116117");
    assertThat(legevakt.national()).isEqualTo("116 117");
    assertThat(legevakt.telUri()).isEqualTo("tel:116117");
    assertThat(legevakt).isEqualTo(PhoneNumber.parse("116117"));
  }

  @Test
  void jsonIsTheCanonicalString() {
    RusomsorgJson json = RusomsorgJson.strict();
    assertThat(json.write(PhoneNumber.parse("468 95 582"))).isEqualTo("\"+4746895582\"");
    assertThat(json.write(PhoneNumber.parse("116 117"))).isEqualTo("\"116117\"");
    assertThat(json.read("\"468 95 582\"", PhoneNumber.class)).isEqualTo(PhoneNumber.parse("46895582"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12", "1234", "468 95 58", "4689558212345", "phone 46895582", "468-95-582 ext 2", "+47 113", "00000000",
      "+999 1234567"})
  void invalidNumbersAreRejectedWithTheRuleAndTheField(String text) {
    assertThatThrownBy(() -> PhoneNumber.parse(text))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.PHONE_NUMBER);
          assertThat(e.field()).isEqualTo("phone");
          assertThat(e.getMessage()).doesNotContain(text.strip());
        });
  }

  @Test
  void missingAndBlankAreTyped() {
    assertThatNullPointerException().isThrownBy(() -> PhoneNumber.parse(null)).withMessage("text");
    assertThatThrownBy(() -> PhoneNumber.parse("fax", " "))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.NOT_BLANK);
          assertThat(e.field()).isEqualTo("fax");
        });
  }

  @Test
  void jsonErrorsCarryThePath() {
    String doc = "{\"id\":\"a\",\"label\":{\"nb\":\"x\"},\"phones\":[\"+4746895582\",\"12\"]}";
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc, ContactPoint.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.PHONE_NUMBER);
          assertThat(e.field()).startsWith("$.phones[1]");
        });
  }

  @Test
  void propertyAllWritingStylesOfANumberAreEqualToItsCanonicalForm() {
    qt().withExamples(1000).forAll(CatalogGenerators.phoneTexts()).check(text -> {
      PhoneNumber n = PhoneNumber.parse(text);
      return PhoneNumber.parse(n.value()).equals(n) && PhoneNumber.parse(n.national()).equals(n);
    });
  }

  @Test
  void propertyGeneratedInvalidNumbersAreRejected() {
    qt().withExamples(1000).forAll(CatalogGenerators.invalidPhoneTexts()).check(text -> {
      try {
        PhoneNumber.parse(text);
        return false;
      } catch (InvalidValueException e) {
        return e.field().equals("phone") && (e.rule() == Rule.PHONE_NUMBER || e.rule() == Rule.NOT_BLANK);
      }
    });
  }
}
