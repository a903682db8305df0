/**
 * A ready-made starting point for municipality plugins: the common "standard service description"
 * for a municipal substance-abuse service (Rustjenesten), which many municipalities publish in the
 * same shape.
 *
 * <p>{@link no.rusomsorg.register.baseline.StandardServiceDescription} turns it into complete
 * {@link no.rusomsorg.core.service.Service} values for one municipality (an id prefix and the unit
 * that gives the services), each citing the source {@value
 * no.rusomsorg.register.baseline.StandardServiceDescription#SOURCE_ID}. A plugin keeps what fits and
 * adjusts the rest with the generated {@code with…} methods, for example
 * {@code offer(Offer.LAR).withDescription(...)}. Nothing here is specific to any municipality.
 */
@NullMarked
package no.rusomsorg.register.baseline;

import org.jspecify.annotations.NullMarked;
