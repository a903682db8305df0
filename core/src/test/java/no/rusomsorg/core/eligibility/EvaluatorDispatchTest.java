package no.rusomsorg.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/**
 * Every kind of leaf is handled by every evaluation path as itself. The evaluator used to end its
 * dispatch with a default branch that treated any leaf it did not name as the proxy criterion (and
 * its texts as the LAR criterion), so a new leaf was silently evaluated as another one. Now every path
 * is a {@link Criterion.Visitor} (ADR 0018), which does not compile until a new kind is handled; this
 * test builds one leaf of every permitted class, so adding a leaf also fails here until it is added to
 * {@link #ONE_OF_EACH}.
 */
class EvaluatorDispatchTest {
  private static final LocalDate DAY = LocalDate.of(2026, 3, 12);
  private static final Basis SOURCE = Basis.source("test-source");

  static final List<Criterion.Leaf> ONE_OF_EACH = List.of(
      new Criterion.MinimumAge(18, SOURCE),
      new Criterion.Residency(EnumSet.of(MunicipalityRelation.PRESENT), SOURCE),
      new Criterion.HasRole(Role.RELATIVE, SOURCE),
      new Criterion.Pregnant(SOURCE),
      new Criterion.Homeless(SOURCE),
      new Criterion.CoOccurringMentalIllness(SOURCE),
      new Criterion.InLar(SOURCE),
      new Criterion.ProxyWithPowerOfAttorney(SOURCE),
      new Criterion.NotStated(SOURCE),
      new Criterion.Described(LocalizedText.of("har nylig født", "has recently given birth"), SOURCE));

  @Test
  void theSamplesCoverEveryPermittedLeafClass() {
    Set<Class<?>> permitted = Set.of(Criterion.Leaf.class.getPermittedSubclasses());
    assertThat(ONE_OF_EACH.stream().map(Object::getClass).collect(Collectors.toSet())).isEqualTo(permitted);
    assertThat(Arrays.stream(Criterion.class.getAnnotation(com.fasterxml.jackson.annotation.JsonSubTypes.class).value())
        .map(com.fasterxml.jackson.annotation.JsonSubTypes.Type::value).collect(Collectors.toSet()))
        .containsAll(permitted);
  }

  @Test
  void everyLeafIsEvaluatedAsItself() {
    PersonFacts nothing = PersonFacts.empty();
    PersonFacts everything = PersonFacts.builder().birthDate(LocalDate.of(1990, 1, 1))
        .municipalityRelation(MunicipalityRelation.PRESENT).substanceProblem(true).relative(true).partnerAgency(false)
        .pregnant(true).homeless(true).coOccurringMentalIllness(true).inLar(true).actingForAnother(false)
        .powerOfAttorney(false).build();
    for (Criterion.Leaf leaf : ONE_OF_EACH) {
      for (PersonFacts f : List.of(nothing, everything)) {
        Verdict v = leaf.evaluate(f, DAY);
        assertThat(leaf.test(f, DAY)).as("%s", leaf).isEqualTo(v.outcome());
        assertThat(v.reasons()).singleElement().satisfies(r -> assertThat(r.criterion()).isSameAs(leaf));
        assertThat(v.missingFacts()).isSubsetOf(leaf.relevantFacts());
        // the texts are the leaf's own: no leaf borrows another's explanation
        assertThat(v.reasons().get(0).explanation().nb()).doesNotContain(leaf instanceof Criterion.InLar ? "\u0000" : "LAR");
      }
      assertThat(RusomsorgJson.strict().read(RusomsorgJson.strict().write(leaf), Criterion.class)).isEqualTo(leaf);
    }
  }

  @Test
  void conditionsNoFactDecidesStayUnknownWithAReasonAndNoMissingFact() {
    PersonFacts all = PersonFacts.builder().birthDate(LocalDate.of(1990, 1, 1)).pregnant(false).substanceProblem(true).build();
    Verdict notStated = new Criterion.NotStated(SOURCE).evaluate(all, DAY);
    assertThat(notStated.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(notStated.missingFacts()).isEmpty();
    assertThat(notStated.reasons().get(0).explanation().nb()).contains("oppgir ingen målgruppe");
    assertThat(notStated.reasons().get(0).explanation().in(no.rusomsorg.core.text.Language.EN))
        .contains("states no target group");
    assertThat(new Criterion.NotStated(SOURCE).relevantFacts()).isEmpty();
    // pregnant or recently given birth: not pregnant leaves the after-birth part open, with its reason
    Criterion followUp = Criterion.any(new Criterion.Pregnant(SOURCE),
        new Criterion.Described(LocalizedText.of("har nylig født", "has recently given birth"), SOURCE));
    Verdict v = followUp.evaluate(all, DAY);
    assertThat(v.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(v.missingFacts()).isEmpty();
    assertThat(v.reasons()).hasSize(2).anySatisfy(r -> assertThat(r.explanation().nb()).contains("har nylig født"));
    // a decided part still decides: Kleene logic is unchanged
    assertThat(Criterion.all(new Criterion.NotStated(SOURCE), new Criterion.MinimumAge(18, SOURCE))
        .test(PersonFacts.builder().birthDate(LocalDate.of(2015, 1, 1)).build(), DAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
  }
}
