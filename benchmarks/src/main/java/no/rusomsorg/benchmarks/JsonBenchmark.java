package no.rusomsorg.benchmarks;

import java.util.concurrent.TimeUnit;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.municipality.sandnes.SandnesProvider;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The whole Sandnes catalog through {@link RusomsorgJson#strict()}: written, read back (with every
 * value's validation) and, in the round trip, both. Scores are operations per second.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class JsonBenchmark {
  private final RusomsorgJson json = RusomsorgJson.strict();
  private Catalog catalog;
  private String text;

  /** Loads the catalog and checks that it round-trips. */
  @Setup
  public void setUp() {
    catalog = new SandnesProvider().catalog();
    text = json.write(catalog);
    if (!json.read(text, Catalog.class).equals(catalog)) {
      throw new IllegalStateException("the Sandnes catalog does not round-trip");
    }
  }

  /**
   * Write and read back.
   *
   * @return the catalog read back
   */
  @Benchmark
  public Catalog roundTrip() {
    return json.read(json.write(catalog), Catalog.class);
  }

  /**
   * Write only.
   *
   * @return the JSON
   */
  @Benchmark
  public String write() {
    return json.write(catalog);
  }

  /**
   * Read only.
   *
   * @return the catalog
   */
  @Benchmark
  public Catalog read() {
    return json.read(text, Catalog.class);
  }

  /**
   * Read only, with Jackson's data binding ({@code RusomsorgJson.mapper()}) instead of the streaming
   * catalog reader that {@link RusomsorgJson#read(String, Class)} uses for catalogs: the comparison.
   *
   * @return the catalog
   */
  @Benchmark
  public Catalog readDataBinding() {
    return json.mapper().readValue(text, Catalog.class);
  }
}
