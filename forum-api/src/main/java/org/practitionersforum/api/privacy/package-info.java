/**
 * Personal data on request (SEC-3): erasure of a practitioner's personal data, the subject access
 * export (UK GDPR Article 15), and retention periods per organisation, through {@link
 * org.practitionersforum.api.privacy.PrivacyService}.
 */
package org.practitionersforum.api.privacy;
