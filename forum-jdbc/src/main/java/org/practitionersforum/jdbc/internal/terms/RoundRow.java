package org.practitionersforum.jdbc.internal.terms;

import org.practitionersforum.api.terms.TermsStatus;

/**
 * One version's row as a unit of work read it along with a round ({@link
 * JdbcTermsStore#findAgreementRound}), at a version of the whole terms: what recording an agreement
 * to it checks, and the last ordinal of its agreements (0 without any).
 */
record RoundRow(
    long termsVersion, int number, String hash, int round, TermsStatus status, int lastOrdinal) {

  /**
   * The ordinal an agreement takes if the terms are still at this row's version: 0 if the row
   * refuses it (another hash or round, or a version neither open for agreement nor in force), -1 if
   * this row does not tell (another version of the terms, or another version number).
   */
  int nextOrdinal(long termsVersion, int number, String hash, int round) {
    if (termsVersion != this.termsVersion || number != this.number) {
      return -1;
    }
    boolean agreeable = status == TermsStatus.OPEN || status == TermsStatus.IN_FORCE;
    return agreeable && hash.equals(this.hash) && round == this.round ? lastOrdinal + 1 : 0;
  }
}
