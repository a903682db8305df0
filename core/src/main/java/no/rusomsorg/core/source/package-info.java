/** Citations of the documents that data was taken from, with retrieval and verification dates. */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.source;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
