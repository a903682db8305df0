package no.rusomsorg.benchmarks;

import no.rusomsorg.api.MunicipalityRegistry;
import org.openjdk.jol.info.GraphLayout;

/**
 * Prints the retained heap of a registry with every bundled plugin, measured with JOL: the total size
 * of all objects reachable from the registry (catalogs, texts, criteria, providers). Shared JDK
 * constants reachable from it (enum constants, cached values) are counted too, so this is an upper
 * bound. Target: at most 2 MiB.
 *
 * <p>Run: {@code java -Djdk.attach.allowAttachSelf=true -Djol.magicFieldOffset=true -cp
 * benchmarks/target/benchmarks.jar no.rusomsorg.benchmarks.MemoryProbe}
 */
public final class MemoryProbe {
  private MemoryProbe() {}

  /**
   * Measures and prints.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    MunicipalityRegistry registry = MunicipalityRegistry.discover();
    GraphLayout layout = GraphLayout.parseInstance(registry);
    long bytes = layout.totalSize();
    System.out.println(registry + ": " + layout.totalCount() + " objects, " + bytes + " bytes ("
        + String.format(java.util.Locale.ROOT, "%.3f", bytes / 1048576.0) + " MiB); target <= 2 MiB: "
        + (bytes <= 2L * 1024 * 1024 ? "met" : "MISSED"));
    if (args.length > 0 && args[0].equals("--classes")) {
      System.out.println(layout.toFootprint());
    }
  }
}
