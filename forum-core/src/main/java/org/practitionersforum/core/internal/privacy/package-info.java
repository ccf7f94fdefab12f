/**
 * Personal data on request (SEC-3): erasure ({@code Eraser}), the subject access export ({@code
 * SubjectAccess}) and retention ({@code Retention}), behind {@code DefaultPrivacyService}, with who
 * may do each in {@code PrivacyAccessPolicy}.
 *
 * <p>Internal: the module does not export this package. Its public types are the assembly {@link
 * org.practitionersforum.core.internal.privacy.Privacy}, through which {@code ForumSdk} builds the
 * feature, and the extension point {@link org.practitionersforum.core.internal.privacy.ErasureStep}
 * with its {@link org.practitionersforum.core.internal.privacy.Erasure}, through which another
 * capability erases and exports what it holds about a person in the same units of work.
 */
package org.practitionersforum.core.internal.privacy;
