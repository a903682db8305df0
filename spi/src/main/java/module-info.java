/**
 * The rusomsorg plugin contract: municipality providers, their discovery and the registry.
 */
module no.rusomsorg.spi {
  requires transitive no.rusomsorg.core;
  requires static org.immutables.value.annotations;

  exports no.rusomsorg.spi;
  exports no.rusomsorg.spi.baseline;

  uses no.rusomsorg.spi.MunicipalityProvider;
}
