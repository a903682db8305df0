package no.rusomsorg.core;

/**
 * How many examples a property test draws. The normal test run draws the number the test asks for. The
 * mutation run (-Pmutation, docs/adr/0024) runs every test that reaches a mutant, once per mutant, and
 * sets the system property {@code rusomsorg.examples.scale} to draw a fraction of them: a mutant a
 * property can kill is almost always killed by its first examples, which start at the generators' edges.
 */
public final class Examples {
  private static final double SCALE = scale(System.getProperty("rusomsorg.examples.scale"));

  private Examples() {}

  /**
   * The number of examples to draw.
   *
   * @param examples what the test asks for
   * @return that many, or the scaled number (at least 50, at most the number asked for) under the mutation run
   */
  public static int of(int examples) {
    return SCALE >= 1.0 ? examples : Math.min(examples, Math.max(50, (int) (examples * SCALE)));
  }

  /**
   * Whether a test that walks a whole space walks all of it: false under the mutation run, where such
   * a test takes the edges of the space and a sample of the rest (see the test itself).
   *
   * @return true except under the mutation run
   */
  public static boolean exhaustive() {
    return SCALE >= 1.0;
  }

  private static double scale(String property) {
    if (property == null || property.isBlank()) {
      return 1.0;
    }
    double s = Double.parseDouble(property.trim());
    if (!(s > 0.0)) {
      throw new IllegalArgumentException("rusomsorg.examples.scale must be a positive number");
    }
    return s;
  }
}
