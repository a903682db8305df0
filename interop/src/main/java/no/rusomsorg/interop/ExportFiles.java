package no.rusomsorg.interop;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The documents of one export: file names (such as {@code service.json}) and their UTF-8 text, sorted by
 * name. Two exports of equal data are equal, byte for byte.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class ExportFiles {
  private final Map<String, String> files;

  private ExportFiles(Map<String, String> files) {
    this.files = Collections.unmodifiableMap(new TreeMap<>(files));
  }

  /**
   * The documents, as given.
   *
   * @param files file name to text; names are plain file names without a directory
   * @return the export
   * @throws IllegalArgumentException if a name is not a plain file name
   */
  public static ExportFiles of(Map<String, String> files) {
    Objects.requireNonNull(files, "files");
    for (String name : files.keySet()) {
      if (name.isEmpty() || name.contains("/") || name.contains("\\") || name.startsWith(".")) {
        throw new IllegalArgumentException("not a plain file name: " + name);
      }
    }
    return new ExportFiles(files);
  }

  /**
   * Every document, by file name, sorted.
   *
   * @return the documents
   */
  public Map<String, String> files() {
    return files;
  }

  /**
   * One document.
   *
   * @param name the file name
   * @return its text
   */
  public Optional<String> file(String name) {
    Objects.requireNonNull(name, "name");
    return Optional.ofNullable(files.get(name));
  }

  /**
   * Writes every document into a directory, creating it if needed and replacing files of the same name.
   *
   * @param directory the directory
   * @return the files written, in name order
   * @throws UncheckedIOException if writing fails
   */
  public List<Path> writeTo(Path directory) {
    Objects.requireNonNull(directory, "directory");
    List<Path> written = new ArrayList<>();
    try {
      Files.createDirectories(directory);
      for (Map.Entry<String, String> e : files.entrySet()) {
        Path file = directory.resolve(e.getKey());
        Files.write(file, e.getValue().getBytes(StandardCharsets.UTF_8));
        written.add(file);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not write the export to " + directory, e);
    }
    return List.copyOf(written);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExportFiles && ((ExportFiles) o).files.equals(files);
  }

  @Override
  public int hashCode() {
    return files.hashCode();
  }

  @Override
  public String toString() {
    return "ExportFiles" + files.keySet();
  }
}
