package no.rusomsorg.benchmarks;

import java.time.LocalDate;
import no.rusomsorg.core.eligibility.MunicipalityRelation;
import no.rusomsorg.core.eligibility.Outcome;
import no.rusomsorg.core.eligibility.PersonFacts;
import no.rusomsorg.api.MunicipalityDirectory.ServiceVerdict;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;

/**
 * Start-up case (a) of {@code startup.sh}: a fresh JVM discovers every bundled plugin with
 * {@link MunicipalityRegistry#discover()} (which loads and validates their catalogs), looks up Sandnes
 * and answers one eligibility question, then prints one line.
 */
public final class StartupProbe {
  private StartupProbe() {}

  /**
   * Runs the probe.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LocalDate date = LocalDate.of(2026, 3, 12);
    MunicipalityRegistry registry = MunicipalityRegistry.discover();
    if (registry.providers().size() < 2) {
      throw new IllegalStateException("expected the bundled plugins, found " + registry);
    }
    MunicipalityLookup answer = registry.directory().lookup("Sandnes", date);
    if (!(answer instanceof MunicipalityLookup.Found)) {
      throw new IllegalStateException("Sandnes is not found on " + date + ": " + answer);
    }
    MunicipalityLookup.Found sandnes = (MunicipalityLookup.Found) answer;
    PersonFacts person = PersonFacts.builder().birthDate(LocalDate.of(1990, 5, 17))
        .municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT).substanceProblem(true).build();
    long eligible = 0;
    for (ServiceVerdict v : registry.directory().eligibility(sandnes, person)) {
      if (v.verdict().isPresent() && v.verdict().get().outcome() == Outcome.ELIGIBLE) {
        eligible++;
      }
    }
    System.out.println(registry + ": " + eligible + " Sandnes services open to the person");
  }
}
