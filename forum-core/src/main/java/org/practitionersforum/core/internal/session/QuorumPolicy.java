package org.practitionersforum.core.internal.session;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.terms.TermsContent;

/**
 * TR-7: a session goes ahead only with the quorum its terms in force set, counting members present;
 * and its attendance names only current members, each once.
 */
final class QuorumPolicy {

  /**
   * Returns every reason the attendance does not let the session go ahead.
   *
   * @param terms the content of the terms in force
   * @param forum the forum
   * @param present the members said to be present
   * @param apologies the members said to have sent apologies
   * @return the violations; empty if the session may go ahead
   */
  List<Violation> check(
      TermsContent terms, Forum forum, Set<PractitionerId> present, Set<PractitionerId> apologies) {
    List<Violation> out = new ArrayList<>();
    boolean outsider =
        present.stream().anyMatch(p -> !forum.isMember(p))
            || apologies.stream().anyMatch(p -> !forum.isMember(p));
    boolean twice = present.stream().anyMatch(apologies::contains);
    if (outsider || twice) {
      out.add(
          Violation.of(
              ViolationCode.NOT_AN_ATTENDEE,
              "attendance names only current members of the forum, each either present or sending apologies"));
    }
    long members = present.stream().filter(forum::isMember).count();
    if (members < terms.quorum()) {
      out.add(
          Violation.of(
              ViolationCode.QUORUM_NOT_MET,
              "the terms in force set a quorum of "
                  + terms.quorum()
                  + " members present, but "
                  + members
                  + " were present"));
    }
    return out;
  }
}
