package no.rusomsorg.examples.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.complaint.Channel;
import no.rusomsorg.core.complaint.ComplaintHelp;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.complaint.StepAction;
import no.rusomsorg.core.complaint.Submitter;
import no.rusomsorg.core.contact.ContactPoint;
import no.rusomsorg.core.contact.Fallback;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Role;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.pathway.Situation;
import no.rusomsorg.core.pathway.Step;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.service.ServiceKind;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.api.ContactAdvice;

/** The request and answer bodies of the API that are not library model types. */
final class Views {
  private Views() {}

  /**
   * The eligibility question. Every fact is optional: an unknown fact becomes a missing fact in the
   * verdict, never a guess.
   */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record EligibilityRequest(
      Optional<LocalDate> date,
      Optional<LocalDate> birthDate,
      Optional<Integer> age,
      Optional<MunicipalityRelation> residency,
      Optional<List<Role>> roles,
      Optional<Boolean> pregnant,
      Optional<Boolean> homeless) {}

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record MunicipalitySummary(String id, String name, Optional<String> number, boolean existsOnDate,
      LocalDate validFrom, Optional<LocalDate> validTo, Optional<Successor> successor, Optional<String> county,
      Optional<String> status) {
    static MunicipalitySummary of(Municipality m, LocalDate date) {
      return new MunicipalitySummary(m.id(), m.name(), m.numberOn(date).map(Object::toString), m.isValidOn(date),
          m.validity().from(), m.validity().to(), m.successor(), m.countyOn(date).map(c -> c.name()), Optional.empty());
    }

    /** With the lookup status (FOUND, NATIONAL_BASELINE, MERGED, ...): a baseline is not the municipality's own data. */
    static MunicipalitySummary of(Municipality m, LocalDate date, String status) {
      return new MunicipalitySummary(m.id(), m.name(), m.numberOn(date).map(Object::toString), m.isValidOn(date),
          m.validity().from(), m.validity().to(), m.successor(), m.countyOn(date).map(c -> c.name()),
          Optional.of(status));
    }
  }

  record MunicipalityList(LocalDate date, List<MunicipalitySummary> municipalities) {}

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record ServiceList(MunicipalitySummary municipality, LocalDate date, Optional<String> note,
      List<Service> services) {}

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record ContactNow(LocalizedText unit, ContactPoint contactPoint, boolean openNow,
      Optional<ZonedDateTime> nextOpening, Optional<Fallback> fallback) {
    static List<ContactNow> of(List<ContactAdvice> advice) {
      List<ContactNow> out = new ArrayList<>();
      for (ContactAdvice a : advice) {
        out.add(new ContactNow(a.unit().name(), a.contactPoint(), a.openNow(), a.nextOpening(), a.fallback()));
      }
      return out;
    }
  }

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record ServiceAnswer(String id, LocalizedText name, Optional<LocalizedText> description, ServiceKind kind,
      AccessMode accessMode, LocalizedText answer, Optional<Verdict> verdict, List<ContactNow> contactNow) {}

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record EligibilityAnswer(MunicipalitySummary municipality, LocalDate date, ZonedDateTime now,
      Optional<String> note, List<ServiceAnswer> services) {}

  record DeadlineAnswer(String rule, LocalizedText title, Deadline deadline, String traceNb, String traceEn) {}

  record TriageAnswer(Situation situation, LocalizedText title, LocalDate date, List<Step> steps) {}

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Body(String id, no.rusomsorg.core.authority.AuthorityKind kind, LocalizedText name, LocalizedText shortName,
      boolean unverified) {
    static Body of(Authority a) {
      return new Body(a.id(), a.kind(), a.name(), a.shortName(), a.unverified());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Help(Optional<Body> body, LocalizedText description, boolean free,
      Optional<LegalReference> legalReference) {}

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record RouteStep(int number, Body body, StepAction action, Submitter submittedBy, Set<Channel> channels,
      Optional<DeadlineRule> deadlineRule, Optional<Deadline> deadline, List<LegalReference> legalReferences,
      LocalizedText description, List<Help> help, boolean unverified) {
    static RouteStep of(ComplaintStep s) {
      List<Help> help = new ArrayList<>();
      for (ComplaintHelp h : s.help()) {
        help.add(new Help(h.body().map(Body::of), h.description(), h.free(), h.legalReference()));
      }
      return new RouteStep(s.number(), Body.of(s.body()), s.action(), s.submittedBy(), s.channels(),
          s.deadlineRule(), s.deadline(), s.legalReferences(), s.description(), help, s.unverified());
    }
  }

  /** A statutory time limit of the case beside the steps (coercion, detention on own consent). */
  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record TimeLimit(String id, LocalizedText title, Optional<PeriodSpec> period, LocalizedText startEvent,
      Optional<LegalReference> legalReference, boolean maximumDuration, boolean extendsToWorkingDay) {
    static TimeLimit of(DeadlineRule r) {
      return new TimeLimit(r.id(), r.title(), r.period(), r.startEvent(), r.legalReference(), r.isMaximumDuration(),
          r.extendsToWorkingDay());
    }
  }

  @JsonInclude(JsonInclude.Include.NON_ABSENT)
  record Route(String service, ComplaintRegime regime, LocalizedText regimeTitle, String municipality,
      LocalDate date, Optional<LocalDate> deadlineStart, List<RouteStep> steps, List<TimeLimit> timeLimits,
      List<LocalizedText> notes, boolean unverified) {
    static Route of(ComplaintRoute r, Service s) {
      List<RouteStep> steps = new ArrayList<>();
      r.steps().forEach(x -> steps.add(RouteStep.of(x)));
      List<TimeLimit> limits = new ArrayList<>();
      r.timeLimits().forEach(x -> limits.add(TimeLimit.of(x)));
      return new Route(s.id(), r.regime(), r.regime().title(), r.municipality().name(), r.date(),
          r.deadlineStart(), steps, limits, r.notes(), r.unverified());
    }
  }
}
