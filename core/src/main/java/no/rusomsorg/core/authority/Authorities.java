package no.rusomsorg.core.authority;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import no.rusomsorg.core.authority.internal.AuthorityTable;
import no.rusomsorg.core.municipality.County;
import no.rusomsorg.core.text.LocalizedText;

/**
 * The public bodies of the complaint system and their names on a date.
 *
 * <p>Every question takes a date and answers with the body under the name it had on that date:
 * <ul>
 *   <li>county governor: "Fylkesmannen i X" to 2020-12-31 and "Statsforvalteren i X" from
 *       2021-01-01, where X is the governor's region, which is not always the county: the offices
 *       were merged before the counties were (Agder: "Fylkesmannen i Aust- og Vest-Agder" from
 *       2016-01-01, "Fylkesmannen i Agder" from 2019-01-01, while the counties merged on 2020-01-01;
 *       Oslo and Akershus always shared one office);</li>
 *   <li>Parliamentary Ombud: "Sivilombudsmannen" to 2021-06-30, "Sivilombudet" from 2021-07-01;</li>
 *   <li>coercion tribunal: "Fylkesnemnda for barnevern og sosiale saker" to 2022-12-31,
 *       "Barneverns- og helsenemnda i &lt;region&gt;" from 2023-01-01 (regional naming partly
 *       unverified, see {@link Authority#unverified()});</li>
 *   <li>district court: "tingretten" (general; the court for a municipality is not modelled);</li>
 *   <li>patient and user ombud: general name, unverified dates;</li>
 *   <li>the municipality itself, from plain inputs ({@link MunicipalityRef});</li>
 *   <li>the municipality's own appeal body (fvl § 28 second paragraph), named by the municipality's
 *       data or, when the data does not name it, "kommunens klagenemnd".</li>
 * </ul>
 *
 * <p><b>Absence:</b> every lookup returns {@code Optional.empty()} when the body, its county or the
 * municipality did not exist on the date (Vest-Agder county after 2019, the tribunal before 1993).
 * Computations that cannot go on without the body throw {@link NoSuchAuthorityException}. The class is
 * immutable and thread-safe.
 */
public final class Authorities {
  private static final Authorities STANDARD = new Authorities();

  private Authorities() {}

  /**
   * The library's table of bodies.
   *
   * @return the shared instance
   */
  public static Authorities standard() {
    return STANDARD;
  }

  /**
   * The county governor whose area covered a county on a date.
   *
   * @param county the county
   * @param date the date
   * @return the governor under its name on that date, or empty if the county did not exist then
   */
  public Optional<Authority> countyGovernor(County county, LocalDate date) {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(date, "date");
    for (AuthorityTable.Office office : AuthorityTable.governors()) {
      if (office.covers(county, date)) {
        return office.nameOn(date);
      }
    }
    return Optional.empty();
  }

  /**
   * The Parliamentary Ombud on a date.
   *
   * @param date the date
   * @return the Ombud under its name then, or empty before 1963
   */
  public Optional<Authority> parliamentaryOmbud(LocalDate date) {
    return firstValid(AuthorityTable.ombudNames(), date);
  }

  /**
   * The coercion tribunal for a county on a date. See {@link Authority#unverified()} for which
   * answers are confirmed.
   *
   * @param county the county
   * @param date the date
   * @return the tribunal, or empty before 1993-01-01 or when the county did not exist
   */
  public Optional<Authority> coercionTribunal(County county, LocalDate date) {
    Objects.requireNonNull(county, "county");
    Objects.requireNonNull(date, "date");
    return AuthorityTable.tribunal(county, date);
  }

  /**
   * The district court, by its general name on a date ("tingretten" from 2002; before that
   * "herredsretten eller byretten", marked unverified).
   *
   * @param date the date
   * @return the court
   */
  public Optional<Authority> districtCourt(LocalDate date) {
    return firstValid(AuthorityTable.courtNames(), date);
  }

  /**
   * The patient and user ombud, by its general name on a date (unverified dates: "Pasientombudet"
   * from 2001, "Pasient- og brukerombudet" from 2009-09-01).
   *
   * @param date the date
   * @return the ombud, or empty before 2001
   */
  public Optional<Authority> patientAndUserOmbud(LocalDate date) {
    return firstValid(AuthorityTable.patientOmbudNames(), date);
  }

