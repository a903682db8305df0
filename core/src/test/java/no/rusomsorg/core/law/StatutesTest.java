package no.rusomsorg.core.law;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.calendar.EdgeDates;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.law.internal.StatuteData;
import no.rusomsorg.core.pathway.NationalPathway;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class StatutesTest {
  private static final Statutes LAW = Statutes.standard();
  private static final LegalReference FVL_29 = LegalReference.of(Act.FORVALTNINGSLOVEN, "29", 1);

  @Test
  void theNewPublicAdministrationActIsNotYetInForceAndNoDateIsInvented() {
    InForce fvl2025 = Act.FORVALTNINGSLOVEN_2025.inForce();
    assertThat(fvl2025.status()).isEqualTo(InForce.Status.DATE_NOT_DECIDED);
    assertThat(fvl2025.from()).isEmpty();
    assertThat(fvl2025.isInForceOn(LocalDate.of(2199, 12, 31))).isFalse();
    assertThat(LAW.replacedBy(Act.FORVALTNINGSLOVEN)).contains(Act.FORVALTNINGSLOVEN_2025);
    InForce fvl1967 = Act.FORVALTNINGSLOVEN.inForce();
    assertThat(fvl1967.until()).as("no last day while the successor's date is not decided").isEmpty();
    assertThat(fvl1967.isInForceOn(LocalDate.of(2199, 12, 31))).isTrue();
    CitedReference cited = FVL_29.citedOn(LocalDate.of(2199, 12, 31));
    assertThat(cited.status()).isEqualTo(CitedReference.Status.IN_FORCE);
    assertThat(cited.reference()).isEqualTo(FVL_29);
    assertThat(cited.note()).isEmpty();
  }

  @Test
  void settingTheInForceDateIsTheOnlyChangeNeededToStopCitingTheOldAct() {
    LocalDate day = LocalDate.of(2028, 1, 1); // a test date, not a claim about the real one
    Statutes withDate = LAW.withInForce(Act.FORVALTNINGSLOVEN_2025, day);
    assertThat(withDate.inForce(Act.FORVALTNINGSLOVEN).until()).contains(day.minusDays(1));
    assertThat(withDate.referenceOn(FVL_29, day.minusDays(1)).status()).isEqualTo(CitedReference.Status.IN_FORCE);
    CitedReference after = withDate.referenceOn(FVL_29, day);
    assertThat(after.status()).isEqualTo(CitedReference.Status.ONLY_KNOWN);
    assertThat(after.reference()).isEqualTo(FVL_29);
    assertThat(after.note().orElseThrow().nb()).contains("2025-06-20-81", "01.01.2028", "ikke registrert");
    assertThat(after.note().orElseThrow().in(Language.EN)).contains("only reference known");
    // and the corresponding section, once recorded, is cited unverified
    Statutes mapped = withDate.withCorrespondingSection(Act.FORVALTNINGSLOVEN, "29", "99");
    CitedReference successor = mapped.referenceOn(FVL_29, day);
    assertThat(successor.status()).isEqualTo(CitedReference.Status.SUCCESSOR);
    assertThat(successor.reference().act()).isEqualTo(Act.FORVALTNINGSLOVEN_2025);
    assertThat(successor.reference().section()).isEqualTo("99");
    assertThat(successor.reference().unverified()).isTrue();
    assertThat(mapped.referenceOn(FVL_29, day.minusDays(1)).reference()).isEqualTo(FVL_29);
    // a deadline cites what applies on its start date
    Deadline dl = DeadlineCalculator.standard().compute(DeadlineRule.FVL_COMPLAINT, day);
    assertThat(dl.citedReference(mapped).orElseThrow().reference().act()).isEqualTo(Act.FORVALTNINGSLOVEN_2025);
    assertThat(dl.citedReference().orElseThrow().reference()).as("the library's own table").isEqualTo(FVL_29);
  }

  @Test
  void theProposedRenumberingOfPbrlChapter2IsRecordedWithoutADateOrNewNumbers() {
    LegalReference pbrl22 = LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "2-2");
    assertThat(pbrl22.citedOn(LocalDate.of(2199, 1, 1)).status()).isEqualTo(CitedReference.Status.IN_FORCE);
    LocalDate day = LocalDate.of(2030, 1, 1); // a test date
    Statutes renumbered = LAW.withRenumbering(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "2-2", "2-9", day);
    assertThat(renumbered.referenceOn(pbrl22, day.minusDays(1)).reference()).isEqualTo(pbrl22);
    CitedReference after = renumbered.referenceOn(pbrl22, day);
    assertThat(after.status()).isEqualTo(CitedReference.Status.SUCCESSOR);
    assertThat(after.reference().section()).isEqualTo("2-9");
    assertThat(after.reference().unverified()).isTrue();
    assertThat(after.note().orElseThrow().nb()).contains("Prop. 40 L");
    assertThatThrownBy(() -> LAW.withRenumbering(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-5", "7-9", day))
        .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.field()).isEqualTo("section"));
  }

  @Test
  void theSectionsVerifiedInTurnTwoLoseTheirFlagWhateverTheCallerSays() {
    String[][] verified = {
        {"HELSE_OG_OMSORGSTJENESTELOVEN", "3-1", "3-2", "7-1", "7-2", "10-2", "10-3", "10-4", "10-5", "10-6", "10-7"},
        {"PASIENT_OG_BRUKERRETTIGHETSLOVEN", "2-4", "7-2", "7-5", "8-3"},
        {"FORVALTNINGSLOVEN", "12", "28"}};
    for (String[] row : verified) {
      Act act = Act.valueOf(row[0]);
      for (int i = 1; i < row.length; i++) {
        LegalReference flagged = LegalReference.builder().act(act).section(row[i]).unverified(true).build();
        assertThat(flagged.unverified()).as("%s § %s", act, row[i]).isFalse();
        assertThat(flagged.verification().orElseThrow()).contains("verified turn 2");
        assertThat(flagged.toString()).doesNotContain("unverified");
      }
    }
    // what the brief still leaves open keeps its flag
    for (LegalReference open : List.of(
        LegalReference.builder().act(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN).section("2-1 a").unverified(true).build(),
        LegalReference.builder().act(Act.SOSIALTJENESTELOVEN).section("48").unverified(true).build())) {
      assertThat(open.unverified()).as(open.citation()).isTrue();
      assertThat(open.verification()).isEmpty();
    }
    // a reference without the flag is not made unverified by the table
    assertThat(LegalReference.of(Act.FORVALTNINGSLOVEN, "29").unverified()).isFalse();
  }

  /** Every reference a deadline cites is in force on its start date, or explicitly the only one known. */
  @Test
  void everyCitedReferenceIsInForceOnTheDateAskedAboutOrMarkedTheOnlyOneKnown() {
    List<DeadlineRule> rules = new ArrayList<>();
    for (DeadlineRule r : DeadlineRule.values()) {
      if (r.legalReference().isPresent()) {
        rules.add(r);
      }
    }
    List<LegalReference> pathway = new ArrayList<>();
    NationalPathway.standard().guidance().forEach(g -> g.legalReference().ifPresent(pathway::add));
    assertThat(pathway).isNotEmpty();
    Gen<DeadlineRule> ruleGen = org.quicktheories.generators.SourceDSL.arbitrary().pick(rules);
    Gen<LocalDate> inForceFrom = EdgeDates.dates();
    Gen<Boolean> decided = org.quicktheories.generators.SourceDSL.booleans().all();
    qt().withExamples(4000).forAll(ruleGen, EdgeDates.dates(), inForceFrom, decided)
        .checkAssert((rule, date, from, isDecided) -> {
          Statutes law = isDecided ? LAW.withInForce(Act.FORVALTNINGSLOVEN_2025, from) : LAW;
          Deadline dl = compute(rule, date);
          CitedReference c = dl.citedReference(law).orElseThrow();
          assertThat(c.date()).isEqualTo(date);
          if (c.status() == CitedReference.Status.ONLY_KNOWN) {
            assertThat(c.note()).as("the only known reference says why").isPresent();
            assertThat(law.inForce(c.reference().act()).isInForceOn(date)).isFalse();
          } else {
            assertThat(c.status()).isIn(CitedReference.Status.IN_FORCE, CitedReference.Status.SUCCESSOR);
            assertThat(law.inForce(c.reference().act()).isInForceOn(date)).as("%s on %s", c.reference(), date).isTrue();
          }
          if (!isDecided) {
            assertThat(c.status()).as("nothing changes while no date is decided").isEqualTo(CitedReference.Status.IN_FORCE);
          }
          if (isDecided && rule.legalReference().get().act() == Act.FORVALTNINGSLOVEN) {
            assertThat(c.status() == CitedReference.Status.IN_FORCE).isEqualTo(date.isBefore(from));
          }
          for (LegalReference r : pathway) {
            assertThat(law.referenceOn(r, date).inForce()).as("%s on %s", r, date).isTrue();
          }
        });
  }

  private static Deadline compute(DeadlineRule rule, LocalDate date) {
    DeadlineCalculator calc = DeadlineCalculator.standard();
    if (rule.needsEndDate()) {
      return calc.compute(rule, date, date.plusDays(100));
    }
    if (rule.isParameterised()) {
      return calc.compute(rule, date, PeriodSpec.of(3, PeriodUnit.WEEKS));
    }
    return calc.compute(rule, date);
  }

  @Test
  void aMalformedLawTableFailsNamingTheEntry() {
    Properties p = new Properties();
    p.setProperty("act.FORVALTNINGSLOVEN_2025.in-force", "some day");
    p.setProperty("act.FORVALTNINGSLOVEN_2025.source", "x");
    assertThatThrownBy(() -> StatuteData.parse(p)).isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("act.FORVALTNINGSLOVEN_2025.in-force");
    Properties unknown = new Properties();
    unknown.setProperty("acts.X", "1");
    assertThatThrownBy(() -> StatuteData.parse(unknown)).hasMessageContaining("acts.X");
    Properties badAct = new Properties();
    badAct.setProperty("verified.LOVEN", "1");
    assertThatThrownBy(() -> StatuteData.parse(badAct)).hasMessageContaining("verified.LOVEN");
  }
}
