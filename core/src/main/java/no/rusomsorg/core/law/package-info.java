/**
 * References to Norwegian law: the acts the library cites and {@link no.rusomsorg.core.law.LegalReference},
 * carried by every rule so that answers can explain themselves.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.law;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
