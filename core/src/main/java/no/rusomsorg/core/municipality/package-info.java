/**
 * Municipalities and their catalogs: {@link no.rusomsorg.core.municipality.Municipality} with the
 * history of its {@link no.rusomsorg.core.municipality.MunicipalityNumber number} and
 * {@link no.rusomsorg.core.municipality.County county} (Sandnes 1102 → 1108) and its
 * {@link no.rusomsorg.core.municipality.Successor successor} after a merger (Søgne → Kristiansand),
 * and {@link no.rusomsorg.core.municipality.Catalog}, one municipality's directory of sources, units
 * and services, which checks that ids are unique and references resolve.
 *
 * <h2>Wire format</h2>
 * A municipality number is a four-digit string ({@code "1108"}); a county is
 * {@code {"number": "11", "name": "Rogaland"}}; validity periods are {@code {"from": "...", "to": "..."}}
 * with ISO-8601 dates and an inclusive {@code to}. Field names are the accessor names and are stable;
 * absent optional values are left out. Reading validates as the builders do and reports the JSON path
 * of the first error.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.municipality;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
