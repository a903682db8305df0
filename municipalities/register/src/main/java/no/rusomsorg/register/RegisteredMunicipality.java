package no.rusomsorg.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.municipality.County;
import org.jspecify.annotations.Nullable;

/**
 * A municipality under one number for one unbroken period: number, official name, county, first and
 * last day, and the changes that began and ended the period. A municipality whose number changed is
 * several of these (Halden: 0101 to 2019-12-31, 3001 in 2020–2023, 3101 from 2024-01-01).
 *
 * <p>Names: {@link #name()} is the latest official name the register knows for the period (for a
 * period still open, the name in the newest classification version compiled). {@link #earlierNames()}
 * are other official names the same period had in older versions; the day a name changed within a
 * period is not recorded. A name with Sámi or Kven forms is one string with the forms separated by
 * {@code " - "}, as in the classification ("Guovdageaidnu - Kautokeino"); {@link #nameForms()}
 * lists the forms one by one.
 *
 * <p>Instances are immutable and thread-safe. Periods that ended before the register's first day
 * (2018-01-01) are included only so that old numbers (Trondheim 1601) can be followed to their
 * successors; they have no {@link #validFrom()}.
 */
public final class RegisteredMunicipality {
  private final String number;
  private final String name;
  private final List<String> earlierNames;
  private final County county;
  private final @Nullable LocalDate from;
  private final @Nullable LocalDate to;
  private final @Nullable Change end;
  private final List<Change> predecessors;

  /**
   * Creates a period; used by the register's loader.
   *
   * @param number the four-digit number
   * @param name the latest official name
   * @param earlierNames other official names of the same period, oldest first
   * @param county the county the number belongs to
   * @param from the first day, or null if the period began before 2018-01-01
   * @param to the last day, or null if the period is still open
   * @param end the change that ended the period, or null if it is open
   * @param predecessors the changes whose successors include this period, on its first day or later
   */
  public RegisteredMunicipality(String number, String name, List<String> earlierNames, County county,
      @Nullable LocalDate from, @Nullable LocalDate to, @Nullable Change end, List<Change> predecessors) {
    this.number = Objects.requireNonNull(number, "number");
    this.name = Objects.requireNonNull(name, "name");
    this.earlierNames = List.copyOf(Objects.requireNonNull(earlierNames, "earlierNames"));
    this.county = Objects.requireNonNull(county, "county");
    Objects.requireNonNull(predecessors, "predecessors");
    this.from = from;
    this.to = to;
    this.end = end;
    this.predecessors = List.copyOf(predecessors);
    if ((to == null) != (end == null)) {
      throw new IllegalArgumentException(number + ": a period ends exactly when a change ends it");
    }
  }

  /**
   * The municipality number (kommunenummer), four digits such as {@code "0301"}.
   *
   * @return the number
   */
  public String number() {
    return number;
  }

  /**
   * The latest official name of the period, such as "Guovdageaidnu - Kautokeino".
   *
   * @return the name
   */
  public String name() {
    return name;
  }

  /**
   * Other official names the period had in older classification versions, oldest first
   * ("Trondheim" before "Trondheim - Tråante"). Empty for most periods.
   *
   * @return the names
   */
  public List<String> earlierNames() {
    return earlierNames;
  }

  /**
   * Every form of every official name of the period, one by one: "Guovdageaidnu - Kautokeino" gives
   * the full name, "Guovdageaidnu" and "Kautokeino". A lookup by any of them finds the period.
   *
   * @return the forms, the latest name's first
   */
  public List<String> nameForms() {
    java.util.LinkedHashSet<String> forms = new java.util.LinkedHashSet<>();
    addForms(forms, name);
    for (String earlier : earlierNames) {
      addForms(forms, earlier);
    }
    return List.copyOf(forms);
  }

  private static void addForms(java.util.Set<String> forms, String full) {
    forms.add(full);
    int start = 0;
    int dash = full.indexOf(" - ");
    if (dash < 0) {
      return;
    }
    while (dash >= 0) {
      forms.add(full.substring(start, dash).trim());
      start = dash + 3;
      dash = full.indexOf(" - ", start);
    }
    forms.add(full.substring(start).trim());
  }

  /**
   * The county the number belongs to (its first two digits), as it existed during the period.
   *
   * @return the county
   */
  public County county() {
    return county;
  }

  /**
   * The first day of the period.
   *
   * @return the day, or empty if the period began before the register's first day (2018-01-01)
   */
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(from);
  }

  /**
   * The last day of the period.
   *
   * @return the day, or empty if the period is still open
   */
  public Optional<LocalDate> validTo() {
    return Optional.ofNullable(to);
  }

  /**
   * The change that ended the period.
   *
   * @return the change, or empty if the period is still open
   */
  public Optional<Change> end() {
    return Optional.ofNullable(end);
  }

  /**
   * The changes that led into this period, oldest first: on its first day, the old numbers renumbered,
   * merged or split into it (Sandnes 1102 and Forsand 1129 into Sandnes 1108 on 2020-01-01); later,
   * while it kept its number, the municipalities merged into it (Finnøy 1141 and Rennesøy 1142 into
   * Stavanger 1103 on 2020-01-01). Empty for a period that began before the register or that the
   * register starts with and nothing joined.
   *
   * @return the changes
   */
  public List<Change> predecessors() {
    return predecessors;
  }

  /**
   * The changes that created this period on its first day (a subset of {@link #predecessors()}).
   *
   * @return the changes, empty if the period did not begin with a change the register knows
   */
  public List<Change> origin() {
    return predecessors.stream().filter(c -> from != null && c.date().equals(from)).toList();
  }

  /**
   * Whether the number was valid on a date (both ends inclusive).
   *
   * @param date the date
   * @return true if the date lies within the period
   */
  public boolean isValidOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  @Override
  public String toString() {
    return number + " " + name + " (" + (from == null ? "…" : from) + " – " + (to == null ? "" : to) + ")";
  }
}
