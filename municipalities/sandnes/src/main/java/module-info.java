/**
 * Sandnes municipality's substance-abuse services for adults, as a rusomsorg plugin.
 */
module no.rusomsorg.municipality.sandnes {
  requires static org.jspecify;
  requires no.rusomsorg.spi;
  requires no.rusomsorg.register;

  exports no.rusomsorg.municipality.sandnes;

  provides no.rusomsorg.spi.MunicipalityProvider with no.rusomsorg.municipality.sandnes.SandnesProvider;
}
