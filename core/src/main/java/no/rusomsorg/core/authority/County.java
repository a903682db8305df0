package no.rusomsorg.core.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A Norwegian county (fylke) with its two-digit county number and the period it existed.
 *
 * <p>The list covers the counties as they were before the regional reform (until 2019-12-31, with
 * Trøndelag from 2018-01-01), the eleven counties of 2020–2023, and the fifteen counties from
 * 2024-01-01. A county that existed before 1 January 2020 and was restored on 1 January 2024 (Østfold,
 * Akershus, Buskerud, Vestfold, Telemark, Troms, Finnmark) is two constants, because it came back
 * with a new number: {@link #OSTFOLD} (01) and {@link #OSTFOLD_2024} (31).
 *
 * <p>A county "exists on" a date when the date lies within {@link #validFrom()} and
 * {@link #validTo()} (both inclusive). Counties that existed long before the reforms have no start
 * date here: the library does not model county history before 1990.
 */
public enum County {
  /** Østfold (01), until 2019-12-31. */
  OSTFOLD(1, "Østfold", null, "2019-12-31"),
  /** Akershus (02), until 2019-12-31. */
  AKERSHUS(2, "Akershus", null, "2019-12-31"),
  /** Oslo (03), a county and a municipality. */
  OSLO(3, "Oslo", null, null),
  /** Hedmark (04), until 2019-12-31. */
  HEDMARK(4, "Hedmark", null, "2019-12-31"),
  /** Oppland (05), until 2019-12-31. */
  OPPLAND(5, "Oppland", null, "2019-12-31"),
  /** Buskerud (06), until 2019-12-31. */
  BUSKERUD(6, "Buskerud", null, "2019-12-31"),
  /** Vestfold (07), until 2019-12-31. */
  VESTFOLD(7, "Vestfold", null, "2019-12-31"),
  /** Telemark (08), until 2019-12-31. */
  TELEMARK(8, "Telemark", null, "2019-12-31"),
  /** Aust-Agder (09), until 2019-12-31, then part of Agder. */
  AUST_AGDER(9, "Aust-Agder", null, "2019-12-31"),
  /** Vest-Agder (10), until 2019-12-31, then part of Agder. */
  VEST_AGDER(10, "Vest-Agder", null, "2019-12-31"),
  /** Rogaland (11). */
  ROGALAND(11, "Rogaland", null, null),
  /** Hordaland (12), until 2019-12-31. */
  HORDALAND(12, "Hordaland", null, "2019-12-31"),
  /** Sogn og Fjordane (14), until 2019-12-31. */
  SOGN_OG_FJORDANE(14, "Sogn og Fjordane", null, "2019-12-31"),
  /** Møre og Romsdal (15). */
  MORE_OG_ROMSDAL(15, "Møre og Romsdal", null, null),
  /** Sør-Trøndelag (16), until 2017-12-31. */
  SOR_TRONDELAG(16, "Sør-Trøndelag", null, "2017-12-31"),
  /** Nord-Trøndelag (17), until 2017-12-31. */
  NORD_TRONDELAG(17, "Nord-Trøndelag", null, "2017-12-31"),
  /** Nordland (18). */
  NORDLAND(18, "Nordland", null, null),
  /** Troms (19), until 2019-12-31. */
  TROMS(19, "Troms", null, "2019-12-31"),
  /** Finnmark (20), until 2019-12-31. */
  FINNMARK(20, "Finnmark", null, "2019-12-31"),
  /** Viken (30), 2020-01-01 to 2023-12-31. */
  VIKEN(30, "Viken", "2020-01-01", "2023-12-31"),
  /** Østfold (31), restored from 2024-01-01. */
  OSTFOLD_2024(31, "Østfold", "2024-01-01", null),
  /** Akershus (32), restored from 2024-01-01. */
  AKERSHUS_2024(32, "Akershus", "2024-01-01", null),
  /** Buskerud (33), restored from 2024-01-01. */
  BUSKERUD_2024(33, "Buskerud", "2024-01-01", null),
  /** Innlandet (34), from 2020-01-01 (Hedmark and Oppland). */
  INNLANDET(34, "Innlandet", "2020-01-01", null),
  /** Vestfold og Telemark (38), 2020-01-01 to 2023-12-31. */
  VESTFOLD_OG_TELEMARK(38, "Vestfold og Telemark", "2020-01-01", "2023-12-31"),
  /** Vestfold (39), restored from 2024-01-01. */
  VESTFOLD_2024(39, "Vestfold", "2024-01-01", null),
  /** Telemark (40), restored from 2024-01-01. */
  TELEMARK_2024(40, "Telemark", "2024-01-01", null),
  /** Agder (42), from 2020-01-01 (Aust-Agder and Vest-Agder). */
  AGDER(42, "Agder", "2020-01-01", null),
  /** Vestland (46), from 2020-01-01 (Hordaland and Sogn og Fjordane). */
  VESTLAND(46, "Vestland", "2020-01-01", null),
  /** Trøndelag (50), from 2018-01-01 (Sør- and Nord-Trøndelag). */
  TRONDELAG(50, "Trøndelag", "2018-01-01", null),
  /** Troms og Finnmark (54), 2020-01-01 to 2023-12-31. */
  TROMS_OG_FINNMARK(54, "Troms og Finnmark", "2020-01-01", "2023-12-31"),
  /** Troms (55), restored from 2024-01-01. */
  TROMS_2024(55, "Troms", "2024-01-01", null),
  /** Finnmark (56), restored from 2024-01-01. */
  FINNMARK_2024(56, "Finnmark", "2024-01-01", null);

  private final int number;
  private final String countyName;
  private final LocalDate from;
  private final LocalDate to;

  County(int number, String countyName, String from, String to) {
    this.number = number;
    this.countyName = countyName;
    this.from = from == null ? null : LocalDate.parse(from);
    this.to = to == null ? null : LocalDate.parse(to);
  }

  /**
   * The county number (fylkesnummer), such as 11 for Rogaland.
   *
   * @return the number, 1 to 56
   */
  public int number() {
    return number;
  }

  /**
   * The county number as the official two-digit code, such as {@code "03"}.
   *
   * @return the code
   */
  public String code() {
    return String.format("%02d", number);
  }

  /**
   * The county's name, the same in bokmål, nynorsk and English usage (such as "Møre og Romsdal").
   *
   * @return the name
   */
  public String countyName() {
    return countyName;
  }

  /**
   * The first day the county existed, when it was created in or after 2018.
   *
   * @return the first day, or empty for counties older than the library's history
   */
  public Optional<LocalDate> validFrom() {
    return Optional.ofNullable(from);
  }

  /**
   * The last day the county existed, for counties that were merged or split.
   *
   * @return the last day, or empty for a county that still exists
   */
  public Optional<LocalDate> validTo() {
    return Optional.ofNullable(to);
  }

  /**
   * Whether the county existed on a date.
   *
   * @param date the date
   * @return true if the date lies within the county's validity (both ends inclusive)
   */
  public boolean existsOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to));
  }

  /**
   * The counties this county was formed from, directly: Agder from Aust-Agder and Vest-Agder,
   * Viken from Østfold, Akershus and Buskerud, and the restored counties of 2024 from the county they
   * were split out of (Østfold (31) from Viken). Empty for counties that were not formed by a change
   * the library models.
   *
   * <p>Only whole counties are listed; municipalities that moved to another county at a reform (such
   * as Jevnaker, from Oppland to Viken in 2020) are not modelled.
   *
   * @return the predecessors
   */
  public List<County> predecessors() {
    switch (this) {
      case AGDER:
        return List.of(AUST_AGDER, VEST_AGDER);
      case VIKEN:
        return List.of(OSTFOLD, AKERSHUS, BUSKERUD);
      case INNLANDET:
        return List.of(HEDMARK, OPPLAND);
      case VESTFOLD_OG_TELEMARK:
        return List.of(VESTFOLD, TELEMARK);
      case VESTLAND:
        return List.of(HORDALAND, SOGN_OG_FJORDANE);
      case TRONDELAG:
        return List.of(SOR_TRONDELAG, NORD_TRONDELAG);
      case TROMS_OG_FINNMARK:
        return List.of(TROMS, FINNMARK);
      case OSTFOLD_2024:
      case AKERSHUS_2024:
      case BUSKERUD_2024:
        return List.of(VIKEN);
      case VESTFOLD_2024:
      case TELEMARK_2024:
        return List.of(VESTFOLD_OG_TELEMARK);
      case TROMS_2024:
      case FINNMARK_2024:
        return List.of(TROMS_OG_FINNMARK);
      default:
        return List.of();
    }
  }

  /**
   * The counties that existed on a date, in county-number order.
   *
   * @param date the date
   * @return the counties
   */
  public static List<County> existingOn(LocalDate date) {
    Objects.requireNonNull(date, "date");
    List<County> result = new ArrayList<>();
    for (County c : values()) {
      if (c.existsOn(date)) {
        result.add(c);
      }
    }
    return List.copyOf(result);
  }

  /**
   * The county that had a number on a date.
   *
   * <p>Numbers are not reused within the period the library models, but the date still matters:
   * number 10 (Vest-Agder) gives nothing on 2020-01-01 and later.
   *
   * @param number the county number
   * @param date the date
   * @return the county, or empty if no county had the number on that date
   */
  public static Optional<County> of(int number, LocalDate date) {
    Objects.requireNonNull(date, "date");
    for (County c : values()) {
      if (c.number == number && c.existsOn(date)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
