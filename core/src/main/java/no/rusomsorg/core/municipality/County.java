package no.rusomsorg.core.municipality;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.InvalidValueException.Rule;

/**
 * A Norwegian county (fylke): its two-digit number, its name and the period it existed.
 *
 * <p>This is the library's only county type. The catalog's number periods, the national register and
 * the table of county governors' offices all use the same instances, so the county a catalog states
 * for a number period <em>is</em> the county the complaint rules look up: {@code
 * County.of("11", "Rogaland") == County.ROGALAND}. There is no public constructor; every county is one
 * of the constants below, and {@link #values()} lists them all.
 *
 * <p>The list covers the counties as they were before the regional reform (until 2019-12-31, with
 * Trøndelag from 2018-01-01), the eleven counties of 2020–2023, and the fifteen counties from
 * 2024-01-01. A county that existed before 1 January 2020 and was restored on 1 January 2024 (Østfold,
 * Akershus, Buskerud, Vestfold, Telemark, Troms, Finnmark) is two constants, because it came back
 * with a new number: {@link #OSTFOLD} (01) and {@link #OSTFOLD_2024} (31). Numbers are not reused
 * within the period the library models, so a number names at most one county.
 *
 * <p>A county "exists on" a date when the date lies within {@link #validFrom()} and
 * {@link #validTo()} (both inclusive). Counties that existed long before the reforms have no start
 * date here: the library does not model county history before 1990.
 *
 * <p>JSON: {@code {"number": "11", "name": "Rogaland"}}. Reading checks that the number is a county
 * number ({@link Rule#FORMAT}: two digits from 01; {@link Rule#REFERENCE}: a county the library
 * knows) and that the name is that county's official name ({@link Rule#CONSISTENCY}); a fictional
 * county cannot be read. When the county existed is not checked here: the conformance kit (RC12)
 * checks it against the dates of the number period.
 */
@JsonPropertyOrder({"number", "name"})
public final class County implements Comparable<County> {
  private static final Pattern TWO_DIGITS = Pattern.compile("(?!00)[0-9]{2}");
  private static final List<County> ALL = new ArrayList<>();

