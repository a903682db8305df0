package no.rusomsorg.core.authority.internal;

import static no.rusomsorg.core.municipality.County.AGDER;
import static no.rusomsorg.core.municipality.County.AKERSHUS;
import static no.rusomsorg.core.municipality.County.AKERSHUS_2024;
import static no.rusomsorg.core.municipality.County.AUST_AGDER;
import static no.rusomsorg.core.municipality.County.BUSKERUD;
import static no.rusomsorg.core.municipality.County.BUSKERUD_2024;
import static no.rusomsorg.core.municipality.County.FINNMARK;
import static no.rusomsorg.core.municipality.County.FINNMARK_2024;
import static no.rusomsorg.core.municipality.County.HEDMARK;
import static no.rusomsorg.core.municipality.County.HORDALAND;
import static no.rusomsorg.core.municipality.County.INNLANDET;
import static no.rusomsorg.core.municipality.County.MORE_OG_ROMSDAL;
import static no.rusomsorg.core.municipality.County.NORDLAND;
import static no.rusomsorg.core.municipality.County.NORD_TRONDELAG;
import static no.rusomsorg.core.municipality.County.OPPLAND;
import static no.rusomsorg.core.municipality.County.OSLO;
import static no.rusomsorg.core.municipality.County.OSTFOLD;
import static no.rusomsorg.core.municipality.County.OSTFOLD_2024;
import static no.rusomsorg.core.municipality.County.ROGALAND;
import static no.rusomsorg.core.municipality.County.SOGN_OG_FJORDANE;
import static no.rusomsorg.core.municipality.County.SOR_TRONDELAG;
import static no.rusomsorg.core.municipality.County.TELEMARK;
import static no.rusomsorg.core.municipality.County.TELEMARK_2024;
import static no.rusomsorg.core.municipality.County.TROMS;
import static no.rusomsorg.core.municipality.County.TROMS_2024;
import static no.rusomsorg.core.municipality.County.TROMS_OG_FINNMARK;
import static no.rusomsorg.core.municipality.County.TRONDELAG;
import static no.rusomsorg.core.municipality.County.VESTFOLD;
import static no.rusomsorg.core.municipality.County.VESTFOLD_2024;
import static no.rusomsorg.core.municipality.County.VESTFOLD_OG_TELEMARK;
import static no.rusomsorg.core.municipality.County.VESTLAND;
import static no.rusomsorg.core.municipality.County.VEST_AGDER;
import static no.rusomsorg.core.municipality.County.VIKEN;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import no.rusomsorg.core.authority.Authority;
import no.rusomsorg.core.authority.AuthorityKind;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The data behind {@code Authorities}: the county governors' offices with their names and the
 * counties they covered, the Ombud, the tribunals, the courts and the patient and user ombud. Not API.
 *
 * <p>Sources: the county governors' announcement of the ten merged offices from 2019-01-01
 * (fylkesmannen.no, December 2018: Aust- og Vest-Agder merged 2016-01-01 and renamed Agder
 * 2019-01-01; Trøndelag merged 2018-01-01; Oslo og Viken, Innlandet, Vestfold og Telemark, Vestland,
 * Troms og Finnmark from 2019-01-01); the general rename to Statsforvalteren on 2021-01-01; the
 * government's decision of February 2024 to keep the offices and rename Oslo og Viken; the Ombud's
 * rename on 2021-07-01 when sivilombudsloven entered into force; the list of the twelve
 * barneverns- og helsenemnder from 2023-01-01 (bvhn.no).
 */
public final class AuthorityTable {
  /** The last day of the name "Fylkesmannen". */
  public static final LocalDate LAST_FYLKESMANN_DAY = LocalDate.of(2020, 12, 31);
  /** The last day of the name "Sivilombudsmannen". */
  public static final LocalDate LAST_SIVILOMBUDSMANN_DAY = LocalDate.of(2021, 6, 30);
  /** The last day of the name "fylkesnemnda for barnevern og sosiale saker". */
  public static final LocalDate LAST_FYLKESNEMND_DAY = LocalDate.of(2022, 12, 31);

  private static final LocalDate MERGE_2019 = LocalDate.of(2019, 1, 1);
  private static final LocalDate BEFORE_2019 = LocalDate.of(2018, 12, 31);
  /**
   * The date from which the office for Oslo, Akershus, Østfold and Buskerud is taken to use its new
   * name: the day the government announced it (2024-02-23). The date the name took effect is not
   * confirmed.
   */
  private static final LocalDate OSLO_VIKEN_RENAME = LocalDate.of(2024, 2, 23);
  private static final LocalDate TRIBUNALS_FROM = LocalDate.of(1993, 1, 1);
  private static final LocalDate BHN_FROM = LocalDate.of(2023, 1, 1);
  /** The day helse- og omsorgstjenesteloven (and its § 10-7 court review) came into force. */
  private static final LocalDate HOL_FROM = LocalDate.of(2012, 1, 1);

