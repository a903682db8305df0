package no.rusomsorg.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import no.rusomsorg.core.eligibility.Fact;
import no.rusomsorg.core.eligibility.ImmutablePersonFacts;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Reason;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.api.MunicipalityLookup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * Evaluates each service's eligibility criterion against what is known about a person, and says whom
 * to contact now.
 */
@Command(name = "check", aliases = "sjekk", mixinStandardHelpOptions = true,
    description = {
        "Hvilke tjenester er personen i målgruppen for? For hver tjeneste: i målgruppen (for tjenester med søknad"
            + " og vedtak betyr det at du kan søke og at kommunen avgjør), utenfor målgruppen eller uavklart, med"
            + " begrunnelse, hva som mangler og hvem du kan kontakte nå.",
        "Which services is the person in the target group for? For each: in the target group (for a service with"
            + " application and decision that means you may apply and the municipality decides), outside it, or not"
            + " decided, with reasons, the facts still missing and whom to contact now.",
        "",
        "Opplysninger som ikke oppgis, regnes som ukjente, ikke som nei. Bruk --no-... for et kjent nei.",
        "Facts not given are unknown, not 'no'. Use --no-... for a known 'no'."})
final class CheckCommand extends CliCommand {

  @Parameters(index = "0", paramLabel = "KOMMUNE", description = "Navn eller nummer. / Name or number.")
  String municipality;

  @Option(names = "--service", paramLabel = "ID", description = "Bare denne tjenesten. / Only this service.")
  String serviceId;

  @Option(names = "--date", paramLabel = "ÅÅÅÅ-MM-DD",
      description = "Vurderingsdatoen (standard: i dag). / The date of the assessment (default: today).")
  String date;

  @Option(names = "--at", paramLabel = "TIDSPUNKT",
      description = "Tidspunktet for «hvem kan jeg kontakte nå» (standard: nå; med --date: kl. 12 den dagen)."
          + " / The moment for 'whom to contact now' (default: now; with --date: noon that day).")
  String at;

  @Option(names = "--age", paramLabel = "ÅR", description = "Alder i hele år. / Age in whole years.",
      converter = AgeConverter.class)
  Integer age;

  /** Reads an age without repeating a rejected text: it is a personal fact, or a mistyped identity number. */
  static final class AgeConverter implements picocli.CommandLine.ITypeConverter<Integer> {
    @Override
    public Integer convert(String value) {
      String s = value.trim();
      String digits = s.startsWith("-") ? s.substring(1) : s;
      if (digits.isEmpty() || digits.length() > 3 || !digits.chars().allMatch(Character::isDigit)) {
        throw new picocli.CommandLine.TypeConversionException(
            "en alder er et helt tall fra 0 til 130 / an age is a whole number from 0 to 130");
      }
      return Integer.valueOf(s);
    }
  }

  @Option(names = "--birth-date", paramLabel = "ÅÅÅÅ-MM-DD", description = "Fødselsdato. / Birth date.")
  String birthDate;

  @Option(names = "--resident", description = "Folkeregistrert bosatt i kommunen. / Registered resident.")
  boolean resident;

  @Option(names = "--staying", description = "Oppholder seg i kommunen. / Staying in the municipality.")
  boolean staying;

  @Option(names = "--neither", description = "Verken bosatt eller oppholder seg der. / Neither.")
  boolean neither;

  @Option(names = "--substance-problem", negatable = true, description = "Har et rusproblem. / Has a substance problem.")
  Boolean substanceProblem;

  @Option(names = "--relative", negatable = true, description = "Er pårørende. / Is a relative.")
  Boolean relative;

  @Option(names = "--partner-agency", negatable = true,
      description = "Henvender seg som samarbeidspartner. / Contacts as a partner agency.")
  Boolean partnerAgency;

  @Option(names = "--pregnant", negatable = true, description = "Er gravid. / Is pregnant.")
  Boolean pregnant;

  @Option(names = "--homeless", negatable = true, description = "Er bostedsløs. / Is homeless.")
  Boolean homeless;

