/**
 * The national municipality register: look up a municipality by number (old numbers too) or by any
 * form of its official name on a date, list the municipalities and counties of a date, and find the
 * county governor's office that covers a municipality.
 *
 * <p>Entry point: {@link no.rusomsorg.register.NationalRegister#standard()}. The data are compiled
 * from Statistics Norway's classification 131 (municipalities) and 104 (counties); see
 * {@link no.rusomsorg.register.NationalRegister#source()} and docs/adr/0014.
 */
@NullMarked
package no.rusomsorg.register;

import org.jspecify.annotations.NullMarked;
