package no.rusomsorg.core.complaint;

import no.rusomsorg.core.Examples;

import no.rusomsorg.core.service.ImmutablePublishedComplaintInfo;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.authority.DateGens;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.authority.NoSuchAuthorityException;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

class ComplaintRoutesTest {
  private static final MunicipalityRef SANDNES = MunicipalityRef.of("Sandnes", County.ROGALAND);
  private final ComplaintRoutes routes = ComplaintRoutes.standard();
  private final Authorities authorities = Authorities.standard();

  @Test
  void pbrlRouteForSandnesIn2026() {
    ComplaintRoute route = routes.route(ComplaintRegime.PBRL, SANDNES, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 3, 12));
    assertThat(route.steps()).extracting(s -> s.body().name().nb())
        .containsExactly("Sandnes kommune", "Statsforvalteren i Rogaland", "Sivilombudet");
    assertThat(route.steps()).extracting(ComplaintStep::action)
        .containsExactly(StepAction.REASSESS, StepAction.DECIDE, StepAction.OMBUD_REVIEW);
    ComplaintStep first = route.steps().get(0);
    assertThat(first.channels()).containsExactly(Channel.WRITTEN);
    assertThat(first.deadlineRule()).contains(DeadlineRule.PBRL_COMPLAINT);
    Deadline deadline = first.deadline().orElseThrow();
    assertThat(deadline.start()).isEqualTo(LocalDate.of(2026, 3, 12));
    assertThat(deadline.unextendedDue()).isEqualTo(LocalDate.of(2026, 4, 9));
    assertThat(first.legalReferences()).contains(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-5"));
    assertThat(first.help()).anySatisfy(h -> {
      assertThat(h.body().orElseThrow().kind()).isEqualTo(AuthorityKind.PATIENT_AND_USER_OMBUD);
      assertThat(h.free()).isTrue();
    });
    assertThat(route.steps().get(1).submittedBy()).isEqualTo(Submitter.PREVIOUS_BODY);
    assertThat(route.appealStep().body().name().nb()).isEqualTo("Statsforvalteren i Rogaland");
    assertThat(route.unverified()).isFalse();
    assertThat(first.description().in(Language.EN)).contains("4 weeks");
  }

  @Test
  void fvlRouteUsesThreeWeeksFromNoticeAndTheOldNamesIn2019() {
    ComplaintRoute route = routes.route(ComplaintRegime.FVL, SANDNES, LocalDate.of(2019, 5, 2),
        LocalDate.of(2019, 5, 2));
    assertThat(route.steps()).extracting(s -> s.body().name().nb())
        .containsExactly("Sandnes kommune", "Fylkesmannen i Rogaland", "Sivilombudsmannen");
    Deadline d = route.steps().get(0).deadline().orElseThrow();
    assertThat(d.rule()).isEqualTo(DeadlineRule.FVL_COMPLAINT);
    // 2019-05-23 is a Thursday: no extension
    assertThat(d.due()).isEqualTo(LocalDate.of(2019, 5, 23));
    assertThat(route.steps().get(0).help()).allSatisfy(h -> assertThat(h.body().orElseThrow().kind())
        .isEqualTo(AuthorityKind.MUNICIPALITY));
  }

  @Test
  void serviceComplaintStartsWithTheLeaderOrallyOrInWriting() {
    ComplaintRoute route = routes.route(ComplaintRegime.SERVICE_COMPLAINT, SANDNES, LocalDate.of(2026, 1, 1));
    ComplaintStep leader = route.steps().get(0);
    assertThat(leader.action()).isEqualTo(StepAction.ASSESS_SERVICE);
    assertThat(leader.channels()).containsExactlyInAnyOrder(Channel.ORAL, Channel.WRITTEN);
    assertThat(leader.deadlineRule()).isEmpty();
    ComplaintStep governor = route.steps().get(1);
    assertThat(governor.action()).isEqualTo(StepAction.SUPERVISE);
    assertThat(governor.submittedBy()).isEqualTo(Submitter.PERSON);
    assertThat(governor.channels()).containsExactly(Channel.WRITTEN);
    assertThat(route.finalStep().body().kind()).isEqualTo(AuthorityKind.PARLIAMENTARY_OMBUD);
    // a deadline start is ignored where there is no deadline
    assertThat(routes.route(ComplaintRegime.SERVICE_COMPLAINT, SANDNES, LocalDate.of(2026, 1, 1),
        LocalDate.of(2026, 1, 1)).deadlineStart()).isEmpty();
  }

