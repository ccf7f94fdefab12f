package org.practitionersforum.api.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of the SDK: generated classes stay
 * package-private and never appear in a public signature; each value type exposes a static {@code
 * builder()} returning its own nested {@code Builder}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
// Source only: published classes name no Immutables type that hosts would have to resolve.
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    builderVisibility = Value.Style.BuilderVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = false),
    redactedMask = "****",
    jdkOnly = true,
    // No annotation found on the class path goes onto generated code: Immutables' own @Generated
    // comes from a compile-only jar, and hosts reading classes that name it would get warnings.
    // An empty list would allow them all, so it names one that is never added.
    allowedClasspathAnnotations = Override.class,
    // Setters given null and builds missing an attribute throw an InvalidInputException naming the
    // attribute (SEC-4), never a bare NullPointerException or IllegalStateException. Deferred
    // collection allocation makes the generated addAll and collection setters check the iterable
    // itself for null, which they otherwise dereference without a check.
    throwForNullPointer = MissingValueException.class,
    throwForInvalidImmutableState = MissingValueException.class,
    deferCollectionAllocation = true)
public @interface ForumStyle {}