  /** A county governor's office: its names over time and the counties it covered over time. */
  public record Office(String id, List<Authority> names, List<Coverage> coverage) {
    /**
     * The name on a date.
     *
     * @param date the date
     * @return the name valid then
     */
    public Optional<Authority> nameOn(LocalDate date) {
      return names.stream().filter(a -> a.isValidOn(date)).findFirst();
    }

    /**
     * Whether the office covered a county on a date.
     *
     * @param county the county
     * @param date the date
     * @return true if covered
     */
    public boolean covers(County county, LocalDate date) {
      return coverage.stream().anyMatch(c -> c.county() == county && c.contains(date));
    }
  }

  /** A county covered by an office from and to a date (both inclusive, open when absent). */
  public record Coverage(County county, LocalDate from, LocalDate to) {
    boolean contains(LocalDate date) {
      return (from == null || !date.isBefore(from)) && (to == null || !date.isAfter(to)) && county.existsOn(date);
    }
  }

  private static final List<Office> GOVERNORS = buildGovernors();

  private AuthorityTable() {}

  /**
   * The county governors' offices.
   *
   * @return the offices
   */
  public static List<Office> governors() {
    return GOVERNORS;
  }

  private static List<Office> buildGovernors() {
    List<Office> offices = new ArrayList<>();
    offices.add(office("rogaland", names("Rogaland", null, null, false), cover(ROGALAND, null, null)));
    offices.add(office("more-og-romsdal", names("Møre og Romsdal", null, null, false), cover(MORE_OG_ROMSDAL, null, null)));
    offices.add(office("nordland", names("Nordland", null, null, false), cover(NORDLAND, null, null)));

    offices.add(office("ostfold", names("Østfold", null, BEFORE_2019, false), cover(OSTFOLD, null, BEFORE_2019)));
    offices.add(office("buskerud", names("Buskerud", null, BEFORE_2019, false), cover(BUSKERUD, null, BEFORE_2019)));
    offices.add(office("oslo-og-akershus", names("Oslo og Akershus", null, BEFORE_2019, false),
        cover(OSLO, null, BEFORE_2019), cover(AKERSHUS, null, BEFORE_2019)));
    List<Authority> osloViken = new ArrayList<>(names("Oslo og Viken", MERGE_2019, OSLO_VIKEN_RENAME.minusDays(1), false));
    osloViken.add(name("oslo-og-viken", "Statsforvalteren", "Østfold, Buskerud, Oslo og Akershus",
        OSLO_VIKEN_RENAME, null, true));
    offices.add(new Office(id("oslo-og-viken"), List.copyOf(osloViken), List.of(
        cover(OSLO, MERGE_2019, null), cover(OSTFOLD, MERGE_2019, null), cover(AKERSHUS, MERGE_2019, null),
        cover(BUSKERUD, MERGE_2019, null), cover(VIKEN, null, null), cover(OSTFOLD_2024, null, null),
        cover(AKERSHUS_2024, null, null), cover(BUSKERUD_2024, null, null))));

    offices.add(office("hedmark", names("Hedmark", null, BEFORE_2019, false), cover(HEDMARK, null, BEFORE_2019)));
    offices.add(office("oppland", names("Oppland", null, BEFORE_2019, false), cover(OPPLAND, null, BEFORE_2019)));
    offices.add(office("innlandet", names("Innlandet", MERGE_2019, null, false),
        cover(HEDMARK, MERGE_2019, null), cover(OPPLAND, MERGE_2019, null), cover(INNLANDET, null, null)));

    offices.add(office("vestfold", names("Vestfold", null, BEFORE_2019, false), cover(VESTFOLD, null, BEFORE_2019)));
    offices.add(office("telemark", names("Telemark", null, BEFORE_2019, false), cover(TELEMARK, null, BEFORE_2019)));
    offices.add(office("vestfold-og-telemark", names("Vestfold og Telemark", MERGE_2019, null, false),
        cover(VESTFOLD, MERGE_2019, null), cover(TELEMARK, MERGE_2019, null), cover(VESTFOLD_OG_TELEMARK, null, null),
        cover(VESTFOLD_2024, null, null), cover(TELEMARK_2024, null, null)));

    LocalDate agder2016 = LocalDate.of(2016, 1, 1);
    offices.add(office("aust-agder", names("Aust-Agder", null, agder2016.minusDays(1), false),
        cover(AUST_AGDER, null, agder2016.minusDays(1))));
    offices.add(office("vest-agder", names("Vest-Agder", null, agder2016.minusDays(1), false),
        cover(VEST_AGDER, null, agder2016.minusDays(1))));
    List<Authority> agder = new ArrayList<>();
    agder.add(name("agder", "Fylkesmannen", "Aust- og Vest-Agder", agder2016, BEFORE_2019, false));
    agder.addAll(names("Agder", MERGE_2019, null, false));
    offices.add(new Office(id("agder"), List.copyOf(agder), List.of(
        cover(AUST_AGDER, agder2016, null), cover(VEST_AGDER, agder2016, null), cover(AGDER, null, null))));

    offices.add(office("hordaland", names("Hordaland", null, BEFORE_2019, false), cover(HORDALAND, null, BEFORE_2019)));
    offices.add(office("sogn-og-fjordane", names("Sogn og Fjordane", null, BEFORE_2019, false),
        cover(SOGN_OG_FJORDANE, null, BEFORE_2019)));
    offices.add(office("vestland", names("Vestland", MERGE_2019, null, false),
        cover(HORDALAND, MERGE_2019, null), cover(SOGN_OG_FJORDANE, MERGE_2019, null), cover(VESTLAND, null, null)));

    LocalDate trondelag = LocalDate.of(2018, 1, 1);
    offices.add(office("sor-trondelag", names("Sør-Trøndelag", null, trondelag.minusDays(1), false),
        cover(SOR_TRONDELAG, null, null)));
    offices.add(office("nord-trondelag", names("Nord-Trøndelag", null, trondelag.minusDays(1), false),
        cover(NORD_TRONDELAG, null, null)));
    offices.add(office("trondelag", names("Trøndelag", trondelag, null, false), cover(TRONDELAG, null, null)));

    offices.add(office("troms", names("Troms", null, BEFORE_2019, false), cover(TROMS, null, BEFORE_2019)));
    offices.add(office("finnmark", names("Finnmark", null, BEFORE_2019, false), cover(FINNMARK, null, BEFORE_2019)));
    offices.add(office("troms-og-finnmark", names("Troms og Finnmark", MERGE_2019, null, false),
        cover(TROMS, MERGE_2019, null), cover(FINNMARK, MERGE_2019, null), cover(TROMS_OG_FINNMARK, null, null),
        cover(TROMS_2024, null, null), cover(FINNMARK_2024, null, null)));
    return List.copyOf(offices);
  }

