package no.rusomsorg.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * A deliberately simple reference calendar for tests: holidays from a different Easter algorithm
 * (Knuth, The Art of Computer Programming, vol. 1, § 1.3.2 exercise 14) and day-by-day loops.
 */
final class NaiveCalendar {
  private NaiveCalendar() {}

  static LocalDate easter(int year) {
    int golden = year % 19 + 1;
    int century = year / 100 + 1;
    int skippedLeap = 3 * century / 4 - 12;
    int moonCorrection = (8 * century + 5) / 25 - 5;
    int sunday = 5 * year / 4 - skippedLeap - 10;
    int epact = (11 * golden + 20 + moonCorrection - skippedLeap) % 30;
    if (epact < 0) {
      epact += 30;
    }
    if ((epact == 25 && golden > 11) || epact == 24) {
      epact++;
    }
    int n = 44 - epact;
    if (n < 21) {
      n += 30;
    }
    n = n + 7 - ((sunday + n) % 7);
    return n > 31 ? LocalDate.of(year, 4, n - 31) : LocalDate.of(year, 3, n);
  }

  static Set<LocalDate> holidays(int year) {
    LocalDate e = easter(year);
    Set<LocalDate> s = new TreeSet<>();
    s.add(LocalDate.of(year, 1, 1));
    s.add(LocalDate.of(year, 5, 1));
    s.add(LocalDate.of(year, 5, 17));
    s.add(LocalDate.of(year, 12, 25));
    s.add(LocalDate.of(year, 12, 26));
    for (int offset : new int[] {-3, -2, 0, 1, 39, 49, 50}) {
      s.add(e.plusDays(offset));
    }
    return s;
  }

  static boolean isWorkingDay(LocalDate d) {
    DayOfWeek w = d.getDayOfWeek();
    return w != DayOfWeek.SATURDAY && w != DayOfWeek.SUNDAY && !holidays(d.getYear()).contains(d);
  }

  /** Steps day by day, counting working days; the start is not counted. */
  static LocalDate plusWorkingDays(LocalDate d, int n) {
    int step = n >= 0 ? 1 : -1;
    int left = Math.abs(n);
    LocalDate cur = d;
    while (left > 0) {
      cur = cur.plusDays(step);
      if (isWorkingDay(cur)) {
        left--;
      }
    }
    return cur;
  }

  /** Working days after {@code from} up to and including {@code to}; negative when {@code to} is earlier. */
  static int workingDaysBetween(LocalDate from, LocalDate to) {
    if (to.isBefore(from)) {
      return -workingDaysBetween(to, from);
    }
    int count = 0;
    for (LocalDate d = from.plusDays(1); !d.isAfter(to); d = d.plusDays(1)) {
      if (isWorkingDay(d)) {
        count++;
      }
    }
    return count;
  }
}
