package no.rusomsorg.core.complaint.guide;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.rusomsorg.core.SandnesFixture;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.calendar.EdgeDates;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.complaint.ComplaintStep;
import no.rusomsorg.core.deadline.Deadline;
import no.rusomsorg.core.deadline.DeadlineCalculator;
import no.rusomsorg.core.deadline.DeadlineRule;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The guide agrees with the complaint route and the deadline calculator for the same inputs, for every
 * regime, on dates that reach Easter, 17 May, year ends, leap days and month ends.
 */
class ComplaintGuidePropertiesTest {
  private static final Catalog SANDNES = SandnesFixture.catalog();
  private static final List<Service> SERVICES = List.of(SandnesFixture.counsellorFollowUp(),
      SandnesFixture.housing(), SandnesFixture.coercion(), SandnesFixture.psychologist());
  private static final RusomsorgJson JSON = RusomsorgJson.strict();

  /** Edge dates from 1994 (the tribunal and every body on the routes exist) to 2199. */
  private static Gen<LocalDate> dates() {
    return EdgeDates.dates().map(d -> d.getYear() < 1994 ? d.plusYears(60) : d);
  }

  /** A request: the decision, maybe the day learnt (0–70 days later), and the day written (0–500 days after). */
  private static Gen<ComplaintGuideRequest> requests(ComplaintRegime regime) {
    Gen<Optional<Integer>> learntAfter = Generate.pick(List.of(-1, 0, 1, 2, 3, 7, 14, 21, 28, 31, 70))
        .map(n -> n < 0 ? Optional.<Integer>empty() : Optional.of(n));
    Gen<Integer> writtenAfter = Generate.pick(List.of(0, 1, 20, 21, 22, 27, 28, 29, 60, 61, 62, 364, 365, 366, 367, 500));
    Gen<Boolean> decisionKnown = Generate.booleans();
    return dates().zip(learntAfter, writtenAfter, decisionKnown, (decided, learnt, after, known) -> {
      Optional<LocalDate> l = learnt.map(decided::plusDays);
      LocalDate start = l.orElse(decided);
      var b = ComplaintGuideRequest.builder().on(start.plusDays(after)).regime(regime).learnt(l);
      return (known || l.isEmpty() ? b.decided(decided) : b).build();
    });
  }

  private static MunicipalityRef ref(LocalDate on) {
    Municipality m = SANDNES.municipality();
    return MunicipalityRef.builder().name(m.name()).county(m.countyOn(on).orElseThrow())
        .validFrom(m.validity().from()).validTo(m.validity().to()).appealBody(m.appealBody()).build();
  }

