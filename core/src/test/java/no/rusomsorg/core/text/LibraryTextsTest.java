package no.rusomsorg.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Array;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.deadline.PeriodSpec;
import no.rusomsorg.core.deadline.PeriodUnit;
import no.rusomsorg.core.eligibility.Criterion;
import no.rusomsorg.core.eligibility.LeapDayBirthday;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Role;
import no.rusomsorg.core.eligibility.StandardCriteria;
import no.rusomsorg.core.law.Act;
import no.rusomsorg.core.law.LegalReference;
import no.rusomsorg.core.law.Statutes;
import no.rusomsorg.core.pathway.Situation;
import no.rusomsorg.core.pathway.Triage;
import no.rusomsorg.core.pathway.TriageRequest;
import no.rusomsorg.core.service.AccessMode;
import no.rusomsorg.core.service.ComplaintSubject;
import no.rusomsorg.core.service.PublishedComplaintInfo;
import no.rusomsorg.core.service.Service;
import org.junit.jupiter.api.Test;

/**
 * Every text the library writes itself exists in bokmål, nynorsk and English (ADR 0025). Catalog data
 * may leave nynorsk and English out (and then falls back to bokmål); the library's own texts may not.
 *
 * <p>Two sweeps find the texts: every static field of every class in core (enum constants included),
 * followed through fields into the objects they hold, and the answers the library builds at run time
 * (verdict reasons, deadlines and their traces, complaint routes and their comparison with published
 * texts, the national pathway, statute notes), over inputs that reach every branch that writes text.
 */
class LibraryTextsTest {

  @Test
  void everyStaticTextOfCoreHasAllThreeForms() throws Exception {
    Walker w = new Walker();
    for (Class<?> c : coreClasses()) {
      for (Field f : c.getDeclaredFields()) {
        if (Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
          f.setAccessible(true);
          w.walk(f.get(null), c.getSimpleName() + "." + f.getName());
        }
      }
    }
    assertThat(w.found).as("texts found").isGreaterThan(150);
    assertThat(w.incomplete).as("library texts without nynorsk or English").isEmpty();
  }