  private static String id(String region) {
    return "county-governor." + region;
  }

  private static Office office(String region, List<Authority> names, Coverage... coverage) {
    return new Office(id(region), names, List.of(coverage));
  }

  private static Coverage cover(County county, LocalDate from, LocalDate to) {
    return new Coverage(county, from, to);
  }

  /** "Fylkesmannen i X" up to 2020-12-31 and "Statsforvalteren i X" from 2021-01-01, within from..to. */
  private static List<Authority> names(String region, LocalDate from, LocalDate to, boolean unverified) {
    String slug = slug(region);
    List<Authority> result = new ArrayList<>();
    LocalDate statsforvalter = LAST_FYLKESMANN_DAY.plusDays(1);
    if (from == null || !from.isAfter(LAST_FYLKESMANN_DAY)) {
      LocalDate end = to == null || to.isAfter(LAST_FYLKESMANN_DAY) ? LAST_FYLKESMANN_DAY : to;
      result.add(name(slug, "Fylkesmannen", region, from, end, unverified));
    }
    if (to == null || !to.isBefore(statsforvalter)) {
      LocalDate start = from == null || from.isBefore(statsforvalter) ? statsforvalter : from;
      result.add(name(slug, "Statsforvalteren", region, start, to, unverified));
    }
    return result;
  }

  private static Authority name(String slug, String title, String region, LocalDate from, LocalDate to,
      boolean unverified) {
    return Authority.builder()
        .id(slug.startsWith("county-governor.") ? slug : id(slug))
        .kind(AuthorityKind.COUNTY_GOVERNOR)
        .name(LocalizedText.of(title + " i " + region, "the County Governor of " + region))
        .shortName(LocalizedText.of(title, "the County Governor"))
        .validFrom(Optional.ofNullable(from))
        .validTo(Optional.ofNullable(to))
        .unverified(unverified)
        .build();
  }

