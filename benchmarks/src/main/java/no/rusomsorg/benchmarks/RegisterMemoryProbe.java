package no.rusomsorg.benchmarks;

import java.time.LocalDate;
import no.rusomsorg.api.MunicipalityRegistry;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.baseline.BaselineCatalogs;
import no.rusomsorg.register.internal.RegisterLookup;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the retained heap of a registry with the national register, side by side with one without it,
 * and the time the register's first use takes (wall clock and the CPU time of the calling thread, which a
 * loaded machine does not inflate), measured with JOL: every object reachable from the registry, the
 * register, its resolver and the baseline catalogs, after (1) discovery only, (2) one national lookup and
 * (3) a lookup of every municipality valid on 2026-12-02 (all 357 baseline catalogs built: the worst case).
 * Shared JDK constants reachable from them (enum constants such as the counties) are counted too, so this
 * is an upper bound. Target: at most 4 MiB.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true -cp
 * benchmarks/target/benchmarks.jar no.rusomsorg.benchmarks.RegisterMemoryProbe}
 */
public final class RegisterMemoryProbe {
  private RegisterMemoryProbe() {}

  /**
   * Measures and prints.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    LocalDate day = LocalDate.of(2026, 12, 2);
    MunicipalityRegistry plain = MunicipalityRegistry.builder().discover().nationalRegister(false).build();
    print("registry without the register", GraphLayout.parseInstance(plain));
    MunicipalityRegistry registry = MunicipalityRegistry.discover();
    print("registry with the register, before any lookup", GraphLayout.parseInstance(registry));
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    registry.directory().lookup("Tromsø", day);
    long firstUse = System.nanoTime() - start;
    long firstUseCpu = threads.getCurrentThreadCpuTime() - cpu;
    System.out.println("first national lookup: " + firstUse / 1_000_000 + " ms wall, " + firstUseCpu / 1_000_000
        + " ms CPU of this thread");
    print("after one national lookup", everything(registry));
    int n = registry.directory().municipalitiesOn(day).size();
    print("after all " + n + " municipalities on " + day, everything(registry));
  }

  private static GraphLayout everything(MunicipalityRegistry registry) {
    return GraphLayout.parseInstance(registry, NationalRegister.standard(), RegisterLookup.standard(),
        BaselineCatalogs.standard());
  }

  private static void print(String what, GraphLayout layout) {
    long bytes = layout.totalSize();
    System.out.println(what + ": " + layout.totalCount() + " objects, " + bytes + " bytes ("
        + String.format(java.util.Locale.ROOT, "%.3f", bytes / 1048576.0) + " MiB); target <= 4 MiB: "
        + (bytes <= 4L * 1024 * 1024 ? "met" : "MISSED"));
  }
}
