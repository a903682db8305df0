package no.rusomsorg.core.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;

class VerdictTest {
  private static final LocalDate DAY = LocalDate.of(2026, 6, 1);

  @Test
  void anyWithOneEligiblePartHasNothingMissing() {
    Criterion c = Criterion.any(Criterion.homeless(), Criterion.pregnant());
    Verdict v = c.evaluate(PersonFacts.builder().homeless(true).build(), DAY);
    assertThat(v.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(v.missingFacts()).isEmpty();
    assertThat(v.reasons()).extracting(Reason::criterion).containsExactly(Criterion.homeless());
    Verdict open = c.evaluate(PersonFacts.builder().homeless(false).build(), DAY);
    assertThat(open.outcome()).isEqualTo(Outcome.UNKNOWN);
    assertThat(open.missingFacts()).containsExactly(Fact.PREGNANT);
    assertThat(open.reasons()).hasSize(2);
  }

  @Test
  void allWithOneFailingPartIsDecidedByIt() {
    Criterion c = Criterion.all(Criterion.minimumAge(18), Criterion.homeless(), Criterion.inLar());
    Verdict v = c.evaluate(PersonFacts.builder().homeless(false).build(), DAY);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(v.missingFacts()).isEmpty();
    assertThat(v.reasons()).extracting(Reason::outcome).containsExactly(Outcome.NOT_ELIGIBLE);
  }

  @Test
  void notKeepsTheLeafsOwnOutcomeInTheReason() {
    Verdict v = Criterion.not(Criterion.pregnant()).evaluate(PersonFacts.builder().pregnant(true).build(), DAY);
    assertThat(v.outcome()).isEqualTo(Outcome.NOT_ELIGIBLE);
    assertThat(v.reasons()).singleElement().satisfies(r -> {
      assertThat(r.outcome()).isEqualTo(Outcome.ELIGIBLE);
      assertThat(r.explanation().in(Language.EN)).isEqualTo("The person is pregnant.");
    });
  }

  @Test
  void proxyNeedsAPowerOfAttorneyOnlyWhenActingForSomeoneElse() {
    Criterion c = Criterion.proxyWithPowerOfAttorney();
    assertThat(c.test(PersonFacts.builder().actingForAnother(false).build(), DAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(c.test(PersonFacts.builder().actingForAnother(true).powerOfAttorney(true).build(), DAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(c.test(PersonFacts.builder().powerOfAttorney(true).build(), DAY)).isEqualTo(Outcome.ELIGIBLE);
    assertThat(c.test(PersonFacts.builder().actingForAnother(true).powerOfAttorney(false).build(), DAY)).isEqualTo(Outcome.NOT_ELIGIBLE);
    Verdict acting = c.evaluate(PersonFacts.builder().actingForAnother(true).build(), DAY);
    assertThat(acting.missingFacts()).containsExactly(Fact.POWER_OF_ATTORNEY);
    Verdict noPoa = c.evaluate(PersonFacts.builder().powerOfAttorney(false).build(), DAY);
    assertThat(noPoa.missingFacts()).containsExactly(Fact.ACTING_FOR_ANOTHER);
    Verdict nothing = c.evaluate(PersonFacts.empty(), DAY);
    assertThat(nothing.missingFacts()).containsExactlyInAnyOrder(Fact.ACTING_FOR_ANOTHER, Fact.POWER_OF_ATTORNEY);
  }

  @Test
  void toStringLeavesOutTheExplanations() {
    Verdict v = Criterion.all(Criterion.pregnant(), Criterion.coOccurringMentalIllness())
        .evaluate(PersonFacts.builder().pregnant(true).coOccurringMentalIllness(true).build(), DAY);
    assertThat(v.toString()).isEqualTo("Verdict[ELIGIBLE, reasons=2]");
    assertThat(v.reasons().get(0).toString()).doesNotContain("gravid").doesNotContain("pregnant ");
    assertThat(v.isEligible()).isTrue();
  }

  @Test
  void verdictsAreValidated() {
    Reason reason = new Reason(Criterion.homeless(), Outcome.UNKNOWN, no.rusomsorg.core.text.LocalizedText.of("x"));
    assertThatThrownBy(() -> new Verdict(Outcome.UNKNOWN, List.of(reason), Set.of())).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Verdict(Outcome.ELIGIBLE, List.of(), Set.of())).isInstanceOf(InvalidValueException.class);
    assertThatThrownBy(() -> new Verdict(Outcome.ELIGIBLE, List.of(reason), Set.of(Fact.HOMELESS))).isInstanceOf(InvalidValueException.class);
  }

  @Test
  void relevantFactsListWhatACriterionReads() {
    assertThat(StandardCriteria.targetGroup().relevantFacts())
        .containsExactly(Fact.BIRTH_DATE, Fact.MUNICIPALITY_RELATION, Fact.SUBSTANCE_PROBLEM, Fact.RELATIVE);
  }

  @Test
  void outcomeOperationsFollowKleenesTables() {
    Outcome e = Outcome.ELIGIBLE;
    Outcome n = Outcome.NOT_ELIGIBLE;
    Outcome u = Outcome.UNKNOWN;
    Outcome[][] and = {{e, n, u}, {n, n, n}, {u, n, u}};
    Outcome[][] or = {{e, e, e}, {e, n, u}, {e, u, u}};
    Outcome[] values = {e, n, u};
    for (int i = 0; i < 3; i++) {
      for (int j = 0; j < 3; j++) {
        assertThat(values[i].and(values[j])).isEqualTo(and[i][j]);
        assertThat(values[i].or(values[j])).isEqualTo(or[i][j]);
      }
    }
    assertThat(e.not()).isEqualTo(n);
    assertThat(n.not()).isEqualTo(e);
    assertThat(u.not()).isEqualTo(u);
  }
}
