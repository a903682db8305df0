package no.rusomsorg.core.authority;

import java.time.LocalDate;
import java.util.List;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Date generators for property tests: 1990–2040, weighted towards the days around the renamings. */
public final class DateGens {
  /** The days on which names or counties changed, and the days before them. */
  public static final List<LocalDate> EDGES = List.of(
      LocalDate.of(2015, 12, 31), LocalDate.of(2016, 1, 1),
      LocalDate.of(2017, 12, 31), LocalDate.of(2018, 1, 1),
      LocalDate.of(2018, 12, 31), LocalDate.of(2019, 1, 1),
      LocalDate.of(2019, 12, 31), LocalDate.of(2020, 1, 1),
      LocalDate.of(2020, 12, 31), LocalDate.of(2021, 1, 1),
      LocalDate.of(2021, 6, 30), LocalDate.of(2021, 7, 1),
      LocalDate.of(2022, 12, 31), LocalDate.of(2023, 1, 1),
      LocalDate.of(2023, 12, 31), LocalDate.of(2024, 1, 1),
      LocalDate.of(2024, 2, 29), LocalDate.of(2012, 2, 29),
      LocalDate.of(1990, 1, 1), LocalDate.of(2040, 12, 31));

  private static final LocalDate FROM = LocalDate.of(1990, 1, 1);
  private static final LocalDate TO = LocalDate.of(2040, 12, 31);

  private DateGens() {}

  /**
   * Dates from 1990-01-01 to 2040-12-31: uniform, plus the edge days and their neighbours.
   *
   * @return the generator
   */
  public static Gen<LocalDate> dates() {
    return between(FROM, TO);
  }

  /**
   * Dates in a range, mixed with the edge days (and one day either side) that fall inside it.
   *
   * @param from the first day
   * @param to the last day
   * @return the generator
   */
  public static Gen<LocalDate> between(LocalDate from, LocalDate to) {
    Gen<LocalDate> uniform = Generate.longRange(from.toEpochDay(), to.toEpochDay()).map(LocalDate::ofEpochDay);
    Gen<LocalDate> edges = Generate.pick(EDGES).zip(Generate.range(-1, 1), (d, n) -> d.plusDays(n))
        .map(d -> d.isBefore(from) ? from : d.isAfter(to) ? to : d);
    return Generate.frequency(Pair.of(3, uniform), Pair.of(2, edges));
  }
}
