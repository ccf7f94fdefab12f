package org.practitionersforum.examples;

import java.io.PrintStream;

/**
 * The tour's two heading levels, so that every part of the account looks the same: a numbered
 * section ({@code == 3. Title ==}) and, within it, a part ({@code -- Title --}). Each heading
 * follows a blank line.
 */
final class Headings {

  private Headings() {}

  /**
   * Prints a numbered section heading.
   *
   * @param out where to print
   * @param number the section's number in the tour
   * @param title the section's title
   */
  static void section(PrintStream out, int number, String title) {
    out.println();
    out.println("== " + number + ". " + title + " ==");
  }

  /**
   * Prints the heading of a part within a section.
   *
   * @param out where to print
   * @param title the part's title
   */
  static void part(PrintStream out, String title) {
    out.println();
    out.println("-- " + title + " --");
  }
}
