package no.rusomsorg.register;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One change in the classification: on {@link #date()} the number {@link #from()} stopped being valid
 * and its area belonged to the municipalities numbered {@link #to()}.
 *
 * @param kind how the number ended
 * @param date the first day of the new municipalities (the old number was valid until the day before)
 * @param from the number that ended
 * @param to the numbers that followed it, at least one
 */
public record Change(ChangeKind kind, LocalDate date, String from, List<String> to) {
  /**
   * Validates and copies the parts.
   *
   * @param kind how the number ended
   * @param date the first day of the new municipalities
   * @param from the number that ended
   * @param to the numbers that followed it
   */
  public Change {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    to = List.copyOf(to);
    if (to.isEmpty()) {
      throw new IllegalArgumentException("a change needs at least one successor: " + from);
    }
  }

  /**
   * The last day the old number was valid.
   *
   * @return the day before {@link #date()}
   */
  public LocalDate lastDayOfOld() {
    return date.minusDays(1);
  }
}
