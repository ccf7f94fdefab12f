package org.practitionersforum.core.anonymisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.DirectoryEntry;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.NameDirectory;

/**
 * The directory compiled for scanning: a hash table from folded words to token ids, and a trie over
 * token sequences whose terminal nodes name the entities. Immutable after construction.
 */
final class NameIndex {
  /** Kinds of form, most specific first; the lower value wins when two forms share a node. */
  static final byte FULL = 0;

  static final byte GIVEN_SURNAME = 1;
  static final byte ALIAS = 2;
  static final byte SURNAME = 3;
  static final byte FIRST = 4;

  static final String[] RULES = {
    "directory.full-name",
    "directory.given-and-surname",
    "directory.alias",
    "directory.surname",
    "directory.first-name"
  };

  // token table: open addressing on 64-bit hashes
  /**
   * Two longs per slot, side by side so a probe touches one cache line: the token's folded hash (0
   * for an empty slot), then its id (high half) and its offset in {@link #tokenPool} (low half).
   */
  private final long[] tokenSlots;

  private final int tokenMask;
  private final int tokenCount;

  /** Every token's folded chars, each preceded by its length, in one array. */
  private final char[] tokenPool;

  /**
   * A blocked Bloom filter over the token hashes: each token sets three bits in one 64-bit word, so
   * a lookup is one load and one mask test. Sized at 8 to 16 bits per token (between 4 KB and 1
   * MB), which keeps false positives near 2% and a small directory's filter in the L1 cache.
   */
  private final long[] filter;

  private final int filterMask;

  // trie transitions: key = node << 32 | token
  private final long[] edgeKeys;
  private final int[] edgeChild;
  private final int edgeMask;

  // terminals per node
  final int[] termEntity; // -1 if none
  final byte[] termKind;
  final boolean[] termNeedsCapital;
  final Map<Integer, int[]> ambiguous;

  // entities
  final String[] entityIds;
  final IdentifierType[] entityTypes;
  final String[] entityRegions;

  private NameIndex(Builder b) {
    int tn = b.tokenIndex.size();
    int tcap = Integer.highestOneBit(Math.max(4, tn * 2 - 1)) << 1;
    tokenSlots = new long[2 * tcap];
    tokenMask = tcap - 1;
    tokenCount = tn;
    int poolSize = 0;
    for (String token : b.tokenIndex.keySet()) {
      poolSize += 1 + token.length();
    }
    tokenPool = new char[poolSize];
    int filterBits =
        Math.max(1 << 15, Math.min(1 << 23, Integer.highestOneBit(Math.max(1, tn)) << 4));
    filter = new long[filterBits / 64];
    filterMask = filter.length - 1;
    int offset = 0;
    for (Map.Entry<String, Integer> e : b.tokenIndex.entrySet()) {
      String token = e.getKey();
      if (token.length() > Character.MAX_VALUE) {
        throw new InvalidInputException("AN-1: a directory name has a word too long to index");
      }
      tokenPool[offset] = (char) token.length();
      token.getChars(0, token.length(), tokenPool, offset + 1);
      long h = Fold.hash(token);
      int i = spread(h) & tokenMask;
      while (tokenSlots[2 * i] != 0) {
        i = (i + 1) & tokenMask;
      }
      tokenSlots[2 * i] = h;
      tokenSlots[2 * i + 1] = ((long) e.getValue() << 32) | offset;
      offset += 1 + token.length();
      long m = fmix(h);
      filter[filterWord(m)] |= filterBits(m);
    }
    int en = b.edgeCount;
    int ecap = Integer.highestOneBit(Math.max(4, en * 2 - 1)) << 1;
    edgeKeys = new long[ecap];
    edgeChild = new int[ecap];
    edgeMask = ecap - 1;
    Arrays.fill(edgeKeys, -1L);
    for (int k = 0; k < en; k++) {
      long key = b.edgeKeyList[k];
      int i = spread(key) & edgeMask;
      while (edgeKeys[i] != -1L) {
        i = (i + 1) & edgeMask;
      }
      edgeKeys[i] = key;
      edgeChild[i] = b.edgeChildList[k];
    }
    int nodes = b.nodeCount;
    termEntity = Arrays.copyOf(b.termEntity, nodes);
    termKind = Arrays.copyOf(b.termKind, nodes);
    termNeedsCapital = Arrays.copyOf(b.termNeedsCapital, nodes);
    ambiguous = new HashMap<>();
    for (Map.Entry<Integer, Set<Integer>> e : b.ambiguous.entrySet()) {
      if (e.getValue().size() > 1) {
        ambiguous.put(e.getKey(), e.getValue().stream().mapToInt(Integer::intValue).toArray());
      }
    }
    entityIds = b.entityIds.toArray(new String[0]);
    entityTypes = b.entityTypes.toArray(new IdentifierType[0]);
    entityRegions = b.entityRegions.toArray(new String[0]);
  }

