package org.practitionersforum.core.anonymisation;

import java.util.List;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.IdentifierType;

/**
 * Finds the people, organisations and places of the host's directory (AN-1): from a word, walks the
 * token trie of the {@link NameIndex} over the following words and keeps the longest form that
 * names an entity; a person's span takes in initials and a title before it. Immutable and
 * thread-safe.
 */
final class DirectoryDetector {
  private static final char[] FOLD = Fold.FOLD;

  private final NameIndex names;

  DirectoryDetector(NameIndex names) {
    this.names = names;
  }

  /**
   * Looks for a directory name starting with the word text[wordStart, wordEnd).
   *
   * @param wordHash the word's folded hash
   * @param hits where a finding is added
   * @return where the scan goes on (past the name and its possessive ending), or -1 if no name
   *     starts here
   */
  int find(char[] text, int wordStart, int wordEnd, long wordHash, List<Hit> hits) {
    if (names.isEmpty()) {
      return -1;
    }
    int token = names.token(text, wordStart, wordEnd, wordHash);
    if (token < 0) {
      return -1;
    }
    int node = names.child(0, token);
    if (node < 0) {
      return -1;
    }
    int n = text.length;
    int bestNode = -1;
    int bestEnd = -1;
    int depth = 1;
    int nodeEnd = wordEnd;
    while (true) {
      if (names.termEntity[node] >= 0
          && !(depth == 1
              && names.termNeedsCapital[node]
              && !Character.isUpperCase(text[wordStart]))) {
        bestNode = node;
        bestEnd = nodeEnd;
      }
      int p = nodeEnd;
      int separatorLimit = Math.min(n, nodeEnd + 3);
      while (p < separatorLimit && isNameSeparator(text[p])) {
        p++;
      }
      if (p == nodeEnd || p >= n || FOLD[text[p]] == 0) {
        break;
      }
      long nextHash = Fold.SEED;
      int q = p;
      while (q < n) {
        char f = FOLD[text[q]];
        if (f == 0) {
          break;
        }
        nextHash = Fold.mix(nextHash, f);
        q++;
      }
      int nextToken = names.token(text, p, q, nextHash);
      if (nextToken < 0) {
        break;
      }
      int next = names.child(node, nextToken);
      if (next < 0) {
        break;
      }
      node = next;
      nodeEnd = q;
      depth++;
    }
    if (bestNode < 0) {
      return -1;
    }
    int entity = names.termEntity[bestNode];
    IdentifierType type = names.entityTypes[entity];
    int start = type == IdentifierType.PERSON ? extendBack(text, wordStart) : wordStart;
    // The span ends with the name: a possessive "'s" stays in the text ("[PERSON-1]'s notes").
    Hit hit =
        new Hit(start, bestEnd, type, NameIndex.RULES[names.termKind[bestNode]], Confidence.HIGH);
    hit.entity = entity;
    hit.node = bestNode;
    hit.weak =
        start == wordStart
            && bestEnd == wordEnd
            && names.termNeedsCapital[bestNode]
            && atSentenceStart(text, wordStart);
    hits.add(hit);
    return possessive(text, bestEnd);
  }

  private static boolean isNameSeparator(char c) {
    return c == ' '
        || c == '-'
        || c == '.'
        || c == '\u00a0'
        || c == '\n'
        || c == '\t'
        || Fold.isApostrophe(c)
        || c == '\u2010'
        || c == '\u2011';
  }

  private static boolean atSentenceStart(char[] text, int p) {
    int q = p;
    while (q > 0) {
      char c = text[q - 1];
      if (c == ' ' || c == '"' || c == '\'' || c == '\u201c' || c == '\u2018' || c == '(') {
        q--;
      } else {
        return c == '.' || c == '!' || c == '?' || c == '\n' || c == ':' || c == '\r';
      }
    }
    return true;
  }

  /** Extends a person's match back over initials ("J. Smith") and a title ("Dr Smith"). */
  private static int extendBack(char[] text, int wordStart) {
    int start = wordStart;
    for (int round = 0; round < 2; round++) {
      int q = start;
      int separators = 0;
      while (q > 0 && separators < 2 && (text[q - 1] == ' ' || text[q - 1] == '.')) {
        q--;
        separators++;
      }
      if (separators > 0
          && q > 0
          && Character.isUpperCase(text[q - 1])
          && (q - 1 == 0 || FOLD[text[q - 2]] == 0)) {
        start = q - 1;
      } else {
        break;
      }
    }
    int q = start;
    int separators = 0;
    while (q > 0 && separators < 2 && (text[q - 1] == ' ' || text[q - 1] == '.')) {
      q--;
      separators++;
    }
    if (separators > 0) {
      int titleStart = q;
      while (titleStart > 0 && FOLD[text[titleStart - 1]] != 0) {
        titleStart--;
      }
      if (q - titleStart >= 2
          && q - titleStart <= 10
          && Character.isUpperCase(text[titleStart])
          && Keywords.TITLES.contains(ScanChars.folded(text, titleStart, q))) {
        start = titleStart;
      }
    }
    return start;
  }

  /** Returns where the scan goes on after a name: past its possessive ending, if any. */
  private static int possessive(char[] text, int end) {
    int n = text.length;
    if (end < n && Fold.isApostrophe(text[end])) {
      if (end + 1 < n
          && (text[end + 1] == 's' || text[end + 1] == 'S')
          && (end + 2 == n || FOLD[text[end + 2]] == 0)) {
        return end + 2;
      }
      if (end > 0
          && (text[end - 1] == 's' || text[end - 1] == 'S')
          && (end + 1 == n || FOLD[text[end + 1]] == 0)) {
        return end + 1;
      }
    }
    return end;
  }
}
