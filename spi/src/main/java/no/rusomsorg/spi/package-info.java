/**
 * The plugin contract: a {@link no.rusomsorg.spi.MunicipalityProvider} supplies a
 * {@link no.rusomsorg.core.municipality.Catalog}; the {@link no.rusomsorg.api.MunicipalityRegistry}
 * discovers providers and answers queries through a {@link no.rusomsorg.api.MunicipalityDirectory}.
 *
 * <h2>JSON-defined municipalities</h2>
 * A plugin can define its municipality as a JSON document read by a
 * {@link no.rusomsorg.spi.JsonMunicipalityProvider}. The format is the JSON of a
 * {@link no.rusomsorg.core.municipality.Catalog} as written by
 * {@link no.rusomsorg.core.json.RusomsorgJson}, and this module publishes a JSON Schema (draft
 * 2020-12) for it as the resource {@code /no/rusomsorg/spi/municipality-catalog.schema.json}, for
 * editors and for checking a document before it is packaged. The schema gives every property with its
 * type, the enum names, the required properties and the {@code "type"} names of eligibility criteria,
 * and rejects unknown properties as the strict reader does; the module's tests keep it in step with
 * the model. Rules that span values (unique ids, references between ids, ordered number periods, valid
 * phone numbers) are checked only by the reader, so a document that passes the schema can still be
 * rejected with an {@link no.rusomsorg.core.InvalidValueException} naming the JSON path.
 */
@NullMarked
package no.rusomsorg.spi;

import org.jspecify.annotations.NullMarked;