  /**
   * The municipality as a body, named "&lt;name&gt; kommune".
   *
   * @param municipality the municipality
   * @param date the date
   * @return the body, or empty if the municipality or its county did not exist on the date
   */
  public Optional<Authority> municipality(MunicipalityRef municipality, LocalDate date) {
    Objects.requireNonNull(municipality, "municipality");
    Objects.requireNonNull(date, "date");
    if (!municipality.existsOn(date) || !municipality.county().existsOn(date)) {
      return Optional.empty();
    }
    String name = municipality.name().trim();
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    boolean hasWord = lower.endsWith(" kommune") || lower.endsWith(" herad");
    String base = hasWord ? name.substring(0, name.lastIndexOf(' ')) : name;
    return Optional.of(Authority.builder()
        .id("municipality." + AuthorityTable.slug(base))
        .kind(AuthorityKind.MUNICIPALITY)
        .name(LocalizedText.of(hasWord ? name : name + " kommune", base + " municipality"))
        .shortName(LocalizedText.of("kommunen", "the municipality"))
        .validFrom(municipality.validFrom())
        .validTo(municipality.validTo())
        .build());
  }

  /**
   * The municipality's own appeal body for its decisions under no special act (fvl § 28 second
   * paragraph: the municipal council or a complaints board the council appoints). The name is the one
   * the municipality's data gives ({@link MunicipalityRef#appealBody()}); when the data names none, the
   * body is called "kommunens klagenemnd" / "the municipality's complaints board", and
   * {@link Authority#id()} ends in {@code .appeal-body.not-stated}. The name carries no date: the library
   * keeps no history of municipal boards.
   *
   * @param municipality the municipality
   * @param date the date
   * @return the body, or empty if the municipality or its county did not exist on the date
   */
  public Optional<Authority> municipalAppealBody(MunicipalityRef municipality, LocalDate date) {
    return municipality(municipality, date).map(m -> {
      String base = m.id().substring("municipality.".length());
      boolean named = municipality.appealBody().isPresent();
      LocalizedText name = municipality.appealBody().orElse(DEFAULT_APPEAL_BODY);
      return Authority.builder()
          .id("municipal-appeal-body." + base + (named ? "" : ".not-stated"))
          .kind(AuthorityKind.MUNICIPAL_APPEAL_BODY)
          .name(name)
          .shortName(named ? name : DEFAULT_APPEAL_BODY)
          .validFrom(municipality.validFrom())
          .validTo(municipality.validTo())
          .build();
    });
  }

  /** The name used when a municipality's data does not name its appeal body. */
  public static final LocalizedText DEFAULT_APPEAL_BODY =
      LocalizedText.of("kommunens klagenemnd", "the municipality's complaints board");

  /**
   * Every name the library knows for a body kind, over all time, oldest first within each body
   * (municipalities and their appeal bodies excluded: they come from the caller, so their list is
   * empty). Coercion tribunals: every regional and general name the library gives for any county, see
   * {@link #coercionTribunal(County, LocalDate)}. Useful for recognising names in published texts.
   *
   * @param kind the kind
   * @return the names
   */
  public List<Authority> allNames(AuthorityKind kind) {
    Objects.requireNonNull(kind, "kind");
    return switch (kind) {
      case MUNICIPALITY, MUNICIPAL_APPEAL_BODY -> List.of();
      case COUNTY_GOVERNOR -> AuthorityTable.governors().stream().flatMap(o -> o.names().stream()).toList();
      case PARLIAMENTARY_OMBUD -> List.copyOf(AuthorityTable.ombudNames());
      case COERCION_TRIBUNAL -> AuthorityTable.tribunalNames();
      case DISTRICT_COURT -> List.copyOf(AuthorityTable.courtNames());
      case PATIENT_AND_USER_OMBUD -> List.copyOf(AuthorityTable.patientOmbudNames());
    };
  }

  /**
   * All names, over all time, of the county governors' offices that covered a county or one of its
   * predecessors ({@link County#predecessors()}, followed back): the history a text about the county
   * may name. For Agder: the Aust-Agder and Vest-Agder offices, "Fylkesmannen i Aust- og Vest-Agder",
   * "Fylkesmannen i Agder" and "Statsforvalteren i Agder".
   *
   * @param county the county
   * @return the names, each office's oldest first
   */
  public List<Authority> countyGovernorHistory(County county) {
    Objects.requireNonNull(county, "county");
    java.util.Set<County> lineage = new java.util.HashSet<>();
    java.util.Deque<County> todo = new java.util.ArrayDeque<>(List.of(county));
    while (!todo.isEmpty()) {
      County c = todo.pop();
      if (lineage.add(c)) {
        todo.addAll(c.predecessors());
      }
    }
    List<Authority> result = new ArrayList<>();
    for (AuthorityTable.Office office : AuthorityTable.governors()) {
      if (office.coverage().stream().anyMatch(cov -> lineage.contains(cov.county()))) {
        result.addAll(office.names());
      }
    }
    return List.copyOf(result);
  }

  private static Optional<Authority> firstValid(List<Authority> names, LocalDate date) {
    Objects.requireNonNull(date, "date");
    return names.stream().filter(a -> a.isValidOn(date)).findFirst();
  }
}
