/**
 * CPD (CPD-2): members' private reflective notes, their service and their part in erasure and
 * subject access. {@link org.practitionersforum.core.internal.cpd.Cpd} is the only public type.
 */
package org.practitionersforum.core.internal.cpd;
