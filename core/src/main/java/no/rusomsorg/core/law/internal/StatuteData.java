package no.rusomsorg.core.law.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import no.rusomsorg.core.law.Act;

/**
 * The parsed contents of {@code no/rusomsorg/core/law/statutes.properties}: plain data, no
 * {@code LegalReference} (so that building a reference, which consults the verified sections, never
 * needs this class to be half-initialised). Parsed once, strictly: an unknown key, act or value
 * fails the class's initialisation with a message naming the key.
 */
public final class StatuteData {
  /** The value meaning "not yet in force, no date decided". */
  public static final String NOT_DECIDED = "not-decided";
  /** The value meaning "the source does not state it". */
  public static final String NOT_STATED = "not-stated";

  /** How an act or change stands: a date, or empty for "not decided". */
  public static final class ActEntry {
    /** The in-force date; empty when not decided. */
    public final Optional<LocalDate> inForce;
    /** The act it replaces. */
    public final Optional<Act> replaces;
    /** The source of the status. */
    public final String source;

    ActEntry(Optional<LocalDate> inForce, Optional<Act> replaces, String source) {
      this.inForce = inForce;
      this.replaces = replaces;
      this.source = source;
    }
  }

  /** A section renumbered within its act. */
  public static final class Renumbering {
    /** The act. */
    public final Act act;
    /** The section as numbered before the change. */
    public final String section;
    /** The new number; empty when not stated. */
    public final Optional<String> to;
    /** The date the new numbering applies from; empty when not decided. */
    public final Optional<LocalDate> inForce;
    /** Where the change was proposed or decided. */
    public final String source;

    /**
     * A change of numbering.
     *
     * @param act the act
     * @param section the section as numbered before the change
     * @param to the new number, empty when not stated
     * @param inForce the date the new numbering applies from, empty when not decided
     * @param source where the change was proposed or decided
     */
    public Renumbering(Act act, String section, Optional<String> to, Optional<LocalDate> inForce, String source) {
      this.act = act;
      this.section = section;
      this.to = to;
      this.inForce = inForce;
      this.source = source;
    }
  }

  private static final StatuteData STANDARD = load();

  /** Acts with an entry. */
  public final Map<Act, ActEntry> acts;
  /** Corresponding sections: old act → old section → new section (empty: not stated). */
  public final Map<Act, Map<String, Optional<String>>> corresponds;
  /** Renumberings, in file order. */
  public final List<Renumbering> renumberings;
  /** Verified sections as {@code ACT|section}. */
  public final Set<String> verified;
  /** The source of the verifications. */
  public final String verifiedSource;

  private StatuteData(Map<Act, ActEntry> acts, Map<Act, Map<String, Optional<String>>> corresponds,
      List<Renumbering> renumberings, Set<String> verified, String verifiedSource) {
    this.acts = Collections.unmodifiableMap(acts);
    this.corresponds = Collections.unmodifiableMap(corresponds);
    this.renumberings = Collections.unmodifiableList(renumberings);
    this.verified = Collections.unmodifiableSet(verified);
    this.verifiedSource = verifiedSource;
  }

  /**
   * The data of the library's own table.
   *
   * @return the parsed table
   */
  public static StatuteData standard() {
    return STANDARD;
  }

  /**
   * Whether a section is in the verified table.
   *
   * @param act the act
   * @param section the section
   * @return true if verified
   */
  public boolean isVerified(Act act, String section) {
    return verified.contains(key(act, section));
  }

  private static String key(Act act, String section) {
    return act.name() + "|" + section.replace(" ", "");
  }

