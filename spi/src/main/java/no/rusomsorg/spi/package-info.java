/**
 * The plugin contract: a {@link no.rusomsorg.spi.MunicipalityProvider} supplies a
 * {@link no.rusomsorg.core.municipality.Catalog}; the {@link no.rusomsorg.spi.MunicipalityRegistry}
 * discovers providers and answers queries through a {@link no.rusomsorg.spi.MunicipalityDirectory}.
 */
package no.rusomsorg.spi;

