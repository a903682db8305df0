package no.rusomsorg.register.baseline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.StandardCriteria;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Cost;
import no.rusomsorg.core.service.ImmutableService;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.service.PromiseKind;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.ResponsePromise;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.service.TargetGroup;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The standard service description of a municipal substance-abuse service ("Rustjenesten"), as
 * data a plugin can start from.
 *
 * <p>What the description says, and how it is represented here:
 * <ul>
 *   <li>a low-threshold service for people over 18 with substance-related problems, their family and
 *       network; the target group is those who live in or are staying in the municipality and need
 *       health care for substance dependence: {@link #eligibility()} is
 *       {@link StandardCriteria#targetGroup()} (being 18 and living there is not enough). An offer whose
 *       name narrows the group says so in {@link Offer#eligibility()}: cannabis cessation and LAR are for
 *       the adult with the substance problem, the follow-up of pregnant women for pregnant adults with a
 *       substance problem;</li>
 *   <li>services are granted after an individual assessment by the allocation office
 *       (forvaltningstjenesten), on application: {@link AccessMode#APPLICATION_AND_DECISION}; one may
 *       contact the municipality for help to apply, so no application is needed before contact;</li>
 *   <li>someone who applies for another person needs a power of attorney:
 *       {@link #applicantCriterion()};</li>
 *   <li>if the case cannot be decided within one month the applicant is told why and when a decision
 *       is expected (forvaltningsloven § 11 a): {@link #processingTime()};</li>
 *   <li>a complaint is sent to the municipality within three weeks and, if the municipality keeps its
 *       decision, goes on to "Fylkesmannen": {@link #complaintInfo()}, kept <em>exactly as
 *       published</em> (the statutory deadline for health and care services and the body's current
 *       name differ; the complaint package shows the difference);</li>
 *   <li>the listed offers: {@link Offer}.</li>
 * </ul>
 *
 * <p>The description does not state a price, so {@link #cost()} says that the source is silent
 * rather than claiming that the services are free; a plugin whose own source states the price
 * replaces it.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * StandardServiceDescription std = StandardServiceDescription.of("example", "example.rus-team", verified);
 * catalog.addSources(std.source())
 *        .addServices(std.offer(Offer.LAR).withDescription(LocalizedText.of("...")));
 * }</pre>
 * Every service returned is complete and valid; adjust it with the {@code with…} methods of
 * {@link ImmutableService}. Service ids are {@code <prefix>.<offer id>}, such as
 * {@code example.cannabis-cessation}. The catalog that holds the services must contain
 * {@link #source()} (and the unit), or it fails its reference checks.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class StandardServiceDescription {
  /** The id of the standard service description as a source; also used by {@link StandardCriteria}. */
  public static final String SOURCE_ID = Criterion.STANDARD_SERVICE_DESCRIPTION;

  /** The name of the stored copy of the description in the project's seeds. */
  public static final String DOCUMENT = "standard-tjenestebeskrivelse-rustjenesten.txt";

  private static final Pattern ID = Pattern.compile("[a-z0-9]+(?:[-.][a-z0-9]+)*");

  private final String prefix;
  private final String unitId;
  private final LocalDate verifiedOn;

  private StandardServiceDescription(String prefix, String unitId, LocalDate verifiedOn) {
    this.prefix = prefix;
    this.unitId = unitId;
    this.verifiedOn = verifiedOn;
  }

  /**
   * The description applied to one municipality.
   *
   * @param idPrefix the prefix of the service ids, a stable id such as {@code sandnes}
   * @param unitId the id of the unit that gives the services
   * @param verifiedOn when the data was last checked against the description
   * @return the description
   * @throws InvalidValueException if an id is malformed
   */
  public static StandardServiceDescription of(String idPrefix, String unitId, LocalDate verifiedOn) {
    checkId("idPrefix", idPrefix);
    checkId("unitId", unitId);
    Objects.requireNonNull(verifiedOn, "verifiedOn");
    return new StandardServiceDescription(idPrefix, unitId, verifiedOn);
  }

  /**
   * The description as a source, with id {@value #SOURCE_ID}.
   *
   * @return the source
   */
  public Source source() {
    return Source.builder()
        .id(SOURCE_ID)
        .title("Rustjenesten (standard tjenestebeskrivelse)")
        .publisher("Kommunal standard tjenestebeskrivelse (felles mal, oppdatert 02.08.2017)")
        .document(DOCUMENT)
        .verifiedOn(verifiedOn)
        .build();
  }

  /**
   * Who the services are for: living in or staying in the municipality, and 18 or older with a
   * substance problem, or their family or network.
   *
   * @return {@link StandardCriteria#targetGroup()}
   */
  public Criterion eligibility() {
    return StandardCriteria.targetGroup();
  }

  /**
   * Who may apply: the person themselves, or someone acting for them with a power of attorney.
   * Kept apart from {@link #eligibility()}, which is about the person who would receive the service.
   *
   * @return the criterion
   */
  public Criterion applicantCriterion() {
    return Criterion.proxyWithPowerOfAttorney();
  }

  /**
   * The statutory basis of the municipality's duty to provide the services: helse- og
   * omsorgstjenesteloven §§ 3-1 and 3-2, and the right to necessary services in
   * pasient- og brukerrettighetsloven § 2-1 a. The description cites no sections. Hol §§ 3-1 and 3-2 are
   * in the project's table of verified sections ({@link no.rusomsorg.core.law.Statutes#isVerified});
   * pbrl § 2-1 a is {@link LegalReference#unverified() unverified} (its numbering may change, see
   * Prop. 40 L (2022–2023)).
   *
   * @return the references
   */
  public List<LegalReference> legalBasis() {
    return List.of(LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-1"),
        LegalReference.of(Act.HELSE_OG_OMSORGSTJENESTELOVEN, "3-2"),
        unverified(Act.PASIENT_OG_BRUKERRETTIGHETSLOVEN, "2-1 a"));
  }

  private static LegalReference unverified(Act act, String section) {
    return LegalReference.builder().act(act).section(section).unverified(true).build();
  }

  /**
   * The one-month rule: when a case cannot be decided within one month, the applicant gets a written
   * message with the reason and the expected time of the decision (forvaltningsloven § 11 a).
   *
   * @return the promise, 1 month
   */
  public ResponsePromise processingTime() {
    return ResponsePromise.builder()
        .what(LocalizedText.of(
            "Vedtak, eller skriftlig beskjed om hvorfor saken tar lengre tid og når vedtak kan ventes",
            "A decision, or a written message saying why the case takes longer and when to expect a decision"))
        .kind(PromiseKind.TIME_TO_RESPONSE)
        .period(PeriodSpec.of(1, PeriodUnit.MONTHS))
        .build();
  }

  /**
   * The complaint route as the description publishes it: to the municipality within three weeks of
   * receiving the decision, then on to "Fylkesmannen".
   *
   * @return the published route, citing {@value #SOURCE_ID}
   */
  public PublishedComplaintInfo complaintInfo() {
    return PublishedComplaintInfo.builder()
        .subject(ComplaintSubject.DECISION)
        .deadline(PeriodSpec.of(3, PeriodUnit.WEEKS))
        .firstInstance("Kommunen")
        .body("Fylkesmannen")
        .sourceId(SOURCE_ID)
        .build();
  }

  /**
   * The cost as far as the description tells it: it states no price.
   *
   * @return a cost that says the source is silent
   */
  public Cost cost() {
    return Cost.notStated(LocalizedText.of(
        "Tjenestebeskrivelsen oppgir ikke pris. Spør kommunen.",
        "The service description states no price. Ask the municipality."));
  }

  /**
   * One listed offer as a complete service for this municipality.
   *
   * @param offer the offer
   * @return the service, id {@code <prefix>.<offer id>}
   */
  public ImmutableService offer(Offer offer) {
    Objects.requireNonNull(offer, "offer");
    return Service.builder()
        .id(prefix + "." + offer.id())
        .kind(offer.kind())
        .name(offer.title())
        .description(offer.description())
        .accessMode(AccessMode.APPLICATION_AND_DECISION)
        .applicationBeforeContact(false)
        .cost(cost())
        .addAllTargetGroups(offer.targetGroups())
        .addAllLegalBasis(legalBasis())
        .addResponsePromises(processingTime())
        .addUnitIds(unitId)
        .addSourceIds(SOURCE_ID)
        .verifiedOn(verifiedOn)
        .addComplaintInfo(complaintInfo())
        .eligibility(offer.eligibility())
        .build();
  }

  /**
   * Every listed offer, in the order of {@link Offer}.
   *
   * @return the services
   */
  public List<ImmutableService> offers() {
    List<ImmutableService> out = new ArrayList<>();
    for (Offer o : Offer.values()) {
      out.add(offer(o));
    }
    return Collections.unmodifiableList(out);
  }

  private static void checkId(String field, String value) {
    Objects.requireNonNull(value, field);
    if (!ID.matcher(value).matches() || value.length() > 100) {
      throw new InvalidValueException(field, Rule.FORMAT,
          "an id is lower-case letters a-z and digits, in parts joined by '-' or '.'");
    }
  }

  @Override
  public String toString() {
    return "StandardServiceDescription[" + prefix + ", " + unitId + "]";
  }

  /** The offers the standard description lists, each with its kind, a stable id and our own texts. */
  public enum Offer {
    /** One-to-one talks. */
    INDIVIDUAL_TALKS("individual-talks", ServiceKind.INDIVIDUAL_TALKS,
        "Individuelle samtaler", "Individual talks",
        "Samtaler mellom deg og en fagperson om rusbruken – din egen eller hos en du står nær – og om hvordan du vil"
            + " ha det.",
        "Conversations between you and a professional about substance use – your own or that of someone close to"
            + " you – and what you want to change.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES),
    /** Follow-up outside the office: at home or elsewhere in the community. */
    OUTREACH_FOLLOW_UP("outreach-follow-up", ServiceKind.AMBULANT_FOLLOW_UP,
        "Ambulant oppfølging", "Outreach follow-up",
        "Oppfølging der du er, for eksempel hjemme, i stedet for på kontoret.",
        "Follow-up where you are, for example at home, rather than at the office.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES),
    /** The cannabis-cessation programme (HAP). */
    CANNABIS_CESSATION("cannabis-cessation", ServiceKind.CANNABIS_CESSATION,
        "Hasjavvenningsprogram (HAP)", "Cannabis-cessation programme (HAP)",
        "Et strukturert program for deg som vil slutte med cannabis.",
        "A structured programme for people who want to stop using cannabis.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM),
    /** The municipality's part of opioid substitution treatment (LAR). */
    LAR("lar", ServiceKind.LAR,
        "Legemiddelassistert rehabilitering (LAR)", "Opioid substitution treatment (LAR)",
        "Kommunens del av LAR: oppfølging av deg som får legemidler i behandling for opioidavhengighet.",
        "The municipality's part of LAR: follow-up while you receive medication for opioid dependence.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.PEOPLE_IN_LAR),
    /** Follow-up of pregnant women. */
    PREGNANCY_FOLLOW_UP("pregnancy-follow-up", ServiceKind.PREGNANCY_FOLLOW_UP,
        "Oppfølging av gravide", "Follow-up of pregnant women",
        "Tett oppfølging gjennom svangerskapet for gravide som strever med rusmidler.",
        "Close follow-up during pregnancy for pregnant women who struggle with substances.",
        TargetGroup.PREGNANT_WOMEN),
    /** Talks with the family and network. */
    FAMILY_AND_NETWORK_TALKS("family-and-network-talks", ServiceKind.FAMILY_AND_NETWORK_TALKS,
        "Familie- og nettverkssamtaler", "Family and network talks",
        "Samtaler der familie eller andre nære personer er med.",
        "Talks in which family members or other people close to you take part.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES),
    /** Coordination of the services a person receives. */
    COORDINATION("coordination", ServiceKind.COORDINATION_AND_INDIVIDUAL_PLAN,
        "Koordinering av tjenester", "Coordination of services",
        "Hjelp til å få tjenestene du mottar til å henge sammen.",
        "Help to make the services you receive fit together.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES),
    /** Cooperation with other public and private bodies. */
    COOPERATION("cooperation", ServiceKind.INTERAGENCY_COOPERATION,
        "Samarbeid med andre instanser", "Cooperation with other agencies",
        "Tjenesten samarbeider med andre offentlige og private aktører rundt deg.",
        "The service works together with other public and private bodies involved with you.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES),
    /** An activity house. */
    ACTIVITY_HOUSE("activity-house", ServiceKind.ACTIVITY_CENTRE,
        "Aktivitetshus", "Activity house",
        "Et sted med aktiviteter og et fellesskap å være en del av.",
        "A place with activities and company to be part of.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES),
    /** A support contact. */
    SUPPORT_CONTACT("support-contact", ServiceKind.SUPPORT_CONTACT,
        "Støttekontakt", "Support contact",
        "En person som hjelper deg til en meningsfull fritid og et sosialt liv.",
        "A person who helps you to a meaningful free time and a social life.",
        TargetGroup.ADULTS_WITH_SUBSTANCE_PROBLEM, TargetGroup.RELATIVES);

    private final String id;
    private final ServiceKind kind;
    private final LocalizedText name;
    private final LocalizedText description;
    private final TargetGroup[] targetGroups;

    Offer(String id, ServiceKind kind, String nameNb, String nameEn, String descNb, String descEn,
        TargetGroup... targetGroups) {
      this.id = id;
      this.kind = kind;
      this.name = LocalizedText.of(nameNb, nameEn);
      this.description = LocalizedText.of(descNb, descEn);
      this.targetGroups = targetGroups;
    }

    /**
     * The offer's id, the last part of the service id.
     *
     * @return such as {@code cannabis-cessation}
     */
    public String id() {
      return id;
    }

    /**
     * The kind of service.
     *
     * @return the kind
     */
    public ServiceKind kind() {
      return kind;
    }

    /**
     * The offer's name.
     *
     * @return the name in bokmål and English
     */
    public LocalizedText title() {
      return name;
    }

    /**
     * What the offer is, in the project's words.
     *
     * @return the description in bokmål and English
     */
    public LocalizedText description() {
      return description;
    }

    /**
     * Who the offer is for, as a criterion: the description's target group
     * ({@link StandardCriteria#targetGroup()}), narrowed only where the offer's own name narrows it —
     * cannabis cessation and LAR to the adult with the substance problem
     * ({@link StandardCriteria#adultsWithSubstanceProblemLivingOrStaying()}), the follow-up of pregnant
     * women to pregnant adults with a substance problem
     * ({@link StandardCriteria#pregnantWithSubstanceProblem()}).
     *
     * @return the criterion
     */
    public Criterion eligibility() {
      switch (this) {
        case CANNABIS_CESSATION:
        case LAR:
          return StandardCriteria.adultsWithSubstanceProblemLivingOrStaying();
        case PREGNANCY_FOLLOW_UP:
          return StandardCriteria.pregnantWithSubstanceProblem();
        default:
          return StandardCriteria.targetGroup();
      }
    }

    /**
     * Who the offer is meant for.
     *
     * @return the target groups
     */
    public List<TargetGroup> targetGroups() {
      return List.of(targetGroups);
    }
  }
}
