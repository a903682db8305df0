/**
 * The rusomsorg directory: the application API ({@code no.rusomsorg.api}: the registry, the directory,
 * lookup results, contact advice) and the plugin contract ({@code no.rusomsorg.spi}: the provider
 * interface and the JSON provider support), as the JSR-354 API jar holds {@code javax.money} and
 * {@code javax.money.spi}.
 */
module no.rusomsorg.spi {
  requires static org.jspecify;
  requires transitive no.rusomsorg.core;
  requires transitive no.rusomsorg.register;
  requires static org.immutables.value.annotations;

  exports no.rusomsorg.api;
  exports no.rusomsorg.spi;

  uses no.rusomsorg.spi.MunicipalityProvider;
}
