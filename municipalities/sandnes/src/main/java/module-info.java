/**
 * Sandnes municipality's substance-abuse services for adults, as a rusomsorg plugin.
 */
module no.rusomsorg.municipality.sandnes {
  requires no.rusomsorg.spi;

  exports no.rusomsorg.municipality.sandnes;

  provides no.rusomsorg.spi.MunicipalityProvider with no.rusomsorg.municipality.sandnes.SandnesProvider;
}
