package no.rusomsorg.core.casework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/** Shared checks for the case machines. */
final class Guard {
  private Guard() {}

  /** A null argument is a programmer error: an NPE that names the parameter (docs/adr/0022). */
  static <T> T required(String field, T value) {
    return Objects.requireNonNull(value, field);
  }

  /** Refuses an event dated before the last event of the history. */
  static <E extends Enum<E>, S extends Enum<S>> void notBefore(List<HistoryEntry<E, S>> history, S state, E event,
      LocalDate date) {
    required("date", date);
    if (!history.isEmpty() && date.isBefore(history.get(history.size() - 1).date())) {
      throw new IllegalTransitionException(state, event, IllegalTransitionException.Reason.DATE_BEFORE_PREVIOUS_EVENT,
          "the event is dated " + date + ", before the previous event on " + history.get(history.size() - 1).date());
    }
  }

  static <E extends Enum<E>, S extends Enum<S>> IllegalTransitionException notAllowed(S state, E event) {
    return new IllegalTransitionException(state, event, IllegalTransitionException.Reason.NOT_ALLOWED_IN_STATE,
        "not allowed in this state");
  }

  static <E extends Enum<E>, S extends Enum<S>> List<HistoryEntry<E, S>> append(List<HistoryEntry<E, S>> history,
      E event, LocalDate date, S state) {
    List<HistoryEntry<E, S>> next = new ArrayList<>(history);
    next.add(new HistoryEntry<>(event, date, state));
    return List.copyOf(next);
  }
}
