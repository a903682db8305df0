package no.rusomsorg.register.baseline;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import no.rusomsorg.core.contact.Unit;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.Municipality;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.core.text.LocalizedText;
import no.rusomsorg.register.NationalRegister;
import no.rusomsorg.register.RegisterSource;
import no.rusomsorg.register.RegisteredMunicipality;

/**
 * The national baseline of a municipality that no plugin supplies: its identity from the national
 * register and the offers of the {@link StandardServiceDescription standard service description}, as a
 * catalog. <b>A baseline, not the municipality's own data</b>: the municipality has not confirmed that it
 * offers these services in this form, and the catalog has no contact points (the register states none).
 *
 * <p>Every baseline catalog has
 * <ul>
 *   <li>the municipality as {@link NationalRegister#municipality(RegisteredMunicipality)} gives it;</li>
 *   <li>two sources: the register ({@link NationalRegister#SOURCE_ID}, Statistics Norway, NLOD 2.0) and
 *       the standard service description ({@link StandardServiceDescription#SOURCE_ID});</li>
 *   <li>one unit, {@value #UNIT_ID}, "the municipality's substance-abuse service", without contact
 *       points;</li>
 *   <li>the listed offers, with the ids {@code baseline.<offer id>} ({@code baseline.lar}), the
 *       <em>same</em> service instances in every baseline catalog;</li>
 *   <li>the data version {@code baseline-<register version>}.</li>
 * </ul>
 *
 * <p>Catalogs are built when first asked for and kept (one per municipality, about a kilobyte each, the
 * services shared), so a registry that is never asked about a municipality without a plugin builds none.
 * Immutable and thread-safe.
 */
public final class BaselineCatalogs {
  /** The prefix of every baseline service id. */
  public static final String ID_PREFIX = "baseline";

  /** The id of the one unit of a baseline catalog. */
  public static final String UNIT_ID = "baseline.substance-service";

  /**
   * The day the standard service description's texts in this library were last checked against the
   * stored copy of the description ({@link StandardServiceDescription#DOCUMENT}).
   */
  public static final LocalDate DESCRIPTION_VERIFIED = LocalDate.of(2026, 11, 22);

  private static final class Holder {
    static final BaselineCatalogs STANDARD = new BaselineCatalogs(NationalRegister.standard());
  }

  private final NationalRegister register;
  private final List<Service> services;
  private final List<Source> sources;
  private final List<Unit> units;
  private final String dataVersion;
  private final ConcurrentHashMap<Municipality, Catalog> catalogs = new ConcurrentHashMap<>();
  /** The same catalogs by period (identity: a period has no equals of its own), for the fast path. */
  private final ConcurrentHashMap<RegisteredMunicipality, Catalog> byPeriod = new ConcurrentHashMap<>();

  private BaselineCatalogs(NationalRegister register) {
    this.register = register;
    StandardServiceDescription std = StandardServiceDescription.of(ID_PREFIX, UNIT_ID, DESCRIPTION_VERIFIED);
    this.services = List.copyOf(std.offers());
    this.sources = List.of(registerSource(register.source()), std.source());
    this.units = List.of(Unit.builder()
        .id(UNIT_ID)
        .name(LocalizedText.builder()
            .nb("Kommunens rustjeneste (nasjonal grunnmodell)")
            .nn("Kommunen si rusteneste (nasjonal grunnmodell)")
            .en("The municipality's substance-abuse service (national baseline)")
            .build())
        .description(NOTICE)
        .build());
    this.dataVersion = "baseline-" + register.source().version();
  }

