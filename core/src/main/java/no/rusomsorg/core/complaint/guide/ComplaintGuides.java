package no.rusomsorg.core.complaint.guide;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.complaint.StepAction;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.LocalizedText;

/**
 * Builds {@link ComplaintGuide}s: help to complain about a service of a catalog.
 *
 * <p>Everything that is law or a date comes from elsewhere in the library: the regime from the service's
 * legal basis ({@link ComplaintRegime#forLegalBasis(List)}) unless the request names one; the addressee,
 * the deadline and the later steps from {@link ComplaintRoutes#route(ComplaintRegime, MunicipalityRef,
 * LocalDate, LocalDate)} for the municipality as on the request's day; the one-year bar on late complaints
 * from {@link DeadlineCalculator} ({@link DeadlineRule#FVL_LATE_COMPLAINT_BAR}, from the decision date).
 * This class adds who can help, what the complaint must contain and what to do after the deadline, in
 * bokmål, nynorsk and English.
 *
 * <p>Every {@link ComplaintRegime} is handled by an exhaustive switch (no default branch):
 * <table>
 *   <caption>The guide per regime</caption>
 *   <tr><th>regime</th><th>addressee</th><th>deadline</th><th>contents</th><th>after the deadline</th></tr>
 *   <tr><td>FVL_MUNICIPAL, FVL</td><td>the municipality (the units providing the service)</td><td>3 weeks
 *       (fvl § 29)</td><td>fvl § 32 (unverified)</td><td>fvl § 31, with the one-year bar</td></tr>
 *   <tr><td>PBRL</td><td>the municipality</td><td>4 weeks (pbrl § 7-5)</td><td>fvl § 32 (unverified)</td>
 *       <td>fvl § 31 through pbrl § 7-7, with the one-year bar</td></tr>
 *   <tr><td>SERVICE_COMPLAINT</td><td>the municipality (the service's leader)</td><td>none</td><td>what the
 *       route asks (no form stated)</td><td>cannot be late</td></tr>
 *   <tr><td>COERCION</td><td>the district court</td><td>2 months (hol § 10-7)</td><td>not stated in the
 *       sources (a suggestion)</td><td>not stated in the sources</td></tr>
 *   <tr><td>CONSENT_DETENTION</td><td>none: nothing to complain about</td><td>none</td><td>none</td>
 *       <td>nothing to be late for</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplaintGuides {
  private static final ComplaintGuides STANDARD =
      new ComplaintGuides(ComplaintRoutes.standard(), Authorities.standard(), DeadlineCalculator.standard());

  private static final LegalReference FVL_11 =
      LegalReference.builder().act(Act.FORVALTNINGSLOVEN).section("11").unverified(true).build();
  private static final LegalReference FVL_12 = LegalReference.of(Act.FORVALTNINGSLOVEN, "12");
  private static final LegalReference FVL_31 = LegalReference.of(Act.FORVALTNINGSLOVEN, "31");
  private static final LegalReference FVL_32 =
      LegalReference.builder().act(Act.FORVALTNINGSLOVEN).section("32").unverified(true).build();
  private static final LegalReference PBRL_7_7 = LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "7-7");
  private static final LegalReference PBRL_8_3 = LegalReference.of(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "8-3");
  private static final LegalReference HOL_10_7 = LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "10-7");

  private final ComplaintRoutes routes;
  private final Authorities authorities;
  private final DeadlineCalculator calculator;

  private ComplaintGuides(ComplaintRoutes routes, Authorities authorities, DeadlineCalculator calculator) {
    this.routes = routes;
    this.authorities = authorities;
    this.calculator = calculator;
  }

  /**
   * Guides with the standard complaint routes, authorities and deadline calculator.
   *
   * @return the shared instance
   */
  public static ComplaintGuides standard() {
    return STANDARD;
  }

  /**
   * Help to complain about a service.
   *
   * @param catalog the municipality's catalog
   * @param service one of the catalog's services
   * @param request the day the person writes, the decision date and/or the day they learnt of it, and
   *     optionally the regime
   * @return the guide
   * @throws InvalidValueException field {@code service} (REFERENCE) when the service is not the catalog's;
   *     field {@code on} (RANGE) when the municipality did not exist on the request's day; field
   *     {@code regime} (REQUIRED) when the request names no regime and the catalog states no legal basis
   *     for the service, (REFERENCE or CONSISTENCY) when the basis gives no single regime; a deadline's
   *     own range checks for dates the calendar does not cover
   * @throws no.rusomsorg.core.authority.NoSuchAuthorityException when a body on the route did not exist on
   *     the day (such as the tribunal before 1993)
   */
  public ComplaintGuide guide(Catalog catalog, Service service, ComplaintGuideRequest request) {
    Objects.requireNonNull(catalog, "catalog");
    Objects.requireNonNull(service, "service");
    Objects.requireNonNull(request, "request");
    if (!catalog.service(service.id()).filter(service::equals).isPresent()) {
      throw new InvalidValueException("service", Rule.REFERENCE, "service " + InvalidValueException.quote(service.id())
          + " is not in the catalog of " + catalog.municipality().name());
    }
    LocalDate on = request.on();
    MunicipalityRef ref = ref(catalog.municipality(), on);
    boolean fromBasis = request.regime().isEmpty();
    ComplaintRegime regime = request.regime().orElseGet(() -> regimeOf(service));
    ComplaintRoute route = routes.route(regime, ref, on, request.deadlineStart());

    Optional<ComplaintStep> step = addresseeStep(regime, route);
    Optional<Addressee> addressee = step.map(st -> addressee(st, catalog, service, on));
    Optional<Deadline> deadline = step.flatMap(ComplaintStep::deadline);
    Optional<Deadline> bar = hasBar(regime)
        ? request.decided().map(d -> calculator.compute(DeadlineRule.FVL_LATE_COMPLAINT_BAR, d))
        : Optional.empty();

    List<LocalizedText> notes = new ArrayList<>(route.notes());
    if (deadline.isPresent() && request.learnt().isEmpty()) {
      notes.add(Texts.of(
          "Du oppga ikke når du fikk vite om vedtaket, så fristen er regnet fra vedtaksdatoen. Fristen løper "
              + "egentlig fra dagen du fikk vite om det, og kan gå ut senere; sender du klagen innen datoen her, er "
              + "du på den sikre siden.",
          "Du oppgav ikkje når du fekk vite om vedtaket, så fristen er rekna frå vedtaksdatoen. Fristen spring "
              + "eigentleg frå dagen du fekk vite om det, og kan gå ut seinare; sender du klaga innan datoen her, er "
              + "du på den sikre sida.",
          "You did not say when you learnt of the decision, so the deadline is counted from the decision date. It "
              + "really runs from the day you learnt of it and may end later; sending the complaint by the date "
              + "given here is safe."));
    }
    if (hasBar(regime) && request.decided().isEmpty()) {
      notes.add(Texts.of(
          "Du oppga ikke vedtaksdatoen, så grensen på ett år for klager som kommer for sent, er ikke regnet ut.",
          "Du oppgav ikkje vedtaksdatoen, så grensa på eitt år for klager som kjem for seint, er ikkje rekna ut.",
          "You did not give the decision date, so the one-year limit on late complaints has not been computed."));
    }
    return ComplaintGuide.builder()
        .municipality(catalog.municipality().name())
        .serviceId(service.id())
        .serviceName(service.name())
        .regime(regime)
        .regimeTitle(regime.title())
        .regimeFromLegalBasis(fromBasis)
        .request(request)
        .addressee(addressee)
        .deadline(deadline)
        .lateComplaintBar(bar)
        .timing(ComplaintGuide.timing(deadline, bar, on))
        .addAllNextSteps(nextSteps(route, step))
        .addAllHelpers(helpers(regime, ref, on))
        .addAllContents(contents(regime))
        .contentsBasis(contentsBasis(regime))
        .contentsNote(contentsNote(regime))
        .lateComplaint(lateComplaint(regime))
        .addAllLateComplaintReferences(lateReferences(regime))
        .addAllNotes(notes)
        .unverified(route.unverified() || addressee.map(Addressee::bodyUnverified).orElse(false))
        .build();
  }

  // ------------------------------------------------------------------------------------------ parts

  private static MunicipalityRef ref(Municipality m, LocalDate on) {
    Optional<County> county = m.countyOn(on);
    if (!m.isValidOn(on) || county.isEmpty()) {
      throw new InvalidValueException("on", Rule.RANGE, m.name() + " did not exist on " + on);
    }
    return MunicipalityRef.builder().name(m.name()).county(county.get()).validFrom(m.validity().from())
        .validTo(m.validity().to()).appealBody(m.appealBody()).build();
  }

  private static ComplaintRegime regimeOf(Service service) {
    if (service.legalBasis().isEmpty()) {
      throw new InvalidValueException("regime", Rule.REQUIRED, "the catalog states no legal basis for "
          + InvalidValueException.quote(service.id()) + ", so the complaint regime cannot be derived; choose one");
    }
    try {
      return ComplaintRegime.forLegalBasis(service.legalBasis());
    } catch (InvalidValueException e) {
      throw new InvalidValueException("regime", e.rule(), e.detail() + "; choose a regime", e);
    }
  }

  /** The step where the person acts: where the complaint is sent. */
  static Optional<ComplaintStep> addresseeStep(ComplaintRegime regime, ComplaintRoute route) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL, SERVICE_COMPLAINT -> Optional.of(route.steps().get(0));
      case COERCION -> route.steps().stream().filter(s -> s.action() == StepAction.REVIEW_IN_COURT).findFirst();
      case CONSENT_DETENTION -> Optional.empty();
    };
  }

  private static boolean municipalityAddressed(ComplaintRegime regime) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL, SERVICE_COMPLAINT -> true;
      case COERCION, CONSENT_DETENTION -> false;
    };
  }

  private static boolean hasBar(ComplaintRegime regime) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL -> true;
      case SERVICE_COMPLAINT, COERCION, CONSENT_DETENTION -> false;
    };
  }

  private static boolean health(ComplaintRegime regime) {
    return switch (regime) {
      case PBRL, SERVICE_COMPLAINT, COERCION, CONSENT_DETENTION -> true;
      case FVL_MUNICIPAL, FVL -> false;
    };
  }

  private static Addressee addressee(ComplaintStep step, Catalog catalog, Service service, LocalDate on) {
    Authority body = step.body();
    List<Unit> units = new ArrayList<>();
    // only the municipality's contact details are in the catalog: the service's units
    if (body.kind() == AuthorityKind.MUNICIPALITY) {
      for (Unit u : catalog.unitsOf(service)) {
        if (u.existsOn(on)) {
          units.add(u);
        }
      }
    }
    return Addressee.builder().bodyId(body.id()).bodyKind(body.kind()).bodyName(body.name())
        .bodyUnverified(body.unverified()).description(step.description()).addAllUnits(units).build();
  }

  private static List<NextStep> nextSteps(ComplaintRoute route, Optional<ComplaintStep> from) {
    List<NextStep> out = new ArrayList<>();
    if (from.isEmpty()) {
      return out;
    }
    for (ComplaintStep s : route.steps()) {
      if (s.number() > from.get().number()) {
        out.add(NextStep.builder().number(s.number()).bodyKind(s.body().kind()).bodyName(s.body().name())
            .action(s.action()).description(s.description()).deadlineRule(s.deadlineRule())
            .addAllLegalReferences(s.legalReferences()).unverified(s.unverified()).build());
      }
    }
    return out;
  }

  private List<Helper> helpers(ComplaintRegime regime, MunicipalityRef ref, LocalDate on) {
    List<Helper> out = new ArrayList<>();
    boolean decided = municipalityAddressed(regime);
    authorities.municipality(ref, on).ifPresent(m -> out.add(Helper.builder()
        .kind(HelperKind.GUIDANCE)
        .name(m.name())
        .description(decided
            ? Texts.of("Den som fattet vedtaket, skal veilede deg og kan hjelpe deg med å klage.",
                "Den som gjorde vedtaket, skal rettleie deg og kan hjelpe deg med å klage.",
                "The body that made the decision must guide you and can help you complain.")
            : Texts.of("Kommunen skal veilede deg om saken og om hvordan den går videre.",
                "Kommunen skal rettleie deg om saka og om korleis ho går vidare.",
                "The municipality must guide you about the case and how it proceeds."))
        .free(true)
        .legalReference(FVL_11)
        .build()));
    if (health(regime)) {
      authorities.patientAndUserOmbud(on).ifPresent(o -> out.add(Helper.builder()
          .kind(HelperKind.PATIENT_AND_USER_OMBUD)
          .name(o.name())
          .description(Texts.of(
              "Gir gratis råd og kan hjelpe deg med å skrive klagen. Ombudet avgjør ikke saken.",
              "Gjev gratis råd og kan hjelpe deg med å skrive klaga. Ombodet avgjer ikkje saka.",
              "Gives free advice and can help you write the complaint. The ombud does not decide the case."))
          .free(true)
          .legalReference(PBRL_8_3)
          .build()));
    }
    if (hasRepresentative(regime)) {
      out.add(Helper.builder()
          .kind(HelperKind.REPRESENTATIVE)
          .name(Texts.of("Advokat eller annen fullmektig", "Advokat eller annan fullmektig",
              "A lawyer or another representative"))
          .description(Texts.of(
              "Du kan la en advokat eller en annen person du velger, hjelpe deg eller klage for deg. Er det ikke "
                  + "en advokat, må personen ha en skriftlig fullmakt fra deg.",
              "Du kan la ein advokat eller ein annan person du vel, hjelpe deg eller klage for deg. Er det ikkje "
                  + "ein advokat, må personen ha ei skriftleg fullmakt frå deg.",
              "You can let a lawyer or another person you choose help you or complain for you. Someone who is "
                  + "not a lawyer needs your written authorisation."))
          .free(false)
          .legalReference(FVL_12)
          .build());
    }
    return out;
  }

  private static boolean hasRepresentative(ComplaintRegime regime) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL -> true;
      case SERVICE_COMPLAINT, COERCION, CONSENT_DETENTION -> false;
    };
  }

  private static List<ContentPart> contents(ComplaintRegime regime) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL, COERCION -> List.of(ContentPart.DECISION, ContentPart.CHANGE_WANTED,
          ContentPart.REASONS, ContentPart.SIGNATURE);
      case SERVICE_COMPLAINT -> List.of(ContentPart.SERVICE, ContentPart.WHAT_IS_WRONG, ContentPart.CHANGE_WANTED,
          ContentPart.SIGNATURE);
      case CONSENT_DETENTION -> List.of();
    };
  }

  private static Optional<LegalReference> contentsBasis(ComplaintRegime regime) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL -> Optional.of(FVL_32);
      case SERVICE_COMPLAINT, COERCION, CONSENT_DETENTION -> Optional.empty();
    };
  }

  private static LocalizedText contentsNote(ComplaintRegime regime) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL -> Texts.of(
          "Etter forvaltningsloven § 32 skal en klage være underskrevet, nevne vedtaket, si hvilken endring du "
              + "ønsker og begrunne klagen. Bibliotekets kilder gjengir ikke paragrafen, så henvisningen er ikke "
              + "verifisert.",
          "Etter forvaltningslova § 32 skal ei klage vere underskriven, nemne vedtaket, seie kva endring du "
              + "ønskjer og grunngje klaga. Kjeldene til biblioteket gjev ikkje att paragrafen, så tilvisinga er "
              + "ikkje verifisert.",
          "Under section 32 of the Public Administration Act a complaint must be signed, name the decision, say "
              + "what change is wanted and give reasons. The library's sources do not quote the section, so the "
              + "reference is unverified.");
      case SERVICE_COMPLAINT -> Texts.of(
          "Kildene oppgir ingen formkrav for en klage på tjenesten. Delene her er det klageveien ber deg si: hva du "
              + "er misfornøyd med og hva du ønsker endret. Til lederen for tjenesten kan du klage muntlig; til neste "
              + "instans må klagen være skriftlig.",
          "Kjeldene oppgir ingen formkrav for ei klage på tenesta. Delane her er det klagevegen ber deg seie: kva du "
              + "er misnøgd med og kva du ønskjer endra. Til leiaren for tenesta kan du klage munnleg; til neste "
              + "instans må klaga vere skriftleg.",
          "The sources state no form for a complaint about a service. These parts are what the route asks you to "
              + "say: what you are unhappy with and what you want changed. You may complain orally to the service's "
              + "leader; to the next body the complaint must be in writing.");
      case COERCION -> Texts.of(
          "Kildene oppgir ikke hva et krav om at tingretten skal prøve nemndas vedtak, må inneholde (tvisteloven "
              + "kapittel 36; ikke oppgitt). Delene her er et forslag; spør nemnda, retten eller en advokat.",
          "Kjeldene oppgir ikkje kva eit krav om at tingretten skal prøve vedtaket til nemnda, må innehalde "
              + "(tvistelova kapittel 36; ikkje oppgitt). Delane her er eit framlegg; spør nemnda, retten eller "
              + "ein advokat.",
          "The sources do not state what a request for the district court to review the tribunal's decision must "
              + "contain (Dispute Act chapter 36; not stated). These parts are a suggestion; ask the tribunal, the "
              + "court or a lawyer.");
      case CONSENT_DETENTION -> Texts.of(
          "Det er ikke noe vedtak å klage på, så det er ingen klage å skrive.",
          "Det er ikkje noko vedtak å klage på, så det er inga klage å skrive.",
          "There is no decision to complain about, so there is no complaint to write.");
    };
  }

  private static LocalizedText lateComplaint(ComplaintRegime regime) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL, PBRL -> {
        boolean pbrl = regime == ComplaintRegime.PBRL;
        yield Texts.of(
            "Har fristen gått ut, kan du likevel klage. Klagen kan bli behandlet hvis du ikke kan lastes for at den "
                + "kom for sent, eller hvis det er særlige grunner til det (forvaltningsloven § 31"
                + (pbrl ? ", som pasient- og brukerrettighetsloven § 7-7 viser til" : "") + "). Skriv i klagen "
                + "hvorfor den kommer for sent. Er det gått mer enn ett år siden vedtaket ble truffet, kan en klage "
                + "som kommer for sent, ikke behandles.",
            "Har fristen gått ut, kan du likevel klage. Klaga kan bli handsama dersom du ikkje kan lastast for at ho "
                + "kom for seint, eller dersom det er særlege grunnar til det (forvaltningslova § 31"
                + (pbrl ? ", som pasient- og brukarrettslova § 7-7 viser til" : "") + "). Skriv i klaga kvifor "
                + "ho kjem for seint. Har det gått meir enn eitt år sidan vedtaket vart gjort, kan ei klage som kjem "
                + "for seint, ikkje handsamast.",
            "If the deadline has passed, you can still complain. The complaint may be considered if you cannot be "
                + "blamed for the delay, or if there are special reasons (section 31 of the Public Administration "
                + "Act" + (pbrl ? ", to which section 7-7 of the Patients' and Users' Rights Act refers" : "")
                + "). Say in the complaint why it is late. Once more than one year has passed since the decision "
                + "was made, a late complaint cannot be considered.");
      }
      case SERVICE_COMPLAINT -> Texts.of(
          "Det er ingen klagefrist for en klage på tjenesten, så klagen kommer ikke for sent.",
          "Det er inga klagefrist for ei klage på tenesta, så klaga kjem ikkje for seint.",
          "There is no deadline for a complaint about a service, so the complaint cannot be late.");
      case COERCION -> Texts.of(
          "Fristen på to måneder for å bringe nemndas vedtak inn for tingretten står i helse- og "
              + "omsorgstjenesteloven § 10-7. Hva som gjelder når fristen er oversittet, står ikke i kildene "
              + "(ikke oppgitt). Kontakt tingretten eller en advokat straks.",
          "Fristen på to månader for å bringe vedtaket til nemnda inn for tingretten står i helse- og "
              + "omsorgstenestelova § 10-7. Kva som gjeld når fristen er oversitten, står ikkje i kjeldene "
              + "(ikkje oppgitt). Ta straks kontakt med tingretten eller ein advokat.",
          "The two months to bring the tribunal's decision before the district court are in section 10-7 of the "
              + "Health and Care Services Act. What applies once that time has passed is not stated in the "
              + "sources. Contact the district court or a lawyer at once.");
      case CONSENT_DETENTION -> Texts.of(
          "Det er ikke noe vedtak å klage på, så det er ingen frist å komme for sent til.",
          "Det er ikkje noko vedtak å klage på, så det er inga frist å kome for seint til.",
          "There is no decision to complain about, so there is no deadline to miss.");
    };
  }

  private static List<LegalReference> lateReferences(ComplaintRegime regime) {
    return switch (regime) {
      case FVL_MUNICIPAL, FVL -> List.of(FVL_31);
      case PBRL -> List.of(FVL_31, PBRL_7_7);
      case COERCION -> List.of(HOL_10_7);
      case SERVICE_COMPLAINT, CONSENT_DETENTION -> List.of();
    };
  }
}
