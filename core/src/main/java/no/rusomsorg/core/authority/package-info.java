/**
 * The public bodies in the complaint system — municipality, county governor, Parliamentary Ombud,
 * coercion tribunal, district court, patient and user ombud — and their names over time.
 *
 * <p>Names changed on exact dates (Fylkesmannen → Statsforvalteren on 2021-01-01, Sivilombudsmannen →
 * Sivilombudet on 2021-07-01, fylkesnemnda → barneverns- og helsenemnda on 2023-01-01), and counties
 * and governors' offices were merged at different times. {@link no.rusomsorg.core.authority.Authorities}
 * answers "which body, under which name, on this date", for the counties of
 * {@link no.rusomsorg.core.municipality.County} (the library's one county type, which knows each county's
 * validity). Names resting on secondary sources are marked
 * {@linkplain no.rusomsorg.core.authority.Authority#unverified() unverified}.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.authority;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
