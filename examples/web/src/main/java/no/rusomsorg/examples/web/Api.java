package no.rusomsorg.examples.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.ImmutablePersonFacts;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Role;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.pathway.Situation;
import no.rusomsorg.core.pathway.Step;
import no.rusomsorg.core.pathway.Triage;
import no.rusomsorg.core.pathway.TriageRequest;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityDirectory.ServiceVerdict;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The JSON API. Every date parameter is optional and defaults to today in Europe/Oslo by the
 * injected {@link Clock}. Every error answers with an {@link ErrorBody}: 400 for a bad request, 404 for
 * a municipality unknown or not yet established on the date, 410 for one merged by then, and 422 for a
 * date on which the municipality existed but its catalog has no data yet (Sandnes before 1965).
 */
@RestController
@RequestMapping(path = "/api", produces = MediaType.APPLICATION_JSON_VALUE)
class Api {
  private static final java.time.ZoneId OSLO = java.time.ZoneId.of("Europe/Oslo");
  private final MunicipalityDirectory directory;
  private final Clock clock;

  Api(MunicipalityRegistry registry, Clock clock) {
    this.directory = registry.directory();
    this.clock = clock;
  }

  @GetMapping("/municipalities")
  Views.MunicipalityList municipalities(@RequestParam(name = "date", required = false) String date) {
    LocalDate d = date("date", date);
    List<Views.MunicipalitySummary> out = new ArrayList<>();
    java.util.Set<String> listed = new java.util.HashSet<>();
    for (MunicipalityLookup.Existing e : directory.municipalitiesOn(d)) { // plugins and the national register
      listed.add(e.municipality().id());
      out.add(Views.MunicipalitySummary.of(e.municipality(), d, e.status()));
    }
    for (Catalog c : directory.catalogs()) { // the plugins' municipalities that did not exist on the date
      if (!listed.contains(c.municipality().id())) {
        out.add(Views.MunicipalitySummary.of(c.municipality(), d, directory.lookup(c.municipality().id(), d).status()));
      }
    }
    return new Views.MunicipalityList(d, out);
  }

  @GetMapping("/municipalities/{municipality}/services")
  Views.ServiceList services(@PathVariable(name = "municipality") String municipality, @RequestParam(name = "date", required = false) String date) {
    LocalDate d = date("date", date);
    Resolved found = find(municipality, d);
    return new Views.ServiceList(Views.MunicipalitySummary.of(found.municipality().municipality(), d), d,
        found.note(), found.municipality().services());
  }

  @PostMapping(path = "/municipalities/{municipality}/eligibility", consumes = MediaType.APPLICATION_JSON_VALUE)
  Views.EligibilityAnswer eligibility(@PathVariable(name = "municipality") String municipality,
      @RequestBody(required = false) String body) {
    if (body == null || body.isBlank()) {
      throw new InvalidValueException("$", Rule.REQUIRED, "send the person's facts as a JSON object");
    }
    Views.EligibilityRequest request = RusomsorgJson.strict().read(body, Views.EligibilityRequest.class);
    LocalDate d = request.date().orElse(LocalDate.now(clock));
    Resolved found = find(municipality, d);
    PersonFacts facts = facts(request, d);
    ZonedDateTime now = ZonedDateTime.now(clock);
    // whom to contact now, only if the municipality still exists now (never Søgne's numbers in 2026)
    boolean existsNow = found.municipality().municipality().isValidOn(now.withZoneSameInstant(OSLO).toLocalDate());
    List<Views.ServiceAnswer> services = new ArrayList<>();
    for (ServiceVerdict sv : directory.eligibility(found.municipality(), facts)) {
      Service s = sv.service();
      // the verdict in words keyed on the access mode: "in the target group – you may apply; the
      // municipality decides" for a service with a decision, never "you can get it" (ADR 0011)
      no.rusomsorg.core.text.LocalizedText answer = sv.verdict().map(s::answer)
          .orElseGet(() -> s.answer(no.rusomsorg.core.eligibility.Outcome.UNKNOWN));
      services.add(new Views.ServiceAnswer(s.id(), s.name(), s.description(), s.kind(), s.accessMode(),
          answer, sv.verdict(), Views.ContactNow.of(existsNow ? directory.contactsAt(found.municipality(), s, now)
              : List.of())));
    }
    return new Views.EligibilityAnswer(Views.MunicipalitySummary.of(found.municipality().municipality(), d), d, now,
        found.note(), services);
  }

  @GetMapping("/deadlines")
  Views.DeadlineAnswer deadline(@RequestParam(name = "rule") String rule, @RequestParam(name = "from", required = false) String from) {
    DeadlineRule r = deadlineRule(rule);
    LocalDate start = date("from", from);
    Deadline deadline;
    try {
      deadline = DeadlineCalculator.standard().compute(r, start);
    } catch (InvalidValueException e) {
      throw asParameter("from", e); // the calculator's own name for the start is not the API's
    }
    return new Views.DeadlineAnswer(r.id(), r.title(), deadline, deadline.trace(Language.NB),
        deadline.trace(Language.EN));
  }

