package no.rusomsorg.core.contact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.Locale;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAddressTest {

  @Test
  void theDomainIsLowerCasedAndTheLocalPartKept() {
    EmailAddress e = EmailAddress.parse("  Post.Mottak@Sogne.Kommune.NO ");
    assertThat(e.localPart()).isEqualTo("Post.Mottak");
    assertThat(e.domain()).isEqualTo("sogne.kommune.no");
    assertThat(e.value()).isEqualTo("Post.Mottak@sogne.kommune.no");
    assertThat(e.mailtoUri()).isEqualTo("mailto:Post.Mottak@sogne.kommune.no");
    assertThat(e).isEqualTo(EmailAddress.parse("Post.Mottak@sogne.kommune.no"));
  }

  @Test
  void internationalisedDomainsAreAccepted() {
    assertThat(EmailAddress.parse("post@Bømlo.kommune.no").domain()).isEqualTo("bømlo.kommune.no");
  }

  @Test
  void jsonIsTheAddressString() {
    RusomsorgJson json = RusomsorgJson.strict();
    assertThat(json.write(EmailAddress.parse("fact@sandnes.kommune.no"))).isEqualTo("\"fact@sandnes.kommune.no\"");
    assertThat(json.read("\"fact@Sandnes.kommune.no\"", EmailAddress.class).value()).isEqualTo("fact@sandnes.kommune.no");
  }

  @ParameterizedTest
  @ValueSource(strings = {"post", "post@", "@kommune.no", "a@b@kommune.no", "a@kommune", "a@kommune..no", "a..b@kommune.no",
      "a b@kommune.no", "a@-kommune.no", "a@kommune.n0", "\"a\"@kommune.no", "a@[127.0.0.1]"})
  void malformedAddressesAreRejected(String text) {
    assertThatThrownBy(() -> EmailAddress.parse(text))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.EMAIL);
          assertThat(e.field()).isEqualTo("email");
        });
  }

  @Test
  void jsonErrorsCarryThePath() {
    String doc = "{\"id\":\"a\",\"label\":{\"nb\":\"x\"},\"emails\":[\"a@b\"]}";
    assertThatThrownBy(() -> RusomsorgJson.strict().read(doc, ContactPoint.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.EMAIL);
          assertThat(e.field()).startsWith("$.emails[0]");
        });
  }

  @Test
  void propertyValidAddressesKeepTheirLocalPartAndLowerCaseTheirDomain() {
    qt().withExamples(1000).forAll(CatalogGenerators.emailTexts()).check(text -> {
      EmailAddress e = EmailAddress.parse(text);
      String domain = text.substring(text.indexOf('@') + 1);
      return e.localPart().equals(text.substring(0, text.indexOf('@')))
          && e.domain().equals(domain.toLowerCase(Locale.ROOT))
          && EmailAddress.parse(e.value()).equals(e);
    });
  }

  @Test
  void propertyGeneratedBadAddressesAreRejected() {
    qt().withExamples(1000).forAll(CatalogGenerators.invalidEmailTexts()).check(text -> {
      try {
        EmailAddress.parse(text);
        return false;
      } catch (InvalidValueException e) {
        return e.field().equals("email") && (e.rule() == Rule.EMAIL || e.rule() == Rule.NOT_BLANK);
      }
    });
  }

  /**
   * ASCII domains skip java.net.IDN (for start-up time); the label rules must then accept exactly the
   * domains that the IDN conversion followed by the same label rules accepts.
   */
  @Test
  void propertyAsciiDomainsAreJudgedAsIdnWouldJudgeThem() {
    org.quicktheories.core.Gen<String> domains = org.quicktheories.generators.SourceDSL.strings()
        .betweenCodePoints('-', 'z').ofLengthBetween(0, 80)
        .map(s -> s.replaceAll("[^A-Za-z0-9.-]", "."));
    qt().withExamples(5000).forAll(domains).checkAssert(domain -> {
      boolean accepted;
      try {
        EmailAddress.parse("post@" + domain);
        accepted = true;
      } catch (InvalidValueException e) {
        accepted = false;
      }
      assertThat(accepted).as(domain).isEqualTo(acceptedThroughIdn(domain.toLowerCase(Locale.ROOT)));
    });
  }

  private static boolean acceptedThroughIdn(String domain) {
    String ascii;
    try {
      ascii = java.net.IDN.toASCII(domain, java.net.IDN.USE_STD3_ASCII_RULES).toLowerCase(Locale.ROOT);
    } catch (IllegalArgumentException e) {
      return false;
    }
    String[] labels = ascii.split("\\.", -1);
    if (labels.length < 2 || ascii.length() > 253 || ("post@" + domain).length() > 254) {
      return false;
    }
    for (String label : labels) {
      if (!label.matches("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")) {
        return false;
      }
    }
    return labels[labels.length - 1].matches("[a-z]{2,63}|xn--[a-z0-9-]{1,59}");
  }
}