  @Test
  void everyAnswerTheLibraryWritesHasAllThreeForms() {
    Walker w = new Walker();
    LocalDate[] dates = {LocalDate.of(2008, 6, 1), LocalDate.of(2019, 6, 1), LocalDate.of(2026, 3, 12)};
    // the national pathway
    for (Situation s : Situation.values()) {
      for (LocalDate d : dates) {
        w.walk(Triage.standard().nextSteps(TriageRequest.builder().situation(s).date(d)
            .referralReceived(d.minusDays(1)).build()), "triage " + s);
      }
    }
    // complaint routes, with and without a start, and the comparison with published texts
    MunicipalityRef sandnes = MunicipalityRef.builder().name("Sandnes").county(SandnesFixture.rogaland())
        .validFrom(LocalDate.of(1965, 1, 1)).build();
    for (ComplaintRegime r : ComplaintRegime.values()) {
      for (LocalDate d : dates) {
        w.walk(ComplaintRoutes.standard().route(r, sandnes, d), "route " + r + " " + d);
        w.walk(ComplaintRoutes.standard().route(r, sandnes, d, d), "route " + r + " " + d);
        for (String body : List.of("Fylkesmannen i Rogaland", "Statsforvalteren i Rogaland", "Sivilombudet",
            "kommunen", "Noe helt annet")) {
          for (String next : List.of("Sivilombudsmannen", "Sivilombudet", "Noe annet", "tingretten")) {
            PublishedComplaintInfo p = PublishedComplaintInfo.builder().subject(ComplaintSubject.DECISION)
                .deadline(PeriodSpec.of(6, PeriodUnit.WEEKS)).body(body).nextBody(next).sourceId("s").build();
            w.walk(ComplaintRoutes.standard().compare(p, r, sandnes, d), "compare " + r + " " + body + " " + next);
          }
        }
      }
    }
    // deadlines over a year of start dates, so that every kind of skipped day occurs
    for (DeadlineRule rule : DeadlineRule.values()) {
      if (rule.period().isEmpty()) {
        continue;
      }
      for (LocalDate d = LocalDate.of(2026, 1, 1); d.getYear() == 2026; d = d.plusDays(1)) {
        Deadline dl = DeadlineCalculator.standard().compute(rule, d);
        w.walk(dl, "deadline " + rule);
        dl.extensionReason().ifPresent(x -> w.walk(x, "extension " + rule));
      }
    }
    // verdicts: every kind of criterion, for people who meet it, fail it and leave it unknown
    List<Criterion> criteria = List.of(StandardCriteria.targetGroup(), StandardCriteria.adultsLivingOrStaying(),
        StandardCriteria.pregnantWithSubstanceProblem(), Criterion.minimumAge(18),
        Criterion.residency(MunicipalityRelation.REGISTERED_RESIDENT, MunicipalityRelation.PRESENT),
        Criterion.role(Role.SUBSTANCE_PROBLEM), Criterion.role(Role.RELATIVE), Criterion.role(Role.PARTNER_AGENCY),
        Criterion.pregnant(), Criterion.homeless(), Criterion.coOccurringMentalIllness(), Criterion.inLar(),
        Criterion.proxyWithPowerOfAttorney(), Criterion.notStated("s"),
        Criterion.described(LocalizedText.of("a", "b", "c"), "s"));
    LocalDate day = LocalDate.of(2027, 2, 28);
    for (PersonFacts f : persons(day)) {
      for (Criterion c : criteria) {
        for (LeapDayBirthday reading : LeapDayBirthday.values()) {
          w.walk(c.evaluate(f, day, reading), "verdict " + c);
        }
      }
    }
    // what a verdict means for a service, for every access mode
    for (AccessMode m : AccessMode.values()) {
      Service f = SandnesFixture.counsellorFollowUp();
      Service s = Service.builder().id(f.id()).kind(f.kind()).name(f.name()).description(f.description())
          .accessMode(m).requisitionedBy(m == AccessMode.REQUISITION_BY_AGENCY ? Optional.of("NAV") : Optional.empty())
          .applicationBeforeContact(false).cost(f.cost()).validity(f.validity()).addAllSourceIds(f.sourceIds())
          .verifiedOn(f.verifiedOn()).build();
      for (Outcome o : Outcome.values()) {
        w.walk(s.answer(o), "answer " + m + " " + o);
      }
      for (PersonFacts person : persons(day)) {
        w.walk(s.answer(Criterion.notStated("s").evaluate(person, day)), "answer " + m);
        w.walk(s.answer(Criterion.pregnant().evaluate(person, day)), "answer " + m);
      }
    }
    // notes on statutes that changed
    for (Act act : Act.values()) {
      for (LocalDate d : new LocalDate[] {LocalDate.of(1990, 1, 1), LocalDate.of(2026, 3, 12), LocalDate.of(2100, 1, 1)}) {
        w.walk(Statutes.standard().referenceOn(LegalReference.of(act, "1"), d), "statute " + act);
        w.walk(Statutes.standard().referenceOn(LegalReference.of(act, "29"), d), "statute " + act);
      }
    }
    assertThat(w.found).as("texts found").isGreaterThan(1000);
    assertThat(w.incomplete).as("library texts without nynorsk or English").isEmpty();
  }

  @Test
  void theDeadlineTraceIsWrittenInEachLanguage() {
    Deadline d = DeadlineCalculator.standard().compute(DeadlineRule.FVL_COMPLAINT, LocalDate.of(2026, 3, 12));
    assertThat(d.trace(Language.NB)).isEqualTo(
        "3 uker fra 12.03.2026 = 02.04.2026 (skjærtorsdag) → forlenget til 07.04.2026 (domstolloven § 149)");
    assertThat(d.trace(Language.NN)).isEqualTo(
        "3 veker frå 12.03.2026 = 02.04.2026 (skjærtorsdag) → forlengd til 07.04.2026 (domstollova § 149)");
    assertThat(d.trace(Language.EN)).isEqualTo("3 weeks from 12.03.2026 = 02.04.2026 (Maundy Thursday) → extended"
        + " to 07.04.2026 (Courts of Justice Act § 149)");
    Deadline tsb = DeadlineCalculator.standard().compute(DeadlineRule.TSB_REFERRAL_ASSESSMENT, LocalDate.of(2026, 5, 15));
    assertThat(tsb.trace(Language.NN)).startsWith("10 verkedagar frå 15.05.2026").contains("laurdagar")
        .doesNotContain("virkedager").doesNotContain("ikke");
    for (PeriodUnit u : PeriodUnit.values()) {
      assertThat(u.label(2, Language.NN)).as(u.name()).isNotBlank();
    }
    assertThat(PeriodUnit.WEEKS.label(1, Language.NN)).isEqualTo("veke");
    assertThat(PeriodUnit.MONTHS.label(3, Language.NN)).isEqualTo("månader");
  }

