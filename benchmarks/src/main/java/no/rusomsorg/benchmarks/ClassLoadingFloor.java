package no.rusomsorg.benchmarks;

import java.io.BufferedReader;
import java.io.FileReader;
import java.io.IOException;

/**
 * The floor under start-up case (a) of {@code startup.sh --floor}: a fresh JVM that only loads the
 * application classes that {@link StartupProbe} loads (listed one per line in a file the script records
 * with {@code -Xlog:class+load}), without initialising or running any of them, then prints a line.
 * Whatever the library's code does, case (a) cannot be faster than this.
 */
public final class ClassLoadingFloor {
  private ClassLoadingFloor() {}

  /**
   * Loads the listed classes.
   *
   * @param args the file with one class name per line
   * @throws IOException if the file cannot be read
   * @throws ClassNotFoundException if a listed class is missing
   */
  public static void main(String[] args) throws IOException, ClassNotFoundException {
    ClassLoader loader = ClassLoadingFloor.class.getClassLoader();
    int loaded = 0;
    try (BufferedReader in = new BufferedReader(new FileReader(args[0]))) {
      for (String name = in.readLine(); name != null; name = in.readLine()) {
        Class.forName(name, false, loader);
        loaded++;
      }
    }
    System.out.println(loaded + " classes loaded");
  }
}