  @Option(names = "--mental-illness", negatable = true,
      description = "Har samtidig psykisk lidelse. / Has a co-occurring mental illness.")
  Boolean mentalIllness;

  @Option(names = "--lar", negatable = true, description = "Er i LAR. / Is in opioid substitution treatment.")
  Boolean lar;

  @Option(names = "--acting-for-another", negatable = true,
      description = "Søker på vegne av en annen. / Applies on behalf of someone else.")
  Boolean actingForAnother;

  @Option(names = "--power-of-attorney", negatable = true,
      description = "Har fullmakt. / Holds a power of attorney.")
  Boolean powerOfAttorney;

  /** One service's result. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Result(String serviceId, LocalizedText name, Outcome outcome, LocalizedText answer, Optional<Verdict> verdict,
      Optional<LocalizedText> note, List<ContactView> contactNow) {}

  /** The JSON answer. */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Answer(String municipality, String number, LocalDate date, String at, PersonFacts facts, List<Result> services) {}

  @Override
  int run() {
    LocalDate d = dateOrToday("--date", date);
    ZonedDateTime moment = at != null ? parseMoment("--at", at)
        : date != null ? d.atTime(LocalTime.NOON).atZone(RusomsorgCli.OSLO) : now();
    PersonFacts facts = facts(d);
    MunicipalityLookup.Existing found = existing(municipality, d);
    Catalog c = found.catalog();
    List<Service> services = serviceId == null ? found.services() : List.of(offeredService(c, serviceId, d));
    List<Result> results = new ArrayList<>();
    for (Service s : services) {
      Optional<Verdict> v = s.evaluate(facts, d);
      Outcome o = v.map(Verdict::outcome).orElse(Outcome.UNKNOWN);
      Optional<LocalizedText> note = v.isPresent() ? Optional.empty() : Optional.of(LocalizedText.of(
          "Kilden sier ikke hvem tjenesten er for; spør tjenesten.",
          "Kjelda seier ikkje kven tenesta er for; spør tenesta.",
          "The source does not say who the service is for; ask the service."));
      List<ContactView> contacts = o == Outcome.NOT_ELIGIBLE ? List.of()
          : registry().directory().contactsAt(found, s, moment).stream().map(a -> ContactView.of(c, a, moment))
              .collect(Collectors.toList());
      results.add(new Result(s.id(), s.name(), o, v.map(s::answer).orElseGet(note::get), v,
          v.isPresent() ? note : Optional.empty(), contacts));
    }
    String number = found.number().toString();
    if (json) {
      return printJson(new Answer(c.municipality().name(), number, d,
          moment.toOffsetDateTime().toString(), facts, results));
    }
    println(t("Vurdering for " + c.municipality().name() + " kommune (" + number + ") per " + DATE.format(d),
        "Vurdering for " + c.municipality().name() + " kommune (" + number + ") per " + DATE.format(d),
        "Assessment for the municipality of " + c.municipality().name() + " (" + number + ") on " + DATE.format(d)));
    for (Result r : results) {
      println("");
      println(t(r.name()) + "  [" + r.serviceId() + "]");
      String answer = t(r.answer());
      println("  " + Character.toUpperCase(answer.charAt(0)) + answer.substring(1) + (answer.endsWith(".") ? "" : "."));
      r.note().ifPresent(n -> println("  " + t(n)));
      r.verdict().ifPresent(v -> {
        for (Reason reason : v.reasons()) {
          println("  - " + t(reason.explanation()) + " (" + basis(reason) + ")");
        }
        if (!v.missingFacts().isEmpty()) {
          println("  " + t("Mangler: ", "Manglar: ", "Missing: ") + v.missingFacts().stream().map(this::hint)
              .collect(Collectors.joining(", ")));
        }
      });
      if (!r.contactNow().isEmpty()) {
        println("  " + t("Kontakt nå:", "Kontakt no:", "Contact now:"));
        for (String line : r.contactNow().get(0).lines(this)) {
          println("    " + line);
        }
      }
    }
    println("");
    println(t("Ved fare for liv: ring 113. Legevakten: 116 117 (hele døgnet).",
        "Ved fare for liv: ring 113. Legevakta: 116 117 (heile døgnet).",
        "If a life is in danger: call 113. Out-of-hours medical service: 116 117 (day and night)."));
    return RusomsorgCli.OK;
  }

