package org.practitionersforum.jdbc.archfixture;

import org.practitionersforum.core.archfixture.CoreService;

/** Breaks the rule in forum-jdbc's packages: it depends on a class in forum-core's. */
public final class ReachesIntoCore {
  private ReachesIntoCore() {}

  /**
   * Calls into core in its body only: any dependency counts, not just its signature.
   *
   * @return a text
   */
  public static String call() {
    return CoreService.name();
  }
}
