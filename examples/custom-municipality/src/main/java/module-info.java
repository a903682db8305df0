/** Fjordby, a fictional municipality: an example of a third-party plugin. */
module no.rusomsorg.examples.custom {
  requires no.rusomsorg.spi;
  requires no.rusomsorg.register;

  exports no.rusomsorg.examples.custom;

  provides no.rusomsorg.spi.MunicipalityProvider with no.rusomsorg.examples.custom.FjordbyProvider;
}