  /** Østfold (01), until 2019-12-31. */
  public static final County OSTFOLD = new County(1, "Østfold", null, "2019-12-31");
  /** Akershus (02), until 2019-12-31. */
  public static final County AKERSHUS = new County(2, "Akershus", null, "2019-12-31");
  /** Oslo (03), a county and a municipality. */
  public static final County OSLO = new County(3, "Oslo", null, null);
  /** Hedmark (04), until 2019-12-31. */
  public static final County HEDMARK = new County(4, "Hedmark", null, "2019-12-31");
  /** Oppland (05), until 2019-12-31. */
  public static final County OPPLAND = new County(5, "Oppland", null, "2019-12-31");
  /** Buskerud (06), until 2019-12-31. */
  public static final County BUSKERUD = new County(6, "Buskerud", null, "2019-12-31");
  /** Vestfold (07), until 2019-12-31. */
  public static final County VESTFOLD = new County(7, "Vestfold", null, "2019-12-31");
  /** Telemark (08), until 2019-12-31. */
  public static final County TELEMARK = new County(8, "Telemark", null, "2019-12-31");
  /** Aust-Agder (09), until 2019-12-31, then part of Agder. */
  public static final County AUST_AGDER = new County(9, "Aust-Agder", null, "2019-12-31");
  /** Vest-Agder (10), until 2019-12-31, then part of Agder. */
  public static final County VEST_AGDER = new County(10, "Vest-Agder", null, "2019-12-31");
  /** Rogaland (11). */
  public static final County ROGALAND = new County(11, "Rogaland", null, null);
  /** Hordaland (12), until 2019-12-31. */
  public static final County HORDALAND = new County(12, "Hordaland", null, "2019-12-31");
  /** Sogn og Fjordane (14), until 2019-12-31. */
  public static final County SOGN_OG_FJORDANE = new County(14, "Sogn og Fjordane", null, "2019-12-31");
  /** Møre og Romsdal (15). */
  public static final County MORE_OG_ROMSDAL = new County(15, "Møre og Romsdal", null, null);
  /** Sør-Trøndelag (16), until 2017-12-31. */
  public static final County SOR_TRONDELAG = new County(16, "Sør-Trøndelag", null, "2017-12-31");
  /** Nord-Trøndelag (17), until 2017-12-31. */
  public static final County NORD_TRONDELAG = new County(17, "Nord-Trøndelag", null, "2017-12-31");
  /** Nordland (18). */
  public static final County NORDLAND = new County(18, "Nordland", null, null);
  /** Troms (19), until 2019-12-31. */
  public static final County TROMS = new County(19, "Troms", null, "2019-12-31");
  /** Finnmark (20), until 2019-12-31. */
  public static final County FINNMARK = new County(20, "Finnmark", null, "2019-12-31");
  /** Viken (30), 2020-01-01 to 2023-12-31 (Østfold, Akershus and Buskerud). */
  public static final County VIKEN = new County(30, "Viken", "2020-01-01", "2023-12-31", OSTFOLD, AKERSHUS, BUSKERUD);
  /** Østfold (31), restored from 2024-01-01. */
  public static final County OSTFOLD_2024 = new County(31, "Østfold", "2024-01-01", null, VIKEN);
  /** Akershus (32), restored from 2024-01-01. */
  public static final County AKERSHUS_2024 = new County(32, "Akershus", "2024-01-01", null, VIKEN);
  /** Buskerud (33), restored from 2024-01-01. */
  public static final County BUSKERUD_2024 = new County(33, "Buskerud", "2024-01-01", null, VIKEN);
  /** Innlandet (34), from 2020-01-01 (Hedmark and Oppland). */
  public static final County INNLANDET = new County(34, "Innlandet", "2020-01-01", null, HEDMARK, OPPLAND);
  /** Vestfold og Telemark (38), 2020-01-01 to 2023-12-31. */
  public static final County VESTFOLD_OG_TELEMARK =
      new County(38, "Vestfold og Telemark", "2020-01-01", "2023-12-31", VESTFOLD, TELEMARK);
  /** Vestfold (39), restored from 2024-01-01. */
  public static final County VESTFOLD_2024 = new County(39, "Vestfold", "2024-01-01", null, VESTFOLD_OG_TELEMARK);
  /** Telemark (40), restored from 2024-01-01. */
  public static final County TELEMARK_2024 = new County(40, "Telemark", "2024-01-01", null, VESTFOLD_OG_TELEMARK);
  /** Agder (42), from 2020-01-01 (Aust-Agder and Vest-Agder). */
  public static final County AGDER = new County(42, "Agder", "2020-01-01", null, AUST_AGDER, VEST_AGDER);
  /** Vestland (46), from 2020-01-01 (Hordaland and Sogn og Fjordane). */
  public static final County VESTLAND = new County(46, "Vestland", "2020-01-01", null, HORDALAND, SOGN_OG_FJORDANE);
  /** Trøndelag (50), from 2018-01-01 (Sør- and Nord-Trøndelag). */
  public static final County TRONDELAG = new County(50, "Trøndelag", "2018-01-01", null, SOR_TRONDELAG, NORD_TRONDELAG);
  /** Troms og Finnmark (54), 2020-01-01 to 2023-12-31. */
  public static final County TROMS_OG_FINNMARK = new County(54, "Troms og Finnmark", "2020-01-01", "2023-12-31", TROMS, FINNMARK);
  /** Troms (55), restored from 2024-01-01. */
  public static final County TROMS_2024 = new County(55, "Troms", "2024-01-01", null, TROMS_OG_FINNMARK);
  /** Finnmark (56), restored from 2024-01-01. */
  public static final County FINNMARK_2024 = new County(56, "Finnmark", "2024-01-01", null, TROMS_OG_FINNMARK);

  private static final List<County> VALUES = List.copyOf(ALL);

  private final String number;
  private final String name;
  private final LocalDate from;
  private final LocalDate to;
  private final List<County> predecessors;

  private County(int number, String name, String from, String to, County... predecessors) {
    this.number = String.format("%02d", number);
    this.name = name;
    this.from = from == null ? null : LocalDate.parse(from);
    this.to = to == null ? null : LocalDate.parse(to);
    this.predecessors = List.of(predecessors);
    ALL.add(this);
  }

