package no.rusomsorg.core.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/**
 * The Norwegian working-day calendar used for legal deadlines and opening hours.
 *
 * <p>A <b>working day</b> (virkedag) is a Monday to Friday that is not a {@link Holiday}. Saturdays,
 * Sundays, the church holidays, and 1 and 17 May are not working days. 24 and 31 December are working
 * days (unlike in Denmark and Sweden). When a holiday falls on a weekend day nothing moves: Norway has
 * no substitute holidays.
 *
 * <p>Supported years: {@value #MIN_YEAR} (when 1 and 17 May became statutory high days) to
 * {@value #MAX_YEAR}. A date outside that range is rejected with an {@link InvalidValueException}
 * (rule {@link Rule#RANGE}); a result that would fall outside it is rejected the same way.
 *
 * <p>Every query runs in constant or logarithmic time: each year's working days are computed once,
 * on first use, into a bit set with running counts, and a table of working days before each year
 * makes counting across years a subtraction. Instances are immutable and thread-safe.
 */
public final class NorwegianCalendar {
  /** The first supported year. */
  public static final int MIN_YEAR = 1947;
  /** The last supported year. */
  public static final int MAX_YEAR = 2299;

  private static final NorwegianCalendar STANDARD = new NorwegianCalendar();

  /**
   * The year tables, built on first use. Plain reads, racy initialisation: a table is immutable and all
   * its fields are final, so a thread that sees the reference sees the whole table (JLS 17.5), and two
   * threads that build the same year build equal tables. A volatile read here cost a third of the time
   * of a bulk deadline computation.
   */
  private final YearTable[] years = new YearTable[MAX_YEAR - MIN_YEAR + 1];
  /** workingBefore[i] = working days from MIN_YEAR-01-01 up to (excluding) 1 January of MIN_YEAR + i. */
  private final int[] workingBefore = new int[MAX_YEAR - MIN_YEAR + 2];
  /** The day-by-day table of {@link #workingDayOnOrAfter(long)}, built on first use; racy as {@link #years}. */
  private Shifts shifts;

  /**
   * A calendar with its own tables. {@link #standard()} is the one to use; tests build their own, so
   * that what a calendar computes when it is built is tested too (docs/adr/0024).
   */
  NorwegianCalendar() {
    for (int y = MIN_YEAR; y <= MAX_YEAR; y++) {
      workingBefore[y - MIN_YEAR + 1] = workingBefore[y - MIN_YEAR] + countWorkingDays(y);
    }
  }

  /**
   * Working days in a year without building its table: the weekdays minus the distinct holiday dates
   * that fall on a weekday.
   */
  private static int countWorkingDays(int year) {
    LocalDate jan1 = LocalDate.of(year, 1, 1);
    int length = jan1.lengthOfYear();
    int first = jan1.getDayOfWeek().getValue() - 1; // Monday = 0
    int weekdays = 0;
    for (int d = 0; d < 7; d++) {
      // days with index d, d+7, ... among 0..length-1
      int count = (length - d + 6) / 7;
      if ((first + d) % 7 < 5) {
        weekdays += count;
      }
    }
    int holidaysOnWeekdays = 0;
    Set<LocalDate> distinct = new HashSet<>();
    for (Holiday h : Holiday.values()) {
      LocalDate date = h.in(year);
      if (distinct.add(date) && date.getDayOfWeek().getValue() <= 5) {
        holidaysOnWeekdays++;
      }
    }
    return weekdays - holidaysOnWeekdays;
  }

  /**
   * The calendar defined by Norwegian law.
   *
   * @return the shared instance
   */
  public static NorwegianCalendar standard() {
    return STANDARD;
  }

