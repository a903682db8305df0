package no.rusomsorg.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;

class CriterionJsonTest {
  private final RusomsorgJson json = RusomsorgJson.strict();

  private static String golden(String name) throws IOException {
    try (InputStream in = CriterionJsonTest.class.getResourceAsStream(name)) {
      assertThat(in).as(name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n").strip();
    }
  }

  @Test
  void standardCriteriaMatchTheGoldenFiles() throws IOException {
    assertThat(json.write(StandardCriteria.adultsLivingOrStayingOrRelativeOrPartner()))
        .isEqualTo(golden("adults-living-or-staying-or-relative-or-partner.json"));
    assertThat(json.write(StandardCriteria.sandnesEmergencyHousing())).isEqualTo(golden("sandnes-emergency-housing.json"));
    assertThat(json.read(golden("sandnes-emergency-housing.json"), Criterion.class)).isEqualTo(StandardCriteria.sandnesEmergencyHousing());
  }

  @Test
  void aLeftOutBasisTakesTheDefault() {
    Criterion c = json.read("{\"type\":\"all\",\"of\":[{\"type\":\"minimumAge\",\"years\":18},"
        + "{\"type\":\"not\",\"criterion\":{\"type\":\"pregnant\"}},{\"type\":\"proxyWithPowerOfAttorney\"}]}", Criterion.class);
    assertThat(c).isEqualTo(Criterion.all(Criterion.minimumAge(18), Criterion.not(Criterion.pregnant()),
        Criterion.proxyWithPowerOfAttorney()));
    Criterion.ProxyWithPowerOfAttorney proxy = (Criterion.ProxyWithPowerOfAttorney) ((Criterion.All) c).of().get(2);
    assertThat(proxy.basis().legalReference()).hasValueSatisfying(r -> {
      assertThat(r.citation()).isEqualTo("fvl § 12");
      assertThat(r.unverified()).as("fvl § 12 verified turn 2").isFalse();
    });
    assertThat(proxy.basis().sourceId()).contains(Criterion.STANDARD_SERVICE_DESCRIPTION);
  }

  @Test
  void invalidCriteriaAreRejectedWithTheirPath() {
    assertRejected("{\"type\":\"minimumAge\",\"years\":0}", "$.years", Rule.RANGE);
    assertRejected("{\"type\":\"all\",\"of\":[{\"type\":\"minimumAge\",\"years\":200}]}", "$.of[0].years", Rule.RANGE);
    assertRejected("{\"type\":\"all\",\"of\":[]}", "$.of", Rule.RANGE);
    assertRejected("{\"type\":\"any\"}", "$.of", Rule.REQUIRED);
    assertRejected("{\"type\":\"any\",\"of\":[{\"type\":\"homeless\"},null]}", "$.of[1]", Rule.REQUIRED);
    assertRejected("{\"type\":\"not\"}", "$.criterion", Rule.REQUIRED);
    assertRejected("{\"type\":\"residency\",\"accepted\":[]}", "$.accepted", Rule.RANGE);
    assertRejected("{\"type\":\"role\"}", "$.role", Rule.REQUIRED);
    assertRejected("{\"type\":\"homeless\",\"basis\":{}}", "$.basis.legalReference", Rule.REQUIRED);
    assertRejected("{\"type\":\"homeless\",\"basis\":{\"sourceId\":\"Not An Id\"}}", "$.basis.sourceId", Rule.FORMAT);
    assertRejected("{\"type\":\"homeless\",\"colour\":\"red\"}", "$.colour", Rule.UNKNOWN_PROPERTY);
    assertThatThrownBy(() -> json.read("{\"type\":\"no.rusomsorg.core.eligibility.Criterion$Homeless\"}", Criterion.class))
        .isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> json.read("{\"type\":\"wealthy\"}", Criterion.class)).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> json.read("{\"years\":18}", Criterion.class)).isInstanceOf(InvalidValueException.class);
  }

  private void assertRejected(String text, String path, Rule rule) {
    assertThatThrownBy(() -> json.read(text, Criterion.class))
        .as(text)
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo(path);
          assertThat(e.rule()).isEqualTo(rule);
        });
  }

  @Test
  void verdictsRoundTripThroughJson() {
    Verdict v = StandardCriteria.adultsLivingOrStayingOrRelativeOrPartner()
        .evaluate(PersonFacts.builder().relative(false).birthDate(LocalDate.of(2000, 1, 1)).build(), LocalDate.of(2026, 1, 1));
    String text = json.write(v);
    assertThat(text).contains("\"missingFacts\" : [ \"MUNICIPALITY_RELATION\", \"PARTNER_AGENCY\" ]");
    assertThat(json.read(text, Verdict.class)).isEqualTo(v);
    assertThatThrownBy(() -> json.read(text.replace("\"UNKNOWN\",\n  \"missingFacts\"", "\"ELIGIBLE\",\n  \"missingFacts\""), Verdict.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
  }
}