  @Test
  void theAddresseeAndDeadlineAgreeWithTheRouteAndTheCalculatorForEveryRegime() {
    for (ComplaintRegime regime : ComplaintRegime.values()) {
      qt().withExamples(200).forAll(requests(regime), Generate.pick(SERVICES)).checkAssert((request, service) -> {
        ComplaintGuide g = ComplaintGuides.standard().guide(SANDNES, service, request);
        LocalDate on = request.on();
        LocalDate start = request.deadlineStart();
        ComplaintRoute route = ComplaintRoutes.standard().route(regime, ref(on), on, start);

        // the addressee is the route's step where the person acts: the one with the regime's deadline rule,
        // or the first step when the regime has no deadline; none without steps
        Optional<ComplaintStep> step = regime.deadlineRule().isPresent()
            ? route.steps().stream().filter(s -> s.deadlineRule().equals(regime.deadlineRule())).findFirst()
            : route.steps().stream().findFirst();
        assertThat(g.addressee().isPresent()).isEqualTo(step.isPresent()).isEqualTo(regime.hasSteps());
        step.ifPresent(s -> {
          Addressee a = g.addressee().get();
          assertThat(a.bodyId()).isEqualTo(s.body().id());
          assertThat(a.bodyName()).isEqualTo(s.body().name());
          assertThat(a.units().isEmpty()).isEqualTo(s.body().kind() != AuthorityKind.MUNICIPALITY);
          assertThat(g.nextSteps()).extracting(NextStep::bodyName).containsExactlyElementsOf(route.steps().stream()
              .filter(x -> x.number() > s.number()).map(x -> x.body().name()).collect(Collectors.toList()));
        });

        // the deadline is the route's and the calculator's
        Optional<Deadline> routeDeadline = step.flatMap(ComplaintStep::deadline);
        assertThat(g.deadline()).isEqualTo(routeDeadline);
        assertThat(g.deadline()).isEqualTo(regime.deadlineRule().map(r -> DeadlineCalculator.standard().compute(r, start)));
        g.deadline().ifPresent(d -> assertThat(d.due()).isEqualTo(
            DeadlineCalculator.standard().dueDate(d.rule(), start)));

        // the one-year bar: fvl § 31 from the decision, for decision complaints under fvl and pbrl
        boolean barred = regime == ComplaintRegime.FVL || regime == ComplaintRegime.FVL_MUNICIPAL
            || regime == ComplaintRegime.PBRL;
        assertThat(g.lateComplaintBar()).isEqualTo(barred ? request.decided()
            .map(dd -> DeadlineCalculator.standard().compute(DeadlineRule.FVL_LATE_COMPLAINT_BAR, dd)) : Optional.empty());

        // timing on the day written
        Timing expected = g.deadline().isEmpty() ? Timing.NO_DEADLINE
            : !on.isAfter(g.deadline().get().due()) ? Timing.IN_TIME
            : g.lateComplaintBar().isPresent() && on.isAfter(g.lateComplaintBar().get().due()) ? Timing.BARRED
            : Timing.LATE;
        assertThat(g.timing()).isEqualTo(expected);

        // the patient ombud helps exactly where the route offers it
        boolean ombudOnRoute = step.map(s -> s.help().stream().anyMatch(h -> h.body().isPresent()
            && h.body().get().kind() == AuthorityKind.PATIENT_AND_USER_OMBUD)).orElse(
                regime == ComplaintRegime.CONSENT_DETENTION && Authorities.standard().patientAndUserOmbud(on).isPresent());
        assertThat(g.helpers().stream().anyMatch(h -> h.kind() == HelperKind.PATIENT_AND_USER_OMBUD))
            .isEqualTo(ombudOnRoute);

        // the letter: only with an addressee, naming it, with nothing but placeholders for the person
        assertThat(g.hasLetter()).isEqualTo(g.addressee().isPresent());
        if (g.hasLetter()) {
          for (Language lang : Language.values()) {
            String letter = g.letter(lang);
            assertThat(letter).contains(g.addressee().get().bodyName().in(lang), "________");
            assertThat(letter.contains("etter fristen") || letter.contains("is late")
                || letter.contains("kjem etter fristen")).isEqualTo(g.timing() == Timing.LATE || g.timing() == Timing.BARRED);
          }
        }

        assertThat(JSON.read(JSON.write(g), ComplaintGuide.class)).isEqualTo(g);
      });
    }
  }

  /** Every regime is handled by an exhaustive switch: the guide's sources have no default branch. */
  @Test
  void theGuideHasNoSilentDefault() throws IOException {
    Path dir = Paths.get("src", "main", "java", "no", "rusomsorg", "core", "complaint", "guide");
    Pattern dflt = Pattern.compile("\\bdefault\\s*(:|->)");
    try (Stream<Path> files = Files.list(dir)) {
      List<Path> java = files.filter(p -> p.toString().endsWith(".java")).collect(Collectors.toList());
      assertThat(java).hasSizeGreaterThan(5);
      for (Path p : java) {
        assertThat(dflt.matcher(Files.readString(p, StandardCharsets.UTF_8)).find()).as(p.toString()).isFalse();
      }
    }
  }
}
