package no.rusomsorg.core.complaint.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;
import org.junit.jupiter.api.Test;

/** Help to complain: examples for every regime, the letter skeleton, bad input and the wire format. */
class ComplaintGuidesTest {
  private static final Catalog SANDNES = SandnesFixture.catalog();
  private final ComplaintGuides guides = ComplaintGuides.standard();

  private static LocalDate d(String s) {
    return LocalDate.parse(s);
  }

  private ComplaintGuide guide(Service s, ComplaintGuideRequest r) {
    return guides.guide(SANDNES, s, r);
  }

  private static ImmutableComplaintGuideRequest.Builder on(String day) {
    return ComplaintGuideRequest.builder().on(d(day));
  }

  @Test
  void aHealthDecisionGoesToTheMunicipalityWithinFourWeeksFromKnowledge() {
    ComplaintGuide g = guide(SandnesFixture.counsellorFollowUp(),
        on("2026-03-20").decided(d("2026-03-10")).learnt(d("2026-03-12")).build());
    assertThat(g.regime()).isEqualTo(ComplaintRegime.PBRL);
    assertThat(g.regimeFromLegalBasis()).isTrue();
    Addressee to = g.addressee().orElseThrow();
    assertThat(to.bodyName().nb()).isEqualTo("Sandnes kommune");
    assertThat(to.bodyKind()).isEqualTo(AuthorityKind.MUNICIPALITY);
    assertThat(to.units()).extracting(u -> u.id()).containsExactly("sandnes.mo-senter");
    assertThat(to.contactStated()).isTrue();
    assertThat(g.deadline().orElseThrow().rule()).isEqualTo(DeadlineRule.PBRL_COMPLAINT);
    assertThat(g.deadline().orElseThrow().due()).isEqualTo(d("2026-04-09"));
    assertThat(g.lateComplaintBar().orElseThrow().due()).isEqualTo(d("2027-03-10"));
    assertThat(g.timing()).isEqualTo(Timing.IN_TIME);
    assertThat(g.nextSteps()).extracting(s -> s.bodyName().nb())
        .containsExactly("Statsforvalteren i Rogaland", "Sivilombudet");
    assertThat(g.helpers()).extracting(Helper::kind).containsExactly(HelperKind.GUIDANCE,
        HelperKind.PATIENT_AND_USER_OMBUD, HelperKind.REPRESENTATIVE);
    assertThat(g.helpers().get(2).legalReference()).contains(LegalReference.of(Act.FORVALTNINGSLOVEN, "12"));
    assertThat(g.contents()).containsExactly(ContentPart.DECISION, ContentPart.CHANGE_WANTED, ContentPart.REASONS,
        ContentPart.SIGNATURE);
    LegalReference fvl32 = g.contentsBasis().orElseThrow();
    assertThat(fvl32.section()).isEqualTo("32");
    assertThat(fvl32.unverified()).as("fvl § 32 is not in the domain brief").isTrue();
    assertThat(g.lateComplaintReferences()).extracting(LegalReference::section).containsExactly("31", "7-7");
    assertThat(g.lateComplaint().in(Language.NN)).contains("forvaltningslova § 31", "pasient- og brukarrettslova § 7-7");
  }

  @Test
  void theLetterHasEveryPartAndTheCatalogsPostalAddressInEachLanguage() {
    ComplaintGuide g = guide(SandnesFixture.counsellorFollowUp(),
        on("2026-03-20").decided(d("2026-03-10")).learnt(d("2026-03-12")).build());
    String nb = g.letter(Language.NB);
    assertThat(nb).contains("Til:\nSandnes kommune\nMottak og oppfølgingssenter (MO-senter)\n"
        + "Sandnes kommune, mestringsenheten\nPostboks 583\n4302 Sandnes\nE-post: fagteamrusmosenter@sandnes.kommune.no")
        .contains("[Sted], [dato]", "Klage på vedtak om Oppfølging fra ruskonsulent",
            "Jeg klager på vedtaket fra Sandnes kommune datert 10.03.2026", "Jeg fikk vite om vedtaket 12.03.2026.",
            "Dette ønsker jeg endret:", "Begrunnelse:", "Med vennlig hilsen", "[Underskrift]")
        .doesNotContain("etter fristen");
    assertThat(g.letter(Language.NN)).contains("Eg klagar på vedtaket frå", "Dette ønskjer eg endra:", "Grunngjeving:",
        "Med venleg helsing", "[Namnet ditt]");
    assertThat(g.letter(Language.EN)).contains("To:", "I complain against the decision of Sandnes municipality dated "
        + "10.03.2026", "What I want changed:", "Reasons:", "Yours faithfully", "[Signature]");
  }

