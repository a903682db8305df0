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
    assertThat(json.write(StandardCriteria.targetGroup())).isEqualTo(golden("standard-target-group.json"));
    assertThat(json.read(golden("standard-target-group.json"), Criterion.class)).isEqualTo(StandardCriteria.targetGroup());
    assertThat(json.write(StandardCriteria.pregnantWithSubstanceProblem()))
        .isEqualTo(golden("standard-pregnant-with-substance-problem.json"));
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
    assertThat(proxy.basis().sourceId()).as("the law alone: no publisher's page is assumed").isEmpty();
    Criterion.MinimumAge age = (Criterion.MinimumAge) ((Criterion.All) c).of().get(0);
    assertThat(age.basis()).isEqualTo(Basis.ofService());
    assertThat(age.basis().citesServiceSources()).isTrue();
    assertThat(json.write(age)).matches("(?s).*\"basis\"\\s*:\\s*\\{\\s*}.*");
  }

  @Test
  void anEmptyBasisIsTheServicesSources() {
    assertThat(json.read("{\"type\":\"homeless\",\"basis\":{}}", Criterion.class)).isEqualTo(Criterion.homeless());
    assertThat(Criterion.homeless().basis()).isEqualTo(Basis.ofService());
    assertThat(Criterion.coOccurringMentalIllness().basis()).isEqualTo(Basis.ofService());
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
    assertRejected("{\"type\":\"homeless\",\"basis\":{\"sourceId\":\"Not An Id\"}}", "$.basis.sourceId", Rule.FORMAT);
    assertRejected("{\"type\":\"homeless\",\"colour\":\"red\"}", "$.colour", Rule.UNKNOWN_PROPERTY);
    // the two leaves that no fact decides must name their source, and a described one its condition
    assertRejected("{\"type\":\"notStated\"}", "$.basis", Rule.REQUIRED);
    assertRejected("{\"type\":\"described\",\"basis\":{\"sourceId\":\"s\"}}", "$.condition", Rule.REQUIRED);
    assertRejected("{\"type\":\"described\",\"condition\":{\"nb\":\"x\"}}", "$.basis", Rule.REQUIRED);
    assertRejected("{\"type\":\"notStated\",\"basis\":{\"sourceId\":\"s\"},\"condition\":{\"nb\":\"x\"}}",
        "$.condition", Rule.UNKNOWN_PROPERTY);
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
    Verdict v = StandardCriteria.targetGroup()
        .evaluate(PersonFacts.builder().relative(false).birthDate(LocalDate.of(2000, 1, 1)).build(), LocalDate.of(2026, 1, 1));
    String text = json.write(v);
    assertThat(text).contains("\"missingFacts\" : [ \"MUNICIPALITY_RELATION\", \"SUBSTANCE_PROBLEM\" ]");
    assertThat(json.read(text, Verdict.class)).isEqualTo(v);
    assertThatThrownBy(() -> json.read(text.replace("\"UNKNOWN\",\n  \"missingFacts\"", "\"ELIGIBLE\",\n  \"missingFacts\""), Verdict.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
  }

  @Test
  void anUnknownVerdictWithoutMissingFactsNeedsAConditionNoFactDecides() {
    Verdict notStated = Criterion.notStated("some-source").evaluate(PersonFacts.empty(), LocalDate.of(2026, 1, 1));
    assertThat(notStated.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(notStated.missingFacts()).isEmpty();
    assertThat(json.read(json.write(notStated), Verdict.class)).isEqualTo(notStated);
    Verdict pregnant = Criterion.pregnant().evaluate(PersonFacts.empty(), LocalDate.of(2026, 1, 1));
    String text = json.write(pregnant).replace("[ \"PREGNANT\" ]", "[ ]");
    assertThatThrownBy(() -> json.read(text, Verdict.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
  }
}
