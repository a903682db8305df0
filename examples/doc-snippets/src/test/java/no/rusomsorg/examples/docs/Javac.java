package no.rusomsorg.examples.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** javac through javax.tools, against the reactor's classes as the test's class path holds them. */
final class Javac {
  private Javac() {}

  /** An error javac reported, with the file it was in. */
  record Error(String file, long line, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ": " + message;
    }
  }

  /** The test's class path, without entries that do not exist. */
  static String classPath() {
    return Stream.of(System.getProperty("java.class.path").split(File.pathSeparator))
        .filter(e -> !e.isBlank() && Files.exists(Path.of(e)))
        .collect(Collectors.joining(File.pathSeparator));
  }

  /**
   * Compiles sources (file name relative to the source root → text) into a fresh directory.
   *
   * @return the errors; empty when it compiled
   */
  static List<Error> compile(Path work, Map<String, String> sources, List<String> options) {
    try {
      Path src = Files.createTempDirectory(work, "src");
      Path out = Files.createTempDirectory(work, "out");
      List<Path> files = new ArrayList<>();
      for (Map.Entry<String, String> e : sources.entrySet()) {
        Path f = src.resolve(e.getKey());
        Files.createDirectories(f.getParent());
        Files.writeString(f, e.getValue());
        files.add(f);
      }
      JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
      DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
      List<String> args = new ArrayList<>(List.of("-d", out.toString(), "--release", "17", "-proc:none",
          "-Xlint:none", "-implicit:none"));
      args.addAll(options);
      try (StandardJavaFileManager fm = javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
        javac.getTask(null, fm, diagnostics, args, null, fm.getJavaFileObjectsFromPaths(files)).call();
      }
      List<Error> errors = new ArrayList<>();
      for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
        if (d.getKind() == Diagnostic.Kind.ERROR) {
          String file = d.getSource() == null ? "" : src.relativize(Path.of(d.getSource().toUri())).toString().replace('\\', '/');
          errors.add(new Error(file, d.getLineNumber(), d.getMessage(Locale.ROOT)));
        }
      }
      return errors;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