  private static StatuteData load() {
    try (InputStream in = StatuteData.class.getResourceAsStream("/no/rusomsorg/core/law/statutes.properties")) {
      if (in == null) {
        throw new IllegalStateException("statutes.properties is missing from the core module");
      }
      Properties p = new Properties();
      try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        p.load(r);
      }
      return parse(p);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read statutes.properties", e);
    }
  }

  /**
   * Parses a table in the format of {@code statutes.properties}.
   *
   * @param p the properties
   * @return the data
   * @throws IllegalStateException naming the key of the first bad entry
   */
  public static StatuteData parse(Properties p) {
    Map<Act, ActEntry> acts = new EnumMap<>(Act.class);
    Map<Act, Map<String, Optional<String>>> corresponds = new EnumMap<>(Act.class);
    Map<String, String[]> renumber = new LinkedHashMap<>();
    Set<String> verified = new HashSet<>();
    String verifiedSource = "";
    Set<String> actKeys = new HashSet<>();
    for (String key : new TreeSet<>(p.stringPropertyNames())) {
      String value = p.getProperty(key).trim();
      String[] parts = key.split("\\.", 3);
      switch (parts[0]) {
        case "act":
          require(parts.length == 3, key);
          act(parts[1], key);
          actKeys.add(parts[1]);
          require(parts[2].equals("in-force") || parts[2].equals("replaces") || parts[2].equals("source"), key);
          break;
        case "corresponds":
          require(parts.length == 3, key);
          corresponds.computeIfAbsent(act(parts[1], key), a -> new LinkedHashMap<>())
              .put(parts[2], NOT_STATED.equals(value) ? Optional.empty() : Optional.of(value));
          break;
        case "renumber":
          require(parts.length == 3, key);
          String[] r = renumber.computeIfAbsent(parts[1], n -> new String[5]);
          int i = List.of("act", "section", "to", "in-force", "source").indexOf(parts[2]);
          require(i >= 0, key);
          r[i] = value;
          break;
        case "verified":
          require(parts.length == 2, key);
          if (parts[1].equals("source")) {
            verifiedSource = value;
          } else {
            Act a = act(parts[1], key);
            for (String s : value.split(",")) {
              verified.add(key(a, s.trim()));
            }
          }
          break;
        default:
          throw new IllegalStateException("statutes.properties: unknown key " + key);
      }
    }
    for (String name : actKeys) {
      String prefix = "act." + name + ".";
      String inForce = p.getProperty(prefix + "in-force");
      require(inForce != null, prefix + "in-force");
      String replaces = p.getProperty(prefix + "replaces");
      acts.put(act(name, prefix), new ActEntry(date(inForce.trim(), prefix + "in-force"),
          replaces == null ? Optional.empty() : Optional.of(act(replaces.trim(), prefix + "replaces")),
          source(p.getProperty(prefix + "source"), prefix + "source")));
    }
    List<Renumbering> renumberings = new ArrayList<>();
    for (Map.Entry<String, String[]> e : renumber.entrySet()) {
      String[] r = e.getValue();
      String prefix = "renumber." + e.getKey() + ".";
      for (int i = 0; i < r.length; i++) {
        require(r[i] != null && !r[i].isEmpty(), prefix + List.of("act", "section", "to", "in-force", "source").get(i));
      }
      renumberings.add(new Renumbering(act(r[0], prefix + "act"), r[1],
          NOT_STATED.equals(r[2]) ? Optional.empty() : Optional.of(r[2]), date(r[3], prefix + "in-force"), r[4]));
    }
    return new StatuteData(acts, corresponds, renumberings, verified, verifiedSource);
  }

  private static String source(String value, String key) {
    require(value != null && !value.isBlank(), key);
    return value.trim();
  }

  private static Optional<LocalDate> date(String value, String key) {
    if (NOT_DECIDED.equals(value)) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value));
    } catch (DateTimeParseException e) {
      throw new IllegalStateException("statutes.properties: " + key + " must be " + NOT_DECIDED + " or a date", e);
    }
  }

  private static Act act(String name, String key) {
    try {
      return Act.valueOf(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException("statutes.properties: unknown act in " + key, e);
    }
  }

  private static void require(boolean ok, String key) {
    if (!ok) {
      throw new IllegalStateException("statutes.properties: missing or malformed entry " + key);
    }
  }
}