  /**
   * Turns a Norwegian name into an id part: lower case, æ → ae, ø → o, å → aa, other characters to dashes.
   *
   * @param name the name
   * @return the id part
   */
  public static String slug(String name) {
    String s = name.toLowerCase(java.util.Locale.ROOT)
        .replace("æ", "ae").replace("ø", "o").replace("å", "aa")
        .replaceAll("[^a-z0-9]+", "-")
        .replaceAll("^-+|-+$", "");
    return s.isEmpty() ? "x" : s;
  }

  /**
   * The Parliamentary Ombud's names.
   *
   * @return the names, oldest first
   */
  public static List<Authority> ombudNames() {
    return List.of(
        Authority.builder().id("parliamentary-ombud").kind(AuthorityKind.PARLIAMENTARY_OMBUD)
            .name(LocalizedText.of("Sivilombudsmannen", "the Parliamentary Ombudsman"))
            .shortName(LocalizedText.of("Sivilombudsmannen", "the Ombudsman"))
            .validFrom(LocalDate.of(1963, 1, 1)).validTo(LAST_SIVILOMBUDSMANN_DAY).unverified(false).build(),
        Authority.builder().id("parliamentary-ombud").kind(AuthorityKind.PARLIAMENTARY_OMBUD)
            .name(LocalizedText.of("Sivilombudet", "the Parliamentary Ombud"))
            .shortName(LocalizedText.of("Sivilombudet", "the Ombud"))
            .validFrom(LAST_SIVILOMBUDSMANN_DAY.plusDays(1)).unverified(false).build());
  }

  /**
   * The general names of the district courts: "herredsretten eller byretten" before 2002 and "tingretten"
   * from 2002 (both dates unverified), "tingretten" verified from 2012-01-01, when hol § 10-7 began to apply.
   *
   * @return the names, oldest first
   */
  public static List<Authority> courtNames() {
    LocalDate tingrett = LocalDate.of(2002, 1, 1);
    return List.of(
        Authority.builder().id("district-court").kind(AuthorityKind.DISTRICT_COURT)
            .name(LocalizedText.of("herredsretten eller byretten", "the district court"))
            .shortName(LocalizedText.of("herredsretten eller byretten", "the district court"))
            .validTo(tingrett.minusDays(1)).unverified(true).build(),
        Authority.builder().id("district-court").kind(AuthorityKind.DISTRICT_COURT)
            .name(LocalizedText.of("tingretten", "the district court"))
            .shortName(LocalizedText.of("tingretten", "the district court"))
            .validFrom(tingrett).validTo(HOL_FROM.minusDays(1)).unverified(true).build(),
        // from hol's start the court of hol § 10-7 is "tingretten" (domain brief §§ 3.3, 3.5, verified)
        Authority.builder().id("district-court").kind(AuthorityKind.DISTRICT_COURT)
            .name(LocalizedText.of("tingretten", "the district court"))
            .shortName(LocalizedText.of("tingretten", "the district court"))
            .validFrom(HOL_FROM).unverified(false).build());
  }

  /**
   * The patient and user ombud's general names (there is one office in each county).
   *
   * @return the names, oldest first
   */
  public static List<Authority> patientOmbudNames() {
    LocalDate brukerombud = LocalDate.of(2009, 9, 1);
    return List.of(
        Authority.builder().id("patient-and-user-ombud").kind(AuthorityKind.PATIENT_AND_USER_OMBUD)
            .name(LocalizedText.of("Pasientombudet", "the patient ombud"))
            .shortName(LocalizedText.of("Pasientombudet", "the patient ombud"))
            .validFrom(LocalDate.of(2001, 1, 1)).validTo(brukerombud.minusDays(1)).unverified(true).build(),
        Authority.builder().id("patient-and-user-ombud").kind(AuthorityKind.PATIENT_AND_USER_OMBUD)
            .name(LocalizedText.of("Pasient- og brukerombudet", "the patient and user ombud"))
            .shortName(LocalizedText.of("Pasient- og brukerombudet", "the patient and user ombud"))
            .validFrom(brukerombud).unverified(true).build());
  }

  private static final Map<County, String> TRIBUNAL_REGION = tribunalRegions();

