/**
 * Søgne municipality's substance-abuse services (until the 2020 merger into Kristiansand), as a
 * JSON-defined rusomsorg plugin.
 */
module no.rusomsorg.municipality.sogne {
  requires static org.jspecify;
  requires no.rusomsorg.spi;

  exports no.rusomsorg.municipality.sogne;

  provides no.rusomsorg.spi.MunicipalityProvider with no.rusomsorg.municipality.sogne.SogneProvider;
}