  @Test
  void aLateComplaintGetsFvl31AndTheLetterAsksWhyUntilTheOneYearBar() {
    Service s = SandnesFixture.counsellorFollowUp();
    ComplaintGuide late = guide(s, on("2026-05-01").decided(d("2026-03-10")).learnt(d("2026-03-12")).build());
    assertThat(late.timing()).isEqualTo(Timing.LATE);
    assertThat(late.letter(Language.NB)).contains("Hvorfor klagen kommer etter fristen:");
    ComplaintGuide lastDay = guide(s, on("2027-03-10").decided(d("2026-03-10")).build());
    assertThat(lastDay.timing()).isEqualTo(Timing.LATE);
    ComplaintGuide barred = guide(s, on("2027-03-11").decided(d("2026-03-10")).build());
    assertThat(barred.timing()).isEqualTo(Timing.BARRED);
    // a decision of 29 February: the year ends on 28 February, never extended
    ComplaintGuide leap = guide(s, on("2025-03-01").decided(d("2024-02-29")).build());
    assertThat(leap.lateComplaintBar().orElseThrow().due()).isEqualTo(d("2025-02-28"));
    assertThat(leap.timing()).isEqualTo(Timing.BARRED);
  }

  @Test
  void onlyTheDecisionDateCountsTheDeadlineFromItAndSaysSo() {
    ComplaintGuide g = guide(SandnesFixture.counsellorFollowUp(), on("2026-03-20").decided(d("2026-03-10")).build());
    assertThat(g.deadline().orElseThrow().start()).isEqualTo(d("2026-03-10"));
    assertThat(g.notes()).anySatisfy(n -> assertThat(n.in(Language.EN)).contains("counted from the decision date"));
    ComplaintGuide onlyLearnt = guide(SandnesFixture.counsellorFollowUp(), on("2026-03-20").learnt(d("2026-03-12")).build());
    assertThat(onlyLearnt.lateComplaintBar()).isEmpty();
    assertThat(onlyLearnt.notes()).anySatisfy(n -> assertThat(n.in(Language.EN)).contains("one-year limit"));
  }

  @Test
  void aMunicipalDecisionAtEasterGoesToTheMunicipalitysOwnAppealBodyWithoutThePatientOmbud() {
    // 12 March 2026 + 3 weeks = 2 April, Maundy Thursday → Tuesday 7 April (domstolloven § 149)
    ComplaintGuide g = guide(SandnesFixture.housing(), on("2026-03-13").learnt(d("2026-03-12"))
        .regime(ComplaintRegime.FVL_MUNICIPAL).build());
    assertThat(g.regimeFromLegalBasis()).isFalse();
    assertThat(g.deadline().orElseThrow().due()).isEqualTo(d("2026-04-07"));
    assertThat(g.nextSteps().get(0).bodyKind()).isEqualTo(AuthorityKind.MUNICIPAL_APPEAL_BODY);
    assertThat(g.helpers()).extracting(Helper::kind).containsExactly(HelperKind.GUIDANCE, HelperKind.REPRESENTATIVE);
    assertThat(g.lateComplaint().nb()).doesNotContain("7-7");
  }

