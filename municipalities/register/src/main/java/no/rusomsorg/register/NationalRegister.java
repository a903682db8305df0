package no.rusomsorg.register;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.County;
import no.rusomsorg.register.internal.Names;
import no.rusomsorg.register.internal.RegisterData;

/**
 * Every Norwegian municipality valid at any time from 2018-01-01 to the newest classification version
 * compiled ({@link RegisterSource#version()}), with its numbers, official names, county and changes,
 * compiled from Statistics Norway's classification 131 (municipalities) and the counties of
 * classification 104 as modelled by {@link County}.
 *
 * <p><b>Dates.</b> Every question takes a date. Before {@link #FIRST_DAY} the register has no data:
 * {@link #lookup(String, LocalDate)} answers {@link LookupResult.BeforeRegister}, the list methods
 * throw {@link InvalidValueException} (rule {@code RANGE}). After the newest version the register
 * answers as that version stood: changes not yet compiled are not known.
 *
 * <p><b>Lookup.</b> By number (four digits; three digits are read with a leading zero, "301" is
 * 0301), old numbers included, or by any official name form, case- and diacritic-tolerant: "tromso",
 * "TROMSØ", "kautokeino", "Guovdageaidnu" and "Guovdageaidnu - Kautokeino" all match (folding rules:
 * {@link #nameKey(String)}). The answer says whether the number or name was valid on the date, not yet,
 * or no longer (naming the successors on the date and the changes that led to them).
 *
 * <p><b>Loading.</b> The data (about 35 KB) are parsed on the first call of {@link #standard()}, not
 * when the class is loaded by anything else. The instance is immutable and thread-safe.
 */
public final class NationalRegister {
  /** The first day the register has data for. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

  private static final Comparator<RegisteredMunicipality> BY_NUMBER =
      Comparator.comparing(RegisteredMunicipality::number);

  private final RegisterData data;

  private NationalRegister(RegisterData data) {
    this.data = data;
  }

  private static final class Holder {
    static final NationalRegister STANDARD = new NationalRegister(RegisterData.load());
  }

  /**
   * The register compiled into this library.
   *
   * @return the shared instance, loaded on first use
   */
  public static NationalRegister standard() {
    return Holder.STANDARD;
  }

  /**
   * Where the data come from: publisher, classifications, version, retrieval day, licence and the
   * totals the sources state.
   *
   * @return the source
   */
  public RegisterSource source() {
    return data.source();
  }

  /**
   * Every period of every municipality the register knows, including numbers that ended just before
   * {@link #FIRST_DAY} (they have no {@link RegisteredMunicipality#validFrom()}), in number order.
   *
   * @return the periods
   */
  public List<RegisteredMunicipality> all() {
    return data.all();
  }

  /**
   * The municipalities valid on a date, in number order.
   *
   * @param date the date, on or after {@link #FIRST_DAY}
   * @return the municipalities
   * @throws InvalidValueException if the date is before {@link #FIRST_DAY} (rule RANGE) or missing
   */
  public List<RegisteredMunicipality> municipalitiesOn(LocalDate date) {
    checkDate(date);
    List<RegisteredMunicipality> result = new ArrayList<>(360);
    for (RegisteredMunicipality m : data.all()) {
      if (m.isValidOn(date)) {
        result.add(m);
      }
    }
    return List.copyOf(result);
  }

  /**
   * The counties that had at least one municipality on a date, in county-number order: 18 on
   * 2018-01-01 (Trøndelag from that day), 11 in 2020–2023, 15 from 2024-01-01.
   *
   * @param date the date, on or after {@link #FIRST_DAY}
   * @return the counties
   * @throws InvalidValueException if the date is before {@link #FIRST_DAY} (rule RANGE) or missing
   */
  public List<County> countiesOn(LocalDate date) {
    Set<County> counties = EnumSet.noneOf(County.class);
    for (RegisteredMunicipality m : municipalitiesOn(date)) {
      counties.add(m.county());
    }
    List<County> result = new ArrayList<>(counties);
    result.sort(Comparator.comparingInt(County::number));
    return List.copyOf(result);
  }

  /**
   * Looks up a municipality by number or by any form of its official name, as on a date.
   *
   * <ul>
   *   <li>valid on the date: {@link LookupResult.Found} (or {@link LookupResult.Ambiguous} if a name
   *       matched several municipalities valid then, as "Nes" in 2019);</li>
   *   <li>valid only before the date: {@link LookupResult.Dissolved} with the changes and the
   *       successors on the date ("0101" on 2025-03-01: renumbered to 3001, then to 3101; successor
   *       3101 Halden); when a name was used by an ended and a later municipality (Haram 1534 until
   *       2019, Haram 1580 from 2024), a date between them gives the ended one's successors;</li>
   *   <li>valid only after the date: {@link LookupResult.NotYetEstablished};</li>
   *   <li>no such number or name: {@link LookupResult.Unknown};</li>
   *   <li>a date before {@link #FIRST_DAY}: {@link LookupResult.BeforeRegister}.</li>
   * </ul>
   *
   * @param numberOrName a municipality number or name
   * @param date the date
   * @return the result
   * @throws InvalidValueException if the text is blank (rule NOT_BLANK) or an argument is missing
   */
  public LookupResult lookup(String numberOrName, LocalDate date) {
    if (numberOrName == null) {
      throw new InvalidValueException("numberOrName", InvalidValueException.Rule.REQUIRED, "is missing");
    }
    if (date == null) {
      throw new InvalidValueException("date", InvalidValueException.Rule.REQUIRED, "is missing");
    }
    String query = numberOrName.strip();
    if (query.isEmpty()) {
      throw new InvalidValueException("numberOrName", InvalidValueException.Rule.NOT_BLANK,
          "a municipality number or name is needed");
    }
    if (date.isBefore(FIRST_DAY)) {
      return new LookupResult.BeforeRegister(FIRST_DAY);
    }
    int number = number(query);
    RegisteredMunicipality[] candidates =
        number >= 0 ? data.byNumber(number) : data.byNameKey(Names.key(query));
    if (candidates == null) {
      return new LookupResult.Unknown(query);
    }
    return resolve(candidates, date);
  }