  private int filterWord(long m) {
    return (int) (m >>> 40) & filterMask;
  }

  private static long filterBits(long m) {
    return (1L << m) | (1L << (m >>> 6)) | (1L << (m >>> 12));
  }

  /** The MurmurHash3 64-bit finaliser. */
  static long fmix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  static int spread(long h) {
    return (int) fmix(h);
  }

  boolean isEmpty() {
    return tokenCount == 0;
  }

  int entityCount() {
    return entityIds.length;
  }

  /**
   * Looks up the word text[start, end) whose folded hash is {@code h}.
   *
   * @return the token id, or -1
   */
  int token(char[] text, int start, int end, long h) {
    if (!mayContain(h)) {
      return -1;
    }
    if (h == 0) {
      h = 1;
    }
    int i = (int) fmix(h) & tokenMask;
    while (true) {
      long k = tokenSlots[2 * i];
      if (k == 0) {
        return -1;
      }
      if (k == h) {
        long meta = tokenSlots[2 * i + 1];
        if (equalsFolded((int) meta, text, start, end)) {
          return (int) (meta >>> 32);
        }
      }
      i = (i + 1) & tokenMask;
    }
  }

  /**
   * Tells whether the word whose folded hash is {@code h} may be a token of the directory: false
   * means it certainly is not. One load and a mask test in the Bloom filter.
   */
  boolean mayContain(long h) {
    long m = fmix(h == 0 ? 1 : h);
    long bits = filterBits(m);
    return (filter[filterWord(m)] & bits) == bits;
  }

  private boolean equalsFolded(int offset, char[] text, int start, int end) {
    char[] pool = tokenPool;
    int len = pool[offset];
    if (len != end - start) {
      return false;
    }
    for (int j = 0; j < len; j++) {
      if (Fold.FOLD[text[start + j]] != pool[offset + 1 + j]) {
        return false;
      }
    }
    return true;
  }

  /** Returns the child of {@code node} on {@code token}, or -1. */
  int child(int node, int token) {
    long key = ((long) node << 32) | token;
    int i = spread(key) & edgeMask;
    while (true) {
      long k = edgeKeys[i];
      if (k == -1L) {
        return -1;
      }
      if (k == key) {
        return edgeChild[i];
      }
      i = (i + 1) & edgeMask;
    }
  }

  static NameIndex build(NameDirectory directory, boolean firstNameAlone) {
    Builder b = new Builder();
    Iterable<DirectoryEntry> entries = directory.entries();
    if (entries == null) {
      throw new InvalidInputException("AN-1: the name directory returned no entry list");
    }
    for (DirectoryEntry e : entries) {
      if (e == null) {
        throw new InvalidInputException("AN-1: the name directory returned a missing entry");
      }
      b.add(e, firstNameAlone);
    }
    return new NameIndex(b);
  }

  private static final class Builder {
    final Map<String, Integer> tokenIndex = new HashMap<>();
    long[] edgeKeyList = new long[1024];
    int[] edgeChildList = new int[1024];
    int edgeCount;
    final Map<Long, Integer> edges = new HashMap<>();
    int nodeCount = 1;
    int[] termEntity = filled(1024);
    byte[] termKind = new byte[1024];
    boolean[] termNeedsCapital = new boolean[1024];
    final Map<Integer, Set<Integer>> ambiguous = new HashMap<>();
    final Map<String, Integer> entityById = new HashMap<>();
    final List<String> entityIds = new ArrayList<>();
    final List<IdentifierType> entityTypes = new ArrayList<>();
    final List<String> entityRegions = new ArrayList<>();

    static int[] filled(int n) {
      int[] a = new int[n];
      Arrays.fill(a, -1);
      return a;
    }

