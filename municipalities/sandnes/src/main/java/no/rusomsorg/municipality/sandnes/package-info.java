/**
 * The Sandnes municipality plugin: {@link no.rusomsorg.municipality.sandnes.SandnesProvider}, a
 * catalog defined in Java with the model's builders and registered as a
 * {@link no.rusomsorg.spi.MunicipalityProvider}. Applications normally find it through
 * {@link no.rusomsorg.api.MunicipalityRegistry#discover()}.
 */
@NullMarked
package no.rusomsorg.municipality.sandnes;

import org.jspecify.annotations.NullMarked;
