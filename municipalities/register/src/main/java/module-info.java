/**
 * The national municipality register: every Norwegian municipality and county valid from 2018-01-01,
 * with numbers, official names (including the Sámi and Kven forms that are part of them) and the
 * changes between them, compiled from Statistics Norway's classifications 131 and 104 (NLOD 2.0).
 *
 * <p>See {@link no.rusomsorg.register.NationalRegister}.
 */
module no.rusomsorg.register {
  requires static org.jspecify;
  requires transitive no.rusomsorg.core;

  exports no.rusomsorg.register;
  exports no.rusomsorg.register.baseline;
  // the resolver behind the application API's lookup (docs/adr/0023); no API of its own
  exports no.rusomsorg.register.internal to no.rusomsorg.spi;
}
