package org.practitionersforum.jdbc.internal.terms;

import java.util.Optional;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.jdbc.internal.ReadSet;

/**
 * The terms one unit of work has read or written, by forum: whole ({@link TermsSnapshot}), or in
 * narrow reads made at the version the unit knows (the version in force, whether there is one, the
 * row of a round of agreement), and the forums found to have none. Public because the forum store
 * hands it the version of the terms it reads along with a forum ({@link #versionRead}).
 */
public final class TermsReadSet extends ReadSet<ForumId, TermsSnapshot> {
  /** The version in force, read without the rest of the terms. */
  static final Narrow<Optional<TermsVersion>> IN_FORCE = new Narrow<>("version in force");

  /** Whether a version is in force, read without the version itself. */
  static final Narrow<Boolean> HAS_IN_FORCE = new Narrow<>("whether a version is in force");

  /** The version row of the last round of agreement read. */
  static final Narrow<RoundRow> ROUND = new Narrow<>("round of agreement");

  /** Starts an empty read set, made by the unit of work on first use. */
  public TermsReadSet() {
    super("forum's terms of reference");
  }

  /**
   * Takes note of the version of a forum's terms read along with the forum (null without terms): a
   * forum without terms needs no further read of them in this unit of work. Ignored when the unit
   * has already read or written those terms, so the first read stays the one the unit's reads
   * repeat.
   *
   * @param forum the forum
   * @param version the version of its terms, or null if it has none
   */
  public void versionRead(ForumId forum, Long version) {
    if (versionKnown(forum) || isAbsent(forum) || snapshot(forum) != null) {
      return;
    }
    if (version == null) {
      markAbsent(forum);
    } else {
      seen(forum, version);
    }
  }
}
