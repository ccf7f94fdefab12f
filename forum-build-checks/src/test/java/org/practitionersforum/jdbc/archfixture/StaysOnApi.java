package org.practitionersforum.jdbc.archfixture;

/** Keeps the rule in forum-jdbc's packages: it depends on nothing of forum-core. */
public final class StaysOnApi {
  private StaysOnApi() {}

  /**
   * Uses only the JDK.
   *
   * @return a text
   */
  public static String call() {
    return "api";
  }
}
