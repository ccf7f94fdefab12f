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
   * Escapes the characters Markdown would read as markup, and what would start a block at the
   * beginning of a line: a list item ({@code -}, {@code +}, {@code 1.} or {@code 1)}), a setext
   * heading or rule ({@code =}, {@code -}) and an indented code block (the indentation is dropped).
   *
   * @param text the text
   * @return the escaped text
   */
  public static String escape(String text) {
    StringBuilder b = new StringBuilder(text.length() + 8);
    boolean lineStart = true;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (lineStart) {
        if (c == ' ' || c == '\t') {
          continue;
        }
        lineStart = false;
        if (c == '-' || c == '+' || c == '=') {
          b.append('\\').append(c);
          continue;
        }
        int digits = i;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
          digits++;
        }
        if (digits > i
            && digits < text.length()
            && (text.charAt(digits) == '.' || text.charAt(digits) == ')')) {
          b.append(text, i, digits).append('\\').append(text.charAt(digits));
          i = digits;
          continue;
        }
      }
      if (MARKUP.indexOf(c) >= 0) {
        b.append('\\');
      }
      b.append(c);
      if (c == '\n' || c == '\r') {
        lineStart = true;
      }
    }
    return b.toString();
  }
}
