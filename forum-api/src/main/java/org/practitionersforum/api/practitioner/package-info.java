/**
 * Practitioners and where they work: typed identifiers wrapping the host's own, open vocabularies
 * of disciplines and specialisms, and the {@link
 * org.practitionersforum.api.practitioner.PractitionerProfile} the formation rules use.
 */
package org.practitionersforum.api.practitioner;
