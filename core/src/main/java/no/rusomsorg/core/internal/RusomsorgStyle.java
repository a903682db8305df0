package no.rusomsorg.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import no.rusomsorg.core.InvalidValueException;
import org.immutables.value.Value;

/**
 * The project's Immutables style: strict builders, JDK collections only, and the project's own
 * exception for missing or null attributes so that callers never see a bare NullPointerException.
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
    throwForInvalidImmutableState = InvalidValueException.MissingValue.class,
    throwForNullPointer = InvalidValueException.MissingValue.class)
public @interface RusomsorgStyle {}