  @Test
  void coercionGoesToTheCourtNotTheCountyGovernor() {
    ComplaintRoute route = routes.route(ComplaintRegime.COERCION, SANDNES, LocalDate.of(2024, 3, 1));
    assertThat(route.steps()).extracting(s -> s.body().kind())
        .containsExactly(AuthorityKind.MUNICIPALITY, AuthorityKind.COERCION_TRIBUNAL, AuthorityKind.DISTRICT_COURT);
    assertThat(route.steps().get(1).body().name().nb()).isEqualTo("Barneverns- og helsenemnda i Rogaland");
    assertThat(route.stepAfterAppeal()).isEmpty();
    assertThatThrownBy(() -> routes.route(ComplaintRegime.COERCION, SANDNES, LocalDate.of(1992, 6, 1)))
        .isInstanceOfSatisfying(NoSuchAuthorityException.class,
            e -> assertThat(e.kind()).isEqualTo(AuthorityKind.COERCION_TRIBUNAL));
  }

  @Test
  void aMunicipalityOrCountyThatDidNotExistIsATypedError() {
    MunicipalityRef sogne = MunicipalityRef.builder().name("Søgne").county(County.VEST_AGDER)
        .validTo(LocalDate.of(2019, 12, 31)).build();
    assertThat(routes.route(ComplaintRegime.PBRL, sogne, LocalDate.of(2019, 12, 31)).appealStep().body().name().nb())
        .isEqualTo("Fylkesmannen i Agder");
    assertThatThrownBy(() -> routes.route(ComplaintRegime.PBRL, sogne, LocalDate.of(2020, 1, 1)))
        .isInstanceOf(NoSuchAuthorityException.class);
    assertThatThrownBy(() -> routes.route(ComplaintRegime.PBRL,
        MunicipalityRef.of("Kristiansand", County.VEST_AGDER), LocalDate.of(2021, 1, 1)))
        .isInstanceOfSatisfying(NoSuchAuthorityException.class,
            e -> assertThat(e.kind()).isEqualTo(AuthorityKind.COUNTY_GOVERNOR));
    assertThatNullPointerException().isThrownBy(() -> routes.route(ComplaintRegime.PBRL, SANDNES, null))
        .withMessage("date");
  }

  @Test
  void routesBeforeTheRulesCameIntoForceAreMarkedUnverified() {
    ComplaintRoute route = routes.route(ComplaintRegime.PBRL, SANDNES, LocalDate.of(2011, 12, 31));
    assertThat(route.unverified()).isTrue();
    assertThat(route.notes()).isNotEmpty();
    assertThat(routes.route(ComplaintRegime.PBRL, SANDNES, LocalDate.of(2012, 1, 1)).notes()).isEmpty();
  }

