package no.rusomsorg.core.complaint;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
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
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;

/**
 * Builds complaint routes and compares published complaint information with them.
 *
 * <p>The caller chooses the regime (derive it from a service's legal basis with
 * {@link ComplaintRegime#forLegalBasis(List)}), names the municipality with its county as of the date
 * (and, if its data names one, its own appeal body), and gives the date; bodies are then named as on
 * that date <em>in every sentence</em>: a route for 2019 says "Fylkesmannen" and "Sivilombudsmannen"
 * throughout, one for 2026 "Statsforvalteren" and "Sivilombudet". With the date that starts the
 * deadline (notice of the decision received, knowledge of it, or for coercion the day the tribunal's
 * decision was made known), the step with that deadline carries the computed
 * {@link no.rusomsorg.core.deadline.Deadline}.
 *
 * <p>Routes:
 * <ul>
 *   <li>FVL_MUNICIPAL: municipality (reassesses; written complaint within 3 weeks) → the municipality's
 *       own appeal body (fvl § 28 second paragraph; forwarded by the municipality) → Parliamentary Ombud
 *       (within one year of the final decision);</li>
 *   <li>FVL and PBRL: municipality (reassesses; 3 or 4 weeks) → county governor (decides; forwarded by
 *       the municipality) → Parliamentary Ombud;</li>
 *   <li>SERVICE_COMPLAINT: the service's leader (oral or written) → county governor (written; may open a
 *       supervision case) → Parliamentary Ombud;</li>
 *   <li>COERCION: municipality (investigates; an interim decision needs a proposal to the tribunal within
 *       two weeks) → tribunal (decides) → district court (within two months, hol § 10-7);</li>
 *   <li>CONSENT_DETENTION: no steps (no tribunal decides); notes and the two hold rules.</li>
 * </ul>
 *
 * <p>The patient and user ombud is offered as free help beside every step of the health and care
 * routes (PBRL, SERVICE_COMPLAINT, COERCION) and in the notes of CONSENT_DETENTION; it is never a step.
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
   * @param deadlineStart the date notice of the decision reached the person (FVL, FVL_MUNICIPAL), the
   *     date they got sufficient knowledge to complain (PBRL), or the day the tribunal's decision was made
   *     known to them (COERCION: the two months to the district court); ignored by regimes without a
   *     deadline
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
   * @param published what the municipality publishes, as its catalog records it (its subject is not
   *     compared: pass the information for the complaint in question)
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
          "county " + municipality.county().name() + " (" + municipality.county().number()
              + ") did not exist on that date; give the municipality's county as of the date");
    }
    // switch expressions without a default: a new regime fails to compile until its route is written
    List<ComplaintStep> steps = switch (regime) {
      case FVL_MUNICIPAL -> {
        ComplaintStep first = firstInstance(regime, municipality, date, deadlineStart);
        ComplaintStep appeal = municipalAppealDecides(municipality, date);
        yield List.of(first, appeal, ombud(regime, municipality, appeal.body(), date, 3));
      }
      case FVL, PBRL -> {
        ComplaintStep first = firstInstance(regime, municipality, date, deadlineStart);
        ComplaintStep appeal = governorDecides(regime, municipality, date);
        yield List.of(first, appeal, ombud(regime, municipality, appeal.body(), date, 3));
      }
      case SERVICE_COMPLAINT -> {
        ComplaintStep first = serviceLeader(municipality, date);
        ComplaintStep appeal = governorSupervises(municipality, date);
        yield List.of(first, appeal, ombud(regime, municipality, appeal.body(), date, 3));
      }
      case COERCION -> List.of(coercionProposal(municipality, date), tribunal(municipality, date),
          court(municipality, date, deadlineStart));
      case CONSENT_DETENTION -> List.of();
    };
    List<DeadlineRule> limits = switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL, SERVICE_COMPLAINT -> List.of();
      case COERCION -> List.of(DeadlineRule.COERCION_INTERIM_PROPOSAL, DeadlineRule.COERCION_DECISION_LAPSE,
          DeadlineRule.COERCION_DETENTION_10_2, DeadlineRule.COERCION_PREGNANCY_10_3,
          DeadlineRule.COERCION_REVIEW_10_3);
      case CONSENT_DETENTION -> List.of(DeadlineRule.CONSENT_DETENTION_10_4, DeadlineRule.CONSENT_WITHDRAWN_10_4);
    };
    List<LocalizedText> notes = new ArrayList<>();
    if (regime == ComplaintRegime.CONSENT_DETENTION) {
      notes.addAll(consentDetentionNotes(municipality, date));
    }
    boolean early = date.isBefore(regime.rulesInForceFrom());
    if (early) {
      notes.add(LocalizedText.of(
          "Datoen er før " + regime.rulesInForceFrom() + ", da reglene som beskrives her begynte å gjelde. "
              + "Organene har navnene fra datoen, men reglene er dagens; de kan ha vært annerledes da.",
          "The date is before " + regime.rulesInForceFrom() + ", when the rules described here came into "
              + "force. Bodies carry that date's names, but the rules are today's and may have differed then."));
    }
    boolean unverified = early || steps.stream().anyMatch(ComplaintStep::unverified);
    boolean hasDeadlineStep = steps.stream().anyMatch(st -> st.deadline().isPresent());
    return ComplaintRoute.builder()
        .regime(regime)
        .municipality(municipality)
        .date(date)
        .deadlineStart(hasDeadlineStep ? deadlineStart : Optional.empty())
        .addAllSteps(steps)
        .addAllNotes(notes)
        .addAllTimeLimits(limits)
        .unverified(unverified)
        .build();
  }

  private Authority municipalityBody(MunicipalityRef municipality, LocalDate date) {
    return authorities.municipality(municipality, date).orElseThrow(() -> new NoSuchAuthorityException(
        AuthorityKind.MUNICIPALITY, date, "the municipality did not exist on that date"));
  }

  private Authority governor(MunicipalityRef municipality, LocalDate date) {
    return authorities.countyGovernor(municipality.county(), date).orElseThrow(() -> new NoSuchAuthorityException(
        AuthorityKind.COUNTY_GOVERNOR, date, "no county governor for " + municipality.county().name()));
  }

  private Authority ombudBody(LocalDate date) {
    return authorities.parliamentaryOmbud(date).orElseThrow(() -> new NoSuchAuthorityException(
        AuthorityKind.PARLIAMENTARY_OMBUD, date, "there was no Parliamentary Ombud on that date"));
  }

  private Authority tribunalBody(MunicipalityRef municipality, LocalDate date) {
    return authorities.coercionTribunal(municipality.county(), date).orElseThrow(() ->
        new NoSuchAuthorityException(AuthorityKind.COERCION_TRIBUNAL, date, "no coercion tribunal on that date"));
  }

  private static boolean health(ComplaintRegime regime) {
    return regime == ComplaintRegime.PBRL || regime == ComplaintRegime.SERVICE_COMPLAINT
        || regime == ComplaintRegime.COERCION || regime == ComplaintRegime.CONSENT_DETENTION;
  }

  private ComplaintStep firstInstance(ComplaintRegime regime, MunicipalityRef municipality, LocalDate date,
      Optional<LocalDate> deadlineStart) {
    Authority body = municipalityBody(municipality, date);
    DeadlineRule rule = regime.deadlineRule().orElseThrow();
    boolean fvl = regime != ComplaintRegime.PBRL;
    List<LegalReference> refs = fvl
        ? List.of(regime == ComplaintRegime.FVL_MUNICIPAL ? LegalReference.of(Act.FORVALTNINGSLOVEN, "28", 2)
                : LegalReference.of(Act.FORVALTNINGSLOVEN, "28"),
            LegalReference.of(Act.FORVALTNINGSLOVEN, "29"),
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
        .addAllHelp(help(regime, body, date))
        .build();
  }

  private ComplaintStep municipalAppealDecides(MunicipalityRef municipality, LocalDate date) {
    Authority first = municipalityBody(municipality, date);
    Authority body = authorities.municipalAppealBody(municipality, date).orElseThrow(() ->
        new NoSuchAuthorityException(AuthorityKind.MUNICIPAL_APPEAL_BODY, date, "the municipality did not exist"));
    Authority governor = governor(municipality, date);
    boolean named = municipality.appealBody().isPresent();
    return ComplaintStep.builder()
        .number(2)
        .body(body)
        .action(StepAction.DECIDE)
        .submittedBy(Submitter.PREVIOUS_BODY)
        .addAllLegalReferences(List.of(LegalReference.of(Act.FORVALTNINGSLOVEN, "28", 2),
            LegalReference.of(Act.FORVALTNINGSLOVEN, "34")))
        .description(LocalizedText.of(
            "Endrer ikke kommunen vedtaket, sender den klagen videre til " + body.name().nb()
                + ", kommunens eget klageorgan for vedtak som ingen særlov sender til staten: kommunestyret eller "
                + "en klagenemnd kommunestyret har oppnevnt (forvaltningsloven § 28 annet ledd). "
                + (named ? "" : "Kommunen har ikke oppgitt hvilket organ det er. ")
                + "Klagen går ikke til " + governor.shortName().nb() + ". Klageorganet avgjør saken: vedtaket kan "
                + "bli stående, bli endret, eller bli opphevet og sendt tilbake.",
            "If the municipality does not change its decision, it forwards the complaint to "
                + body.name().in(Language.EN) + ", the municipality's own appeal body for decisions no special act "
                + "sends to the State: the municipal council or a complaints board the council appoints (section 28 "
                + "second paragraph of the Public Administration Act). "
                + (named ? "" : "The municipality has not stated which body that is. ")
                + "The complaint does not go to " + governor.shortName().in(Language.EN) + ". The appeal body "
                + "decides: the decision may stand, be changed, or be set aside and sent back."))
        .addAllHelp(help(ComplaintRegime.FVL_MUNICIPAL, first, date))
        .build();
  }

  private ComplaintStep governorDecides(ComplaintRegime regime, MunicipalityRef municipality, LocalDate date) {
    Authority body = governor(municipality, date);
    Authority first = municipalityBody(municipality, date);
    boolean fvl = regime == ComplaintRegime.FVL;
    List<LegalReference> refs = fvl
        ? List.of(LegalReference.of(Act.FORVALTNINGSLOVEN, "28"), LegalReference.of(Act.FORVALTNINGSLOVEN, "33"),
            LegalReference.of(Act.FORVALTNINGSLOVEN, "34"))
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
        .addAllHelp(help(regime, first, date))
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
        .addAllHelp(help(ComplaintRegime.SERVICE_COMPLAINT, body, date))
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
        .addAllHelp(help(ComplaintRegime.SERVICE_COMPLAINT, municipalityBody(municipality, date), date))
        .unverified(body.unverified())
        .build();
  }

  private ComplaintStep ombud(ComplaintRegime regime, MunicipalityRef municipality, Authority previous,
      LocalDate date, int number) {
    Authority body = ombudBody(date);
    boolean oldAct = date.isBefore(NEW_OMBUD_ACT);
    List<ComplaintHelp> help = new ArrayList<>();
    help.add(ComplaintHelp.builder()
        .body(body)
        .description(LocalizedText.of("Det er gratis å klage til " + body.shortName().nb() + ".",
            "Complaining to " + body.shortName().in(Language.EN) + " is free."))
        .free(true)
        .build());
    if (health(regime)) {
      patientOmbud(date).ifPresent(help::add);
    }
    return ComplaintStep.builder()
        .number(number)
        .body(body)
        .action(StepAction.OMBUD_REVIEW)
        .submittedBy(Submitter.PERSON)
        .addAllChannels(EnumSet.of(Channel.WRITTEN))
        .deadlineRule(DeadlineRule.OMBUD_COMPLAINT)
        .addAllLegalReferences(List.of(DeadlineRule.OMBUD_COMPLAINT.legalReference().orElseThrow()))
        .description(LocalizedText.of(
            "Først når alle klagemuligheter er brukt og " + previous.name().nb() + " har avgjort saken, kan du "
                + "klage skriftlig til " + body.name().nb() + ", innen ett år etter den endelige avgjørelsen. "
                + body.shortName().nb() + " kan uttale seg om saken, men kan ikke selv endre vedtaket.",
            "Only once every appeal has been used and " + previous.name().in(Language.EN) + " has decided the "
                + "case can you complain in writing to " + body.name().in(Language.EN) + ", within one year of "
                + "the final decision. " + cap(body.shortName().in(Language.EN)) + " can give its opinion but cannot "
                + "change the decision itself."))
        .addAllHelp(help)
        .unverified(oldAct)
        .build();
  }

  private ComplaintStep coercionProposal(MunicipalityRef municipality, LocalDate date) {
    Authority body = municipalityBody(municipality, date);
    Authority tribunal = tribunalBody(municipality, date);
    return ComplaintStep.builder()
        .number(1)
        .body(body)
        .action(StepAction.INVESTIGATE_AND_PROPOSE)
        .submittedBy(Submitter.MUNICIPALITY)
        .deadlineRule(DeadlineRule.COERCION_INTERIM_PROPOSAL)
        .addAllLegalReferences(List.of(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-1"),
            LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"),
            LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3")))
        .description(LocalizedText.of(
            cap(body.name().nb()) + " undersøker saken etter melding, for eksempel fra pårørende (§ 10-1), eller på eget "
                + "initiativ, og avgjør om den skal fremmes for " + tribunal.name().nb() + ". Kommunen kan treffe "
                + "et midlertidig vedtak; da må forslaget til endelig vedtak sendes til nemnda innen to uker, "
                + "ellers faller det midlertidige vedtaket bort.",
            cap(body.name().in(Language.EN)) + " investigates after a report, for instance from a relative (section "
                + "10-1), or on its own initiative, and decides whether to bring the case before "
                + tribunal.name().in(Language.EN) + ". The municipality may make an interim decision; its proposal "
                + "for a final decision must then reach the tribunal within two weeks, or the interim decision "
                + "lapses."))
        .addAllHelp(help(ComplaintRegime.COERCION, body, date))
        .build();
  }

  private ComplaintStep tribunal(MunicipalityRef municipality, LocalDate date) {
    Authority body = tribunalBody(municipality, date);
    Authority first = municipalityBody(municipality, date);
    Authority governor = governor(municipality, date);
    return ComplaintStep.builder()
        .number(2)
        .body(body)
        .action(StepAction.DECIDE_DETENTION)
        .submittedBy(Submitter.MUNICIPALITY)
        .addAllLegalReferences(List.of(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-2"),
            LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-3"),
            LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-5")))
        .description(LocalizedText.of(
            cap(body.name().nb()) + " avgjør om personen kan holdes tilbake i institusjon uten eget samtykke: etter "
                + "§ 10-2 i opptil tre måneder, etter § 10-3 gjennom svangerskapet, med ny vurdering minst hver "
                + "tredje måned. Nemnda skal om mulig behandle saken innen to uker (§ 10-5; et mål, ikke en "
                + "absolutt frist). Et vedtak som ikke er iverksatt innen seks uker, faller bort. Vedtaket kan "
                + "ikke klages til " + governor.shortName().nb() + ".",
            cap(body.name().in(Language.EN)) + " decides whether the person may be held in an institution without "
                + "consent: under section 10-2 for up to three months, under section 10-3 for the pregnancy, with a "
                + "review at least every third month. The tribunal should hear the case within two weeks if "
                + "possible (section 10-5; a target, not a hard limit). A decision not carried out within six "
                + "weeks lapses. The decision cannot be appealed to " + governor.shortName().in(Language.EN) + "."))
        .addAllHelp(help(ComplaintRegime.COERCION, first, date))
        .unverified(body.unverified())
        .build();
  }

  private ComplaintStep court(MunicipalityRef municipality, LocalDate date, Optional<LocalDate> deadlineStart) {
    Authority body = authorities.districtCourt(date).orElseThrow();
    Authority ombud = ombudBody(date);
    DeadlineRule rule = DeadlineRule.COERCION_COURT_REVIEW;
    return ComplaintStep.builder()
        .number(3)
        .body(body)
        .action(StepAction.REVIEW_IN_COURT)
        .submittedBy(Submitter.PERSON)
        .addAllChannels(EnumSet.of(Channel.WRITTEN))
        .deadlineRule(rule)
        .deadline(deadlineStart.map(start -> calculator.compute(rule, start)))
        .addAllLegalReferences(List.of(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-7")))
        .description(LocalizedText.of(
            "Nemndas vedtak kan bringes inn for " + body.name().nb() + " innen to måneder (§ 10-7, tvisteloven "
                + "kapittel 36). Retten prøver hele saken. Ruten ender her: " + ombud.shortName().nb()
                + " behandler ikke saker som kan bringes inn for domstolene.",
            "The tribunal's decision can be brought before " + body.name().in(Language.EN) + " within two months "
                + "(section 10-7, Dispute Act chapter 36), which reviews the whole case. The route ends here: "
                + ombud.shortName().in(Language.EN) + " does not take up matters that can be brought before the "
                + "courts."))
        .addAllHelp(help(ComplaintRegime.COERCION, municipalityBody(municipality, date), date))
        .unverified(body.unverified())
        .build();
  }

  private List<LocalizedText> consentDetentionNotes(MunicipalityRef municipality, LocalDate date) {
    municipalityBody(municipality, date);
    Optional<Authority> tribunal = authorities.coercionTribunal(municipality.county(), date);
    // the tribunal's general name (its regional names before 2023 are unverified, and no step carries the flag)
    String tribunalNb = tribunal.map(t -> generalName(t.name().nb(), " i ")).orElse("nemnda");
    String tribunalEn = tribunal.map(t -> generalName(t.name().in(Language.EN), " in ")).orElse("the tribunal");
    Authority governor = governor(municipality, date);
    List<LocalizedText> notes = new ArrayList<>();
    notes.add(LocalizedText.of(
        "Tilbakeholdelse etter eget samtykke (§ 10-4) er ikke tvang som " + tribunalNb + " avgjør: ingen nemnd "
            + "treffer vedtak, og det er ingenting å klage inn for nemnda, for tingretten etter den eller for "
            + governor.shortName().nb() + ". Personen og institusjonen avtaler tilbakeholdelsen, senest ved "
            + "ankomst, på grunnlag av personens skriftlige samtykke.",
        "Detention on own consent (section 10-4) is not coercion decided by " + tribunalEn + ": no tribunal "
            + "decides, and there is nothing to appeal to a tribunal, to the district court after it, or to "
            + governor.shortName().in(Language.EN) + ". The person and the institution agree on the hold, at "
            + "the latest on arrival, on the person's written consent."));
    notes.add(LocalizedText.of(
        "Institusjonen kan holde personen tilbake i opptil tre uker fra inntaket. Skal oppholdet vare i minst tre "
            + "måneder, kan den også holde personen tilbake i opptil tre uker etter at samtykket uttrykkelig er "
            + "trukket tilbake, høyst tre ganger per opphold. Ingen av periodene forlenges til en virkedag.",
        "The institution may hold the person back for up to three weeks from intake. For a stay of at least "
            + "three months it may also hold the person back for up to three weeks after consent is expressly "
            + "withdrawn, at most three times per stay. Neither period is extended to a working day."));
    notes.add(LocalizedText.of(
        "Hvordan man klager på behandlingen under et slikt opphold, står ikke i kildene (ikke oppgitt).",
        "How to complain about the treatment during such a stay is not stated in the sources."));
    patientOmbud(date).ifPresent(h -> notes.add(h.description()));
    return notes;
  }

  private static String generalName(String name, String regionWord) {
    int i = name.indexOf(regionWord);
    return i < 0 ? name : name.substring(0, i);
  }

  private static String cap(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static ComplaintHelp guidance(Authority body, boolean decidedByMunicipality) {
    return ComplaintHelp.builder()
        .body(body)
        .description(decidedByMunicipality ? LocalizedText.of(
            "Den som fattet vedtaket, har plikt til å veilede deg og kan hjelpe deg med å klage.",
            "The body that made the decision must guide you and can help you complain.")
            : LocalizedText.of("Kommunen har plikt til å veilede deg om saken og hvordan den går videre.",
                "The municipality must guide you about the case and how it proceeds."))
        .free(true)
        .legalReference(LegalReference.of(Act.FORVALTNINGSLOVEN, "11"))
        .build();
  }

  /** The help beside a step: the deciding body's guidance, and for health and care routes the patient ombud. */
  private List<ComplaintHelp> help(ComplaintRegime regime, Authority municipality, LocalDate date) {
    List<ComplaintHelp> help = new ArrayList<>();
    help.add(guidance(municipality, regime != ComplaintRegime.COERCION));
    if (health(regime)) {
      patientOmbud(date).ifPresent(help::add);
    }
    return List.copyOf(help);
  }

  private Optional<ComplaintHelp> patientOmbud(LocalDate date) {
    return authorities.patientAndUserOmbud(date).map(ombud -> ComplaintHelp.builder()
        .body(ombud)
        .description(LocalizedText.of(
            cap(ombud.name().nb()) + " kan gi råd og hjelpe deg med å klage, gratis.",
            cap(ombud.name().in(Language.EN)) + " can advise you and help you complain, free of charge."))
        .free(true)
        .legalReference(LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "8-3"))
        .build());
  }

  /** A null argument is a programmer error: an NPE that names the parameter (docs/adr/0022). */
  private static void require(String field, Object value) {
    Objects.requireNonNull(value, field);
  }
}
