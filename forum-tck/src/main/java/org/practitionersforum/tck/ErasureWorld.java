package org.practitionersforum.tck;

import java.util.List;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.session.SessionId;
import org.practitionersforum.api.terms.AgreementReceipt;
import org.practitionersforum.core.ForumSdk;

/**
 * The standard world of {@link ErasureContract} and the names of its parts: x is the practitioner
 * to erase, a a fellow member, y a practitioner whose line manager is x.
 */
record ErasureWorld(
    PrivacyWorld world,
    PractitionerId x,
    PractitionerId a,
    PractitionerId y,
    PersonId sponsor,
    ForumId active,
    ForumId closed,
    ForumId invited,
    ForumId sponsored,
    ForumId facilitated,
    SessionId session,
    List<AgreementReceipt> receipts) {

  ForumSdk sdk() {
    return world.sdk;
  }
}
