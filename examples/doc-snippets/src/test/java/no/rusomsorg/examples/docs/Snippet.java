package no.rusomsorg.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * A fenced code block of a Markdown file. The info string is the language, then optional words:
 * {@code fragment} (statements, not a compilation unit: compiled inside a method with the imports its
 * names need) and {@code file=path} (the block is that file of the repository, character for character
 * up to trailing white space).
 *
 * @param doc the Markdown file, relative to the repository root
 * @param line the line of the opening fence (1-based)
 * @param language the first word of the info string, or empty
 * @param attributes the other words
 * @param text the block's content
 */
record Snippet(String doc, int line, String language, Set<String> attributes, String text) {
  private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,})\\s*([^`]*)$");

  boolean fragment() {
    return attributes.contains("fragment");
  }

  Optional<String> file() {
    return attributes.stream().filter(a -> a.startsWith("file=")).map(a -> a.substring(5)).findFirst();
  }

  @Override
  public String toString() {
    return doc + ":" + line + " (" + language + (attributes.isEmpty() ? "" : " " + String.join(" ", attributes)) + ")";
  }

  /** The Markdown files whose blocks are checked: README.md and every .md under docs/. */
  static List<Path> documents(Path root) {
    List<Path> docs = new ArrayList<>();
    docs.add(root.resolve("README.md"));
    try (Stream<Path> all = Files.walk(root.resolve("docs"))) {
      all.filter(p -> p.toString().endsWith(".md")).sorted().forEach(docs::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return docs;
  }

  static List<Snippet> all(Path root) {
    List<Snippet> out = new ArrayList<>();
    for (Path doc : documents(root)) {
      out.addAll(of(root.relativize(doc).toString().replace('\\', '/'), read(doc)));
    }
    return out;
  }

  static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The fenced blocks of one Markdown text. */
  static List<Snippet> of(String doc, String markdown) {
    List<Snippet> out = new ArrayList<>();
    String[] lines = markdown.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      Matcher open = FENCE.matcher(lines[i]);
      if (!open.matches()) {
        continue;
      }
      String fence = open.group(1);
      String[] info = open.group(2).strip().split("\\s+");
      String language = info[0];
      Set<String> attributes = Stream.of(info).skip(1).filter(w -> !w.isEmpty()).collect(Collectors.toSet());
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      for (; j < lines.length; j++) {
        String l = lines[j].strip();
        if (l.startsWith(fence.substring(0, 3)) && l.chars().allMatch(c -> c == fence.charAt(0))
            && l.length() >= fence.length()) {
          break;
        }
        text.append(lines[j]).append('\n');
      }
      if (j == lines.length) {
        throw new AssertionError(doc + ":" + (i + 1) + ": the code block is never closed");
      }
      out.add(new Snippet(doc, i + 1, language, attributes, text.toString()));
      i = j;
    }
    return out;
  }
}
