package no.rusomsorg.benchmarks;

/** Start-up case (b) of {@code startup.sh}: a fresh JVM that only prints a line. */
public final class StartupBaseline {
  private StartupBaseline() {}

  /**
   * Prints a line.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    System.out.println("hello");
  }
}