  /**
   * What every baseline says about itself: it is the national standard, not confirmed by the
   * municipality.
   */
  public static final LocalizedText NOTICE = LocalizedText.builder()
      .nb("Nasjonal grunnmodell: tilbudene i den standard tjenestebeskrivelsen for kommunale rustjenester. "
          + "Kommunen har ikke bekreftet dem, og kontaktopplysninger er ikke oppgitt. Spør kommunen.")
      .nn("Nasjonal grunnmodell: tilboda i den standard tenesteskildringa for kommunale rustenester. "
          + "Kommunen har ikkje stadfesta dei, og kontaktopplysningar er ikkje oppgjevne. Spør kommunen.")
      .en("National baseline: the offers of the standard service description for municipal substance-abuse "
          + "services. The municipality has not confirmed them, and no contact details are stated. Ask the municipality.")
      .build();

  /**
   * The baselines over the register compiled into this library.
   *
   * @return the shared instance
   */
  public static BaselineCatalogs standard() {
    return Holder.STANDARD;
  }

  /**
   * The baseline catalog of the municipality a register period belongs to.
   *
   * @param period a period valid on or after {@link NationalRegister#FIRST_DAY}
   * @return the catalog, shared by every period of the same municipality
   * @throws no.rusomsorg.core.InvalidValueException if the period ended before the register's first day
   */
  public Catalog catalogFor(RegisteredMunicipality period) {
    Objects.requireNonNull(period, "period");
    Catalog c = byPeriod.get(period);
    if (c != null) {
      return c;
    }
    Municipality m = register.municipality(period);
    c = catalogs.get(m);
    if (c == null) {
      c = Catalog.builder()
          .dataVersion(dataVersion)
          .verifiedOn(register.source().retrieved())
          .municipality(m)
          .addAllSources(sources)
          .addAllUnits(units)
          .addAllServices(services)
          .build();
      Catalog earlier = catalogs.putIfAbsent(m, c);
      c = earlier != null ? earlier : c;
    }
    byPeriod.putIfAbsent(period, c);
    return c;
  }

  /**
   * The history of a municipality that ended: its identity from the register and the register as
   * source, without units or services (the register states none, and a baseline is no history). For
   * {@code MunicipalityLookup.Merged#formerCatalog()} and {@code Ended#formerCatalog()}.
   *
   * @param period a period valid on or after {@link NationalRegister#FIRST_DAY}
   * @return the catalog
   * @throws no.rusomsorg.core.InvalidValueException if the period ended before the register's first day
   */
  public Catalog formerCatalogFor(RegisteredMunicipality period) {
    Objects.requireNonNull(period, "period");
    return Catalog.builder()
        .dataVersion(dataVersion)
        .verifiedOn(register.source().retrieved())
        .municipality(register.municipality(period))
        .addSources(sources.get(0))
        .build();
  }

  /**
   * Whether a catalog is a baseline catalog of this library (its data version and unit are the
   * baseline's).
   *
   * @param catalog a catalog
   * @return true for a catalog from {@link #catalogFor(RegisteredMunicipality)}
   */
  public boolean isBaseline(Catalog catalog) {
    Objects.requireNonNull(catalog, "catalog");
    return catalog.dataVersion().equals(dataVersion) && catalog.units().equals(units);
  }

  /**
   * The baseline services, shared by every baseline catalog.
   *
   * @return the services, ids {@code baseline.<offer id>}
   */
  public List<Service> services() {
    return services;
  }

  /**
   * The national register as a catalog source: Statistics Norway, classifications 131 and 104, NLOD 2.0.
   *
   * @param source the register's source description
   * @return the source, id {@link NationalRegister#SOURCE_ID}
   */
  static Source registerSource(RegisterSource source) {
    return Source.builder()
        .id(NationalRegister.SOURCE_ID)
        .title("Klassifikasjon 131 Standard for kommuneinndeling og 104 Standard for fylkesinndeling, versjon "
            + source.version() + " (" + source.licence() + ")")
        .publisher(source.publisher())
        .url(URI.create("https://www.ssb.no/klass/klassifikasjoner/131"))
        .retrieved(source.retrieved())
        .verifiedOn(source.retrieved())
        .build();
  }

  @Override
  public String toString() {
    return "BaselineCatalogs[" + dataVersion + ", " + catalogs.size() + " built]";
  }
}