  @GetMapping("/municipalities/{municipality}/services/{service}/complaint-route")
  Views.Route complaintRoute(@PathVariable(name = "municipality") String municipality, @PathVariable(name = "service") String service,
      @RequestParam(name = "date", required = false) String date, @RequestParam(name = "subject", required = false) String subject,
      @RequestParam(name = "decisionReceived", required = false) String decisionReceived) {
    LocalDate d = date("date", date);
    Resolved found = find(municipality, d);
    Service s = found.municipality().service(service)
        .orElseThrow(() -> new MunicipalityUnavailable(HttpStatus.NOT_FOUND, "service", Rule.REFERENCE,
            found.municipality().municipality().name() + " offers no service " + InvalidValueException.quote(service) + " on "
                + d));
    ComplaintSubject subj = subject == null ? ComplaintSubject.DECISION
        : parseEnum("subject", subject, ComplaintSubject.class);
    Optional<LocalDate> start = decisionReceived == null ? Optional.empty()
        : Optional.of(date("decisionReceived", decisionReceived));
    ComplaintRoute route;
    try {
      route = start.isPresent() ? directory.complaintRoute(found.municipality(), s, subj, start.get())
          : directory.complaintRoute(found.municipality(), s, subj);
    } catch (InvalidValueException e) {
      throw start.isPresent() ? asParameter("decisionReceived", e) : e;
    }
    return Views.Route.of(route, s);
  }

  @GetMapping("/triage")
  Views.TriageAnswer triage(@RequestParam(name = "situation") String situation, @RequestParam(name = "date", required = false) String date,
      @RequestParam(name = "referralReceived", required = false) String referralReceived) {
    Situation sit = parseEnum("situation", situation, Situation.class);
    LocalDate d = date("date", date);
    TriageRequest req = referralReceived == null ? TriageRequest.of(sit, d)
        : TriageRequest.builder().situation(sit).date(d).referralReceived(date("referralReceived", referralReceived))
            .build();
    List<Step> steps;
    try {
      steps = Triage.standard().nextSteps(req);
    } catch (InvalidValueException e) {
      throw referralReceived == null ? asParameter("date", e) : asParameter("referralReceived", e);
    }
    return new Views.TriageAnswer(sit, sit.title(), d, steps);
  }

  // ---------------------------------------------------------------------------------------------

  /**
   * The municipality whose services answer a request, and a note when it is not the one asked for.
   *
   * @param municipality the municipality found on the date: the one asked for, or its successor
   * @param note why the successor answers, when it does
   */
  record Resolved(MunicipalityLookup.Existing municipality, Optional<String> note) {}

  private Resolved find(String query, LocalDate date) {
    return resolve(directory.lookup(query, date));
  }

  /**
   * The municipality that answers for a lookup, or the error for each other answer: 410 for one merged
   * into a successor that this app does not have (or that ended, split between others), 422 for a date
   * on which it existed before its data, 404 for one not yet established or unknown.
   *
   * @throws IllegalStateException for a kind of answer this app does not handle yet
   */
  static Resolved resolve(MunicipalityLookup lookup) {
    LocalDate date = lookup.date();
    if (lookup instanceof MunicipalityLookup.Found) {
      return new Resolved((MunicipalityLookup.Found) lookup, Optional.empty());
    } else if (lookup instanceof MunicipalityLookup.NationalBaseline) {
      return new Resolved((MunicipalityLookup.NationalBaseline) lookup,
          Optional.of(((MunicipalityLookup.NationalBaseline) lookup).notice().nb()));
    } else if (lookup instanceof MunicipalityLookup.Merged) {
      MunicipalityLookup.Merged merged = (MunicipalityLookup.Merged) lookup;
      Municipality old = merged.former();
      if (merged.successorLookup() instanceof MunicipalityLookup.Existing) {
        MunicipalityLookup.Existing next = (MunicipalityLookup.Existing) merged.successorLookup();
        String baseline = next instanceof MunicipalityLookup.NationalBaseline
            ? " " + ((MunicipalityLookup.NationalBaseline) next).notice().nb() : "";
        return new Resolved(next, Optional.of(old.name() + " er slått sammen med " + next.municipality().name()
            + "; tjenestene er " + next.municipality().name() + " sine." + baseline));
      }
      throw new MunicipalityUnavailable(HttpStatus.GONE, Rule.RANGE, old.name() + " no longer existed on " + date
          + "; it merged into " + merged.successor().name() + " (" + merged.successor().number() + ")"
          + ", whose services are not in this app");
    } else if (lookup instanceof MunicipalityLookup.Ended) {
      MunicipalityLookup.Ended ended = (MunicipalityLookup.Ended) lookup;
      throw new MunicipalityUnavailable(HttpStatus.GONE, Rule.RANGE, ended.former().name() + " no longer existed on "
          + date + ", whose services are not in this app");
    } else if (lookup instanceof MunicipalityLookup.ExistedNoData) {
      MunicipalityLookup.ExistedNoData noData = (MunicipalityLookup.ExistedNoData) lookup;
      Municipality m = noData.municipality();
      throw new MunicipalityUnavailable(HttpStatus.UNPROCESSABLE_CONTENT, Rule.RANGE, m.name() + " existed on " + date
          + " but this app has no data about it before " + noData.dataFrom()
          + " (" + noData.earlierExistence().description().in(no.rusomsorg.core.text.Language.EN) + ")");
    } else if (lookup instanceof MunicipalityLookup.NotYetEstablished) {
      throw new MunicipalityUnavailable(HttpStatus.NOT_FOUND, Rule.RANGE,
          ((MunicipalityLookup.NotYetEstablished) lookup).municipality().name() + " did not exist yet on " + date);
    } else if (lookup instanceof MunicipalityLookup.Ambiguous) {
      List<String> numbers = new ArrayList<>();
      for (MunicipalityLookup c : ((MunicipalityLookup.Ambiguous) lookup).candidates()) {
        numbers.add(c instanceof MunicipalityLookup.Existing
            ? ((MunicipalityLookup.Existing) c).municipality().name() + " (" + ((MunicipalityLookup.Existing) c).number() + ")"
            : c.toString());
      }
      throw new MunicipalityUnavailable(HttpStatus.CONFLICT, Rule.CONSISTENCY,
          "several municipalities have this name on " + date + ": " + String.join(", ", numbers) + "; give the number");
    } else if (lookup instanceof MunicipalityLookup.Unknown) {
      throw new MunicipalityUnavailable(HttpStatus.NOT_FOUND, Rule.REFERENCE,
          "no municipality " + InvalidValueException.quote(lookup.query()) + " is known to this app");
    }
    throw new IllegalStateException("the app does not handle the lookup answer " + lookup.getClass().getName());
  }

