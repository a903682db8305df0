package no.rusomsorg.core.pathway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.Generate.enumValues;
import static org.quicktheories.generators.Generate.range;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.rusomsorg.core.CatalogGenerators;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.calendar.EdgeDates;
import no.rusomsorg.core.calendar.NorwegianCalendar;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.json.RusomsorgJson;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties of the triage over every situation and generated dates in 1950–2199 (edge-heavy). */
class TriagePropertiesTest {
  private static final LocalDate FIRST = LocalDate.of(EdgeDates.FROM_YEAR, 1, 1);
  private final Triage triage = Triage.standard();
  private final NationalPathway national = NationalPathway.standard();
  private final DeadlineCalculator calc = DeadlineCalculator.standard();
  private final NorwegianCalendar cal = NorwegianCalendar.standard();

  /** How many days before the question the referral arrived; empty for no referral. */
  private static Gen<Optional<Integer>> referralAges() {
    return CatalogGenerators.optional(Generate.frequency(
        org.quicktheories.api.Pair.of(3, Generate.constant(0)),
        org.quicktheories.api.Pair.of(2, range(1, 30))));
  }

  private static TriageRequest request(Situation s, LocalDate date, Optional<Integer> age) {
    ImmutableTriageRequest.Builder b = TriageRequest.builder().situation(s).date(date);
    age.map(a -> date.minusDays(a)).map(r -> r.isBefore(FIRST) ? FIRST : r).ifPresent(b::referralReceived);
    return b.build();
  }

  @Test
  void stepsAreNonEmptyOrderedCitedAndCarryOnlyTheStatutoryAssessmentDeadline() {
    qt().withExamples(1000).forAll(enumValues(Situation.class), EdgeDates.dates(), referralAges())
        .checkAssert((situation, date, age) -> {
          TriageRequest req = request(situation, date, age);
          List<Step> steps = triage.nextSteps(req);
          assertThat(steps).isNotEmpty();
          for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            assertThat(step.order()).as("numbered 1..n in order").isEqualTo(i + 1);
            assertThat(step.legalReference().isPresent() || step.sourceId().isPresent())
                .as("step %s cites something", step.id()).isTrue();
            step.sourceId().ifPresent(id -> assertThat(national.source(id)).as("source %s exists", id).isPresent());
            assertThat(national.guidance(step.id())).as("made from national guidance").isPresent();
            assertThat(step.action().en()).as("English text").isPresent();
            step.deadline().ifPresent(d -> {
              assertThat(d).isEqualTo(calc.compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, req.referralReceived().get()));
              assertThat(cal.isWorkingDay(d.due())).isTrue();
              assertThat(d.due()).isAfter(d.start());
              assertThat(step.legalReference()).isEqualTo(DeadlineRule.TSB_REFERRAL_ASSESSMENT.legalReference());
            });
          }
          assertThat(steps.stream().map(Step::id).distinct().count()).as("no step twice").isEqualTo(steps.size());
          List<Deadline> deadlines = steps.stream().flatMap(s -> s.deadline().stream()).collect(Collectors.toList());
          assertThat(deadlines).hasSize(situation == Situation.SEVERE && req.referralReceived().isPresent() ? 1 : 0);
          if (situation == Situation.LIFE_IN_DANGER) {
            Contact first = steps.get(0).contact();
            assertThat(first.phone()).hasValueSatisfying(p -> {
              assertThat(p.value()).isEqualTo("113");
              assertThat(p.shortNumber()).isTrue();
            });
            assertThat(first.available24x7()).isTrue();
          }
          if (situation == Situation.ACUTE_NEED) {
            assertThat(steps.get(0).contact().phone()).hasValueSatisfying(p -> assertThat(p.value()).isEqualTo("116117"));
          }
        });
  }

  @Test
  void withoutAReferralTheAnswerDoesNotDependOnTheDate() {
    qt().withExamples(500).forAll(enumValues(Situation.class), EdgeDates.dates(), EdgeDates.dates())
        .checkAssert((s, a, b) -> assertThat(triage.nextSteps(s, a)).isEqualTo(triage.nextSteps(s, b)));
  }

  @Test
  void aMunicipalContactReplacesExactlyTheMunicipalContactsAndNothingElse() {
    qt().withExamples(500).forAll(enumValues(Situation.class), EdgeDates.dates(), CatalogGenerators.contactPoints())
        .checkAssert((s, date, cp) -> {
          Contact own = Contact.from(cp);
          List<Step> plain = triage.nextSteps(s, date);
          List<Step> personal = triage.nextSteps(TriageRequest.builder().situation(s).date(date)
              .municipalContact(own).build());
          assertThat(personal).hasSameSizeAs(plain);
          for (int i = 0; i < plain.size(); i++) {
            Step p = plain.get(i);
            Step q = personal.get(i);
            boolean municipal = national.guidance(p.id()).orElseThrow().municipal();
            assertThat(q.contact()).isEqualTo(municipal ? own : p.contact());
            assertThat(ImmutableStep.copyOf(q).withContact(p.contact())).isEqualTo(p);
          }
          assertThat(own.contactPointId()).contains(cp.id());
          assertThat(own.name()).isEqualTo(cp.label());
          assertThat(own.phone()).isEqualTo(cp.phones().stream().findFirst());
        });
  }

  @Test
  void everyStepRoundTripsThroughJson() {
    RusomsorgJson json = RusomsorgJson.strict();
    qt().withExamples(300).forAll(enumValues(Situation.class), EdgeDates.dates(), referralAges(),
        CatalogGenerators.optional(CatalogGenerators.contactPoints()))
        .checkAssert((s, date, age, cp) -> {
          TriageRequest req = ImmutableTriageRequest.copyOf(request(s, date, age))
              .withMunicipalContact(cp.map(Contact::from));
          for (Step step : triage.nextSteps(req)) {
            assertThat(json.read(json.write(step), Step.class)).isEqualTo(step);
            assertThat(json.read(json.write(step.contact()), Contact.class)).isEqualTo(step.contact());
          }
        });
  }

  @Test
  void aReferralAfterTheDateOfTheQuestionIsRejected() {
    qt().withExamples(300).forAll(EdgeDates.dates(), range(1, 400)).checkAssert((date, later) ->
        assertThatThrownBy(() -> TriageRequest.builder().situation(Situation.SEVERE).date(date)
            .referralReceived(date.plusDays(later)).build())
            .isInstanceOfSatisfying(InvalidValueException.class, e -> {
              assertThat(e.field()).isEqualTo("referralReceived");
              assertThat(e.rule()).isEqualTo(Rule.ORDER);
            }));
  }
}
