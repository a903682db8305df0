package no.rusomsorg.examples.docs;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Turns a {@code java fragment} block (statements) into a compilation unit: the statements become the
 * body of a method, with a single-type import for every library type the block names. Where a simple
 * name belongs to more than one library type, each choice is tried; the block passes if one compiles.
 */
final class Fragments {
  private static final List<String> JDK = List.of("java.time.*", "java.util.*", "java.util.function.*",
      "java.util.stream.*", "java.time.format.*");
  private static final Pattern NAME = Pattern.compile("\\b[A-Z][A-Za-z0-9_]*\\b");
  private static final Pattern STRING_OR_COMMENT = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"|//[^\n]*|/\\*.*?\\*/",
      Pattern.DOTALL);

  /** Simple name → the public library classes of that name, from the class path. */
  private final Map<String, Set<String>> index = new TreeMap<>();

  Fragments(String classPath) {
    for (String entry : classPath.split(File.pathSeparator)) {
      Path p = Path.of(entry);
      if (Files.isDirectory(p)) {
        try (Stream<Path> all = Files.walk(p)) {
          all.map(f -> p.relativize(f).toString().replace('\\', '/')).forEach(this::add);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else if (p.getFileName().toString().startsWith("rusomsorg-") && p.toString().endsWith(".jar")) {
        try (JarFile jar = new JarFile(p.toFile())) {
          for (Enumeration<java.util.jar.JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            add(e.nextElement().getName());
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
  }

  private void add(String path) {
    if (!path.startsWith("no/rusomsorg/") || !path.endsWith(".class") || path.contains("$")
        || path.contains("/internal/") || path.endsWith("module-info.class") || path.endsWith("package-info.class")) {
      return;
    }
    String name = path.substring(0, path.length() - ".class".length()).replace('/', '.');
    String simple = name.substring(name.lastIndexOf('.') + 1);
    if (simple.endsWith("Test") || simple.startsWith("Immutable")) {
      return;
    }
    index.computeIfAbsent(simple, k -> new TreeSet<>()).add(name);
  }

  /** Every way to import the library types the fragment names (at most {@code limit}). */
  List<String> units(String fragment, int limit) {
    Set<String> names = new LinkedHashSet<>();
    Matcher m = NAME.matcher(STRING_OR_COMMENT.matcher(fragment).replaceAll(" "));
    while (m.find()) {
      if (index.containsKey(m.group())) {
        names.add(m.group());
      }
    }
    List<List<String>> choices = new ArrayList<>();
    choices.add(new ArrayList<>());
    for (String n : names) {
      List<List<String>> next = new ArrayList<>();
      for (List<String> c : choices) {
        for (String type : index.get(n)) {
          List<String> more = new ArrayList<>(c);
          more.add(type);
          next.add(more);
        }
      }
      choices = next.size() > limit ? next.subList(0, limit) : next;
    }
    List<String> units = new ArrayList<>();
    for (List<String> imports : choices) {
      StringBuilder u = new StringBuilder("package snippet;\n\n");
      JDK.forEach(i -> u.append("import ").append(i).append(";\n"));
      imports.forEach(i -> u.append("import ").append(i).append(";\n"));
      // the fragment keeps its own line numbers: it starts on line 100
      while (u.chars().filter(c -> c == '\n').count() < 97) {
        u.append('\n');
      }
      u.append("final class Fragment {\n  void run() throws Exception {\n").append(fragment).append("  }\n}\n");
      units.add(u.toString());
    }
    return units;
  }
}
