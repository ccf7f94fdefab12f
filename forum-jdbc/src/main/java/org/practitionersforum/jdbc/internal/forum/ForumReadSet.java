package org.practitionersforum.jdbc.internal.forum;

import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.jdbc.internal.ReadSet;

/** The forums one unit of work has read or written, whole or current, and their versions. */
final class ForumReadSet extends ReadSet<ForumId, ForumSnapshot> {
  ForumReadSet() {
    super("forum");
  }
}