  /**
   * Every county the library knows, in county-number order.
   *
   * @return the counties
   */
  public static List<County> values() {
    return VALUES;
  }

  /**
   * The county with a number and a name, as a catalog states it: the number must be a county number
   * and the name that county's official name. This is how a county is read from JSON.
   *
   * @param number two digits, such as {@code "11"}
   * @param name the official name, such as {@code "Rogaland"}
   * @return the county constant, such as {@link #ROGALAND}
   * @throws InvalidValueException for a missing number or name ({@link Rule#REQUIRED}), a number that
   *     is not two digits from 01 ({@code number}, {@link Rule#FORMAT}), a number no county has had
   *     ({@code number}, {@link Rule#REFERENCE}), or a name that is not the county's name ({@code name},
   *     {@link Rule#CONSISTENCY})
   */
  @JsonCreator
  public static County of(@JsonProperty("number") @Nullable String number,
      @JsonProperty("name") @Nullable String name) {
    if (number == null) {
      throw new InvalidValueException("number", Rule.REQUIRED, "a county needs its number");
    }
    County county = ofNumber(number);
    if (name == null) {
      throw new InvalidValueException("name", Rule.REQUIRED, "a county needs its name");
    }
    if (!county.name.equals(name)) {
      throw new InvalidValueException("name", Rule.CONSISTENCY, "county " + county.number + " is called '"
          + county.name + "', not " + InvalidValueException.quote(name));
    }
    return county;
  }

  /**
   * The county with a number.
   *
   * @param number two digits, such as {@code "11"}
   * @return the county
   * @throws NullPointerException if the number is null
   * @throws InvalidValueException for a number that is not two
   *     digits from 01 ({@link Rule#FORMAT}) or a number no county has had ({@link Rule#REFERENCE}); the
   *     field is {@code number}
   */
  public static County ofNumber(String number) {
    Objects.requireNonNull(number, "number");
    if (!TWO_DIGITS.matcher(number).matches()) {
      throw new InvalidValueException("number", Rule.FORMAT, "a county number is two digits from 01 (got "
          + InvalidValueException.quote(number) + ")");
    }
    for (County c : VALUES) {
      if (c.number.equals(number)) {
        return c;
      }
    }
    throw new InvalidValueException("number", Rule.REFERENCE, "no Norwegian county has had the number " + number
        + " since 1990");
  }

  /**
   * The county that had a number on a date.
   *
   * <p>Numbers are not reused within the period the library models, but the date still matters:
   * number 10 (Vest-Agder) gives nothing on 2020-01-01 and later.
   *
   * @param number the county number, two digits such as {@code "11"}
   * @param date the date
   * @return the county, or empty if no county had the number on that date (or the number is not two
   *     digits)
   */
  public static Optional<County> ofNumberOn(String number, LocalDate date) {
    Objects.requireNonNull(number, "number");
    Objects.requireNonNull(date, "date");
    for (County c : VALUES) {
      if (c.number.equals(number) && c.existsOn(date)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
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
    for (County c : VALUES) {
      if (c.existsOn(date)) {
        result.add(c);
      }
    }
    return List.copyOf(result);
  }

  /**
   * The county number (fylkesnummer) as the official two-digit code, such as {@code "11"} for Rogaland
   * and {@code "03"} for Oslo.
   *
   * @return two digits
   */
  @JsonProperty("number")
  public String number() {
    return number;
  }

  /**
   * The county's name, the same in bokmål, nynorsk and English usage (such as "Møre og Romsdal").
   *
   * @return the name
   */
  @JsonProperty("name")
  public String name() {
    return name;
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
    return predecessors;
  }

  /**
   * Orders counties by number.
   *
   * @param other another county
   * @return negative, zero or positive as this county's number is lower, equal or higher
   */
  @Override
  public int compareTo(County other) {
    Objects.requireNonNull(other, "other");
    return number.compareTo(other.number);
  }

  /**
   * The name and number, such as "Rogaland (11)".
   *
   * @return the text
   */
  @Override
  public String toString() {
    return name + " (" + number + ")";
  }
}