  @Test
  void catalogDataStillFallsBackToBokmal() {
    LocalizedText catalog = LocalizedText.of("Bare bokmål");
    assertThat(catalog.in(Language.NN)).isEqualTo("Bare bokmål");
    assertThat(catalog.complete()).isFalse();
    assertThat(LocalizedText.of("a", "b", "c").complete()).isTrue();
  }

  private static List<PersonFacts> persons(LocalDate day) {
    List<PersonFacts> people = new ArrayList<>();
    people.add(PersonFacts.builder().build());
    for (boolean yes : new boolean[] {true, false}) {
      people.add(PersonFacts.builder().birthDate(yes ? day.minusYears(30) : day.minusYears(10))
          .municipalityRelation(yes ? MunicipalityRelation.REGISTERED_RESIDENT : MunicipalityRelation.NEITHER)
          .substanceProblem(yes).relative(yes).partnerAgency(yes).pregnant(yes).homeless(yes)
          .coOccurringMentalIllness(yes).inLar(yes).actingForAnother(!yes).powerOfAttorney(yes).build());
      people.add(PersonFacts.builder().actingForAnother(true).powerOfAttorney(yes).build());
    }
    people.add(PersonFacts.builder().actingForAnother(true).build());
    people.add(PersonFacts.builder().birthDate(LocalDate.of(2008, 2, 29)).build()); // born on a leap day: the reading decides 28 February
    return people.stream().collect(Collectors.toList());
  }

  /** The classes compiled from core's main sources. */
  private static List<Class<?>> coreClasses() throws IOException, URISyntaxException, ClassNotFoundException {
    Path root = Paths.get(LocalizedText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<Class<?>> classes = new ArrayList<>();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path p : files.filter(f -> f.toString().endsWith(".class")).sorted().collect(Collectors.toList())) {
        String name = root.relativize(p).toString().replace('/', '.').replace(".class", "");
        if (name.endsWith("module-info") || name.endsWith("package-info")) {
          continue;
        }
        classes.add(Class.forName(name, true, LibraryTextsTest.class.getClassLoader()));
      }
    }
    return classes;
  }

  /** Follows fields, collections, maps, optionals and arrays from a root and collects every text. */
  static final class Walker {
    final Set<String> incomplete = new TreeSet<>();
    int found;
    private final Map<Object, Boolean> seen = new IdentityHashMap<>();

    void walk(Object o, String path) {
      if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean || o instanceof Class
          || o instanceof LocalDate || seen.put(o, Boolean.TRUE) != null) {
        return;
      }
      if (o instanceof LocalizedText) {
        found++;
        LocalizedText t = (LocalizedText) o;
        if (!t.complete()) {
          incomplete.add(path + ": " + t.nb());
        }
        return;
      }
      if (o instanceof Optional) {
        ((Optional<?>) o).ifPresent(x -> walk(x, path));
      } else if (o instanceof Collection) {
        for (Object x : (Collection<?>) o) {
          walk(x, path);
        }
      } else if (o instanceof Map) {
        for (Map.Entry<?, ?> e : ((Map<?, ?>) o).entrySet()) {
          walk(e.getKey(), path);
          walk(e.getValue(), path);
        }
      } else if (o.getClass().isArray()) {
        if (!o.getClass().getComponentType().isPrimitive()) {
          for (int i = 0; i < Array.getLength(o); i++) {
            walk(Array.get(o, i), path);
          }
        }
      } else if (o.getClass().getName().startsWith("no.rusomsorg.")) {
        for (Class<?> c = o.getClass(); c != null && c.getName().startsWith("no.rusomsorg."); c = c.getSuperclass()) {
          for (Field f : c.getDeclaredFields()) {
            if (!Modifier.isStatic(f.getModifiers()) && !f.getType().isPrimitive()) {
              try {
                f.setAccessible(true);
                walk(f.get(o), path + "." + f.getName());
              } catch (ReflectiveOperationException | RuntimeException e) {
                throw new AssertionError("cannot read " + c.getName() + "." + f.getName(), e);
              }
            }
          }
        }
      }
    }
  }
}
