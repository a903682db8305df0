package no.rusomsorg.register.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.register.Change;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisteredMunicipality;

/**
 * Resolves a number or name on a date against the register's data: which period was valid, not yet
 * valid, or ended (following every change to the periods valid on the date). Internal: the application
 * API ({@code no.rusomsorg.api.MunicipalityDirectory}) calls it and answers with its own
 * {@code MunicipalityLookup} (docs/adr/0023). Immutable and thread-safe.
 *
 * <ul>
 *   <li>valid on the date: {@link RegisterAnswer.Found} (or {@link RegisterAnswer.Ambiguous} if a name
 *       matched several municipalities valid then, as "Nes" in 2019);</li>
 *   <li>valid only before the date: {@link RegisterAnswer.Dissolved} with the changes and the
 *       successors on the date ("0101" on 2025-03-01: renumbered to 3001, then to 3101; successor
 *       3101 Halden); when a name was used by an ended and a later municipality (Haram 1534 until
 *       2019, Haram 1580 from 2024), a date between them gives the ended one's successors;</li>
 *   <li>valid only after the date: {@link RegisterAnswer.NotYetEstablished};</li>
 *   <li>no such number or name: {@link RegisterAnswer.Unknown};</li>
 *   <li>a date before {@link NationalRegister#FIRST_DAY}: {@link RegisterAnswer.BeforeRegister}.</li>
 * </ul>
 *
 * <p>Numbers are four digits; three digits are read with a leading zero ("301" is 0301). Names match
 * any official form, case- and diacritic-tolerant ({@link NationalRegister#nameKey(String)}).
 */
public final class RegisterLookup {
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
  private final IdentityHashMap<RegisteredMunicipality, Settled> settled;

  private record Settled(LocalDate from, RegisterAnswer.Dissolved result) {}

  private RegisterLookup(RegisterData data) {
    this.data = data;
    this.settled = new IdentityHashMap<>();
    for (RegisteredMunicipality m : data.all()) {
      if (m.end().isPresent()) {
        RegisterAnswer.Dissolved open = follow(m, LocalDate.MAX);
        LocalDate last = open.changes().get(open.changes().size() - 1).date();
        for (Change c : open.changes()) {
          last = c.date().isAfter(last) ? c.date() : last;
        }
        settled.put(m, new Settled(last, open));
      }
    }
  }

  private static final class Holder {
    static final RegisterLookup STANDARD = new RegisterLookup(RegisterData.standard());
  }

  /**
   * The resolver over the register compiled into this library.
   *
   * @return the shared instance, built on first use
   */
  public static RegisterLookup standard() {
    return Holder.STANDARD;
  }

  /**
   * Looks up a municipality by number or by any form of its official name, as on a date.
   *
   * @param numberOrName a municipality number or name
   * @param date the date
   * @return the answer
   * @throws InvalidValueException if the text is blank (rule NOT_BLANK)
   */
  public RegisterAnswer lookup(String numberOrName, LocalDate date) {
    Objects.requireNonNull(numberOrName, "numberOrName");
    Objects.requireNonNull(date, "date");
    String query = numberOrName.strip();
    if (query.isEmpty()) {
      throw new InvalidValueException("numberOrName", InvalidValueException.Rule.NOT_BLANK,
          "a municipality number or name is needed");
    }
    if (date.isBefore(NationalRegister.FIRST_DAY)) {
      return new RegisterAnswer.BeforeRegister(NationalRegister.FIRST_DAY);
    }
    int number = number(query);
    RegisteredMunicipality[] candidates =
        number >= 0 ? data.byNumber(number) : data.byName(query);
    if (candidates == null) {
      return new RegisterAnswer.Unknown(query);
    }
    return resolve(candidates, date);
  }

  /**
   * The period with a number that was valid on a date.
   *
   * @param number four digits
   * @param date the date
   * @return the period
   * @throws IllegalStateException if no period with the number was valid then (a data error)
   */
  public RegisteredMunicipality on(String number, LocalDate date) {
    return data.validOn(number, date);
  }

  private RegisterAnswer resolve(RegisteredMunicipality[] candidates, LocalDate date) {
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
      } else if (startsAfter(m, date)) {
        if (future == null || m.validFrom().orElseThrow().isBefore(future.validFrom().orElseThrow())) {
          future = m;
        }
      } else if (lastEnded == null || m.validTo().orElseThrow().isAfter(lastEnded.validTo().orElseThrow())) {
        lastEnded = m;
        ended = null;
      } else if (m.validTo().orElseThrow().equals(lastEnded.validTo().orElseThrow())) {
        if (ended == null) {
          ended = new ArrayList<>();
          ended.add(lastEnded);
        }
        ended.add(m);
      }
    }
    if (valid != null) {
      valid.sort(BY_NUMBER);
      return new RegisterAnswer.Ambiguous(valid);
    }
    if (only != null) {
      return new RegisterAnswer.Found(only);
    }
    if (ended != null) {
      ended.sort(BY_NUMBER);
      return new RegisterAnswer.Ambiguous(ended);
    }
    if (lastEnded != null) {
      return dissolved(lastEnded, date);
    }
    return new RegisterAnswer.NotYetEstablished(future);
  }

  private RegisterAnswer.Dissolved dissolved(RegisteredMunicipality former, LocalDate date) {
    Settled done = settled.get(former);
    if (done != null && !date.isBefore(done.from())) {
      return done.result();
    }
    return follow(former, date);
  }

  /** Follows the changes from a former municipality to the ones valid on the date (chains are short). */
  private RegisterAnswer.Dissolved follow(RegisteredMunicipality former, LocalDate date) {
    List<Change> changes = new ArrayList<>(4);
    List<RegisteredMunicipality> successors = new ArrayList<>(2);
    List<RegisteredMunicipality> todo = new ArrayList<>(4);
    todo.add(former);
    for (int i = 0; i < todo.size(); i++) {
      Change change = todo.get(i).end().orElseThrow();
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
    return new RegisterAnswer.Dissolved(former, changes, successors);
  }

  private static boolean startsAfter(RegisteredMunicipality m, LocalDate date) {
    return m.validFrom().isPresent() && m.validFrom().get().isAfter(date);
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

}
