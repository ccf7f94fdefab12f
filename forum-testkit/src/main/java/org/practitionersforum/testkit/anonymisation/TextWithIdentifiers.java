package org.practitionersforum.testkit.anonymisation;

import java.util.List;

/**
 * A generated text and the identifiers injected into it, in text order.
 *
 * @param text the text
 * @param injected the identifiers injected, in text order
 */
public record TextWithIdentifiers(String text, List<InjectedIdentifier> injected) {
  /**
   * Creates the value.
   *
   * @param text the text
   * @param injected the identifiers, copied
   */
  public TextWithIdentifiers {
    injected = List.copyOf(injected);
  }

  /** Shows sizes only: the text is full of (fictional) identifiers. */
  @Override
  public String toString() {
    return "TextWithIdentifiers[length=" + text.length() + ", injected=" + injected.size() + "]";
  }
}
