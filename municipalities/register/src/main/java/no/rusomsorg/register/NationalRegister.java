package no.rusomsorg.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import no.rusomsorg.core.InvalidValueException;
import no.rusomsorg.core.authority.Authorities;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.municipality.County;
import java.util.concurrent.ConcurrentHashMap;
import no.rusomsorg.core.municipality.EarlierExistence;
import no.rusomsorg.core.municipality.ImmutableMunicipality;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.municipality.MunicipalityNumber;
import no.rusomsorg.core.municipality.NumberPeriod;
import no.rusomsorg.core.municipality.Successor;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.core.service.Validity;
import org.jspecify.annotations.Nullable;
import no.rusomsorg.register.internal.Names;
import no.rusomsorg.register.internal.RegisterData;

/**
 * Every Norwegian municipality valid at any time from 2018-01-01 to the newest classification version
 * compiled ({@link RegisterSource#version()}), with its numbers, official names, county and changes,
 * compiled from Statistics Norway's classification 131 (municipalities) and the counties of
 * classification 104 as modelled by {@link County}.
 *
 * <p><b>Dates.</b> Every question takes a date. Before {@link #FIRST_DAY} the register has no data:
 * the list methods throw {@link InvalidValueException} (rule {@code RANGE}). After the newest version
 * the register answers as that version stood: changes not yet compiled are not known.
 *
 * <p><b>Lookup.</b> Applications look municipalities up through the application API,
 * {@code no.rusomsorg.api.MunicipalityDirectory#lookup}, which answers for every municipality in this
 * register (by number, old numbers included, or by any official name form, case- and
 * diacritic-tolerant: "tromso", "TROMSØ", "kautokeino", "Guovdageaidnu"; folding rules:
 * {@link #nameKey(String)}) and lets a plugin replace the national baseline for its municipality
 * (docs/adr/0023). {@link #municipality(RegisteredMunicipality)} gives a period's municipality as the
 * core models it.
 *
 * <p><b>Loading.</b> The data (about 35 KB) are parsed on the first call of {@link #standard()}, not
 * when the class is loaded by anything else. The instance is immutable and thread-safe.
 */
public final class NationalRegister {
  /** The first day the register has data for. */
  public static final LocalDate FIRST_DAY = LocalDate.of(2018, 1, 1);

  /** The id of the register as a source in a catalog ({@code Source#id()}). */
  public static final String SOURCE_ID = "ssb-klass-131";

  private final RegisterData data;
  private final ConcurrentHashMap<RegisteredMunicipality, Municipality> municipalities;

  private NationalRegister(RegisterData data) {
    this.data = data;
    this.municipalities = new ConcurrentHashMap<>();
  }

  private static final class Holder {
    static final NationalRegister STANDARD = new NationalRegister(RegisterData.standard());
  }

  /**
   * The register compiled into this library.
   *
   * @return the shared instance, loaded on first use
   */
  public static NationalRegister standard() {
    return Holder.STANDARD;
  }

  /**
   * Where the data come from: publisher, classifications, version, retrieval day, licence and the
   * totals the sources state.
   *
   * @return the source
   */
  public RegisterSource source() {
    return data.source();
  }

  /**
   * Every period of every municipality the register knows, including numbers that ended just before
   * {@link #FIRST_DAY} (they have no {@link RegisteredMunicipality#validFrom()}), in number order.
   *
   * @return the periods
   */
  public List<RegisteredMunicipality> all() {
    return data.all();
  }

  /**
   * The municipalities valid on a date, in number order.
   *
   * @param date the date, on or after {@link #FIRST_DAY}
   * @return the municipalities
   * @throws InvalidValueException if the date is before {@link #FIRST_DAY} (rule RANGE)
   */
  public List<RegisteredMunicipality> municipalitiesOn(LocalDate date) {
    checkDate(date);
    List<RegisteredMunicipality> result = new ArrayList<>(360);
    for (RegisteredMunicipality m : data.all()) {
      if (m.isValidOn(date)) {
        result.add(m);
      }
    }
    return List.copyOf(result);
  }

  /**
   * The counties that had at least one municipality on a date, in county-number order: 18 on
   * 2018-01-01 (Trøndelag from that day), 11 in 2020–2023, 15 from 2024-01-01.
   *
   * @param date the date, on or after {@link #FIRST_DAY}
   * @return the counties
   * @throws InvalidValueException if the date is before {@link #FIRST_DAY} (rule RANGE)
   */
  public List<County> countiesOn(LocalDate date) {
    Set<County> counties = new HashSet<>();
    for (RegisteredMunicipality m : municipalitiesOn(date)) {
      counties.add(m.county());
    }
    List<County> result = new ArrayList<>(counties);
    result.sort(Comparator.naturalOrder());
    return List.copyOf(result);
  }