    void add(DirectoryEntry e, boolean firstNameAlone) {
      Integer entity = entityById.get(e.id());
      if (entity == null) {
        entity = entityIds.size();
        entityById.put(e.id(), entity);
        entityIds.add(e.id());
        entityTypes.add(e.type());
        entityRegions.add(e.region().orElse(null));
      } else if (entityTypes.get(entity) != e.type()) {
        throw new InvalidInputException(
            "AN-1: two directory entries share an id but are of different types");
      } else if (entityRegions.get(entity) == null && e.region().isPresent()) {
        entityRegions.set(entity, e.region().get());
      }
      int id = entity;
      if (e.type() == IdentifierType.PERSON) {
        List<String> nameWords = words(e.name());
        List<String> given = new ArrayList<>();
        e.givenNames().forEach(g -> given.addAll(words(g)));
        List<String> surname;
        if (e.surname().isPresent()) {
          surname = words(e.surname().get());
        } else {
          // The last word as written ("O'Brien"), which may fold to several tokens.
          String written = e.name().strip();
          int cut = written.length();
          while (cut > 0 && !Character.isWhitespace(written.charAt(cut - 1))) {
            cut--;
          }
          String last = written.substring(cut);
          surname =
              Fold.fold(last).isEmpty()
                  ? List.of(nameWords.get(nameWords.size() - 1))
                  : words(last);
          if (given.isEmpty() && !Fold.fold(written.substring(0, cut)).isEmpty()) {
            given.addAll(words(written.substring(0, cut)));
          }
        }
        insert(nameWords, id, FULL);
        if (!given.isEmpty()) {
          insert(concat(given, surname), id, FULL);
          insert(concat(given.subList(0, 1), surname), id, GIVEN_SURNAME);
          if (firstNameAlone) {
            insert(given.subList(0, 1), id, FIRST);
          }
        }
        insert(surname, id, SURNAME);
      } else {
        insert(words(e.name()), id, FULL);
      }
      for (String alias : e.aliases()) {
        insert(words(alias), id, ALIAS);
      }
    }

    static List<String> concat(List<String> a, List<String> b) {
      List<String> out = new ArrayList<>(a.size() + b.size());
      out.addAll(a);
      out.addAll(b);
      return out;
    }

    static List<String> words(String s) {
      String folded = Fold.fold(s);
      if (folded.isEmpty()) {
        throw new InvalidInputException("AN-1: a directory name has no letter or digit");
      }
      return Arrays.asList(folded.split(" "));
    }

    void insert(List<String> words, int entity, byte kind) {
      int node = 0;
      for (String w : words) {
        Integer t = tokenIndex.get(w);
        if (t == null) {
          t = tokenIndex.size();
          tokenIndex.put(w, t);
        }
        long key = ((long) node << 32) | t;
        Integer child = edges.get(key);
        if (child == null) {
          child = nodeCount++;
          ensureNodes(nodeCount);
          edges.put(key, child);
          if (edgeCount == edgeKeyList.length) {
            edgeKeyList = Arrays.copyOf(edgeKeyList, edgeCount * 2);
            edgeChildList = Arrays.copyOf(edgeChildList, edgeCount * 2);
          }
          edgeKeyList[edgeCount] = key;
          edgeChildList[edgeCount] = child;
          edgeCount++;
        }
        node = child;
      }
      boolean needsCapital = words.size() == 1 && CommonWords.contains(words.get(0));
      int existing = termEntity[node];
      if (existing < 0) {
        termEntity[node] = entity;
        termKind[node] = kind;
        termNeedsCapital[node] = needsCapital;
      } else {
        if (existing != entity) {
          Set<Integer> set = ambiguous.computeIfAbsent(node, k -> new LinkedHashSet<>());
          set.add(existing);
          set.add(entity);
        }
        if (kind < termKind[node]) {
          termKind[node] = kind;
        }
      }
    }

    void ensureNodes(int n) {
      if (n > termEntity.length) {
        int cap = termEntity.length * 2;
        int old = termEntity.length;
        termEntity = Arrays.copyOf(termEntity, cap);
        Arrays.fill(termEntity, old, cap, -1);
        termKind = Arrays.copyOf(termKind, cap);
        termNeedsCapital = Arrays.copyOf(termNeedsCapital, cap);
      }
    }
  }
}
