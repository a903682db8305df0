package no.rusomsorg.core.identity;

import java.time.LocalDate;
import java.time.Year;
import no.rusomsorg.core.identity.NationalIdNumber.Kind;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.impl.Constraint;

/** Builds national identity numbers for tests, and generators of valid ones. Test code only. */
public final class NationalIds {
  private static final int[] W1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] W2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  private NationalIds() {}

  /**
   * The eleven digits for a date, kind and individual number, with K1 chosen so that the weighted sum
   * leaves {@code remainder} (0 for the pre-2032 rule, 1-3 only under the 2032 rule).
   *
   * @return the digits, or null if K1 or K2 would be 10
   */
  public static String make(int day, int month, int yy, Kind kind, int individual, int remainder) {
    int[] d = new int[11];
    int dd = kind == Kind.D_NUMBER ? day + 40 : day;
    int mm = kind == Kind.H_NUMBER ? month + 40 : month;
    d[0] = dd / 10;
    d[1] = dd % 10;
    d[2] = mm / 10;
    d[3] = mm % 10;
    d[4] = yy / 10;
    d[5] = yy % 10;
    d[6] = individual / 100;
    d[7] = individual / 10 % 10;
    d[8] = individual % 10;
    int s1 = 0;
    for (int i = 0; i < 9; i++) {
      s1 += W1[i] * d[i];
    }
    int k1 = Math.floorMod(remainder - s1, 11);
    if (k1 == 10) {
      return null;
    }
    d[9] = k1;
    int s2 = 0;
    for (int i = 0; i < 10; i++) {
      s2 += W2[i] * d[i];
    }
    int k2 = Math.floorMod(-s2, 11);
    if (k2 == 10) {
      return null;
    }
    d[10] = k2;
    StringBuilder sb = new StringBuilder();
    for (int x : d) {
      sb.append(x);
    }
    return sb.toString();
  }

  /** A valid number with its birth date, for generated tests. */
  public static final class Sample {
    public final String digits;
    public final LocalDate birthDate;
    public final Kind kind;
    public final int remainder;

    Sample(String digits, LocalDate birthDate, Kind kind, int remainder) {
      this.digits = digits;
      this.birthDate = birthDate;
      this.kind = kind;
      this.remainder = remainder;
    }

    @Override
    public String toString() {
      return kind + " r=" + remainder + " born " + birthDate + " " + digits;
    }
  }

  /**
   * Individual-number ranges (inclusive pairs) that encode the birth year's century unambiguously
   * under the pre-2032 series (500-749 for 1854-1899), for D-numbers also under the extended series
   * of 2021 (500-599 for 1858-1899; 600-749 with YY 54-99 reads 1800s by the one and 1900s by the other).
   */
  static int[] ranges(int year, Kind kind) {
    int yy = year % 100;
    if (year < 1900) {
      return kind == Kind.D_NUMBER ? new int[] {500, 599} : new int[] {500, 749};
    }
    if (year < 1940) {
      return kind == Kind.D_NUMBER ? new int[] {0, 199} : new int[] {0, 499};
    }
    if (year < 2000) {
      if (kind == Kind.D_NUMBER) {
        return yy <= 53 ? new int[] {0, 499, 600, 999} : new int[] {0, 499, 750, 999};
      }
      return new int[] {0, 499, 900, 999};
    }
    return new int[] {500, 999};
  }

  /** A pre-2032 number encoding a birth date between 1854 and 2039, of any kind. */
  public static Gen<Sample> classic() {
    return in -> {
      while (true) {
        LocalDate birth = date(in, 1854, 2039);
        Kind kind = Kind.values()[(int) in.next(Constraint.between(0, 2))];
        int[] r = ranges(birth.getYear(), kind);
        int pair = (int) in.next(Constraint.between(0, r.length / 2 - 1));
        int individual = (int) in.next(Constraint.between(r[2 * pair], r[2 * pair + 1]));
        String digits = make(birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, kind, individual, 0);
        if (digits != null) {
          return new Sample(digits, birth, kind, 0);
        }
      }
    };
  }

  /** A number valid only under the 2032 rule (remainder 1, 2 or 3), any individual number. */
  public static Gen<Sample> from2032Only() {
    return in -> {
      while (true) {
        LocalDate birth = date(in, 1900, 2100);
        Kind kind = Kind.values()[(int) in.next(Constraint.between(0, 2))];
        int individual = (int) in.next(Constraint.between(0, 999));
        int remainder = (int) in.next(Constraint.between(1, 3));
        String digits = make(birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, kind, individual, remainder);
        if (digits != null) {
          return new Sample(digits, birth, kind, remainder);
        }
      }
    };
  }

  /** A fødselsnummer (pre-2032 rule) for a given birth date, or null if the year is outside 1854-2039. */
  public static String fodselsnummer(LocalDate birth, int seed) {
    if (birth.getYear() < 1854 || birth.getYear() > 2039) {
      return null;
    }
    int[] r = ranges(birth.getYear(), Kind.FODSELSNUMMER);
    for (int i = 0; i < 1000; i++) {
      int span = r[1] - r[0] + 1;
      int individual = r[0] + Math.floorMod(seed + i, span);
      String digits = make(birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, Kind.FODSELSNUMMER, individual, 0);
      if (digits != null) {
        return digits;
      }
    }
    throw new AssertionError("no valid individual number");
  }

  /** A fødselsnummer valid only under the 2032 rule for a given birth date. */
  public static String from2032(LocalDate birth, int seed) {
    for (int i = 0; i < 3000; i++) {
      int individual = Math.floorMod(seed + i, 1000);
      int remainder = 1 + Math.floorMod(seed + i / 1000, 3);
      String digits = make(birth.getDayOfMonth(), birth.getMonthValue(), birth.getYear() % 100, Kind.FODSELSNUMMER, individual, remainder);
      if (digits != null) {
        return digits;
      }
    }
    throw new AssertionError("no valid individual number");
  }

  /** A date between two years inclusive, with extra weight on 29 February and month ends. */
  public static LocalDate date(RandomnessSource in, int fromYear, int toYear) {
    int kind = (int) in.next(Constraint.between(0, 9));
    int year = (int) in.next(Constraint.between(fromYear, toYear));
    if (kind == 0) {
      int firstLeap = fromYear;
      while (!Year.isLeap(firstLeap)) {
        firstLeap++;
      }
      int count = 0;
      for (int y = firstLeap; y <= toYear; y += 4) {
        count += Year.isLeap(y) ? 1 : 0;
      }
      int pick = (int) in.next(Constraint.between(0, count - 1));
      for (int y = firstLeap; ; y += 4) {
        if (Year.isLeap(y) && pick-- == 0) {
          return LocalDate.of(y, 2, 29);
        }
      }
    }
    if (kind == 1) {
      int month = (int) in.next(Constraint.between(1, 12));
      return LocalDate.of(year, month, 1).withDayOfMonth(LocalDate.of(year, month, 1).lengthOfMonth());
    }
    if (kind == 2) {
      return in.next(Constraint.between(0, 1)) == 0 ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
    }
    int dayOfYear = (int) in.next(Constraint.between(1, Year.of(year).length()));
    return LocalDate.ofYearDay(year, dayOfYear);
  }
}