  @Test
  void aServiceWithoutLegalBasisNeedsARegimeAndAServiceComplaintHasNoDeadline() {
    Service psychologist = SandnesFixture.psychologist();
    assertThatThrownBy(() -> guide(psychologist, on("2026-03-20").decided(d("2026-03-10")).build()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> {
          assertThat(e.field()).isEqualTo("regime");
          assertThat(e.rule()).isEqualTo(Rule.REQUIRED);
        });
    ComplaintGuide g = guide(psychologist, on("2026-03-20").decided(d("2026-03-10"))
        .regime(ComplaintRegime.SERVICE_COMPLAINT).build());
    assertThat(g.deadline()).isEmpty();
    assertThat(g.lateComplaintBar()).isEmpty();
    assertThat(g.timing()).isEqualTo(Timing.NO_DEADLINE);
    assertThat(g.contents()).containsExactly(ContentPart.SERVICE, ContentPart.WHAT_IS_WRONG, ContentPart.CHANGE_WANTED,
        ContentPart.SIGNATURE);
    assertThat(g.contentsBasis()).isEmpty();
    assertThat(g.letter(Language.NB)).contains("Klage på tjenesten Samtaler med psykolog", "Dette er jeg misfornøyd med:")
        .doesNotContain("Begrunnelse:");
  }

  @Test
  void coercionIsBroughtBeforeTheDistrictCourtWhoseAddressTheCatalogDoesNotState() {
    ComplaintGuide g = guide(SandnesFixture.coercion(), on("2026-03-20").decided(d("2026-03-10"))
        .learnt(d("2026-03-12")).regime(ComplaintRegime.COERCION).build());
    Addressee court = g.addressee().orElseThrow();
    assertThat(court.bodyKind()).isEqualTo(AuthorityKind.DISTRICT_COURT);
    assertThat(court.units()).isEmpty();
    assertThat(court.contactStated()).isFalse();
    assertThat(g.deadline().orElseThrow().rule()).isEqualTo(DeadlineRule.COERCION_COURT_REVIEW);
    assertThat(g.deadline().orElseThrow().due()).isEqualTo(d("2026-05-12"));
    assertThat(g.nextSteps()).isEmpty();
    assertThat(g.lateComplaintBar()).isEmpty();
    assertThat(g.helpers()).extracting(Helper::kind).containsExactly(HelperKind.GUIDANCE,
        HelperKind.PATIENT_AND_USER_OMBUD);
    assertThat(g.letter(Language.NB)).contains("[Adresse: ikke oppgitt i katalogen", "Krav om rettslig prøving");
  }

  @Test
  void detentionOnConsentHasNothingToComplainAboutAndNoLetter() {
    ComplaintGuide g = guide(SandnesFixture.coercion(), on("2026-03-20").decided(d("2026-03-10"))
        .regime(ComplaintRegime.CONSENT_DETENTION).build());
    assertThat(g.addressee()).isEmpty();
    assertThat(g.deadline()).isEmpty();
    assertThat(g.contents()).isEmpty();
    assertThat(g.hasLetter()).isFalse();
    assertThatThrownBy(() -> g.letter(Language.NB)).isInstanceOf(IllegalStateException.class);
    assertThat(g.helpers()).extracting(Helper::kind).contains(HelperKind.PATIENT_AND_USER_OMBUD);
  }

  @Test
  void badRequestsAreTypedErrorsNamingTheField() {
    assertThatThrownBy(() -> on("2026-03-20").build()).isInstanceOfSatisfying(InvalidValueException.class,
        e -> assertThat(e.field() + " " + e.rule()).isEqualTo("decided REQUIRED"));
    assertThatThrownBy(() -> on("2026-03-20").decided(d("2026-03-10")).learnt(d("2026-03-09")).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field() + " " + e.rule()).isEqualTo("learnt ORDER"));
    assertThatThrownBy(() -> on("2026-03-20").decided(d("2026-03-21")).build())
        .isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.field() + " " + e.rule()).isEqualTo("decided RANGE"));
    assertThatThrownBy(() -> guide(SandnesFixture.counsellorFollowUp(), on("1960-03-20").decided(d("1960-03-10")).build()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field() + " " + e.rule())
            .isEqualTo("on RANGE"));
    Service foreign = no.rusomsorg.core.service.ImmutableService.copyOf(SandnesFixture.psychologist()).withId("elsewhere.psychologist");
    assertThatThrownBy(() -> guide(foreign, on("2026-03-20").decided(d("2026-03-10")).build()))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field() + " " + e.rule())
            .isEqualTo("service REFERENCE"));
    assertThatThrownBy(() -> guides.guide(SANDNES, SandnesFixture.psychologist(), null))
        .isInstanceOf(NullPointerException.class).hasMessage("request");
  }

  @Test
  void everyGuideRoundTripsThroughJsonAndATamperedTimingIsRejected() {
    RusomsorgJson json = RusomsorgJson.strict();
    for (ComplaintRegime r : ComplaintRegime.values()) {
      ComplaintGuide g = guide(SandnesFixture.counsellorFollowUp(), on("2026-05-01").decided(d("2026-03-10"))
          .learnt(d("2026-03-12")).regime(r).build());
      String written = json.write(g);
      assertThat(json.read(written, ComplaintGuide.class)).as(r.name()).isEqualTo(g);
    }
    ComplaintGuide g = guide(SandnesFixture.counsellorFollowUp(), on("2026-05-01").decided(d("2026-03-10")).build());
    String written = json.write(g);
    assertThat(written).contains("\"timing\" : \"LATE\"");
    assertThatThrownBy(() -> json.read(written.replace("\"timing\" : \"LATE\"", "\"timing\" : \"IN_TIME\""),
        ComplaintGuide.class)).isInstanceOfSatisfying(InvalidValueException.class,
            e -> assertThat(e.rule()).isEqualTo(Rule.CONSISTENCY));
  }

  @Test
  void everyTextTheGuideWritesItselfHasRealNynorsk() {
    List<LocalizedText> texts = new ArrayList<>();
    for (ContentPart p : ContentPart.values()) {
      texts.add(p.text());
    }
    for (Timing t : Timing.values()) {
      texts.add(t.text());
    }
    for (ComplaintRegime r : ComplaintRegime.values()) {
      ComplaintGuide g = guide(SandnesFixture.counsellorFollowUp(), on("2026-03-20").learnt(d("2026-03-12"))
          .regime(r).build());
      texts.add(g.contentsNote());
      texts.add(g.lateComplaint());
      g.helpers().forEach(h -> texts.add(h.description()));
    }
    assertThat(texts).allSatisfy(t -> {
      assertThat(t.nn()).as(t.nb()).isPresent();
      assertThat(t.en()).as(t.nb()).isPresent();
      assertThat(t.nn().get()).as("nynorsk differs from bokmål: " + t.nb()).isNotEqualTo(t.nb());
    });
  }
}
