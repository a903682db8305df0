package no.rusomsorg.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.municipality.County;
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

  // Anonymous classes, not lambdas: no invokedynamic bootstrap on the first lookup (docs/adr/0008).
  private static final Comparator<RegisteredMunicipality> BY_NUMBER = new Comparator<>() {
    @Override
    public int compare(RegisteredMunicipality a, RegisteredMunicipality b) {
      return a.number().compareTo(b.number());
    }
  };

  private static final Comparator<Change> CHANGE_ORDER = new Comparator<>() {
    @Override
    public int compare(Change a, Change b) {
      int byDate = a.date().compareTo(b.date());
      return byDate != 0 ? byDate : a.from().compareTo(b.from());
    }
  };

  private final RegisterData data;
  /**
   * For each ended period, its result on every day after the last change of its chain (the day from
   * which the successors are the still-open periods): most lookups of old numbers are for recent dates.
   */
  private final java.util.IdentityHashMap<RegisteredMunicipality, Settled> settled;

  private record Settled(LocalDate from, LookupResult.Dissolved result) {}

  private NationalRegister(RegisterData data) {
    this.data = data;
    this.settled = new java.util.IdentityHashMap<>();
    for (RegisteredMunicipality m : data.all()) {
      if (m.endOrNull() != null) {
        LookupResult.Dissolved open = follow(m, LocalDate.MAX);
        LocalDate last = open.changes().get(open.changes().size() - 1).date();
        for (Change c : open.changes()) {
          last = c.date().isAfter(last) ? c.date() : last;
        }
        settled.put(m, new Settled(last, open));
      }
    }
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
   * @throws InvalidValueException if the date is before {@link #FIRST_DAY} (rule RANGE)
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
   * @throws InvalidValueException if the date is before {@link #FIRST_DAY} (rule RANGE)
   */
  public List<County> countiesOn(LocalDate date) {
    Set<County> counties = new HashSet<>();
    for (RegisteredMunicipality m : municipalitiesOn(date)) {
      counties.add(m.county());
    }
    List<County> result = new ArrayList<>(counties);
    result.sort(Comparator.naturalOrder());
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
   * @throws InvalidValueException if the text is blank (rule NOT_BLANK)
   */
  public LookupResult lookup(String numberOrName, LocalDate date) {
    Objects.requireNonNull(numberOrName, "numberOrName");
    Objects.requireNonNull(date, "date");
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
        number >= 0 ? data.byNumber(number) : data.byName(query);
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
   */
  public Optional<Authority> governorOffice(RegisteredMunicipality municipality, LocalDate date) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(date, "date");
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
    Objects.requireNonNull(name, "name");
    return Names.key(name);
  }

  private LookupResult resolve(RegisteredMunicipality[] candidates, LocalDate date) {
    RegisteredMunicipality only = null;
    List<RegisteredMunicipality> valid = null;
    RegisteredMunicipality future = null;
    RegisteredMunicipality lastEnded = null;
    List<RegisteredMunicipality> ended = null;
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
        if (future == null || m.fromOrNull().isBefore(future.fromOrNull())) {
          future = m;
        }
      } else if (lastEnded == null || m.toOrNull().isAfter(lastEnded.toOrNull())) {
        lastEnded = m;
        ended = null;
      } else if (m.toOrNull().equals(lastEnded.toOrNull())) {
        if (ended == null) {
          ended = new ArrayList<>();
          ended.add(lastEnded);
        }
        ended.add(m);
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
      ended.sort(BY_NUMBER);
      return new LookupResult.Ambiguous(ended);
    }
    if (lastEnded != null) {
      return dissolved(lastEnded, date);
    }
    return new LookupResult.NotYetEstablished(future);
  }

  private LookupResult.Dissolved dissolved(RegisteredMunicipality former, LocalDate date) {
    Settled done = settled.get(former);
    if (done != null && !date.isBefore(done.from())) {
      return done.result();
    }
    return follow(former, date);
  }

  /** Follows the changes from a former municipality to the ones valid on the date (chains are short). */
  private LookupResult.Dissolved follow(RegisteredMunicipality former, LocalDate date) {
    List<Change> changes = new ArrayList<>(4);
    List<RegisteredMunicipality> successors = new ArrayList<>(2);
    List<RegisteredMunicipality> todo = new ArrayList<>(4);
    todo.add(former);
    for (int i = 0; i < todo.size(); i++) {
      Change change = todo.get(i).endOrNull();
      boolean seen = false;
      for (Change c : changes) {
        seen |= c == change;
      }
      if (seen) {
        continue;
      }
      changes.add(change);
      for (String to : change.to()) {
        RegisteredMunicipality next = on(to, change.date());
        if (next.isValidOn(date)) {
          boolean known = false;
          for (RegisteredMunicipality s : successors) {
            known |= s == next;
          }
          if (!known) {
            successors.add(next);
          }
        } else {
          todo.add(next);
        }
      }
    }
    if (changes.size() > 1) {
      changes.sort(CHANGE_ORDER);
    }
    if (successors.size() > 1) {
      successors.sort(BY_NUMBER);
    }
    return new LookupResult.Dissolved(former, changes, successors);
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
    Objects.requireNonNull(date, "date");
    if (date.isBefore(FIRST_DAY)) {
      throw new InvalidValueException("date", InvalidValueException.Rule.RANGE,
          "the national register has no data before " + FIRST_DAY);
    }
  }
}