  @Test
  void regimeFollowsTheLegalBasis() {
    assertThat(ComplaintRegime.forLegalBasis(List.of(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-2"))))
        .isEqualTo(ComplaintRegime.PBRL);
    assertThat(ComplaintRegime.forLegalBasis(List.of(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "2-1 a"))))
        .isEqualTo(ComplaintRegime.PBRL);
    assertThat(ComplaintRegime.forLegalBasis(List.of(LegalReference.of(Act.SOSIALTJENESTELOVEN, "27"))))
        .isEqualTo(ComplaintRegime.FVL);
    assertThat(ComplaintRegime.forLegalBasis(List.of(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"),
        LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3")))).isEqualTo(ComplaintRegime.COERCION);
    assertThatThrownBy(() -> ComplaintRegime.forLegalBasis(List.of(
        LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-2"), LegalReference.of(Act.SOSIALTJENESTELOVEN, "27"))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
    assertThatThrownBy(() -> ComplaintRegime.forLegalBasis(List.of(LegalReference.of(Act.DOMSTOLLOVEN, "148"))))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.REFERENCE));
    assertThatThrownBy(() -> ComplaintRegime.forLegalBasis(List.of()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.REQUIRED));
  }

  @Test
  void statutoryPeriodsAgreeWithTheDeadlineCalculator() {
    DeadlineCalculator calc = DeadlineCalculator.standard();
    qt().withExamples(Examples.of(500)).forAll(DateGens.dates()).checkAssert(start -> {
      assertThat(calc.compute(ComplaintRegime.FVL.deadlineRule().orElseThrow(), start).unextendedDue())
          .isEqualTo(start.plusWeeks(3));
      assertThat(calc.compute(ComplaintRegime.PBRL.deadlineRule().orElseThrow(), start).unextendedDue())
          .isEqualTo(start.plusWeeks(4));
    });
  }

  @Test
  void everyRouteEndsAtTheOmbudOrTheCourtAndUsesOnlyNamesValidOnItsDate() {
    qt().withExamples(Examples.of(3000))
        .forAll(DateGens.dates().flatMap(date -> Generate.pick(County.existingOn(date))
                .map(county -> new Object[] {date, county})),
            Generate.enumValues(ComplaintRegime.class))
        .assuming((pair, regime) -> regime != ComplaintRegime.COERCION
            || !((LocalDate) pair[0]).isBefore(LocalDate.of(1993, 1, 1)))
        .checkAssert((pair, regime) -> {
          LocalDate date = (LocalDate) pair[0];
          County county = (County) pair[1];
          ComplaintRoute route = routes.route(regime, MunicipalityRef.of("Testby", county), date, date);
          if (!regime.hasSteps()) {
            assertThat(route.steps()).isEmpty();
            assertThat(route.notes()).isNotEmpty();
            return;
          }
          AuthorityKind last = regime == ComplaintRegime.COERCION
              ? AuthorityKind.DISTRICT_COURT : AuthorityKind.PARLIAMENTARY_OMBUD;
          assertThat(route.finalStep().body().kind()).isEqualTo(last);
          assertThat(route.steps()).noneMatch(s -> (regime == ComplaintRegime.COERCION
              || regime == ComplaintRegime.FVL_MUNICIPAL) && s.body().kind() == AuthorityKind.COUNTY_GOVERNOR);
          for (ComplaintStep step : route.steps()) {
            assertThat(step.body().isValidOn(date)).isTrue();
            step.help().forEach(h -> h.body().ifPresent(b -> assertThat(b.isValidOn(date)).isTrue()));
          }
          Authority ombudOrCourt = route.finalStep().body();
          if (regime == ComplaintRegime.COERCION) {
            assertThat(route.steps().get(1).body().name().nb()).startsWith(date.isBefore(LocalDate.of(2023, 1, 1))
                ? "Fylkesnemnda for barnevern og sosiale saker" : "Barneverns- og helsenemnda");
          } else {
            assertThat(ombudOrCourt.name().nb())
                .isEqualTo(date.isBefore(LocalDate.of(2021, 7, 1)) ? "Sivilombudsmannen" : "Sivilombudet");
            if (regime == ComplaintRegime.FVL_MUNICIPAL) {
              assertThat(route.appealStep().body().kind()).isEqualTo(AuthorityKind.MUNICIPAL_APPEAL_BODY);
            } else {
              assertThat(route.appealStep().body().name().nb())
                  .startsWith(date.isBefore(LocalDate.of(2021, 1, 1)) ? "Fylkesmannen i " : "Statsforvalteren i ");
              assertThat(route.appealStep().body()).isEqualTo(authorities.countyGovernor(county, date).orElseThrow());
            }
          }
          regime.deadlineRule().ifPresent(rule -> {
            Deadline d = route.steps().stream().flatMap(st -> st.deadline().stream()).findFirst().orElseThrow();
            assertThat(d.rule()).isEqualTo(rule);
            assertThat(d.start()).isEqualTo(date);
          });
        });
  }

  /** Published information about a decision complaint, from source "s". */
  private static ImmutablePublishedComplaintInfo.Builder published() {
    return PublishedComplaintInfo.builder().subject(ComplaintSubject.DECISION).sourceId("s");
  }

  @Test
  void standardDescriptionPublishesThreeWeeksAndFylkesmannenWhichDifferForPbrlIn2026() {
    PublishedComplaintInfo published = published()
        .deadline(PeriodSpec.of(3, PeriodUnit.WEEKS))
        .body("Fylkesmannen")
        .build();
    List<ComplaintDiscrepancy> found = routes.compare(published, ComplaintRegime.PBRL, SANDNES, LocalDate.of(2026, 1, 1));
    assertThat(found).extracting(ComplaintDiscrepancy::kind)
        .containsExactly(DiscrepancyKind.DEADLINE_DIFFERS, DiscrepancyKind.BODY_NAME_OUTDATED);
    ComplaintDiscrepancy deadline = found.get(0);
    assertThat(deadline.published()).isEqualTo(PeriodSpec.of(3, PeriodUnit.WEEKS).text(Language.NB));
    assertThat(deadline.statutory()).isEqualTo(PeriodSpec.of(4, PeriodUnit.WEEKS).text(Language.NB));
    assertThat(deadline.legalReference()).contains(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-5"));
    ComplaintDiscrepancy body = found.get(1);
    assertThat(body.published()).isEqualTo("Fylkesmannen");
    assertThat(body.statutory()).isEqualTo("Statsforvalteren i Rogaland");
    assertThat(body.explanation().en()).isPresent();
    // the same text for an FVL decision in 2019 agrees with the statute
    assertThat(routes.compare(published, ComplaintRegime.FVL, SANDNES, LocalDate.of(2019, 6, 1))).isEmpty();
  }

  @Test
  void sandnesPublishedRouteIsOutdatedOnlyInItsNames() {
    PublishedComplaintInfo sandnes = published()
        .body("Fylkesmannen i Rogaland").nextBody("Sivilombudsmannen").build();
    assertThat(routes.compare(sandnes, ComplaintRegime.PBRL, SANDNES, LocalDate.of(2020, 12, 31))).isEmpty();
    assertThat(routes.compare(sandnes, ComplaintRegime.PBRL, SANDNES, LocalDate.of(2021, 1, 1)))
        .extracting(ComplaintDiscrepancy::kind).containsExactly(DiscrepancyKind.BODY_NAME_OUTDATED);
    assertThat(routes.compare(sandnes, ComplaintRegime.PBRL, SANDNES, LocalDate.of(2021, 7, 1)))
        .extracting(ComplaintDiscrepancy::kind)
        .containsExactly(DiscrepancyKind.BODY_NAME_OUTDATED, DiscrepancyKind.OMBUD_NAME_OUTDATED);
  }

  @Test
  void otherBodiesUnknownNamesAndCoercionAreReported() {
    LocalDate d = LocalDate.of(2026, 1, 1);
    assertThat(routes.compare(published().body("Statsforvalteren i Agder").build(),
        ComplaintRegime.PBRL, SANDNES, d)).extracting(ComplaintDiscrepancy::kind)
        .containsExactly(DiscrepancyKind.BODY_DIFFERS);
    assertThat(routes.compare(published().body("Helsedirektoratet").build(),
        ComplaintRegime.PBRL, SANDNES, d)).extracting(ComplaintDiscrepancy::kind)
        .containsExactly(DiscrepancyKind.BODY_UNKNOWN);
    assertThat(routes.compare(published().body("Statsforvalteren i Rogaland")
        .nextBody("Sivilombudet").deadline(PeriodSpec.of(28, PeriodUnit.DAYS)).build(),
        ComplaintRegime.PBRL, SANDNES, d)).isEmpty();
    assertThat(routes.compare(published().body("Statsforvalteren i Rogaland")
        .nextBody("Sivilombudet").deadline(PeriodSpec.of(1, PeriodUnit.MONTHS)).build(),
        ComplaintRegime.PBRL, SANDNES, d)).extracting(ComplaintDiscrepancy::kind)
        .containsExactly(DiscrepancyKind.DEADLINE_DIFFERS);
    assertThat(routes.compare(published().body("Statsforvalteren i Rogaland")
        .nextBody("Sivilombudet").deadline(PeriodSpec.of(3, PeriodUnit.WEEKS)).build(),
        ComplaintRegime.COERCION, SANDNES, d)).extracting(ComplaintDiscrepancy::kind)
        .containsExactly(DiscrepancyKind.DEADLINE_DIFFERS, DiscrepancyKind.BODY_DIFFERS,
            DiscrepancyKind.NEXT_BODY_DIFFERS);
    assertThat(routes.compare(published().body("Fylkesmannen i Rogaland").nextBody("Sivilombudet").build(),
        ComplaintRegime.FVL, SANDNES, LocalDate.of(2020, 1, 1))).extracting(ComplaintDiscrepancy::kind)
        .containsExactly(DiscrepancyKind.OMBUD_NAME_NOT_YET_VALID);
    MunicipalityRef kristiansand = MunicipalityRef.of("Kristiansand", County.AGDER);
    assertThat(routes.compare(published().body("Fylkesmannen i Vest-Agder").build(),
        ComplaintRegime.FVL, kristiansand, d)).extracting(ComplaintDiscrepancy::kind)
        .containsExactly(DiscrepancyKind.BODY_NAME_OUTDATED);
  }

  @Test
  void publishedNamesFromAnyDateAreClassifiedConsistently() {
    List<String> texts = List.of("Fylkesmannen", "Statsforvalteren", "Fylkesmannen i Rogaland",
        "Statsforvalteren i Rogaland", "Sivilombudsmannen", "Sivilombudet");
    qt().withExamples(Examples.of(1000))
        .forAll(Generate.pick(texts), Generate.pick(texts), DateGens.between(LocalDate.of(2012, 1, 1),
            LocalDate.of(2040, 12, 31)))
        .checkAssert((body, next, date) -> {
          List<ComplaintDiscrepancy> found = routes.compare(
              published().body(body).nextBody(next).build(),
              ComplaintRegime.FVL, SANDNES, date);
          boolean governorOk = body.startsWith(date.isBefore(LocalDate.of(2021, 1, 1)) ? "Fylkesmannen" : "Statsforvalteren");
          boolean bodyIsGovernor = !body.startsWith("Sivil");
          boolean ombudOk = next.equals(date.isBefore(LocalDate.of(2021, 7, 1)) ? "Sivilombudsmannen" : "Sivilombudet");
          boolean nextIsOmbud = next.startsWith("Sivil");
          assertThat(found.stream().anyMatch(f -> f.kind().name().startsWith("BODY")))
              .isEqualTo(!(governorOk && bodyIsGovernor));
          assertThat(found.stream().anyMatch(f -> f.kind().name().startsWith("OMBUD")
              || f.kind().name().startsWith("NEXT"))).isEqualTo(!(ombudOk && nextIsOmbud));
          if (bodyIsGovernor && !governorOk) {
            assertThat(found).anyMatch(f -> f.kind() == (date.isBefore(LocalDate.of(2021, 1, 1))
                ? DiscrepancyKind.BODY_NAME_NOT_YET_VALID : DiscrepancyKind.BODY_NAME_OUTDATED));
          }
        });
  }
}
