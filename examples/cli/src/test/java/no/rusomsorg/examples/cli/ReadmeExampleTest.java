package no.rusomsorg.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.authority.MunicipalityRef;
import no.rusomsorg.core.complaint.ComplaintRegime;
import no.rusomsorg.core.complaint.ComplaintRoute;
import no.rusomsorg.core.complaint.ComplaintRoutes;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.core.eligibility.Verdict;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.text.Language;
import no.rusomsorg.api.MunicipalityRegistry;
import org.junit.jupiter.api.Test;

/** The embedding example in README.md, kept compiling and true. Keep the two in step. */
class ReadmeExampleTest {

  @Test
  void readmeEmbeddingExample() {
    List<String> printed = new ArrayList<>();
    // ---- as in README.md ----
    LocalDate today = LocalDate.of(2026, 3, 12);                     // the library never reads the clock
    MunicipalityRegistry registry = MunicipalityRegistry.discover(); // plugins on the class or module path
    Catalog sandnes = registry.directory().lookup("Sandnes", today).catalog().orElseThrow();
    Service service = sandnes.service("sandnes.counsellor-follow-up").orElseThrow();

    PersonFacts person = PersonFacts.builder()                       // facts not given stay unknown
        .birthDate(LocalDate.of(1990, 5, 17))
        .municipalityRelation(MunicipalityRelation.PRESENT)
        .substanceProblem(true)                                      // the page's group: a substance problem
        .build();
    Verdict verdict = service.eligibility().orElseThrow().evaluate(person, today);
    printed.add(verdict.outcome() + " " + verdict.missingFacts());   // ELIGIBLE []

    ComplaintRoute route = ComplaintRoutes.standard().route(
        ComplaintRegime.forLegalBasis(service.legalBasis()),         // pbrl: health and care services
        MunicipalityRef.of("Sandnes", County.ROGALAND), today, LocalDate.of(2026, 3, 12));
    route.steps().forEach(s -> printed.add(s.number() + ". " + s.body().name().in(Language.NB)));
    printed.add(route.steps().get(0).deadline().orElseThrow().trace(Language.NB));
    // ---- end ----
    assertThat(verdict.outcome()).isEqualTo(Outcome.ELIGIBLE);
    assertThat(printed).containsExactly("ELIGIBLE []", "1. Sandnes kommune", "2. Statsforvalteren i Rogaland",
        "3. Sivilombudet", "4 uker fra 12.03.2026 = 09.04.2026");
  }
}
