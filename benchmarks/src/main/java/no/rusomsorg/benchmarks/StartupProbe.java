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
 *
 * <p>With the argument {@code national} (for {@code national.sh}) the question is about Bergen, which no
 * plugin supplies: the national register is loaded and the baseline answers. With {@code plugins-only}
 * the registry is built without the register ({@code nationalRegister(false)}) and Sandnes is asked.
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
    String mode = args.length > 0 ? args[0] : "";
    MunicipalityRegistry registry = MunicipalityRegistry.builder().discover()
        .nationalRegister(!mode.equals("plugins-only")).build();
    if (registry.providers().size() < 2) {
      throw new IllegalStateException("expected the bundled plugins, found " + registry);
    }
    String asked = mode.equals("national") ? "Bergen" : "Sandnes";
    MunicipalityLookup answer = registry.directory().lookup(asked, date);
    if (!(answer instanceof MunicipalityLookup.Existing)) {
      throw new IllegalStateException(asked + " is not found on " + date + ": " + answer);
    }
    MunicipalityLookup.Existing sandnes = (MunicipalityLookup.Existing) answer;
    PersonFacts person = PersonFacts.builder().birthDate(LocalDate.of(1990, 5, 17))
        .municipalityRelation(MunicipalityRelation.REGISTERED_RESIDENT).substanceProblem(true).build();
    long eligible = 0;
    for (ServiceVerdict v : registry.directory().eligibility(sandnes, person)) {
      if (v.verdict().isPresent() && v.verdict().get().outcome() == Outcome.ELIGIBLE) {
        eligible++;
      }
    }
    System.out.println(registry + ": " + eligible + " " + asked + " services open to the person");
  }
}
