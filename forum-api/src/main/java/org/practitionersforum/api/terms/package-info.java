/**
 * Terms of reference (TR-1 to TR-6): the {@link org.practitionersforum.api.terms.TermsContent} a
 * forum agrees, its {@link org.practitionersforum.api.terms.TermsVersion versions} with their
 * {@link org.practitionersforum.api.terms.ContentHash content hashes}, agreements and objections,
 * gathered in the {@link org.practitionersforum.api.terms.ForumTerms} aggregate, and the {@link
 * org.practitionersforum.api.terms.TermsService} that enforces the rules.
 */
package org.practitionersforum.api.terms;
