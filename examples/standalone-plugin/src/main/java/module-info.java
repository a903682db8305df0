module no.example.rusomsorg {
  requires no.rusomsorg.spi;
  provides no.rusomsorg.spi.MunicipalityProvider with no.example.rusomsorg.ExampleProvider;
}
