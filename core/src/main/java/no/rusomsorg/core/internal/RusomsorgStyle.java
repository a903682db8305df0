package no.rusomsorg.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.rusomsorg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The project's Immutables style: strict builders, JDK collections only, and the project's own
 * exception for a required attribute that was never set. A null passed to a builder, a factory or a
 * {@code with} method is a programmer error: the generated code throws a {@link NullPointerException}
 * that names the attribute (docs/adr/0022).
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    strictBuilder = true,
    jdkOnly = true,
    get = {"is*", "get*"},
    init = "*",
    depluralize = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    defaults = @Value.Immutable(copy = true, prehash = false),
    throwForInvalidImmutableState = InvalidValueException.MissingValue.class)
public @interface RusomsorgStyle {}
