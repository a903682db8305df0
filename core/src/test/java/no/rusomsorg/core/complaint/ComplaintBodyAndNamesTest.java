package no.rusomsorg.core.complaint;

import no.rusomsorg.core.Examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.authority.DateGens;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;
import org.quicktheories.generators.Generate;

/**
 * The right complaint body for each legal basis (issue 13): municipal decisions under no special act go
 * to the municipality's own appeal body, not the county governor; special acts naming the governor go
 * there; hol § 10-4 has no route; every text names the bodies as on the route's date; the patient ombud
 * is help, never a step; the Ombud step has its one-year deadline.
 */
class ComplaintBodyAndNamesTest {
  private static final ComplaintRoutes ROUTES = ComplaintRoutes.standard();
  private static final MunicipalityRef SANDNES = MunicipalityRef.of("Sandnes", County.ROGALAND);
  private static final LegalReference MUNICIPAL_DECISION = LegalReference.of(Act.FORVALTNINGSLOVEN, "28", 2);

  private static ComplaintRegime regimeOf(LegalReference... basis) {
    return ComplaintRegime.forLegalBasis(List.of(basis));
  }

  @Test
  void aMunicipalDecisionUnderNoSpecialActGoesToTheMunicipalitysOwnAppealBodyNotTheCountyGovernor() {
    ComplaintRegime regime = regimeOf(MUNICIPAL_DECISION);
    ComplaintRoute route = ROUTES.route(regime, SANDNES, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2));
    assertThat(route.steps()).extracting(s -> s.body().kind()).containsExactly(AuthorityKind.MUNICIPALITY,
        AuthorityKind.MUNICIPAL_APPEAL_BODY, AuthorityKind.PARLIAMENTARY_OMBUD);
    assertThat(route.appealStep().body().name()).isEqualTo(
        LocalizedText.of("kommunens klagenemnd", "klagenemnda i kommunen", "the municipality's complaints board"));
    assertThat(route.appealStep().description().nb()).contains("ikke oppgitt").contains("Klagen går ikke til Statsforvalteren");
    assertThat(route.appealStep().legalReferences()).contains(MUNICIPAL_DECISION);
    // three weeks from notice (fvl § 29): 2 March + 3 weeks = 23 March 2026 (a Monday)
    assertThat(route.steps().get(0).deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 3, 23));
    assertThat(route.steps().get(0).deadlineRule()).contains(DeadlineRule.FVL_COMPLAINT);
    // a municipality that names its appeal body gets that name, and no "not stated"
    MunicipalityRef named = MunicipalityRef.builder().name("Fjordby").county(County.ROGALAND)
        .appealBody(LocalizedText.of("Klagenemnda i Fjordby", "the Fjordby complaints board")).build();
    ComplaintRoute namedRoute = ROUTES.route(regime, named, LocalDate.of(2019, 5, 2));
    assertThat(namedRoute.appealStep().body().name().nb()).isEqualTo("Klagenemnda i Fjordby");
    assertThat(namedRoute.appealStep().description().nb()).doesNotContain("ikke oppgitt")
        .contains("Klagen går ikke til Fylkesmannen");
    assertThat(namedRoute.finalStep().description().nb()).contains("Klagenemnda i Fjordby");
  }

  @Test
  void specialActsThatNameTheCountyGovernorAndHealthServicesGoThere() {
    assertThat(regimeOf(LegalReference.of(Act.SOSIALTJENESTELOVEN, "27"))).isEqualTo(ComplaintRegime.FVL);
    assertThat(regimeOf(LegalReference.of(Act.BOLIGSOSIALLOVEN, "5"))).isEqualTo(ComplaintRegime.FVL);
    assertThat(Act.BOLIGSOSIALLOVEN.lovdataId()).isEqualTo("2022-12-20-121");
    assertThat(regimeOf(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-2"))).isEqualTo(ComplaintRegime.PBRL);
    assertThat(ComplaintRegime.FVL.statutoryPeriod()).contains(PeriodSpec.of(3, PeriodUnit.WEEKS));
    assertThat(ComplaintRegime.PBRL.statutoryPeriod()).contains(PeriodSpec.of(4, PeriodUnit.WEEKS));
    assertThat(ComplaintRegime.FVL_MUNICIPAL.statutoryPeriod()).contains(PeriodSpec.of(3, PeriodUnit.WEEKS));
    ComplaintRoute nav = ROUTES.route(ComplaintRegime.FVL, SANDNES, LocalDate.of(2026, 1, 5));
    assertThat(nav.appealStep().body().kind()).isEqualTo(AuthorityKind.COUNTY_GOVERNOR);
    // an act with no complaint regime is an explicit error, never a silent fallback
    assertThatThrownBy(() -> regimeOf(LegalReference.of(Act.HELSETILSYNSLOVEN, "1")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("legalBasis");
          assertThat(e.rule()).isEqualTo(Rule.REFERENCE);
        });
    // a municipal decision combined with a health basis points to two regimes: an error, not a priority
    assertThatThrownBy(() -> regimeOf(MUNICIPAL_DECISION, LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-2")))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
  }

  @Test
  void detentionOnOwnConsentIsNotRoutedToTheTribunalAndHasItsTwoHoldRules() {
    ComplaintRegime regime = regimeOf(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-4"));
    assertThat(regime).isEqualTo(ComplaintRegime.CONSENT_DETENTION);
    ComplaintRoute route = ROUTES.route(regime, MunicipalityRef.of("Søgne", County.VEST_AGDER), LocalDate.of(2019, 6, 3));
    assertThat(route.steps()).isEmpty();
    assertThat(route.timeLimits()).containsExactly(DeadlineRule.CONSENT_DETENTION_10_4, DeadlineRule.CONSENT_WITHDRAWN_10_4);
    assertThat(route.timeLimits()).allMatch(DeadlineRule::isMaximumDuration);
    String notes = String.join(" ", route.notes().stream().map(LocalizedText::nb).toList());
    assertThat(notes).contains("ingenting å klage inn for nemnda").contains("tre uker fra inntaket")
        .contains("høyst tre ganger").contains("ikke oppgitt").contains("Fylkesmannen").doesNotContain("Statsforvalter");
    assertThatThrownBy(route::appealStep).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
    // coercion proper: municipality → tribunal → court with two months, never the county governor
    ComplaintRoute coercion = ROUTES.route(regimeOf(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2")),
        SANDNES, LocalDate.of(2026, 1, 5), LocalDate.of(2026, 1, 5));
    assertThat(coercion.steps()).extracting(s -> s.body().kind()).containsExactly(AuthorityKind.MUNICIPALITY,
        AuthorityKind.COERCION_TRIBUNAL, AuthorityKind.DISTRICT_COURT);
    assertThat(coercion.steps().get(0).deadlineRule()).contains(DeadlineRule.COERCION_INTERIM_PROPOSAL);
    // two months from 5 January 2026 = 5 March 2026 (Thursday), the district court step
    assertThat(coercion.finalStep().deadline().orElseThrow().due()).isEqualTo(LocalDate.of(2026, 3, 5));
    assertThat(coercion.finalStep().legalReferences()).contains(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-7"));
    assertThat(coercion.timeLimits()).contains(DeadlineRule.COERCION_DECISION_LAPSE, DeadlineRule.COERCION_REVIEW_10_3);
  }

  @Test
  void theOmbudStepHasItsOneYearDeadlineAndComesOnlyAfterEveryAppeal() {
    ComplaintRoute route = ROUTES.route(ComplaintRegime.PBRL, SANDNES, LocalDate.of(2026, 1, 5));
    ComplaintStep ombud = route.finalStep();
    assertThat(ombud.deadlineRule()).contains(DeadlineRule.OMBUD_COMPLAINT);
    assertThat(DeadlineRule.OMBUD_COMPLAINT.period()).contains(PeriodSpec.of(1, PeriodUnit.YEARS));
    assertThat(DeadlineRule.OMBUD_COMPLAINT.extendsToWorkingDay()).isTrue();
    assertThat(ombud.description().nb()).contains("alle klagemuligheter er brukt").contains("ett år")
        .contains("Statsforvalteren i Rogaland");
    assertThat(ombud.unverified()).isFalse();
  }

  @Test
  void thePatientOmbudIsHelpAtEveryStepOfAHealthRouteAndNeverAStep() {
    for (ComplaintRegime regime : List.of(ComplaintRegime.PBRL, ComplaintRegime.SERVICE_COMPLAINT,
        ComplaintRegime.COERCION)) {
      ComplaintRoute route = ROUTES.route(regime, SANDNES, LocalDate.of(2026, 1, 5));
      assertThat(route.steps()).as(regime.name()).noneMatch(s -> s.body().kind() == AuthorityKind.PATIENT_AND_USER_OMBUD);
      assertThat(route.steps()).as(regime.name()).allMatch(s -> s.help().stream()
          .anyMatch(h -> h.body().map(b -> b.kind() == AuthorityKind.PATIENT_AND_USER_OMBUD).orElse(false)));
    }
  }

  @Test
  void aRouteIn2019SaysFylkesmannenAndSivilombudsmannenInEverySentence() {
    ComplaintRoute route = ROUTES.route(ComplaintRegime.PBRL, SANDNES, LocalDate.of(2019, 6, 3));
    String ombudText = route.finalStep().description().nb();
    assertThat(ombudText).contains("Fylkesmannen i Rogaland").contains("Sivilombudsmannen")
        .doesNotContainIgnoringCase("statsforvalter");
    ComplaintRoute coercion = ROUTES.route(ComplaintRegime.COERCION, SANDNES, LocalDate.of(2019, 6, 3));
    assertThat(coercion.steps().get(1).description().nb()).contains("Fylkesmannen").doesNotContainIgnoringCase("statsforvalter");
  }

  /** Every text of a route, with the name each lower-cased, in both languages. */
  private static List<String> texts(ComplaintRoute route) {
    List<String> all = new ArrayList<>();
    List<LocalizedText> lt = new ArrayList<>(route.notes());
    lt.add(route.regime().title());
    for (ComplaintStep s : route.steps()) {
      lt.add(s.description());
      lt.add(s.body().name());
      lt.add(s.body().shortName());
      s.help().forEach(h -> {
        lt.add(h.description());
        h.body().ifPresent(b -> lt.add(b.name()));
      });
    }
    for (LocalizedText t : lt) {
      all.add(t.nb().toLowerCase(Locale.ROOT));
      all.add(t.in(Language.EN).toLowerCase(Locale.ROOT));
    }
    return all;
  }

  @Test
  void everyTextOfEveryRouteNamesOnlyTheBodiesValidOnItsDate() {
    qt().withExamples(Examples.of(2000))
        .forAll(DateGens.between(LocalDate.of(2012, 1, 1), LocalDate.of(2030, 12, 31))
                .flatMap(date -> Generate.pick(County.existingOn(date)).map(county -> new Object[] {date, county})),
            Generate.enumValues(ComplaintRegime.class), Generate.booleans())
        .checkAssert((pair, regime, named) -> {
          LocalDate date = (LocalDate) pair[0];
          County county = (County) pair[1];
          no.rusomsorg.core.authority.ImmutableMunicipalityRef.Builder b = MunicipalityRef.builder().name("Testby").county(county);
          if (named) {
            b.appealBody(LocalizedText.of("Klagenemnda i Testby", "the Testby complaints board"));
          }
          ComplaintRoute route = ROUTES.route(regime, b.build(), date, date);
          boolean statsforvalter = !date.isBefore(LocalDate.of(2021, 1, 1));
          boolean sivilombudet = !date.isBefore(LocalDate.of(2021, 7, 1));
          boolean bhn = !date.isBefore(LocalDate.of(2023, 1, 1));
          for (String t : texts(route)) {
            assertThat(t).as(date + " " + regime).doesNotContain(statsforvalter ? "fylkesmann" : "statsforvalter");
            assertThat(t).as(date + " " + regime).doesNotContain(sivilombudet ? "sivilombudsmann" : "sivilombudet");
            assertThat(t).as(date + " " + regime).doesNotContain(bhn ? "fylkesnemnd" : "barneverns- og helsenemnd");
            assertThat(t).as(date + " " + regime).doesNotContain(bhn ? "county social welfare board"
                : "child welfare and health tribunal");
            if (sivilombudet) {
              assertThat(t).as(date + " " + regime).doesNotContain("ombudsman");
            } else {
              assertThat(t).as(date + " " + regime).doesNotContain(" ombudet ").doesNotContain("the ombud ");
            }
          }
        });
  }
}
