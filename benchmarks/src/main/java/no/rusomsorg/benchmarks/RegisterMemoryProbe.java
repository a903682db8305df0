package no.rusomsorg.benchmarks;

import java.time.LocalDate;
import no.rusomsorg.register.NationalRegister;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the retained heap of the national municipality register and the time its first use takes
 * (wall clock and the CPU time of the calling thread, which a loaded machine does not inflate),
 * measured with JOL: every object reachable from {@link NationalRegister#standard()} (periods, names,
 * indexes, the source description). Shared JDK constants reachable from it (enum constants such as
 * the counties) are counted too, so this is an upper bound. Target: at most 4 MiB.
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
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu = threads.getCurrentThreadCpuTime();
    long start = System.nanoTime();
    NationalRegister register = NationalRegister.standard();
    register.lookup("Tromsø", LocalDate.of(2026, 12, 2));
    long firstUse = System.nanoTime() - start;
    long firstUseCpu = threads.getCurrentThreadCpuTime() - cpu;
    GraphLayout layout = GraphLayout.parseInstance(register);
    long bytes = layout.totalSize();
    System.out.println("NationalRegister: first use " + firstUse / 1_000_000 + " ms wall, "
        + firstUseCpu / 1_000_000 + " ms CPU of this thread; " + layout.totalCount()
        + " objects, " + bytes + " bytes (" + String.format(java.util.Locale.ROOT, "%.3f", bytes / 1048576.0)
        + " MiB); target <= 4 MiB: " + (bytes <= 4L * 1024 * 1024 ? "met" : "MISSED"));
  }
}