  /**
   * The county governor's office (Fylkesmannen / Statsforvalteren) that covered a municipality on a
   * date, under the name it had then, from the core table ({@link Authorities#countyGovernor}).
   *
   * @param municipality a municipality of this register
   * @param date the date
   * @return the office, or empty if the municipality's number was not valid on the date
   * @throws InvalidValueException if an argument is missing
   */
  public Optional<Authority> governorOffice(RegisteredMunicipality municipality, LocalDate date) {
    if (municipality == null) {
      throw new InvalidValueException("municipality", InvalidValueException.Rule.REQUIRED, "is missing");
    }
    if (date == null) {
      throw new InvalidValueException("date", InvalidValueException.Rule.REQUIRED, "is missing");
    }
    if (!municipality.isValidOn(date)) {
      return Optional.empty();
    }
    return Authorities.standard().countyGovernor(municipality.county(), date);
  }

  /**
   * The lookup key the register compares names by: lower case; ø → o, æ → ae, đ → d, ŋ → n, ŧ → t;
   * other diacritics dropped (å → a, á → a, č → c, š → s, ž → z, ï → i); every run of characters that
   * are neither letters nor digits (spaces, hyphens, dashes, parentheses) becomes one space, trimmed.
   * "Våler (Østfold)" gives "valer ostfold"; the register also indexes each name form without its
   * parenthesised qualifier, so "Våler" matches both Vålers.
   *
   * @param name a name
   * @return its key
   */
  public static String nameKey(String name) {
    return Names.key(name);
  }

  private LookupResult resolve(RegisteredMunicipality[] candidates, LocalDate date) {
    RegisteredMunicipality only = null;
    List<RegisteredMunicipality> valid = null;
    RegisteredMunicipality future = null;
    List<RegisteredMunicipality> ended = null;
    LocalDate latestEnd = null;
    for (RegisteredMunicipality m : candidates) {
      if (m.isValidOn(date)) {
        if (only == null) {
          only = m;
        } else {
          if (valid == null) {
            valid = new ArrayList<>();
            valid.add(only);
          }
          valid.add(m);
        }
      } else if (m.startsAfter(date)) {
        if (future == null || m.validFrom().get().isBefore(future.validFrom().get())) {
          future = m;
        }
      } else {
        LocalDate end = m.validTo().get();
        if (latestEnd == null || end.isAfter(latestEnd)) {
          latestEnd = end;
          ended = new ArrayList<>();
          ended.add(m);
        } else if (end.equals(latestEnd)) {
          ended.add(m);
        }
      }
    }
    if (valid != null) {
      valid.sort(BY_NUMBER);
      return new LookupResult.Ambiguous(valid);
    }
    if (only != null) {
      return new LookupResult.Found(only);
    }
    if (ended != null) {
      if (ended.size() > 1) {
        ended.sort(BY_NUMBER);
        return new LookupResult.Ambiguous(ended);
      }
      return dissolved(ended.get(0), date);
    }
    return new LookupResult.NotYetEstablished(future);
  }

  private LookupResult.Dissolved dissolved(RegisteredMunicipality former, LocalDate date) {
    List<Change> changes = new ArrayList<>();
    TreeMap<String, RegisteredMunicipality> successors = new TreeMap<>();
    Deque<RegisteredMunicipality> todo = new ArrayDeque<>();
    Set<RegisteredMunicipality> seen = new HashSet<>();
    todo.add(former);
    while (!todo.isEmpty()) {
      RegisteredMunicipality m = todo.poll();
      if (!seen.add(m)) {
        continue;
      }
      Change change = m.end().orElseThrow();
      changes.add(change);
      for (String to : change.to()) {
        RegisteredMunicipality next = on(to, change.date());
        if (next.isValidOn(date)) {
          successors.put(next.number(), next);
        } else {
          todo.add(next);
        }
      }
    }
    changes.sort(Comparator.comparing(Change::date).thenComparing(Change::from));
    return new LookupResult.Dissolved(former, changes, new ArrayList<>(successors.values()));
  }

  private RegisteredMunicipality on(String number, LocalDate date) {
    RegisteredMunicipality[] periods = data.byNumber(Integer.parseInt(number));
    if (periods != null) {
      for (RegisteredMunicipality m : periods) {
        if (m.isValidOn(date)) {
          return m;
        }
      }
    }
    throw new IllegalStateException("register data: successor " + number + " not valid on " + date);
  }

  /** The number a query stands for, or -1 if it is not three or four digits. */
  private static int number(String query) {
    int length = query.length();
    if (length < 3 || length > 4) {
      return -1;
    }
    int n = 0;
    for (int i = 0; i < length; i++) {
      char c = query.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      n = n * 10 + (c - '0');
    }
    return n;
  }

  private static void checkDate(LocalDate date) {
    if (date == null) {
      throw new InvalidValueException("date", InvalidValueException.Rule.REQUIRED, "is missing");
    }
    if (date.isBefore(FIRST_DAY)) {
      throw new InvalidValueException("date", InvalidValueException.Rule.RANGE,
          "the national register has no data before " + FIRST_DAY);
    }
  }
}