  /**
   * The county governor's office (Fylkesmannen / Statsforvalteren) that covered a municipality on a
   * date, under the name it had then, from the core table ({@link Authorities#countyGovernor}).
   *
   * @param municipality a municipality of this register
   * @param date the date
   * @return the office, or empty if the municipality's number was not valid on the date
   */
  public Optional<Authority> governorOffice(RegisteredMunicipality municipality, LocalDate date) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(date, "date");
    if (!municipality.isValidOn(date)) {
      return Optional.empty();
    }
    return Authorities.standard().countyGovernor(municipality.county(), date);
  }

  /**
   * The municipality a period belongs to, as the core models it ({@link Municipality}): every period of
   * its chain of renumberings from {@link #FIRST_DAY} (Halden: 0101, 3001, 3101), under its latest
   * official name (with every language form, as "Guovdageaidnu - Kautokeino"), with the successor if it
   * ended by merging into one municipality. A municipality that was in the register on its first day
   * without a merger or split on that day has an {@link Municipality#existedBefore() earlier existence}
   * citing the register ({@link #SOURCE_ID}): the register has no data before 2018. The id is the
   * folded latest name and latest number ({@code bergen-4601}). Built on first use and shared.
   *
   * @param period a period of this register valid on or after {@link #FIRST_DAY}
   * @return the municipality
   * @throws InvalidValueException if the period ended before {@link #FIRST_DAY} (rule RANGE)
   */
  public Municipality municipality(RegisteredMunicipality period) {
    Objects.requireNonNull(period, "period");
    if (period.validFrom().isEmpty()) {
      throw new InvalidValueException("period", InvalidValueException.Rule.RANGE,
          period.number() + " ended before the register's first day " + FIRST_DAY);
    }
    Municipality m = municipalities.get(period);
    return m != null ? m : build(period);
  }

  private Municipality build(RegisteredMunicipality period) {
    List<RegisteredMunicipality> chain = new ArrayList<>(3);
    RegisteredMunicipality first = period;
    for (RegisteredMunicipality p = renumberedFrom(period); p != null; p = renumberedFrom(p)) {
      first = p;
    }
    for (RegisteredMunicipality p = first; p != null; p = renumberedTo(p)) {
      chain.add(p);
    }
    RegisteredMunicipality last = chain.get(chain.size() - 1);
    ImmutableMunicipality.Builder b = Municipality.builder()
        .id(Names.key(last.name()).replace(' ', '-') + "-" + last.number())
        .name(last.name());
    for (RegisteredMunicipality p : chain) {
      b.addNumbers(NumberPeriod.of(MunicipalityNumber.of(p.number()), p.county(),
          validity(p.validFrom().orElseThrow(), p.validTo().orElse(null))));
    }
    b.validity(validity(first.validFrom().orElseThrow(), last.validTo().orElse(null)));
    Change end = last.end().orElse(null);
    if (end != null && end.kind() == ChangeKind.MERGED && end.to().size() == 1) {
      RegisteredMunicipality to = on(end.to().get(0), end.date());
      b.successor(Successor.of(MunicipalityNumber.of(to.number()), to.name(), end.date()));
    }
    if (first.validFrom().orElseThrow().equals(FIRST_DAY) && !formedOn(first, FIRST_DAY)) {
      b.existedBefore(EarlierExistence.builder()
          .description(LocalizedText.builder()
              .nb("Kommunen fantes før " + FIRST_DAY + ", men det nasjonale kommuneregisteret har ingen data fra før da.")
              .nn("Kommunen fanst før " + FIRST_DAY + ", men det nasjonale kommuneregisteret har ingen data frå før då.")
              .en("The municipality existed before " + FIRST_DAY + ", but the national register has no data from before then.")
              .build())
          .sourceId(SOURCE_ID)
          .build());
    }
    Municipality built = b.build();
    for (RegisteredMunicipality p : chain) {
      municipalities.putIfAbsent(p, built);
    }
    return municipalities.get(period);
  }

  private static Validity validity(LocalDate from, @Nullable LocalDate to) {
    return to == null ? Validity.starting(from) : Validity.of(from, to);
  }

  /** Whether a merger or split formed the period on the day (the Vestfold mergers of 2018-01-01). */
  private static boolean formedOn(RegisteredMunicipality p, LocalDate day) {
    for (Change c : p.predecessors()) {
      if (c.date().equals(day) && c.kind() != ChangeKind.RENUMBERED) {
        return true;
      }
    }
    return false;
  }

  /** The period this one was renumbered from (one municipality, same area), if on or after FIRST_DAY. */
  private @Nullable RegisteredMunicipality renumberedFrom(RegisteredMunicipality p) {
    LocalDate from = p.validFrom().orElse(null);
    if (from == null || !from.isAfter(FIRST_DAY)) {
      return null;
    }
    RegisteredMunicipality found = null;
    int changes = 0;
    for (Change c : p.predecessors()) {
      if (c.date().equals(from)) {
        changes++;
        if (c.kind() == ChangeKind.RENUMBERED && c.to().size() == 1) {
          found = on(c.from(), from.minusDays(1));
        }
      }
    }
    return changes == 1 ? found : null;
  }

  /** The period this one was renumbered to, if any. */
  private @Nullable RegisteredMunicipality renumberedTo(RegisteredMunicipality p) {
    Change end = p.end().orElse(null);
    if (end == null || end.kind() != ChangeKind.RENUMBERED || end.to().size() != 1) {
      return null;
    }
    return on(end.to().get(0), end.date());
  }

  private RegisteredMunicipality on(String number, LocalDate date) {
    return data.validOn(number, date);
  }

  /**
   * The lookup key the register compares names by: lower case; ø → o, æ → ae, đ → d, ŋ → n, ŧ → t;
   * other diacritics dropped (å → a, á → a, č → c, š → s, ž → z, ï → i); every run of characters that
   * are neither letters nor digits (spaces, hyphens, dashes, parentheses) becomes one space, trimmed.
   * "Våler (Østfold)" gives "valer ostfold"; the register also indexes each name form without its
   * parenthesised qualifier, so "Våler" matches both Vålers.
   *
   * @param name a name
   * @return its key
   */
  public static String nameKey(String name) {
    Objects.requireNonNull(name, "name");
    return Names.key(name);
  }

  private static void checkDate(LocalDate date) {
    Objects.requireNonNull(date, "date");
    if (date.isBefore(FIRST_DAY)) {
      throw new InvalidValueException("date", InvalidValueException.Rule.RANGE,
          "the national register has no data before " + FIRST_DAY);
    }
  }
}
