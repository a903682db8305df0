/** Texts in Norwegian bokmål, nynorsk and English, and the language choice. */
@RusomsorgStyle
package no.rusomsorg.core.text;

import no.rusomsorg.core.internal.RusomsorgStyle;
