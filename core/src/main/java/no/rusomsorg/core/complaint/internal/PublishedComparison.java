package no.rusomsorg.core.complaint.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.authority.internal.AuthorityTable;
import no.rusomsorg.core.complaint.ComplaintDiscrepancy;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.complaint.DiscrepancyKind;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.core.text.LocalizedText;

/** Compares published complaint information with a statutory route. Not API. */
public final class PublishedComparison {
  private static final LegalReference OMBUD_NAME = LegalReference.of(Act.SIVILOMBUDSLOVEN, "1");

  private PublishedComparison() {}

  /** How a published name relates to the expected body. */
  enum Match { SAME, OUTDATED, NOT_YET_VALID, OTHER_BODY, UNKNOWN }

  /**
   * Lists the discrepancies.
   *
   * @param published the published information
   * @param route the statutory route on the date
   * @param authorities the authorities
   * @return the discrepancies
   */
  public static List<ComplaintDiscrepancy> compare(PublishedComplaintInfo published, ComplaintRoute route,
      Authorities authorities) {
    List<ComplaintDiscrepancy> result = new ArrayList<>();
    ComplaintRegime regime = route.regime();
    published.deadline().ifPresent(p -> compareDeadline(p, regime).ifPresent(result::add));
    if (route.steps().isEmpty()) {
      LegalReference ref = regime.legalReferences().get(0);
      String text = published.body();
      result.add(discrepancy(DiscrepancyKind.BODY_DIFFERS, text, "–", ref,
          "«" + text + "» avgjør ingen klage her: etter " + ref.citation() + " er det ingenting å klage på.",
          "«" + text + "» avgjer inga klage her: etter " + ref.citation() + " er det ingenting å klage på.",
          "'" + text + "' decides no complaint here: under " + ref.citation() + " there is nothing to appeal."));
      published.nextBody().ifPresent(next -> result.add(discrepancy(DiscrepancyKind.NEXT_BODY_DIFFERS, next, "–",
          ref, "Det finnes ingen klagevei etter " + ref.citation() + ".",
          "Det finst ingen klageveg etter " + ref.citation() + ".",
          "There is no complaint route under " + ref.citation() + ".")));
      return List.copyOf(result);
    }
    ComplaintStep appeal = route.appealStep();
    compareAppealBody(published.body(), appeal, route, authorities).ifPresent(result::add);
    published.nextBody().ifPresent(text -> compareNextBody(text, route, authorities).ifPresent(result::add));
    return List.copyOf(result);
  }

  private static Optional<ComplaintDiscrepancy> compareDeadline(PeriodSpec published, ComplaintRegime regime) {
    Optional<PeriodSpec> statutory = regime.statutoryPeriod();
    if (statutory.isPresent() && sameLength(published, statutory.get())) {
      return Optional.empty();
    }
    LegalReference ref = regime.deadlineRule().flatMap(r -> r.legalReference())
        .orElse(regime.legalReferences().get(0));
    String statNb = statutory.map(p -> p.text(Language.NB)).orElse("ingen frist");
    String statNn = statutory.map(p -> p.text(Language.NN)).orElse("inga frist");
    String statEn = statutory.map(p -> p.text(Language.EN)).orElse("no deadline");
    return Optional.of(ComplaintDiscrepancy.builder()
        .kind(DiscrepancyKind.DEADLINE_DIFFERS)
        .published(published.text(Language.NB))
        .statutory(statNb)
        .legalReference(ref)
        .explanation(LocalizedText.of(
            "Kommunen oppgir klagefrist " + published.text(Language.NB) + ", men etter " + ref.citation()
                + " er fristen " + statNb + ".",
            "Kommunen oppgir klagefrist " + published.text(Language.NN) + ", men etter " + ref.citation()
                + " er fristen " + statNn + ".",
            "The municipality states a deadline of " + published.text(Language.EN) + ", but under "
                + ref.citation() + " it is " + statEn + "."))
        .build());
  }

  /** Equal length where units convert exactly (days and weeks); ranges never equal a fixed period. */
  static boolean sameLength(PeriodSpec a, PeriodSpec b) {
    if (a.lowerAmount().isPresent() || b.lowerAmount().isPresent()) {
      return a.equals(b);
    }
    if (a.unit() == b.unit()) {
      return a.amount() == b.amount();
    }
    return days(a).isPresent() && days(a).equals(days(b));
  }

