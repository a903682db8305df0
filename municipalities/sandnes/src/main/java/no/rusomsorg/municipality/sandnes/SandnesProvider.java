package no.rusomsorg.municipality.sandnes;

import no.rusomsorg.core.municipality.Catalog;
import no.rusomsorg.spi.MunicipalityProvider;

/**
 * Sandnes municipality (Rogaland; number 1102 until 2019-12-31, 1108 from 2020-01-01): the
 * substance-abuse services for adults of the municipality's coping unit (mestringsenheten), with the
 * reception and follow-up centre (MO-senter), the FACT team, the emergency shelter "Akutten" and
 * housing, taken from the municipality's page "Rustjenester for voksne" (source id
 * {@code sandnes-rustjenester}) and, where it applies, the standard service description.
 *
 * <p>The catalog is built once, on first use, and shared; the provider is immutable and thread-safe.
 */
public final class SandnesProvider implements MunicipalityProvider {

  /** Creates the provider; cheap, the catalog is built on first use. */
  public SandnesProvider() {}

  private static final class Holder {
    static final Catalog CATALOG = SandnesCatalog.build();
  }

  @Override
  public Catalog catalog() {
    return Holder.CATALOG;
  }

  @Override
  public String name() {
    return "sandnes";
  }
}
