/** Texts in Norwegian bokmål, nynorsk and English, and the language choice. */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.text;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
