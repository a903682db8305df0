/**
 * The rusomsorg core: the exception hierarchy shared by every part of the library.
 *
 * <p>All exceptions thrown on purpose extend {@link no.rusomsorg.core.RusomsorgException}.
 * Invalid input is reported with {@link no.rusomsorg.core.InvalidValueException}, which names the
 * field and the rule that was broken.
 */
@NullMarked
package no.rusomsorg.core;

import org.jspecify.annotations.NullMarked;