  private static Optional<Long> days(PeriodSpec p) {
    if (p.unit() == PeriodUnit.DAYS) {
      return Optional.of((long) p.amount());
    }
    if (p.unit() == PeriodUnit.WEEKS) {
      return Optional.of(7L * p.amount());
    }
    return Optional.empty();
  }

  private static Optional<ComplaintDiscrepancy> compareAppealBody(String text, ComplaintStep appeal,
      ComplaintRoute route, Authorities authorities) {
    Authority expected = appeal.body();
    List<Authority> history = expected.kind() == AuthorityKind.COUNTY_GOVERNOR
        ? authorities.countyGovernorHistory(route.municipality().county())
        : authorities.allNames(expected.kind());
    Match match = match(text, expected, history, route.date(), authorities);
    LegalReference ref = appeal.legalReferences().isEmpty() ? route.regime().legalReferences().get(0)
        : appeal.legalReferences().get(0);
    String stat = expected.name().nb();
    String statNn = expected.name().in(Language.NN);
    String statEn = expected.name().in(Language.EN);
    switch (match) {
      case SAME:
        return Optional.empty();
      case OUTDATED:
        return Optional.of(discrepancy(DiscrepancyKind.BODY_NAME_OUTDATED, text, stat, ref,
            "«" + text + "» er et tidligere navn; per " + route.date() + " heter organet " + stat + ".",
            "«" + text + "» er eit tidlegare namn; per " + route.date() + " heiter organet " + statNn + ".",
            "'" + text + "' is a former name; on " + route.date() + " the body is " + statEn + " (" + stat + ")."));
      case NOT_YET_VALID:
        return Optional.of(discrepancy(DiscrepancyKind.BODY_NAME_NOT_YET_VALID, text, stat, ref,
            "«" + text + "» var ikke tatt i bruk per " + route.date() + "; da het organet " + stat + ".",
            "«" + text + "» var ikkje teke i bruk per " + route.date() + "; då heitte organet " + statNn + ".",
            "'" + text + "' was not yet in use on " + route.date() + "; the body was then " + stat + "."));
      case OTHER_BODY:
        return Optional.of(discrepancy(DiscrepancyKind.BODY_DIFFERS, text, stat, ref,
            "«" + text + "» er ikke organet som avgjør klager her; etter " + ref.citation() + " er det " + stat + ".",
            "«" + text + "» er ikkje organet som avgjer klager her; etter " + ref.citation() + " er det " + statNn + ".",
            "'" + text + "' is not the body that decides such complaints; under " + ref.citation() + " it is "
                + statEn + " (" + stat + ")."));
      default:
        return Optional.of(discrepancy(DiscrepancyKind.BODY_UNKNOWN, text, stat, ref,
            "«" + text + "» er ikke et kjent organ; klageorganet er " + stat + ".",
            "«" + text + "» er ikkje eit kjent organ; klageorganet er " + statNn + ".",
            "'" + text + "' is not a known body; the appeal body is " + statEn + " (" + stat + ")."));
    }
  }

