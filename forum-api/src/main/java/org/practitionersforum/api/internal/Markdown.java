package org.practitionersforum.api.internal;

/**
 * Writes people's text into the SDK's Markdown documents (regulator records, lesson digests) so
 * that it prints as written: every character Markdown could read as markup is escaped, so a line of
 * a practitioner's text cannot become a heading, a link, an image or HTML. Not part of the API.
 */
public final class Markdown {
  private static final String MARKUP = "\\`*_[]<>#|!~";

  private Markdown() {}

  /**
   * Escapes the characters Markdown would read as markup.
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (MARKUP.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
    }
    return b.toString();
  }
}