  /**
   * Easter Sunday in the Gregorian calendar (the first Sunday after the first ecclesiastical full moon
   * on or after 21 March), by the anonymous Gregorian algorithm.
   *
   * @param year any year from 1583
   * @return the date of Easter Sunday
   */
  public static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }

  /**
   * Whether a date is a working day: Monday to Friday and not a holiday.
   *
   * @param date the date
   * @return true on working days
   * @throws InvalidValueException if the date is outside the supported years
   */
  public boolean isWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return table(date).isWorking(date.getDayOfYear() - 1);
  }

  /**
   * Whether a date is one of the listed {@link Holiday holidays} (a Sunday as such is not).
   *
   * @param date the date
   * @return true on holidays
   * @throws InvalidValueException if the date is outside the supported years
   */
  public boolean isHoliday(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return table(date).isHoliday(date.getDayOfYear() - 1);
  }

  /**
   * The holidays that fall on a date; more than one when they coincide (17 May 2027 is also Whit Monday).
   *
   * @param date the date
   * @return the holidays, in declaration order; empty on other days
   * @throws InvalidValueException if the date is outside the supported years
   */
  public Set<Holiday> holidaysOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    YearTable t = table(date);
    if (!t.isHoliday(date.getDayOfYear() - 1)) {
      return Collections.emptySet();
    }
    EnumSet<Holiday> found = EnumSet.noneOf(Holiday.class);
    for (Holiday h : Holiday.values()) {
      if (h.in(date.getYear()).equals(date)) {
        found.add(h);
      }
    }
    return Collections.unmodifiableSet(found);
  }

  /**
   * Why a date is not a working day, if it is not: the holidays on it, or that it is a Saturday or a
   * Sunday.
   *
   * @param date the date
   * @return the non-working day with its reason; empty on working days
   * @throws InvalidValueException if the date is outside the supported years
   */
  public Optional<NonWorkingDay> nonWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (isWorkingDay(date)) {
      return Optional.empty();
    }
    return Optional.of(ImmutableNonWorkingDay.builder().date(date).addAllHolidays(holidaysOn(date)).build());
  }

  /**
   * The holiday dates of a year, in date order (a date appears once even if two holidays coincide).
   *
   * @param year the year
   * @return the dates
   * @throws InvalidValueException if the year is outside the supported range
   */
  public List<LocalDate> holidayDates(int year) {
    YearTable t = table(year);
    List<LocalDate> out = new ArrayList<>();
    for (int d = 0; d < t.length; d++) {
      if (t.isHoliday(d)) {
        out.add(LocalDate.ofYearDay(year, d + 1));
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * The first working day strictly after a date.
   *
   * @param date the date
   * @return the next working day
   */
  public LocalDate nextWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return plusWorkingDays(date, 1);
  }

  /**
   * The last working day strictly before a date.
   *
   * @param date the date
   * @return the previous working day
   */
  public LocalDate previousWorkingDay(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return plusWorkingDays(date, -1);
  }

  /**
   * The day itself if it is a working day, otherwise the next working day, with days counted as
   * {@link LocalDate#toEpochDay()} does: the allocation-free form of
   * {@link #workingDayOnOrAfter(LocalDate)}, for bulk work. A table of the whole supported range
   * (about 126 KiB, one byte a day) is built on the first call.
   *
   * @param epochDay the day, as days since 1970-01-01
   * @return the working day, as days since 1970-01-01
   * @throws InvalidValueException (field {@code date}, RANGE) if the day, or the working day on or after
   *     it, is outside the supported years
   */
  public long workingDayOnOrAfter(long epochDay) {
    Shifts table = shifts;
    if (table == null) {
      table = new Shifts();
      shifts = table;
    }
    long i = epochDay - Shifts.FIRST;
    if (i < 0 || i >= table.toWorking.length) {
      throw new InvalidValueException("date", Rule.RANGE,
          "the day " + epochDay + " (days since 1970-01-01) is outside the supported years " + MIN_YEAR + "-" + MAX_YEAR);
    }
    int shift = table.toWorking[(int) i];
    if (shift < 0) {
      throw new InvalidValueException("date", Rule.RANGE,
          "the next working day is beyond the supported years " + MIN_YEAR + "-" + MAX_YEAR);
    }
    return epochDay + shift;
  }

  /** Days from each supported day to the first working day on or after it, one byte a day. */
  private static final class Shifts {
    static final long FIRST = LocalDate.of(MIN_YEAR, 1, 1).toEpochDay();
    /**
     * toWorking[i] = days from FIRST + i to the working day on or after it; -1 past the last one. Final,
     * so a thread that sees the table sees its contents (JLS 17.5).
     */
    final byte[] toWorking = build();

    private static byte[] build() {
      int days = (int) (LocalDate.of(MAX_YEAR, 12, 31).toEpochDay() - FIRST + 1);
      boolean[] holiday = new boolean[days];
      for (int y = MIN_YEAR; y <= MAX_YEAR; y++) {
        for (Holiday h : Holiday.values()) {
          holiday[(int) (h.in(y).toEpochDay() - FIRST)] = true;
        }
      }
      byte[] shift = new byte[days];
      int toNext = -1; // unknown beyond the last day
      for (int i = days - 1; i >= 0; i--) {
        int dayOfWeek = (int) Math.floorMod(FIRST + i + 3, 7L); // 1970-01-01 was a Thursday; Monday = 0
        if (dayOfWeek < 5 && !holiday[i]) {
          toNext = 0;
        } else if (toNext >= 0) {
          toNext++;
        }
        shift[i] = (byte) toNext;
      }
      return shift;
    }
  }

  /**
   * The date itself if it is a working day, otherwise the next working day.
   *
   * @param date the date
   * @return the date or the next working day after it
   */
  public LocalDate workingDayOnOrAfter(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return isWorkingDay(date) ? date : nextWorkingDay(date);
  }

  /**
   * Adds working days: the start date is not counted, and the result is always a working day
   * (for {@code n != 0}). {@code plusWorkingDays(friday, 1)} is the next Monday unless that is a holiday.
   * A negative {@code n} counts backwards. {@code n == 0} returns the date unchanged, working day or not.
   *
   * <p>Inverse of {@link #workingDaysBetween}: for {@code n > 0}, and for {@code n < 0} from a
   * working day, {@code workingDaysBetween(d, plusWorkingDays(d, n)) == n}. Counting back from a
   * day that is not a working day, one step back lands on the last working day before it
   * ({@code plusWorkingDays(sunday, -1)} is the Friday).
   *
   * @param date the start date (not counted)
   * @param n the number of working days to add
   * @return the resulting working day
   * @throws InvalidValueException if the date or the result is outside the supported years
   */
  public LocalDate plusWorkingDays(LocalDate date, int n) {
    Objects.requireNonNull(date, "date");
    YearTable t = table(date);
    if (n == 0) {
      return date;
    }
    int year = date.getYear();
    int d = date.getDayOfYear() - 1;
    boolean working = t.isWorking(d);
    int base = workingBefore[year - MIN_YEAR];
    // the rank of a day off equals that of the working day before it, so counting back from a day
    // off starts one higher: the first step back lands on that working day
    long target = (long) base + t.before[d] + (working ? 1 : 0) + n + (n < 0 && !working ? 1 : 0);
    long within = target - base;
    if (within >= 1 && within <= t.workingDays.length) {
      return LocalDate.ofYearDay(year, t.workingDays[(int) within - 1] + 1);
    }
    return dateOfRank(target, n);
  }


  /**
   * Counts the working days after {@code from} up to and including {@code to}. Negative when
   * {@code to} is before {@code from}: then it is minus the count of working days after {@code to}
   * up to and including {@code from}.
   *
   * @param from the start (not counted)
   * @param to the end (counted)
   * @return the number of working days in between
   * @throws InvalidValueException if a date is outside the supported years
   */
  public int workingDaysBetween(LocalDate from, LocalDate to) {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    return (int) (rank(to) - rank(from));
  }

  /** Working days from MIN_YEAR-01-01 up to and including the date. */
  private long rank(LocalDate date) {
    YearTable t = table(date);
    int d = date.getDayOfYear() - 1;
    return workingBefore[date.getYear() - MIN_YEAR] + t.before[d] + (t.isWorking(d) ? 1 : 0);
  }

  /**
   * The earliest date whose rank equals target (always a working day). The year is found from an
   * estimate (working days per year vary by only a few) corrected by a step or two; the day within the
   * year is a lookup in the year's list of working days. Both are constant time.
   */
  private LocalDate dateOfRank(long target, int n) {
    int total = workingBefore[workingBefore.length - 1];
    if (target < 1 || target > total) {
      throw new InvalidValueException("date", Rule.RANGE,
          "adding " + n + " working days leaves the supported years " + MIN_YEAR + "-" + MAX_YEAR);
    }
    int years = workingBefore.length - 1;
    // largest i with workingBefore[i] < target; fits in an int: about 88 000 working days x 353 years
    int i = ((int) target - 1) * years / total;
    while (workingBefore[i] >= target) {
      i--;
    }
    while (workingBefore[i + 1] < target) {
      i++;
    }
    int year = MIN_YEAR + i;
    YearTable t = table(year);
    int within = (int) (target - workingBefore[i]);
    return LocalDate.ofYearDay(year, t.workingDays[within - 1] + 1);
  }

  private YearTable table(LocalDate date) {
    if (date == null) {
      throw new InvalidValueException("date", Rule.REQUIRED, "a date is required");
    }
    return table(date.getYear());
  }

  private YearTable table(int year) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new InvalidValueException("date", Rule.RANGE,
          "year " + year + " is outside the supported range " + MIN_YEAR + "-" + MAX_YEAR);
    }
    YearTable t = years[year - MIN_YEAR];
    if (t == null) {
      t = new YearTable(year);
      years[year - MIN_YEAR] = t;
    }
    return t;
  }

  /** One year's working days as bits, with running counts. */
  private static final class YearTable {
    final int length;
    final long[] working = new long[6];
    final long[] holiday = new long[6];
    /** before[d] = working days among day indexes 0..d-1; length + 1 entries. */
    final short[] before;
    /** workingDays[k] = the day index of the (k+1)-th working day of the year. */
    final short[] workingDays;

    YearTable(int year) {
      length = Year.of(year).length();
      for (Holiday h : Holiday.values()) {
        int d = h.in(year).getDayOfYear() - 1;
        holiday[d >>> 6] |= 1L << d;
      }
      DayOfWeek dow = LocalDate.of(year, 1, 1).getDayOfWeek();
      before = new short[length + 1];
      for (int d = 0; d < length; d++) {
        boolean weekend = dow == DayOfWeek.SATURDAY || dow == DayOfWeek.SUNDAY;
        boolean work = !weekend && (holiday[d >>> 6] & (1L << d)) == 0;
        if (work) {
          working[d >>> 6] |= 1L << d;
        }
        before[d + 1] = (short) (before[d] + (work ? 1 : 0));
        dow = dow.plus(1);
      }
      workingDays = new short[before[length]];
      for (int d = 0; d < length; d++) {
        if (isWorking(d)) {
          workingDays[before[d]] = (short) d;
        }
      }
    }

    boolean isWorking(int d) {
      return (working[d >>> 6] & (1L << d)) != 0;
    }

    boolean isHoliday(int d) {
      return (holiday[d >>> 6] & (1L << d)) != 0;
    }
  }
}
