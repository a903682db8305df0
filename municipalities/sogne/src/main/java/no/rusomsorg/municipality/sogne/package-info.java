/**
 * The Søgne municipality plugin: {@link no.rusomsorg.municipality.sogne.SogneProvider}, a catalog
 * defined as a JSON resource and read by {@link no.rusomsorg.spi.JsonMunicipalityProvider}. It shows
 * the second way to contribute a municipality: data, not code. Søgne ended on 2019-12-31; asking about
 * a later date answers that it merged into Kristiansand (4204).
 */
@NullMarked
package no.rusomsorg.municipality.sogne;

import org.jspecify.annotations.NullMarked;
