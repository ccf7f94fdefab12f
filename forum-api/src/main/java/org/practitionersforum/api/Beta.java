package org.practitionersforum.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a public type or member that may still change incompatibly in a minor release: it may be
 * renamed, change its signature or contract, or be removed, where anything unmarked changes
 * incompatibly only in a major release. A host that uses a {@code @Beta} element should expect to
 * adapt when it upgrades; a store or other implementation of a {@code @Beta} SPI method should
 * expect its contract to be refined.
 *
 * <p>The annotation is kept in the class files (so that API-compatibility tools can tell marked
 * elements apart) and is not visible by reflection at run time.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target({ElementType.TYPE, ElementType.METHOD, ElementType.FIELD, ElementType.CONSTRUCTOR})
public @interface Beta {}
