/** The writers and the reader behind the interop API; not exported. */
@NullMarked
package no.rusomsorg.interop.internal;

import org.jspecify.annotations.NullMarked;