  private String hint(Fact f) {
    switch (f) {
      case BIRTH_DATE:
        return t("alder (--age eller --birth-date)", "alder (--age eller --birth-date)", "age (--age or --birth-date)");
      case MUNICIPALITY_RELATION:
        return t("tilknytning (--resident, --staying eller --neither)", "tilknyting (--resident, --staying eller --neither)", "connection (--resident, --staying or --neither)");
      case SUBSTANCE_PROBLEM:
        return "--[no-]substance-problem";
      case RELATIVE:
        return "--[no-]relative";
      case PARTNER_AGENCY:
        return "--[no-]partner-agency";
      case PREGNANT:
        return "--[no-]pregnant";
      case HOMELESS:
        return "--[no-]homeless";
      case CO_OCCURRING_MENTAL_ILLNESS:
        return "--[no-]mental-illness";
      case IN_LAR:
        return "--[no-]lar";
      case ACTING_FOR_ANOTHER:
        return "--[no-]acting-for-another";
      default:
        return "--[no-]power-of-attorney";
    }
  }

  /** The facts from the options; unknown unless given. */
  private PersonFacts facts(LocalDate d) {
    ImmutablePersonFacts.Builder b = PersonFacts.builder();
    if (age != null && birthDate != null) {
      throw usage("oppgi enten --age eller --birth-date, ikke begge", "oppgi anten --age eller --birth-date, ikkje begge", "give either --age or --birth-date, not both");
    }
    if (age != null) {
      if (age < 0) {
        throw usage("alderen kan ikke være negativ", "alderen kan ikkje vere negativ", "the age cannot be negative");
      }
      if (age > 130) {
        throw usage("alderen må være høyst 130 år", "alderen må vere høgst 130 år", "the age must be at most 130");
      }
      // The latest birth date consistent with the age: decides every minimum-age criterion as the
      // real birth date would, since the person is at least `age` and younger than `age + 1`.
      b.birthDate(d.minusYears(age));
    }
    if (birthDate != null) {
      LocalDate born = parseDate("--birth-date", birthDate);
      if (born.isAfter(d)) {
        throw usage("fødselsdatoen er etter vurderingsdatoen " + DATE.format(d), "fødselsdatoen er etter vurderingsdatoen " + DATE.format(d),
            "the birth date is after the assessment date " + DATE.format(d));
      }
      b.birthDate(born);
    }
    int relations = (resident ? 1 : 0) + (staying ? 1 : 0) + (neither ? 1 : 0);
    if (relations > 1) {
      throw usage("oppgi bare én av --resident, --staying og --neither", "oppgi berre éin av --resident, --staying og --neither", "give only one of --resident, --staying and --neither");
    }
    if (resident) {
      b.municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT);
    } else if (staying) {
      b.municipalityRelation(MunicipalityRelation.PRESENT);
    } else if (neither) {
      b.municipalityRelation(MunicipalityRelation.NEITHER);
    }
    b.substanceProblem(Optional.ofNullable(substanceProblem));
    b.relative(Optional.ofNullable(relative));
    b.partnerAgency(Optional.ofNullable(partnerAgency));
    b.pregnant(Optional.ofNullable(pregnant));
    b.homeless(Optional.ofNullable(homeless));
    b.coOccurringMentalIllness(Optional.ofNullable(mentalIllness));
    b.inLar(Optional.ofNullable(lar));
    b.actingForAnother(Optional.ofNullable(actingForAnother));
    b.powerOfAttorney(Optional.ofNullable(powerOfAttorney));
    return b.build();
  }
}