  private static Map<County, String> tribunalRegions() {
    Map<County, String> m = new HashMap<>();
    m.put(OSLO, "Oslo og omegn");
    m.put(AKERSHUS, "Oslo og omegn");
    m.put(AKERSHUS_2024, "Oslo og omegn");
    m.put(BUSKERUD, "Buskerud og omegn");
    m.put(BUSKERUD_2024, "Buskerud og omegn");
    m.put(OSTFOLD, "Østfold");
    m.put(OSTFOLD_2024, "Østfold");
    for (County c : List.of(HEDMARK, OPPLAND, INNLANDET)) {
      m.put(c, "Innlandet");
    }
    for (County c : List.of(VESTFOLD, TELEMARK, VESTFOLD_OG_TELEMARK, VESTFOLD_2024, TELEMARK_2024)) {
      m.put(c, "Vestfold og Telemark");
    }
    for (County c : List.of(AUST_AGDER, VEST_AGDER, AGDER)) {
      m.put(c, "Agder");
    }
    m.put(ROGALAND, "Rogaland");
    for (County c : List.of(HORDALAND, SOGN_OG_FJORDANE, VESTLAND)) {
      m.put(c, "Vestland");
    }
    m.put(MORE_OG_ROMSDAL, "Møre og Romsdal");
    for (County c : List.of(SOR_TRONDELAG, NORD_TRONDELAG, TRONDELAG)) {
      m.put(c, "Trøndelag");
    }
    m.put(NORDLAND, "Nordland");
    for (County c : List.of(TROMS, FINNMARK, TROMS_OG_FINNMARK, TROMS_2024, FINNMARK_2024)) {
      m.put(c, "Troms og Finnmark");
    }
    return m;
  }

  /**
   * The coercion tribunal for a county on a date.
   *
   * <p>Verified: the twelve regional names from 2023-01-01 and the general names of the tribunal. Not
   * verified (marked): the regional names before 2023, which counties belong to which tribunal where
   * the region is not named after the county, and the tribunals' start on 1993-01-01. Viken (2020–2023)
   * was split between three tribunals by municipality, which the library does not model: the answer is
   * the tribunal's general name, marked unverified.
   *
   * @param county the county
   * @param date the date
   * @return the tribunal, or empty before 1993 or when the county did not exist
   */
  public static Optional<Authority> tribunal(County county, LocalDate date) {
    if (date.isBefore(TRIBUNALS_FROM) || !county.existsOn(date)) {
      return Optional.empty();
    }
    String region = TRIBUNAL_REGION.get(county);
    boolean bhn = !date.isBefore(BHN_FROM);
    String base = bhn ? "Barneverns- og helsenemnda" : "Fylkesnemnda for barnevern og sosiale saker";
    String enBase = bhn ? "the Child Welfare and Health Tribunal" : "the County Social Welfare Board";
    boolean verified = bhn && region != null && region.equals(county.name());
    return Optional.of(Authority.builder()
        .id(region == null ? "coercion-tribunal" : "coercion-tribunal." + slug(region))
        .kind(AuthorityKind.COERCION_TRIBUNAL)
        .name(region == null ? LocalizedText.of(base, enBase) : LocalizedText.of(base + " i " + region, enBase + " in " + region))
        .shortName(LocalizedText.of(bhn ? "nemnda" : "fylkesnemnda", "the tribunal"))
        .validFrom(bhn ? BHN_FROM : TRIBUNALS_FROM)
        .validTo(bhn ? Optional.empty() : Optional.of(LAST_FYLKESNEMND_DAY))
        .unverified(!verified)
        .build());
  }

  /**
   * Every coercion tribunal the table gives, over all time: for each county, the tribunal on the first
   * day of each era (the county social welfare boards to 2022, the child welfare and health tribunals
   * from 2023) that falls within the county's existence; each tribunal once, oldest era first, then by id.
   *
   * @return the tribunals
   */
  public static List<Authority> tribunalNames() {
    java.util.Map<String, Authority> byIdAndStart = new java.util.TreeMap<>();
    for (County county : County.values()) {
      LocalDate from = county.validFrom().orElse(LocalDate.MIN);
      LocalDate to = county.validTo().orElse(LocalDate.MAX);
      for (LocalDate[] era : new LocalDate[][] {{TRIBUNALS_FROM, LAST_FYLKESNEMND_DAY}, {BHN_FROM, LocalDate.MAX}}) {
        LocalDate day = from.isAfter(era[0]) ? from : era[0];
        if (!day.isAfter(to) && !day.isAfter(era[1])) {
          tribunal(county, day).ifPresent(t -> byIdAndStart.putIfAbsent(t.validFrom().map(Object::toString).orElse("") + " " + t.id(), t));
        }
      }
    }
    return List.copyOf(byIdAndStart.values());
  }

  /**
   * All general names a tribunal has had, for recognising published texts.
   *
   * @return names in bokmål, lower case
   */
  public static List<String> tribunalNameStems() {
    return List.of("fylkesnemnda for sosiale saker", "fylkesnemnda for barnevern og sosiale saker",
        "fylkesnemnda", "barneverns- og helsenemnda", "nemnda");
  }
}
