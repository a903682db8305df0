package no.rusomsorg.benchmarks;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import no.rusomsorg.api.MunicipalityDirectory;
import no.rusomsorg.api.MunicipalityLookup;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisteredMunicipality;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * {@link MunicipalityDirectory#lookup(String, LocalDate)} through the application API, with the bundled
 * plugins (Sandnes, Søgne) and the national register, by number and by name, one thread.
 *
 * <p>Each call takes the next of 4096 (query, date) pairs drawn with a fixed seed: every register
 * period's number or one of its official name forms (as written, lower case, or folded to ASCII), with a
 * date from 2018 to 2030 (so that baseline, plugin, merged, renumbered, ambiguous and not-yet answers all
 * occur). Target: at least 5 million lookups per second on one thread, i.e. at most 200 ns per call.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RegisterLookupBenchmark {
  private static final int QUERIES = 4096;

  private MunicipalityDirectory directory;
  private String[] numbers;
  private String[] names;
  private LocalDate[] dates;
  private int next;

  /** Draws the queries and warms the baseline catalogs (built once each, then shared). */
  @Setup
  public void setUp() {
    directory = MunicipalityRegistry.discover().directory();
    List<RegisteredMunicipality> all = NationalRegister.standard().all();
    Random random = new Random(20261202L);
    numbers = new String[QUERIES];
    names = new String[QUERIES];
    dates = new LocalDate[QUERIES];
    long first = NationalRegister.FIRST_DAY.toEpochDay();
    long span = LocalDate.of(2030, 12, 31).toEpochDay() - first;
    for (int i = 0; i < QUERIES; i++) {
      RegisteredMunicipality m = all.get(random.nextInt(all.size()));
      numbers[i] = m.number();
      List<String> forms = m.nameForms();
      String form = forms.get(random.nextInt(forms.size()));
      switch (random.nextInt(3)) {
        case 0:
          names[i] = form;
          break;
        case 1:
          names[i] = form.toLowerCase(java.util.Locale.ROOT);
          break;
        default:
          names[i] = NationalRegister.nameKey(form);
          break;
      }
      dates[i] = LocalDate.ofEpochDay(first + (long) (random.nextDouble() * span));
    }
  }

  /**
   * Lookup by number.
   *
   * @return the answer
   */
  @Benchmark
  public MunicipalityLookup byNumber() {
    int i = next++ & (QUERIES - 1);
    return directory.lookup(numbers[i], dates[i]);
  }

  /**
   * Lookup by a name form.
   *
   * @return the answer
   */
  @Benchmark
  public MunicipalityLookup byName() {
    int i = next++ & (QUERIES - 1);
    return directory.lookup(names[i], dates[i]);
  }
}
