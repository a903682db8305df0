package no.rusomsorg.benchmarks;

import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.service.Validity;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.interop.CpsvApNo;
import no.rusomsorg.interop.Hsds;
import no.rusomsorg.interop.HsdsSupplement;
import no.rusomsorg.interop.Provenance;
import no.rusomsorg.municipality.sandnes.SandnesProvider;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisteredMunicipality;
import no.rusomsorg.register.baseline.StandardServiceDescription;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Export and import of the directory standards (interop module, docs/interop.md): the Sandnes catalog
 * to HSDS 3.0 and back, to CPSV-AP-NO 1.1 (Turtle, JSON-LD), on one thread; and every municipality of the
 * national register on the day, built from the baseline and exported to both formats.
 *
 * <p>Targets (issue 18): export and import of Sandnes each at least 1,000 per second; all municipalities
 * in under 5 seconds ({@link #allBaselinesBothFormats}, single shot).
 */
@State(Scope.Thread)
@OutputTimeUnit(TimeUnit.SECONDS)
public class InteropBenchmark {
  static final LocalDate DAY = LocalDate.of(2026, 12, 2);
  static final Provenance PLUGIN = Provenance.plugin("sandnes");
  static final Provenance BASELINE = Provenance.nationalBaseline("Rustjenesten (standard tjenestebeskrivelse)");

  Catalog sandnes;
  Map<String, String> hsds;
  HsdsSupplement supplement;

  /** Loads Sandnes and its HSDS documents. */
  @Setup
  public void setUp() {
    sandnes = new SandnesProvider().catalog();
    hsds = Hsds.export(sandnes, PLUGIN, DAY).files();
    supplement = HsdsSupplement.of(sandnes.municipality(), sandnes.dataVersion(), sandnes.verifiedOn(),
        sandnes.sources(), sandnes.sources().get(0).id());
  }

  /**
   * Sandnes to HSDS.
   *
   * @return the documents
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  public Object exportHsdsSandnes() {
    return Hsds.export(sandnes, PLUGIN, DAY);
  }

  /**
   * Sandnes's HSDS documents to a catalog.
   *
   * @return the catalog
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  public Object importHsdsSandnes() {
    return Hsds.read(hsds, supplement);
  }

  /**
   * Sandnes to CPSV-AP-NO, both forms.
   *
   * @return the files
   */
  @Benchmark
  @BenchmarkMode(Mode.Throughput)
  public Object exportCpsvSandnes() {
    return CpsvApNo.export(sandnes, PLUGIN, DAY);
  }

  /**
   * Every municipality in the register on the day: its baseline catalog, exported to HSDS and to
   * CPSV-AP-NO (both forms).
   *
   * @return the number of documents
   */
  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public int allBaselinesBothFormats() {
    int documents = 0;
    for (RegisteredMunicipality r : NationalRegister.standard().municipalitiesOn(DAY)) {
      Catalog c = baseline(r, DAY);
      documents += Hsds.export(c, BASELINE, DAY).files().size();
      documents += CpsvApNo.export(c, BASELINE, DAY).files().size();
    }
    return documents;
  }

  /**
   * A municipality's baseline catalog: the standard service description's offers and one unit.
   *
   * @param r the municipality
   * @param day the day
   * @return the catalog
   */
  static Catalog baseline(RegisteredMunicipality r, LocalDate day) {
    String prefix = "k" + r.number();
    StandardServiceDescription std = StandardServiceDescription.of(prefix, prefix + ".rustjenesten", day);
    LocalDate from = r.validFrom().orElse(NationalRegister.FIRST_DAY);
    Validity validity = r.validTo().map(to -> Validity.of(from, to)).orElse(Validity.starting(from));
    Municipality m = Municipality.builder().id(prefix).name(r.name()).validity(validity)
        .addNumbers(NumberPeriod.of(MunicipalityNumber.of(r.number()), r.county(), validity)).build();
    Unit unit = Unit.builder().id(prefix + ".rustjenesten").name(LocalizedText.of("Rustjenesten", "Substance-abuse service"))
        .build();
    return Catalog.builder().dataVersion("baseline").verifiedOn(day).municipality(m).addSources(std.source())
        .addUnits(unit).addAllServices(std.offers()).build();
  }
}
