/**
 * Norwegian national identity numbers: {@link no.rusomsorg.core.identity.NationalIdNumber}
 * (fødselsnummer, D-number, H-number) with both the pre-2032 and the 2032 control-digit rules.
 *
 * <p>An identity number is personal data. Types in this package never show it in
 * {@code toString()} or in exception messages, and the library's JSON neither writes nor reads it.
 */
@RusomsorgStyle
@NullMarked
package no.rusomsorg.core.identity;

import no.rusomsorg.core.internal.RusomsorgStyle;
import org.jspecify.annotations.NullMarked;
