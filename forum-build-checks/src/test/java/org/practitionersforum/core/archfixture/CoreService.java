package org.practitionersforum.core.archfixture;

/** Stands for a class of forum-core, in forum-core's packages. */
public final class CoreService {
  private CoreService() {}

  /**
   * Returns a name.
   *
   * @return the name
   */
  public static String name() {
    return "core";
  }
}
