package no.rusomsorg.examples.custom;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.rusomsorg.core.json.RusomsorgJson;
import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.core.municipality.ImmutableCatalog;
import no.rusomsorg.core.service.Service;
import no.rusomsorg.core.source.Source;
import no.rusomsorg.spi.MunicipalityProvider;
import no.rusomsorg.register.baseline.StandardServiceDescription;

/**
 * Fjordby (fictional, number 1191 in Rogaland): the municipality, its unit and its own source come from
 * {@code /META-INF/rusomsorg/fjordby.json}; the services are the standard service description's offers,
 * given by Fjordby's substance-abuse service.
 */
public final class FjordbyProvider implements MunicipalityProvider {
  static final String UNIT = "fjordby.rustjenesten";
  private static final LocalDate VERIFIED = LocalDate.of(2026, 11, 22);

  private static final class Holder {
    static final Catalog CATALOG = build();
  }

  /** Creates the provider; the catalog is built on first use. */
  public FjordbyProvider() {}

  @Override
  public Catalog catalog() {
    return Holder.CATALOG;
  }

  private static Catalog build() {
    Catalog own = RusomsorgJson.strict().readResource(FjordbyProvider.class, "/META-INF/rusomsorg/fjordby.json",
        Catalog.class);
    StandardServiceDescription standard = StandardServiceDescription.of("fjordby", UNIT, VERIFIED);
    List<Source> sources = new ArrayList<>(own.sources());
    sources.add(standard.source());
    List<Service> services = new ArrayList<>(own.services());
    services.addAll(standard.offers());
    return ImmutableCatalog.copyOf(own).withSources(sources).withServices(services);
  }
}
