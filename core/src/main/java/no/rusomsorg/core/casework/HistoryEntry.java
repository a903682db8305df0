package no.rusomsorg.core.casework;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One event in a case's history: what happened, when, and the state it led to.
 *
 * @param event the event
 * @param date the date of the event
 * @param stateAfter the case's state after the event
 * @param <E> the machine's event enum
 * @param <S> the machine's state enum
 */
public record HistoryEntry<E extends Enum<E>, S extends Enum<S>>(E event, LocalDate date, S stateAfter) {
  /**
   * Validates the entry.
   *
   * @param event the event
   * @param date the date
   * @param stateAfter the state after
   */
  public HistoryEntry {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(stateAfter, "stateAfter");
  }
}
