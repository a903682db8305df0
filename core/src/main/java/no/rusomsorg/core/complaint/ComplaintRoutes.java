package no.rusomsorg.core.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.authority.NoSuchAuthorityException;
import no.rusomsorg.core.complaint.internal.PublishedComparison;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;

/**
 * Builds complaint routes and compares published complaint information with them.
 *
 * <p>The caller chooses the regime (derive it from a service's legal basis with
 * {@link ComplaintRegime#forLegalBasis(List)}), names the municipality with its county as of the date,
 * and gives the date; bodies are then named as on that date. With the date that starts the deadline
 * (notice of the decision received, or knowledge of it), the first step carries the computed
 * {@link no.rusomsorg.core.deadline.Deadline}.
 *
 * <p>Routes:
 * <ul>
 *   <li>FVL and PBRL: municipality (reassesses; written complaint within the deadline) → county governor
 *       (decides; the case is forwarded by the municipality) → Parliamentary Ombud;</li>
 *   <li>SERVICE_COMPLAINT: the service's leader (oral or written) → county governor (written; may open a
 *       supervision case) → Parliamentary Ombud;</li>
 *   <li>COERCION: tribunal (decides detention on the municipality's petition) → district court.</li>
 * </ul>
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplaintRoutes {
  private static final ComplaintRoutes STANDARD =
      new ComplaintRoutes(Authorities.standard(), DeadlineCalculator.standard());
  private static final LocalDate NEW_OMBUD_ACT = LocalDate.of(2021, 7, 1);

  private final Authorities authorities;
  private final DeadlineCalculator calculator;

  private ComplaintRoutes(Authorities authorities, DeadlineCalculator calculator) {
    this.authorities = authorities;
    this.calculator = calculator;
  }

  /**
   * Routes with the library's authorities and the standard deadline calculator.
   *
   * @return the shared instance
   */
  public static ComplaintRoutes standard() {
    return STANDARD;
  }

  /**
   * The route under a regime for a municipality on a date, without computed deadlines (each step
   * still names its deadline rule).
   *
   * @param regime the regime
   * @param municipality the municipality, with its county on {@code date}
   * @param date the date; bodies are named as on this date
   * @return the route
   * @throws NoSuchAuthorityException if a body on the route, the county or the municipality did not
   *     exist on the date (such as the tribunal before 1993)
   */
  public ComplaintRoute route(ComplaintRegime regime, MunicipalityRef municipality, LocalDate date) {
    return build(regime, municipality, date, Optional.empty());
  }

  /**
   * The route with the complaint deadline computed from the date that starts it.
   *
   * @param regime the regime
   * @param municipality the municipality, with its county on {@code date}
   * @param date the date; bodies are named as on this date
   * @param deadlineStart the date notice of the decision reached the person (FVL), or the date they got
   *     sufficient knowledge to complain (PBRL); ignored by regimes without a deadline
   * @return the route
   * @throws NoSuchAuthorityException as for {@link #route(ComplaintRegime, MunicipalityRef, LocalDate)}
   */
  public ComplaintRoute route(ComplaintRegime regime, MunicipalityRef municipality, LocalDate date,
      LocalDate deadlineStart) {
    require("deadlineStart", deadlineStart);
    return build(regime, municipality, date, Optional.of(deadlineStart));
  }

  /**
   * Compares what a municipality publishes with the statutory route on a date.
   *
   * <p>Example: the standard service description publishes "three weeks" and "Fylkesmannen"; for a
   * PBRL service on 2026-01-01 that gives {@link DiscrepancyKind#DEADLINE_DIFFERS} (3 weeks published,
   * 4 weeks by pbrl § 7-5) and {@link DiscrepancyKind#BODY_NAME_OUTDATED} (Fylkesmannen, since
   * 2021-01-01 Statsforvalteren). Periods compare by length where the units convert exactly (21 days
   * equals 3 weeks; a month never equals 4 weeks); a published range such as "2–3 weeks" differs from
   * a fixed period. Names compare case- and space-insensitively with the bodies' full and short names.
   *
   * @param published what the municipality publishes
   * @param regime the statutory regime of the service
   * @param municipality the municipality, with its county on {@code date}
   * @param date the date
   * @return the discrepancies, empty when everything published agrees
   * @throws NoSuchAuthorityException as for {@link #route(ComplaintRegime, MunicipalityRef, LocalDate)}
   */
  public List<ComplaintDiscrepancy> compare(PublishedComplaintInfo published, ComplaintRegime regime,
      MunicipalityRef municipality, LocalDate date) {
    require("published", published);
    ComplaintRoute route = route(regime, municipality, date);
    return PublishedComparison.compare(published, route, authorities);
  }

  private ComplaintRoute build(ComplaintRegime regime, MunicipalityRef municipality, LocalDate date,
      Optional<LocalDate> deadlineStart) {
    require("regime", regime);
    require("municipality", municipality);
    require("date", date);
    if (!municipality.county().existsOn(date)) {
      throw new NoSuchAuthorityException(AuthorityKind.COUNTY_GOVERNOR, date,
          "county " + municipality.county().countyName() + " (" + municipality.county().code()
              + ") did not exist on that date; give the municipality's county as of the date");
    }
    List<ComplaintStep> steps = new ArrayList<>();
    switch (regime) {
      case FVL:
      case PBRL:
        steps.add(firstInstance(regime, municipality, date, deadlineStart));
        steps.add(governorDecides(regime, municipality, date));
        steps.add(ombud(date, 3));
        break;
      case SERVICE_COMPLAINT:
        steps.add(serviceLeader(municipality, date));
        steps.add(governorSupervises(municipality, date));
        steps.add(ombud(date, 3));
        break;
      case COERCION:
        steps.add(tribunal(municipality, date));
        steps.add(court(date));
        break;
      default:
        throw new IllegalStateException("unknown regime " + regime);
    }
    boolean early = date.isBefore(regime.rulesInForceFrom());
    List<LocalizedText> notes = new ArrayList<>();
    if (early) {
      notes.add(LocalizedText.of(
          "Datoen er før " + regime.rulesInForceFrom() + ", da reglene som beskrives her begynte å gjelde. "
              + "Organene har navnene fra datoen, men reglene er dagens; de kan ha vært annerledes da.",
          "The date is before " + regime.rulesInForceFrom() + ", when the rules described here came into "
              + "force. Bodies carry that date's names, but the rules are today's and may have differed then."));
    }
    boolean unverified = early || steps.stream().anyMatch(ComplaintStep::unverified);
    return ComplaintRoute.builder()
        .regime(regime)
        .municipality(municipality)
        .date(date)
        .deadlineStart(regime.deadlineRule().isPresent() ? deadlineStart : Optional.empty())
        .addAllSteps(steps)
        .addAllNotes(notes)
        .unverified(unverified)
        .build();
  }

  private Authority municipalityBody(MunicipalityRef municipality, LocalDate date) {
    return authorities.municipality(municipality, date).orElseThrow(() -> new NoSuchAuthorityException(
        AuthorityKind.MUNICIPALITY, date, "the municipality did not exist on that date"));
  }

  private Authority governor(MunicipalityRef municipality, LocalDate date) {
    return authorities.countyGovernor(municipality.county(), date).orElseThrow(() -> new NoSuchAuthorityException(
        AuthorityKind.COUNTY_GOVERNOR, date, "no county governor for " + municipality.county().countyName()));
  }

  private ComplaintStep firstInstance(ComplaintRegime regime, MunicipalityRef municipality, LocalDate date,
      Optional<LocalDate> deadlineStart) {
    Authority body = municipalityBody(municipality, date);
    DeadlineRule rule = regime.deadlineRule().orElseThrow();
    boolean fvl = regime == ComplaintRegime.FVL;
    List<LegalReference> refs = fvl
        ? List.of(LegalReference.of(Act.FORVALTNINGSLOVEN, "28"), LegalReference.of(Act.FORVALTNINGSLOVEN, "29"),
            LegalReference.of(Act.FORVALTNINGSLOVEN, "32"), LegalReference.of(Act.FORVALTNINGSLOVEN, "33"))
        : List.of(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-2"),
            LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-3"),
            LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-5"));
    String period = rule.period().orElseThrow().text(Language.NB);
    String periodEn = rule.period().orElseThrow().text(Language.EN);
    LocalizedText description = LocalizedText.of(
        "Send en skriftlig klage til " + body.name().nb() + ", som fattet vedtaket, innen " + period + " fra "
            + rule.startEvent().nb() + ". Kommunen vurderer saken på nytt og kan endre vedtaket. "
            + "En klage som kommer for sent, kan likevel behandles etter forvaltningsloven § 31"
            + (fvl ? "." : " (jf. pasient- og brukerrettighetsloven § 7-7)."),
        "Send a written complaint to " + body.name().in(Language.EN)
            + ", which made the decision, within " + periodEn + " from the day "
            + rule.startEvent().in(Language.EN) + ". The municipality looks at the case "
            + "again and may change the decision. A late complaint may still be considered under section 31 of "
            + "the Public Administration Act" + (fvl ? "." : " (through section 7-7 of the Patients' and Users' Rights Act)."));
    return ComplaintStep.builder()
        .number(1)
        .body(body)
        .action(StepAction.REASSESS)
        .submittedBy(Submitter.PERSON)
        .addAllChannels(EnumSet.of(Channel.WRITTEN))
        .deadlineRule(rule)
        .deadline(deadlineStart.map(start -> calculator.compute(rule, start)))
        .addAllLegalReferences(refs)
        .description(description)
        .addAllHelp(fvl ? List.of(guidance(body)) : healthHelp(body, date))
        .build();
  }

  private ComplaintStep governorDecides(ComplaintRegime regime, MunicipalityRef municipality, LocalDate date) {
    Authority body = governor(municipality, date);
    Authority first = municipalityBody(municipality, date);
    boolean fvl = regime == ComplaintRegime.FVL;
    List<LegalReference> refs = fvl
        ? List.of(LegalReference.of(Act.FORVALTNINGSLOVEN, "33"), LegalReference.of(Act.FORVALTNINGSLOVEN, "34"),
            LegalReference.builder().act(Act.SOSIALTJENESTELOVEN).section("48").unverified(true).build())
        : List.of(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-2"),
            LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-6"));
    return ComplaintStep.builder()
        .number(2)
        .body(body)
        .action(StepAction.DECIDE)
        .submittedBy(Submitter.PREVIOUS_BODY)
        .addAllLegalReferences(refs)
        .description(LocalizedText.of(
            "Endrer ikke kommunen vedtaket, sender den klagen videre til " + body.name().nb()
                + ", som avgjør saken: vedtaket kan bli stående, bli endret, eller bli opphevet og sendt tilbake.",
            "If the municipality does not change its decision, it forwards the complaint to "
                + body.name().in(Language.EN) + ", which decides: the decision may stand, "
                + "be changed, or be set aside and sent back."))
        .addAllHelp(fvl ? List.of(guidance(first)) : healthHelp(first, date))
        .unverified(body.unverified())
        .build();
  }

  private ComplaintStep serviceLeader(MunicipalityRef municipality, LocalDate date) {
    Authority body = municipalityBody(municipality, date);
    return ComplaintStep.builder()
        .number(1)
        .body(body)
        .action(StepAction.ASSESS_SERVICE)
        .submittedBy(Submitter.PERSON)
        .addAllChannels(EnumSet.of(Channel.ORAL, Channel.WRITTEN))
        .description(LocalizedText.of(
            "Ta først opp klagen muntlig eller skriftlig med lederen for tjenesten i " + body.name().nb()
                + ". Si hva du er misfornøyd med og hva du ønsker endret. Tjenesten skal undersøke saken og rette "
                + "opp det som ikke er godt nok. Det er ingen klagefrist.",
            "First raise the complaint, orally or in writing, with the leader of the service in "
                + body.name().in(Language.EN) + ". Say what you are unhappy with and "
                + "what you want changed. The service must look into it and put right what is not good enough. "
                + "There is no deadline."))
        .addAllHelp(healthHelp(body, date))
        .build();
  }

  private ComplaintStep governorSupervises(MunicipalityRef municipality, LocalDate date) {
    Authority body = governor(municipality, date);
    return ComplaintStep.builder()
        .number(2)
        .body(body)
        .action(StepAction.SUPERVISE)
        .submittedBy(Submitter.PERSON)
        .addAllChannels(EnumSet.of(Channel.WRITTEN))
        .addAllLegalReferences(List.of(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-4")))
        .description(LocalizedText.of(
            "Fører ikke klagen fram, må du selv sende en skriftlig klage til " + body.name().nb()
                + ", som vurderer saken og kan åpne en tilsynssak. Feil som avdekkes, må rettes.",
            "If that does not help, send a written complaint yourself to "
                + body.name().in(Language.EN) + ", which assesses it and may open a "
                + "supervision case. Faults it finds must be put right."))
        .addAllHelp(healthHelp(municipalityBody(municipality, date), date))
        .unverified(body.unverified())
        .build();
  }

  private ComplaintStep ombud(LocalDate date, int number) {
    Authority body = authorities.parliamentaryOmbud(date).orElseThrow(() -> new NoSuchAuthorityException(
        AuthorityKind.PARLIAMENTARY_OMBUD, date, "there was no Parliamentary Ombud on that date"));
    boolean oldAct = date.isBefore(NEW_OMBUD_ACT);
    return ComplaintStep.builder()
        .number(number)
        .body(body)
        .action(StepAction.OMBUD_REVIEW)
        .submittedBy(Submitter.PERSON)
        .addAllChannels(EnumSet.of(Channel.WRITTEN))
        .addAllLegalReferences(List.of(LegalReference.builder().act(Act.SIVILOMBUDSLOVEN).section("3").unverified(oldAct)
            .build()))
        .description(LocalizedText.of(
            "Får du ikke medhold hos statsforvalteren, kan du klage skriftlig til " + body.name().nb()
                + ", normalt innen ett år etter den endelige avgjørelsen. Ombudet kan uttale seg om saken, "
                + "men kan ikke selv endre vedtaket.",
            "If the county governor does not find in your favour, you can complain in writing to "
                + body.name().in(Language.EN) + ", normally within one year of the final "
                + "decision. The Ombud can give its opinion but cannot change the decision itself."))
        .addAllHelp(List.of(ComplaintHelp.builder()
            .body(body)
            .description(LocalizedText.of("Det er gratis å klage til ombudet.", "Complaining to the Ombud is free."))
            .free(true)
            .build()))
        .unverified(oldAct)
        .build();
  }

  private ComplaintStep tribunal(MunicipalityRef municipality, LocalDate date) {
    Authority body = authorities.coercionTribunal(municipality.county(), date).orElseThrow(() ->
        new NoSuchAuthorityException(AuthorityKind.COERCION_TRIBUNAL, date, "no coercion tribunal on that date"));
    Authority first = municipalityBody(municipality, date);
    return ComplaintStep.builder()
        .number(1)
        .body(body)
        .action(StepAction.DECIDE_DETENTION)
        .submittedBy(Submitter.MUNICIPALITY)
        .addAllLegalReferences(List.of(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-1"),
            LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"),
            LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3")))
        .description(LocalizedText.of(
            first.name().nb() + " fremmer saken, og " + body.name().nb()
                + " avgjør om personen kan holdes tilbake i institusjon uten eget samtykke. "
                + "Vedtaket kan ikke klages til statsforvalteren.",
            first.name().in(Language.EN) + " brings the case, and "
                + body.name().in(Language.EN) + " decides whether the person may be held "
                + "in an institution without consent. The decision cannot be appealed to the county governor."))
        .addAllHelp(List.of(ComplaintHelp.builder()
            .description(LocalizedText.of("Personen har rett til advokat uten egen kostnad i saken for nemnda "
                + "(ikke verifisert her).", "The person is entitled to a lawyer at no cost in the tribunal case "
                + "(not verified here)."))
            .free(true)
            .build()))
        .unverified(true)
        .build();
  }

  private ComplaintStep court(LocalDate date) {
    Authority body = authorities.districtCourt(date).orElseThrow();
    return ComplaintStep.builder()
        .number(2)
        .body(body)
        .action(StepAction.REVIEW_IN_COURT)
        .submittedBy(Submitter.PERSON)
        .addAllChannels(EnumSet.of(Channel.WRITTEN))
        .addAllLegalReferences(List.of(LegalReference.builder().act(Act.HELSE_OG_OMSORGSTJENESTELOVEN).section("10-2")
            .unverified(true).build()))
        .description(LocalizedText.of(
            "Nemndas vedtak kan bringes inn for " + body.name().nb() + ". Retten prøver hele saken. "
                + "Ruten ender her: ombudet behandler ikke saker som kan bringes inn for domstolene.",
            "The tribunal's decision can be brought before " + body.name().in(Language.EN)
                + ", which reviews the whole case. The route ends here: the Ombud does not take up matters "
                + "that can be brought before the courts."))
        .unverified(true)
        .build();
  }

  private static ComplaintHelp guidance(Authority body) {
    return ComplaintHelp.builder()
        .body(body)
        .description(LocalizedText.of(
            "Den som fattet vedtaket, har plikt til å veilede deg og kan hjelpe deg med å klage.",
            "The body that made the decision must guide you and can help you complain."))
        .free(true)
        .legalReference(LegalReference.of(Act.FORVALTNINGSLOVEN, "11"))
        .build();
  }

  private List<ComplaintHelp> healthHelp(Authority municipality, LocalDate date) {
    List<ComplaintHelp> help = new ArrayList<>();
    help.add(guidance(municipality));
    authorities.patientAndUserOmbud(date).ifPresent(ombud -> help.add(ComplaintHelp.builder()
        .body(ombud)
        .description(LocalizedText.of(
            ombud.name().nb() + " kan gi råd og hjelpe deg med å klage, gratis.",
            ombud.name().in(Language.EN) + " can advise you and help you complain, free of charge."))
        .free(true)
        .build()));
    return List.copyOf(help);
  }

  private static void require(String field, Object value) {
    if (value == null) {
      throw new InvalidValueException(field, Rule.REQUIRED, "must be given");
    }
  }
}
