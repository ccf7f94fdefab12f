package org.practitionersforum.core.internal.terms;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.spi.ForumParties;
import org.practitionersforum.api.terms.PartyRole;

/**
 * TR-2: the parties concerned by a forum's terms, computed from the forum and never typed in: every
 * current member, the facilitator while facilitation is ongoing, and the sponsoring manager. A
 * person holding two roles is one party, in the first role listed.
 */
final class Parties {
  private Parties() {}

  /**
   * Returns the parties concerned now.
   *
   * @param forum the forum
   * @return each party and their role, members first in order of joining; unmodifiable
   */
  static Map<PersonId, PartyRole> of(Forum forum) {
    return of(ForumParties.of(forum));
  }

  /**
   * Returns the parties concerned now, from a narrow read of the forum.
   *
   * @param forum who the forum's parties are
   * @return each party and their role, members first in order of joining; unmodifiable
   */
  static Map<PersonId, PartyRole> of(ForumParties forum) {
    Map<PersonId, PartyRole> out = new LinkedHashMap<>();
    for (PractitionerId m : forum.members()) {
      out.putIfAbsent(m.asPerson(), PartyRole.MEMBER);
    }
    forum.facilitator().ifPresent(f -> out.putIfAbsent(f, PartyRole.FACILITATOR));
    forum.sponsor().ifPresent(s -> out.putIfAbsent(s, PartyRole.SPONSOR));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Tells whether the party set is complete enough for terms to be agreed: at least one member and
   * a sponsoring manager.
   *
   * @param forum the forum
   * @return true if complete
   */
  static boolean complete(Forum forum) {
    return complete(ForumParties.of(forum));
  }

  /**
   * Tells whether the party set is complete enough for terms to be agreed, from a narrow read of
   * the forum: at least one member and a sponsoring manager.
   *
   * @param forum who the forum's parties are
   * @return true if complete
   */
  static boolean complete(ForumParties forum) {
    return !forum.members().isEmpty() && forum.sponsor().isPresent();
  }
}
