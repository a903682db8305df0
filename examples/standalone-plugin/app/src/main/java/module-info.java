module no.example.app {
  requires no.rusomsorg.spi;
}
