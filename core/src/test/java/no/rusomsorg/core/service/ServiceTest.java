package no.rusomsorg.core.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Collectors;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ServiceTest {

  private static void rejects(ThrowingCallable build, String field, Rule rule) {
    assertThatThrownBy(build).isInstanceOfSatisfying(InvalidValueException.class, e -> {
      assertThat(e.field()).isEqualTo(field);
      assertThat(e.rule()).isEqualTo(rule);
    });
  }

  private static ImmutableService.Builder minimal() {
    return minimal("x.service", AccessMode.REFERRAL_REQUIRED);
  }

  private static ImmutableService.Builder minimal(String id, AccessMode mode) {
    return Service.builder().id(id).kind(ServiceKind.LAR).name(LocalizedText.of("LAR"))
        .accessMode(mode).cost(Cost.ofFree()).verifiedOn(LocalDate.of(2025, 1, 1));
  }

  /** Issue 13, ADR 0011: the outcome is about the target group; the access mode says who decides. */
  @Test
  void theAnswerSaysWhoDecides() {
    no.rusomsorg.core.eligibility.Outcome yes = no.rusomsorg.core.eligibility.Outcome.ELIGIBLE;
    LocalizedText decision = minimal("x", AccessMode.APPLICATION_AND_DECISION).build().answer(yes);
    assertThat(decision.nb()).isEqualTo("i målgruppen – du kan søke; kommunen avgjør");
    assertThat(decision.in(no.rusomsorg.core.text.Language.EN)).isEqualTo("in the target group – you may apply; the municipality decides");
    assertThat(minimal("x", AccessMode.REQUISITION_BY_AGENCY).requisitionedBy("NAV Sandnes").build().answer(yes).nb())
        .isEqualTo("i målgruppen – NAV Sandnes rekvirerer plass og avgjør");
    for (AccessMode m : AccessMode.values()) {
      ImmutableService.Builder b = minimal("x", m);
      if (m == AccessMode.REQUISITION_BY_AGENCY) {
        b.requisitionedBy("NAV");
      }
      Service s = b.build();
      for (no.rusomsorg.core.eligibility.Outcome o : no.rusomsorg.core.eligibility.Outcome.values()) {
        assertThat(s.answer(o).nb()).as(m + " " + o).doesNotContain("kan få tjenesten");
      }
      assertThat(m.needsDecision()).isEqualTo(m == AccessMode.APPLICATION_AND_DECISION || m == AccessMode.REQUISITION_BY_AGENCY);
    }
    assertThat(minimal("x", AccessMode.NOT_STATED).build().answer(yes).nb()).contains("kilden sier ikke hvordan");
    assertThat(minimal("x", AccessMode.DROP_IN).build().answer(no.rusomsorg.core.eligibility.Outcome.NOT_ELIGIBLE).nb())
        .isEqualTo("utenfor målgruppen kilden beskriver");
    // an unknown verdict: missing facts, or a condition the service assesses
    Service s = minimal("x", AccessMode.DROP_IN).build();
    assertThat(s.answer(no.rusomsorg.core.eligibility.Criterion.pregnant()
        .evaluate(no.rusomsorg.core.eligibility.PersonFacts.empty(), LocalDate.of(2026, 1, 1))).nb())
        .isEqualTo("avhenger av opplysninger som mangler");
    assertThat(s.answer(no.rusomsorg.core.eligibility.Criterion.notStated("x-source")
        .evaluate(no.rusomsorg.core.eligibility.PersonFacts.empty(), LocalDate.of(2026, 1, 1))).nb())
        .contains("overlater det til tjenesten");
  }

  @Test
  void aMinimalServiceHasEmptyCollectionsAndNoOptionalValues() {
    Service s = minimal().build();
    assertThat(s.targetGroups()).isEmpty();
    assertThat(s.legalBasis()).isEmpty();
    assertThat(s.unitIds()).isEmpty();
    assertThat(s.validity()).isEmpty();
    assertThat(s.applicationBeforeContact()).isFalse();
    assertThat(s.offeredOn(LocalDate.of(1990, 1, 1))).isTrue();
    assertThat(s).hasToString("Service{x.service, LAR, LAR}");
  }

  @Test
  void theRequisitioningAgencyIsNamedExactlyForRequisitionedServices() {
    rejects(() -> minimal("x", AccessMode.REQUISITION_BY_AGENCY).build(), "requisitionedBy", Rule.REQUIRED);
    rejects(() -> minimal().requisitionedBy("NAV Sandnes").build(), "requisitionedBy", Rule.CONSISTENCY);
    rejects(() -> minimal("x", AccessMode.REQUISITION_BY_AGENCY).requisitionedBy(" ").build(), "requisitionedBy", Rule.NOT_BLANK);
    assertThat(minimal("x", AccessMode.REQUISITION_BY_AGENCY).requisitionedBy("NAV Sandnes").build().requisitionedBy())
        .hasValue("NAV Sandnes");
  }

  @Test
  void idsAreStableIdsAndNotRepeated() {
    rejects(() -> minimal("Sandnes LAR", AccessMode.DROP_IN).build(), "id", Rule.FORMAT);
    rejects(() -> minimal(" ", AccessMode.DROP_IN).build(), "id", Rule.NOT_BLANK);
    rejects(() -> minimal().addUnitIds("a", "a").build(), "unitIds[1]", Rule.UNIQUE);
    rejects(() -> minimal().addUnitIds("a", "B").build(), "unitIds[1]", Rule.FORMAT);
    rejects(() -> minimal().addSourceIds("s", "s").build(), "sourceIds[1]", Rule.UNIQUE);
  }

  @Test
  void aServiceNeedsABokmalName() {
    rejects(() -> minimal().name(LocalizedText.builder().nb("").en("LAR").build()).build(), "nb", Rule.NOT_BLANK);
    assertThatThrownBy(() -> RusomsorgJson.strict().read("{\"id\":\"x\",\"kind\":\"LAR\",\"name\":{\"en\":\"LAR\"},"
        + "\"accessMode\":\"DROP_IN\",\"cost\":{\"free\":true},\"verifiedOn\":\"2025-01-01\"}", Service.class))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.rule()).isEqualTo(Rule.REQUIRED);
          assertThat(e.field()).isEqualTo("$.name.nb");
        });
  }

  @Test
  void oneComplaintRoutePerSubject() {
    PublishedComplaintInfo decision = PublishedComplaintInfo.builder().subject(ComplaintSubject.DECISION)
        .deadline(PeriodSpec.of(3, PeriodUnit.WEEKS)).body("Fylkesmannen").sourceId("standard").build();
    rejects(() -> minimal().addComplaintInfo(decision, decision).build(), "complaintInfo[1].subject", Rule.UNIQUE);
    Service s = minimal().addComplaintInfo(decision).build();
    assertThat(s.complaintInfo(ComplaintSubject.DECISION).flatMap(PublishedComplaintInfo::deadline))
        .hasValue(PeriodSpec.of(3, PeriodUnit.WEEKS));
    assertThat(s.complaintInfo(ComplaintSubject.SERVICE_QUALITY)).isEmpty();
  }

  @Test
  void publishedComplaintInfoRules() {
    rejects(() -> PublishedComplaintInfo.builder().subject(ComplaintSubject.DECISION).body(" ").sourceId("s").build(), "body", Rule.NOT_BLANK);
    rejects(() -> PublishedComplaintInfo.builder().subject(ComplaintSubject.DECISION).body("b").sourceId("S S").build(), "sourceId", Rule.FORMAT);
    rejects(() -> PublishedComplaintInfo.builder().subject(ComplaintSubject.DECISION).body("b").build(), "sourceId", Rule.REQUIRED);
  }

  @Test
  void validityLimitsWhenTheServiceIsOffered() {
    Service s = minimal().validity(Validity.of(LocalDate.of(2015, 1, 1), LocalDate.of(2019, 12, 31))).build();
    assertThat(s.offeredOn(LocalDate.of(2019, 12, 31))).isTrue();
    assertThat(s.offeredOn(LocalDate.of(2020, 1, 1))).isFalse();
  }

  @Test
  void costRules() {
    assertThat(Cost.ofFree().kind()).isEqualTo(Cost.Kind.FREE);
    rejects(() -> Cost.builder().free(false).build(), "description", Rule.REQUIRED);
    assertThat(Cost.notStated().kind()).isEqualTo(Cost.Kind.NOT_STATED);
    assertThat(Cost.notStated(LocalizedText.of("Spør kommunen")).kind()).isEqualTo(Cost.Kind.NOT_STATED);
    assertThat(Cost.notStated(LocalizedText.of("Spør kommunen")).description()).hasValue(LocalizedText.of("Spør kommunen"));
    assertThat(Cost.fee(LocalizedText.of("Husleie")).kind()).isEqualTo(Cost.Kind.FEE);
    // not stated is written without "free" and read back from an empty object or a note alone
    RusomsorgJson json = RusomsorgJson.strict();
    assertThat(json.write(Cost.notStated())).doesNotContain("free");
    assertThat(json.read("{}", Cost.class)).isEqualTo(Cost.notStated());
    assertThat(json.read("{\"description\": {\"nb\": \"Spør kommunen\"}}", Cost.class))
        .isEqualTo(Cost.notStated(LocalizedText.of("Spør kommunen")));
    assertThat(json.read("{\"free\": true}", Cost.class).kind()).isEqualTo(Cost.Kind.FREE);
    assertThat(Cost.fee(LocalizedText.of("Husleie")).description()).hasValue(LocalizedText.of("Husleie"));
  }

  @Test
  void responsePromiseRules() {
    RusomsorgJson json = RusomsorgJson.strict();
    String promise = "{\"what\": {\"nb\": \"Svar\"}, \"kind\": \"TIME_TO_RESPONSE\", \"unit\": \"WORKING_DAYS\", ";
    rejects(() -> json.read(promise + "\"min\": 3, \"max\": 2}", ResponsePromise.class), "$.max", Rule.ORDER);
    rejects(() -> json.read(promise + "\"min\": -1, \"max\": 2}", ResponsePromise.class), "$.min", Rule.RANGE);
    rejects(() -> json.read(promise + "\"max\": 2}", ResponsePromise.class), "$.min", Rule.REQUIRED);
    rejects(() -> json.read(promise + "\"min\": 0, \"max\": " + (PeriodSpec.MAX_AMOUNT + 1) + "}", ResponsePromise.class),
        "$.max", Rule.RANGE);
    rejects(() -> json.read(promise + "\"min\": 0, \"max\": 1, \"indicative\": null}", ResponsePromise.class),
        "$.indicative", Rule.REQUIRED);
    ResponsePromise read = json.read(promise + "\"min\": 2, \"max\": 3, \"indicative\": true}", ResponsePromise.class);
    assertThat(read.period()).isEqualTo(PeriodSpec.range(2, 3, PeriodUnit.WORKING_DAYS));
    JsonMapper trees = JsonMapper.builder().build();
    assertThat(trees.readTree(json.write(read))).isEqualTo(trees.readTree(promise + "\"min\": 2, \"max\": 3, \"indicative\": true}"));
    assertThat(json.write(read).replaceAll("\\s", "")).startsWith("{\"what\":{\"nb\":\"Svar\"},\"kind\":\"TIME_TO_RESPONSE\",\"min\":2,\"max\":3,");
    ResponsePromise sameDay = ResponsePromise.builder().what(LocalizedText.of("Samtale")).kind(PromiseKind.TIME_TO_RESPONSE)
        .period(PeriodSpec.of(0, PeriodUnit.DAYS)).build();
    assertThat(json.write(sameDay).replaceAll("\\s", "")).contains("\"min\":0,\"max\":0,\"unit\":\"DAYS\"");
    assertThat(SandnesFixture.musicTherapy().responsePromises().get(0).period()).isEqualTo(PeriodSpec.of(3, PeriodUnit.MONTHS));
  }

  @Test
  void publishedDeadlinesAndCallbacksAreAtLeastOne() {
    rejects(() -> PublishedComplaintInfo.builder().subject(ComplaintSubject.DECISION).body("b").sourceId("s")
        .deadline(PeriodSpec.of(0, PeriodUnit.WEEKS)).build(), "deadline.amount", Rule.RANGE);
    rejects(() -> no.rusomsorg.core.contact.Fallback.builder().text(LocalizedText.of("x"))
        .callbackWithin(PeriodSpec.of(0, PeriodUnit.DAYS)).build(), "callbackWithin.amount", Rule.RANGE);
    rejects(() -> PeriodSpec.of(PeriodSpec.MAX_AMOUNT + 1, PeriodUnit.DAYS), "amount", Rule.RANGE);
    assertThat(PeriodSpec.of(3, PeriodUnit.WEEKS)).hasToString("3 weeks");
  }

  @Test
  void everyKindHasDistinctNorwegianAndEnglishLabelsAndACategory() {
    Set<String> nb = new HashSet<>();
    Set<String> en = new HashSet<>();
    for (ServiceKind k : ServiceKind.values()) {
      assertThat(k.label().en()).as(k.name()).isPresent();
      assertThat(nb.add(k.label(Language.NB))).as("unique nb label of " + k).isTrue();
      assertThat(en.add(k.label(Language.EN))).as("unique en label of " + k).isTrue();
      assertThat(k.category()).isNotNull();
    }
    for (ServiceCategory c : ServiceCategory.values()) {
      assertThat(Arrays.stream(ServiceKind.values()).anyMatch(k -> k.category() == c)).as("kinds in " + c).isTrue();
    }
    for (Enum<?>[] values : new Enum<?>[][] {AccessMode.values(), TargetGroup.values(), PeriodUnit.values()}) {
      assertThat(values).isNotEmpty();
    }
    assertThat(Arrays.stream(TargetGroup.values()).map(g -> g.label().en().orElseThrow()).collect(Collectors.toSet()))
        .hasSize(TargetGroup.values().length);
    assertThat(AccessMode.DROP_IN.label().nb()).isNotBlank();
  }

  @Test
  void theTaxonomyCoversEveryServiceNamedInTheSources() {
    // one kind per service the five source documents name; a missing constant fails to compile
    ServiceKind[] named = {
        ServiceKind.COUNSELLOR_FOLLOW_UP, ServiceKind.ASSESSMENT, ServiceKind.PSYCHOLOGIST, ServiceKind.MUSIC_THERAPY,
        ServiceKind.TRAINING_GROUP, ServiceKind.NETWORK_MEETING, ServiceKind.LAR, ServiceKind.EMERGENCY_HOUSING,
        ServiceKind.FACT_TEAM, ServiceKind.COORDINATION_AND_INDIVIDUAL_PLAN, ServiceKind.REFERRAL_TO_SPECIALIST_TREATMENT,
        ServiceKind.HOUSING, ServiceKind.PREGNANCY_FOLLOW_UP, ServiceKind.COERCION, ServiceKind.CANNABIS_CESSATION,
        ServiceKind.GAMBLING_ADDICTION, ServiceKind.DAY_ACTIVITY, ServiceKind.SUPPORT_CONTACT, ServiceKind.OUTREACH,
        ServiceKind.STREET_HEALTH_CARE, ServiceKind.RELATIVES_CENTRE, ServiceKind.RELATIVE_SUPPORT,
        ServiceKind.DETOXIFICATION, ServiceKind.LONG_TERM_INSTITUTION, ServiceKind.FAMILY_TREATMENT_INSTITUTION,
        ServiceKind.HEALTHY_LIVING_CENTRE, ServiceKind.SELF_HELP_GROUP, ServiceKind.ADVICE_AND_GUIDANCE,
        ServiceKind.MOTIVATIONAL_TALKS, ServiceKind.SUPPORTIVE_TALKS, ServiceKind.PRACTICAL_HELP, ServiceKind.VOLUNTARY_SECTOR,
        ServiceKind.ACTIVITY_CENTRE, ServiceKind.ALCOHOL_LICENSING, ServiceKind.EMERGENCY_NUMBER,
        ServiceKind.OUT_OF_HOURS_MEDICAL, ServiceKind.INDIVIDUAL_TALKS, ServiceKind.AMBULANT_FOLLOW_UP,
        ServiceKind.FAMILY_AND_NETWORK_TALKS, ServiceKind.INTERAGENCY_COOPERATION, ServiceKind.HOUSING_SOCIAL_WORK,
        ServiceKind.SPECIALIST_TREATMENT, ServiceKind.CARE_INSTITUTION, ServiceKind.DAY_TREATMENT, ServiceKind.OUTPATIENT_CLINIC,
        ServiceKind.GP_FOLLOW_UP, ServiceKind.LEISURE_AND_WORK, ServiceKind.HELPLINE};
    assertThat(new HashSet<>(Arrays.asList(named))).containsExactlyInAnyOrder(ServiceKind.values());
  }
}
