/**
 * Continuing professional development (CPD-1, CPD-2): a member's private reflective notes on the
 * sessions they attended, theirs alone, exportable by them only and anonymised first if they
 * choose.
 */
package org.practitionersforum.api.cpd;
