package no.rusomsorg.register.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.register.Change;
import no.rusomsorg.register.ChangeKind;
import no.rusomsorg.register.RegisterSource;
import no.rusomsorg.register.RegisteredMunicipality;

/**
 * The register's data, parsed once from {@code municipalities.tsv} and {@code register.properties}
 * (both beside this class) into compact indexes: an array by number and a hash map by name key.
 */
public final class RegisterData {
  /** The largest municipality number plus one. */
  private static final int NUMBERS = 10_000;

  private final List<RegisteredMunicipality> all;
  private final RegisteredMunicipality[][] byNumber;
  private final Map<String, RegisteredMunicipality[]> byName;
  private final RegisterSource source;

  private RegisterData(List<RegisteredMunicipality> all, RegisteredMunicipality[][] byNumber,
      Map<String, RegisteredMunicipality[]> byName, RegisterSource source) {
    this.all = all;
    this.byNumber = byNumber;
    this.byName = byName;
    this.source = source;
  }

  private static final class Holder {
    static final RegisterData STANDARD = load();
  }

  /**
   * The data compiled into this library, loaded on first use and shared.
   *
   * @return the data
   */
  public static RegisterData standard() {
    return Holder.STANDARD;
  }

  /**
   * Loads the bundled data.
   *
   * @return the data
   * @throws IllegalStateException if the bundled data are broken (a build error, never user input)
   */
  public static RegisterData load() {
    try (InputStream tsv = RegisterData.class.getResourceAsStream("municipalities.tsv");
        InputStream props = RegisterData.class.getResourceAsStream("register.properties")) {
      if (tsv == null || props == null) {
        throw new IllegalStateException("register data missing from the class path");
      }
      return parse(tsv, props);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Parses register data; the tests use this to check that a broken file is refused.
   *
   * @param tsv the periods, in the format of {@code municipalities.tsv}
   * @param props the source description, in the format of {@code register.properties}
   * @return the data
   * @throws IOException if reading fails
   * @throws IllegalStateException if the data are inconsistent
   */
  public static RegisterData parse(InputStream tsv, InputStream props) throws IOException {
    List<String[]> rows = new ArrayList<>();
    try (BufferedReader in = new BufferedReader(new InputStreamReader(tsv, StandardCharsets.UTF_8))) {
      String line;
      int lineNo = 0;
      while ((line = in.readLine()) != null) {
        lineNo++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t", -1);
        if (f.length != 7 || !isNumber(f[0])) {
          throw new IllegalStateException("register data line " + lineNo + ": expected 7 fields and a number");
        }
        rows.add(f);
      }
    }
    Map<String, List<Change>> originByNumber = new HashMap<>();
    Change[] ends = new Change[rows.size()];
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i);
      if (!f[2].isEmpty()) {
        if (f[5].isEmpty() || f[6].isEmpty()) {
          throw new IllegalStateException("register data: " + f[0] + " ends " + f[2] + " without a change");
        }
        LocalDate date = date(f[2]).plusDays(1);
        Change c = new Change(ChangeKind.valueOf(f[5]), date, f[0], List.of(f[6].split(",")));
        ends[i] = c;
        for (String to : c.to()) {
          add(originByNumber, to, c);
        }
      } else if (!f[5].isEmpty() || !f[6].isEmpty()) {
        throw new IllegalStateException("register data: " + f[0] + " has a change but no end");
      }
    }
    List<RegisteredMunicipality> all = new ArrayList<>(rows.size());
    Map<Integer, List<RegisteredMunicipality>> numbers = new TreeMap<>();
    Map<String, Set<RegisteredMunicipality>> names = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      String[] f = rows.get(i);
      LocalDate from = f[1].equals("-") ? null : date(f[1]);
      LocalDate to = f[2].isEmpty() ? null : date(f[2]);
      LocalDate countyDay = from != null ? from : to;
      if (countyDay == null) {
        throw new IllegalStateException("register data: " + f[0] + " has neither start nor end");
      }
      String countyNumber = f[0].substring(0, 2);
      Optional<County> county = County.ofNumberOn(countyNumber, countyDay);
      if (county.isEmpty()) {
        throw new IllegalStateException("register data: no county " + countyNumber + " on " + countyDay);
      }
      List<String> earlier = f[4].isEmpty() ? List.of() : List.of(f[4].split("\\|"));
      List<Change> origin = new ArrayList<>();
      for (Change c : originByNumber.getOrDefault(f[0], List.of())) {
        if (from != null && !c.date().isBefore(from) && (to == null || !c.date().isAfter(to))) {
          origin.add(c);
        }
      }
      origin.sort(CHANGE_ORDER);
      RegisteredMunicipality m = new RegisteredMunicipality(f[0], f[3], earlier, county.get(), from, to, ends[i],
          origin);
      all.add(m);
      add(numbers, Integer.valueOf(f[0]), m);
      for (String form : m.nameForms()) {
        addName(names, Names.key(form), m);
        int qualifier = form.indexOf('(');
        if (qualifier > 0) {
          addName(names, Names.key(form.substring(0, qualifier)), m);
        }
      }
    }
    RegisteredMunicipality[][] byNumber = new RegisteredMunicipality[NUMBERS][];
    for (Map.Entry<Integer, List<RegisteredMunicipality>> e : numbers.entrySet()) {
      byNumber[e.getKey()] = e.getValue().toArray(new RegisteredMunicipality[0]);
    }
    Map<String, RegisteredMunicipality[]> byName = new HashMap<>(names.size() * 4);
    for (Map.Entry<String, Set<RegisteredMunicipality>> e : names.entrySet()) {
      byName.put(e.getKey(), e.getValue().toArray(new RegisteredMunicipality[0]));
    }
    // Shortcut entries: each official form as written and in lower case maps to the same array as its
    // key, so that the usual spellings are found without folding (invariant: get(s) == get(key(s))).
    for (RegisteredMunicipality m : all) {
      for (String form : m.nameForms()) {
        RegisteredMunicipality[] same = byName.get(Names.key(form));
        byName.putIfAbsent(form, same);
        byName.putIfAbsent(form.toLowerCase(java.util.Locale.ROOT), same);
      }
    }
    return new RegisterData(List.copyOf(all), byNumber, byName, source(props));
  }

  // The load path avoids lambdas and method references: their first bootstrap costs tens of
  // milliseconds of start-up (docs/adr/0008), and the register is loaded on a caller's first lookup.
  private static final java.util.Comparator<Change> CHANGE_ORDER = new java.util.Comparator<>() {
    @Override
    public int compare(Change a, Change b) {
      int byDate = a.date().compareTo(b.date());
      return byDate != 0 ? byDate : a.from().compareTo(b.from());
    }
  };

  private static <K, V> void add(Map<K, List<V>> map, K key, V value) {
    List<V> list = map.get(key);
    if (list == null) {
      list = new ArrayList<>();
      map.put(key, list);
    }
    list.add(value);
  }

  private static void addName(Map<String, Set<RegisteredMunicipality>> map, String key, RegisteredMunicipality m) {
    Set<RegisteredMunicipality> set = map.get(key);
    if (set == null) {
      set = new LinkedHashSet<>();
      map.put(key, set);
    }
    set.add(m);
  }

  /** Reads yyyy-MM-dd without java.time's formatter, which costs tens of milliseconds on first use. */
  private static LocalDate date(String text) {
    String s = text.trim();
    if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
      throw new IllegalStateException("register data: not a date: " + s);
    }
    try {
      return LocalDate.of(Integer.parseInt(s.substring(0, 4)), Integer.parseInt(s.substring(5, 7)),
          Integer.parseInt(s.substring(8, 10)));
    } catch (RuntimeException e) {
      throw new IllegalStateException("register data: not a date: " + s, e);
    }
  }

  private static boolean isNumber(String s) {
    if (s.length() != 4) {
      return false;
    }
    for (int i = 0; i < 4; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static RegisterSource source(InputStream props) throws IOException {
    Properties p = new Properties();
    p.load(new InputStreamReader(props, StandardCharsets.UTF_8));
    Map<LocalDate, Integer> totals = new TreeMap<>();
    for (String key : p.stringPropertyNames()) {
      if (key.startsWith("total.")) {
        totals.put(date(key.substring(6)), Integer.valueOf(p.getProperty(key).trim()));
      }
    }
    return new RegisterSource(required(p, "publisher"), required(p, "classifications"),
        date(required(p, "version")), date(required(p, "retrieved")), required(p, "licence"),
        required(p, "attribution"), totals);
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException("register.properties: missing " + key);
    }
    return value.trim();
  }

  /**
   * Every period, in number order and, within a number, oldest first.
   *
   * @return the periods
   */
  public List<RegisteredMunicipality> all() {
    return all;
  }

  /**
   * The periods of a number, oldest first.
   *
   * @param number the number, 0 to 9999
   * @return the periods, or null if the number is unknown; the caller must not modify the array
   */
  public RegisteredMunicipality[] byNumber(int number) {
    return number >= 0 && number < NUMBERS ? byNumber[number] : null;
  }

  /**
   * The period with a number that was valid on a date: where a change in the data leads (a renumbering,
   * a merger), so it must exist.
   *
   * @param number four digits
   * @param date the date
   * @return the period
   * @throws IllegalStateException if no period with the number was valid then (a data error)
   */
  public RegisteredMunicipality validOn(String number, LocalDate date) {
    RegisteredMunicipality[] periods = byNumber(Integer.parseInt(number));
    if (periods != null) {
      for (RegisteredMunicipality m : periods) {
        if (m.isValidOn(date)) {
          return m;
        }
      }
    }
    throw new IllegalStateException("register data: " + number + " not valid on " + date);
  }

  /**
   * The periods that have a name form matching a text: the text is tried as it is (official forms as
   * written or in lower case are indexed directly), then folded with {@link Names#key(String)}.
   *
   * @param text the name as the caller wrote it, trimmed
   * @return the periods, or null; the caller must not modify the array
   */
  public RegisteredMunicipality[] byName(String text) {
    RegisteredMunicipality[] hit = byName.get(text);
    return hit != null ? hit : byName.get(Names.key(text));
  }

  /**
   * Every indexed text (keys and shortcut spellings); for the tests of the index invariant.
   *
   * @return the texts
   */
  public java.util.Set<String> indexedNames() {
    return java.util.Collections.unmodifiableSet(byName.keySet());
  }

  /**
   * The source description.
   *
   * @return the source
   */
  public RegisterSource source() {
    return source;
  }

  @Override
  public String toString() {
    return "RegisterData[" + all.size() + " periods, " + byName.size() + " name keys, totals "
        + Arrays.toString(source.declaredTotals().values().toArray()) + "]";
  }
}