  private static Optional<ComplaintDiscrepancy> compareNextBody(String text, ComplaintRoute route,
      Authorities authorities) {
    Optional<ComplaintStep> next = route.stepAfterAppeal();
    if (next.isEmpty()) {
      LegalReference ref = route.regime().legalReferences().get(0);
      return Optional.of(discrepancy(DiscrepancyKind.NEXT_BODY_DIFFERS, text, "–", ref,
          "Etter " + route.appealStep().body().name().nb() + " er det ingen videre klageinstans i denne ordningen; "
              + "ombudet behandler ikke saker som kan bringes inn for domstolene.",
          "Etter " + route.appealStep().body().name().in(Language.NN) + " er det ingen vidare klageinstans i denne "
              + "ordninga; ombodet handsamar ikkje saker som kan bringast inn for domstolane.",
          "After " + route.appealStep().body().name().in(Language.EN) + " there is no further complaint body in "
              + "this regime; the Ombud does not take up matters that can be brought before the courts."));
    }
    Authority expected = next.get().body();
    Match match = match(text, expected, authorities.allNames(expected.kind()), route.date(), authorities);
    String stat = expected.name().nb();
    String statNn = expected.name().in(Language.NN);
    switch (match) {
      case SAME:
        return Optional.empty();
      case OUTDATED:
        return Optional.of(discrepancy(DiscrepancyKind.OMBUD_NAME_OUTDATED, text, stat, OMBUD_NAME,
            "«" + text + "» er ombudets tidligere navn; fra 1. juli 2021 heter det " + stat + ".",
            "«" + text + "» er det tidlegare namnet til ombodet; frå 1. juli 2021 heiter det " + statNn + ".",
            "'" + text + "' is the Ombud's former name; since 1 July 2021 it is " + stat + "."));
      case NOT_YET_VALID:
        return Optional.of(discrepancy(DiscrepancyKind.OMBUD_NAME_NOT_YET_VALID, text, stat, OMBUD_NAME,
            "«" + text + "» ble først tatt i bruk 1. juli 2021; per " + route.date() + " het ombudet " + stat + ".",
            "«" + text + "» vart først teke i bruk 1. juli 2021; per " + route.date() + " heitte ombodet " + statNn + ".",
            "'" + text + "' came into use on 1 July 2021; on " + route.date() + " the Ombud was " + stat + "."));
      case OTHER_BODY:
        return Optional.of(discrepancy(DiscrepancyKind.NEXT_BODY_DIFFERS, text, stat, OMBUD_NAME,
            "«" + text + "» er ikke neste instans; det er " + stat + ".",
            "«" + text + "» er ikkje neste instans; det er " + statNn + ".",
            "'" + text + "' is not the next body; it is " + stat + "."));
      default:
        return Optional.of(discrepancy(DiscrepancyKind.NEXT_BODY_UNKNOWN, text, stat, OMBUD_NAME,
            "«" + text + "» er ikke et kjent organ; neste instans er " + stat + ".",
            "«" + text + "» er ikkje eit kjent organ; neste instans er " + statNn + ".",
            "'" + text + "' is not a known body; the next body is " + stat + "."));
    }
  }

  private static ComplaintDiscrepancy discrepancy(DiscrepancyKind kind, String published, String statutory,
      LegalReference ref, String nb, String nn, String en) {
    return ComplaintDiscrepancy.builder().kind(kind).published(published).statutory(statutory)
        .legalReference(ref).explanation(LocalizedText.of(nb, nn, en)).build();
  }

  private static Match match(String text, Authority expected, List<Authority> history, LocalDate date,
      Authorities authorities) {
    String t = normalize(text);
    if (names(expected).contains(t)) {
      return Match.SAME;
    }
    // full names first, so that "Fylkesmannen i Agder" is judged by its own dates
    for (boolean full : new boolean[] {true, false}) {
      for (Authority a : history) {
        if (!(full ? fullNames(a) : names(a)).contains(t)) {
          continue;
        }
        if (a.isValidOn(date)) {
          if (a.id().equals(expected.id()) || !full) {
            return Match.SAME;
          }
          return Match.OTHER_BODY;
        }
        return a.validTo().map(to -> to.isBefore(date)).orElse(false) ? Match.OUTDATED : Match.NOT_YET_VALID;
      }
    }
    for (AuthorityKind kind : AuthorityKind.values()) {
      for (Authority a : authorities.allNames(kind)) {
        if (names(a).contains(t)) {
          return Match.OTHER_BODY;
        }
      }
    }
    if (AuthorityTable.tribunalNameStems().stream().anyMatch(t::startsWith)
        || t.startsWith("fylkesmannen") || t.startsWith("statsforvalteren")) {
      return Match.OTHER_BODY;
    }
    return Match.UNKNOWN;
  }

  private static List<String> fullNames(Authority a) {
    return List.of(normalize(a.name().nb()), normalize(a.name().in(Language.EN)));
  }

  private static List<String> names(Authority a) {
    return List.of(normalize(a.name().nb()), normalize(a.name().in(Language.EN)),
        normalize(a.shortName().nb()), normalize(a.shortName().in(Language.EN)));
  }

  static String normalize(String s) {
    String t = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").trim();
    t = t.replaceAll("[.,;:!]+$", "");
    if (t.startsWith("the ")) {
      t = t.substring(4);
    }
    return t;
  }
}
