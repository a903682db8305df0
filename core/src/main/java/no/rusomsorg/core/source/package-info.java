/** Citations of the documents that data was taken from, with retrieval and verification dates. */
@RusomsorgStyle
package no.rusomsorg.core.source;

import no.rusomsorg.core.internal.RusomsorgStyle;