  private static PersonFacts facts(Views.EligibilityRequest r, LocalDate date) {
    if (r.birthDate().isPresent() && r.age().isPresent()) {
      throw new InvalidValueException("$.age", Rule.CONSISTENCY, "give a birth date or an age, not both");
    }
    ImmutablePersonFacts.Builder b = PersonFacts.builder();
    r.birthDate().ifPresent(b::birthDate);
    if (r.age().isPresent()) {
      int age = r.age().get();
      if (age < 0 || age > 130) {
        throw new InvalidValueException("$.age", Rule.RANGE, "an age is between 0 and 130");
      }
      // The latest birth date that gives this age on the date: the person is exactly that age then.
      b.birthDate(date.minusYears(age));
    }
    r.residency().ifPresent(b::municipalityRelation);
    r.roles().ifPresent(roles -> {
      for (int i = 0; i < roles.size(); i++) {
        if (roles.get(i) == null) {
          throw new InvalidValueException("$.roles[" + i + "]", Rule.REQUIRED, "a role must not be null; one of "
              + java.util.Arrays.toString(Role.values()));
        }
      }
      Set<Role> set = roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles);
      b.substanceProblem(set.contains(Role.SUBSTANCE_PROBLEM));
      b.relative(set.contains(Role.RELATIVE));
      b.partnerAgency(set.contains(Role.PARTNER_AGENCY));
    });
    r.pregnant().ifPresent(b::pregnant);
    r.homeless().ifPresent(b::homeless);
    return b.build();
  }

  /** The library's error for a value computed from a request parameter, named by that parameter. */
  private static InvalidValueException asParameter(String parameter, InvalidValueException e) {
    return new InvalidValueException(parameter, e.rule(), e.detail(), e);
  }

  private LocalDate date(String field, String text) {
    if (text == null || text.isBlank()) {
      return LocalDate.now(clock);
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidValueException(field, Rule.FORMAT, "a date is written YYYY-MM-DD, such as 2026-03-12");
    }
  }

  private static DeadlineRule deadlineRule(String rule) {
    switch (rule.trim().toLowerCase(Locale.ROOT)) {
      case "fvl":
        return DeadlineRule.FVL_COMPLAINT;
      case "pbrl":
        return DeadlineRule.PBRL_COMPLAINT;
      case "tsb":
        return DeadlineRule.TSB_REFERRAL_ASSESSMENT;
      case "interim":
        return DeadlineRule.FVL_INTERIM_REPLY;
      default:
        throw new InvalidValueException("rule", Rule.FORMAT, "the rule is one of fvl, pbrl, tsb, interim");
    }
  }

  private static <E extends Enum<E>> E parseEnum(String field, String text, Class<E> type) {
    String name = text.trim().toUpperCase(Locale.ROOT).replace('-', '_');
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(name)) {
        return e;
      }
    }
    List<String> known = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      known.add(e.name());
    }
    throw new InvalidValueException(field, Rule.FORMAT, "one of " + known);
  }
}
