package org.practitionersforum.core.anonymisation;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.practitionersforum.api.ForumException;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.AnonymisationReport;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Confidence;
import org.practitionersforum.api.anonymisation.DateGranularity;
import org.practitionersforum.api.anonymisation.Finding;
import org.practitionersforum.api.anonymisation.IdentifierType;
import org.practitionersforum.api.anonymisation.Operator;
import org.practitionersforum.api.anonymisation.Review;
import org.practitionersforum.api.internal.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The anonymiser: scan, resolve overlaps, apply operators. Immutable and thread-safe. */
final class Engine implements Anonymiser {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private static final String[] MONTH_NAMES = {
    "", "January", "February", "March", "April", "May", "June", "July", "August", "September",
    "October", "November", "December"
  };

  /**
   * Validated and directory findings before heuristic ones (which only fill the gaps, so a guess
   * never swallows a known name); then longest first, then most confident, then earliest, then
   * by type: a total, stable order.
   */
  private static final Comparator<Hit> PRIORITY =
      Comparator.comparingInt((Hit h) -> h.confidence == Confidence.LOW ? 1 : 0)
          .thenComparingInt((Hit h) -> -h.length())
          .thenComparing((Hit h) -> h.confidence, Comparator.reverseOrder())
          .thenComparingInt(h -> h.start)
          .thenComparingInt(h -> h.type.ordinal());

  private final NameIndex names;
  private final TextScan scan;
  private final AnonymiserSettings settings;
  private final byte[] key;

  Engine(NameIndex names, CaseReferences caseReferences, AnonymiserSettings settings) {
    this.names = names;
    this.settings = settings;
    this.scan = new TextScan(names, settings.nameHeuristics(), caseReferences);
    this.key = settings.pseudonymKey().orElse(null);
  }

  @Override
  public Anonymised anonymise(CharSequence text) {
    Checks.notNull(text, "text");
    String s = text.toString();
    List<Hit> accepted = dropUnsupportedWeakHits(resolve(scan.scan(s)));
    Anonymised result = render(s, accepted, List.of());
    if (LOG.isDebugEnabled()) {
      LOG.debug("anonymised a text of {} chars: {} findings, {} for review",
          s.length(), result.report().findings().size(), result.report().needsReview().size());
    }
    return result;
  }

  @Override
  public List<Anonymised> anonymiseAll(List<? extends CharSequence> texts) {
    return anonymiseAll(texts, ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors());
  }

  @Override
  public List<Anonymised> anonymiseAll(
      List<? extends CharSequence> texts, Executor executor, int parallelism) {
    Checks.noNulls(texts, "texts");
    Checks.notNull(executor, "executor");
    if (parallelism < 1) {
      throw new InvalidInputException("parallelism must be at least 1");
    }
    List<CharSequence> docs = List.copyOf(texts);
    Anonymised[] out = new Anonymised[docs.size()];
    AtomicInteger next = new AtomicInteger();
    Runnable work = () -> {
      int i;
      while ((i = next.getAndIncrement()) < out.length) {
        out[i] = anonymise(docs.get(i));
      }
    };
    int helpers = Math.min(parallelism - 1, Math.max(0, docs.size() - 1));
    List<AtomicBoolean> claims = new ArrayList<>();
    List<CompletableFuture<Void>> futures = new ArrayList<>();
    for (int h = 0; h < helpers; h++) {
      AtomicBoolean claimed = new AtomicBoolean();
      try {
        futures.add(CompletableFuture.runAsync(() -> {
          if (claimed.compareAndSet(false, true)) {
            work.run();
          }
        }, executor));
        claims.add(claimed);
      } catch (RejectedExecutionException e) {
        break;
      }
    }
    work.run();
    for (int h = 0; h < futures.size(); h++) {
      // A helper that never started is not waited for: the caller did its share.
      if (claims.get(h).compareAndSet(false, true)) {
        continue;
      }
      try {
        futures.get(h).get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new java.util.concurrent.CancellationException(
            "the batch was interrupted before every document was anonymised");
      } catch (ExecutionException e) {
        if (e.getCause() instanceof ForumException fe) {
          throw fe;
        }
        throw new IllegalStateException("a batch worker failed", e.getCause());
      }
    }
    LOG.debug("anonymised a batch of {} texts", out.length);
    return Arrays.asList(out);
  }

  @Override
  public Anonymised reapply(CharSequence original, AnonymisationReport report, Review review) {
    Checks.notNull(original, "original text");
    Checks.notNull(report, "report");
    Checks.notNull(review, "review");
    String s = original.toString();
    if (s.length() != report.sourceLength()) {
      throw new InvalidInputException(
          "AN-3: the text given is not the one the report was made from");
    }
    for (Finding r : review.rejections()) {
      if (report.findings().stream().noneMatch(f -> f.sameSpan(r))) {
        throw new InvalidInputException("AN-3: a rejected finding is not in the report");
      }
    }
    List<Hit> scanned = scan.scan(s);
    Map<Long, Hit> detected = new HashMap<>();
    // Resolved hits first: a finding widened over a losing hit has no scanned hit of its span.
    for (Hit h : resolve(scanned)) {
      detected.putIfAbsent(spanKey(h.start, h.end, h.type), h);
    }
    for (Hit h : scanned) {
      detected.putIfAbsent(spanKey(h.start, h.end, h.type), h);
    }
    List<Hit> additions = new ArrayList<>();
    for (Review.Addition a : review.additions()) {
      if (a.end() > s.length()) {
        throw new InvalidInputException("AN-3: a reviewer's span lies outside the text");
      }
      Hit h = new Hit(a.start(), a.end(), a.type(), "reviewer", Confidence.HIGH);
      Hit known = detected.get(spanKey(a.start(), a.end(), a.type()));
      if (known != null) {
        h.copyDetailsFrom(known);
      } else {
        h.key = Fold.fold(s.substring(a.start(), a.end()));
      }
      additions.add(h);
    }
    List<Hit> kept = new ArrayList<>(additions);
    TreeMap<Integer, Integer> taken = new TreeMap<>();
    for (Hit h : additions) {
      if (overlaps(taken, h)) {
        throw new InvalidInputException("AN-3: a reviewer's added spans overlap each other");
      }
      taken.put(h.start, h.end);
    }
    List<Finding> rejected = new ArrayList<>(report.rejected());
    for (Finding f : report.findings()) {
      if (review.rejections().stream().anyMatch(f::sameSpan)) {
        rejected.add(f);
        continue;
      }
      Hit h = new Hit(f.start(), f.end(), f.type(), f.rule(), f.confidence());
      Hit known = detected.get(spanKey(f.start(), f.end(), f.type()));
      if (known != null) {
        h.copyDetailsFrom(known);
      } else {
        h.key = Fold.fold(s.substring(f.start(), f.end()));
      }
      if (!overlaps(taken, h)) {
        taken.put(h.start, h.end);
        kept.add(h);
      }
    }
    kept.sort(Comparator.comparingInt(h -> h.start));
    Anonymised result = render(s, kept, rejected);
    LOG.debug("re-applied a review: {} added, {} rejected", additions.size(),
        review.rejections().size());
    return result;
  }

  private static long spanKey(int start, int end, IdentifierType type) {
    return ((long) start << 32) ^ ((long) end << 5) ^ type.ordinal();
  }

  private static boolean overlaps(TreeMap<Integer, Integer> taken, Hit h) {
    Map.Entry<Integer, Integer> before = taken.floorEntry(h.start);
    if (before != null && before.getValue() > h.start) {
      return true;
    }
    Map.Entry<Integer, Integer> after = taken.ceilingEntry(h.start);
    return after != null && after.getKey() < h.end;
  }

  /**
   * Drops one-word, common-word names at the start of a sentence unless the document names the
   * same entity (or one sharing the name) elsewhere in a stronger form.
   */
  private List<Hit> dropUnsupportedWeakHits(List<Hit> hits) {
    boolean anyWeak = false;
    for (Hit h : hits) {
      anyWeak |= h.weak;
    }
    if (!anyWeak) {
      return hits;
    }
    java.util.Set<Integer> named = new java.util.HashSet<>();
    for (Hit h : hits) {
      if (h.entity >= 0 && !h.weak) {
        named.add(h.entity);
      }
    }
    List<Hit> kept = new ArrayList<>(hits.size());
    for (Hit h : hits) {
      if (!h.weak || supported(h, named)) {
        kept.add(h);
      }
    }
    return kept;
  }

  private boolean supported(Hit h, java.util.Set<Integer> named) {
    if (named.contains(h.entity)) {
      return true;
    }
    int[] candidates = h.node >= 0 ? names.ambiguous.get(h.node) : null;
    if (candidates != null) {
      for (int c : candidates) {
        if (named.contains(c)) {
          return true;
        }
      }
    }
    return false;
  }

  private static final Comparator<Hit> BY_START = Comparator.comparingInt(h -> h.start);

  /**
   * Keeps a non-overlapping set of hits: longest first, then most confident (deterministic).
   * Hits are sorted by start (detectors emit them nearly in order) and split into clusters of
   * overlapping spans; only a cluster of two or more needs the priority order, and spans in
   * different clusters never compete, so the result is the same as one greedy pass over all hits
   * in priority order. A losing hit the winners do not cover, unless it is a low-confidence
   * guess, widens the strongest winner over it ({@link #widenOver}).
   */
  static List<Hit> resolve(List<Hit> hits) {
    int n = hits.size();
    if (n < 2) {
      return hits;
    }
    boolean sorted = true;
    for (int i = 1; i < n && sorted; i++) {
      sorted = hits.get(i - 1).start <= hits.get(i).start;
    }
    List<Hit> byStart = hits;
    if (!sorted) {
      byStart = new ArrayList<>(hits);
      byStart.sort(BY_START);
    }
    boolean disjoint = true;
    for (int i = 1; i < n && disjoint; i++) {
      disjoint = byStart.get(i - 1).end <= byStart.get(i).start;
    }
    if (disjoint) {
      return byStart;
    }
    List<Hit> kept = new ArrayList<>(n);
    int i = 0;
    while (i < n) {
      int j = i + 1;
      int clusterEnd = byStart.get(i).end;
      while (j < n && byStart.get(j).start < clusterEnd) {
        clusterEnd = Math.max(clusterEnd, byStart.get(j).end);
        j++;
      }
      if (j == i + 1) {
        kept.add(byStart.get(i));
      } else {
        resolveCluster(byStart.subList(i, j), kept);
      }
      i = j;
    }
    return kept;
  }

  private static void resolveCluster(List<Hit> cluster, List<Hit> kept) {
    List<Hit> byPriority = new ArrayList<>(cluster);
    byPriority.sort(PRIORITY);
    List<Hit> chosen = new ArrayList<>(cluster.size());
    List<Hit> losers = new ArrayList<>();
    for (Hit h : byPriority) {
      boolean free = true;
      for (Hit c : chosen) {
        if (c.start < h.end && h.start < c.end) {
          free = false;
          break;
        }
      }
      (free ? chosen : losers).add(h);
    }
    for (Hit loser : losers) {
      if (loser.confidence != Confidence.LOW) {
        widenOver(loser, chosen);
      }
    }
    chosen.sort(BY_START);
    kept.addAll(chosen);
  }

  /**
   * A losing hit that is more than a guess must not leave part of itself in the text: an NI
   * number whose last letter a name's initials took ("AB 12 34 56 C. D Smith") would otherwise
   * leave its digits. When the winners overlapping it do not cover it, the strongest of them
   * widens over it and over the other winners overlapping it; the widened hit keeps that winner's
   * type, rule and identity, so its placeholder is the one the entity has elsewhere. A weak winner
   * does not count as covering, since it may be dropped later.
   *
   * @param loser the hit that lost to overlapping winners
   * @param chosen the winners, strongest first; updated in place
   */
  private static void widenOver(Hit loser, List<Hit> chosen) {
    List<Hit> over = new ArrayList<>(2);
    for (Hit c : chosen) {
      if (c.start < loser.end && loser.start < c.end) {
        over.add(c);
      }
    }
    List<Hit> spans = new ArrayList<>(over);
    spans.sort(BY_START);
    int covered = loser.start;
    for (Hit c : spans) {
      if (c.weak || c.start > covered) {
        break;
      }
      covered = Math.max(covered, c.end);
    }
    if (covered >= loser.end) {
      return;
    }
    int start = loser.start;
    int end = loser.end;
    for (Hit c : over) {
      start = Math.min(start, c.start);
      end = Math.max(end, c.end);
    }
    Hit strongest = over.get(0);
    Hit widened = new Hit(start, end, strongest.type, strongest.rule, strongest.confidence);
    widened.copyDetailsFrom(strongest);
    // The detail offsets describe the narrower span; a generalised rendering must not use them.
    widened.clearSpanDetails();
    int at = chosen.indexOf(strongest);
    chosen.removeAll(over);
    // The winners are disjoint, so the widened span meets no winner it did not absorb.
    chosen.add(at, widened);
  }

  private Anonymised render(String s, List<Hit> hits, List<Finding> rejected) {
    StringBuilder out = new StringBuilder(s.length() + 16 * hits.size());
    List<Finding> findings = new ArrayList<>(hits.size());
    Map<String, Integer> numbers = new HashMap<>();
    int[] perType = new int[IdentifierType.values().length];
    Map<Integer, Integer> seenEntities = new HashMap<>();
    Set<Integer> namedClearly = new HashSet<>();
    for (Hit h : hits) {
      if (h.entity >= 0 && (h.node < 0 || names.ambiguous.get(h.node) == null)) {
        namedClearly.add(h.entity);
      }
    }
    Map<Integer, Integer> entityNumbers = new HashMap<>();
    Mac mac = null;
    int last = 0;
    for (Hit h : hits) {
      out.append(s, last, h.start);
      Object numberKey;
      if (h.entity >= 0) {
        int entity = chooseEntity(h, seenEntities, namedClearly);
        seenEntities.put(entity, findings.size());
        h.entity = entity;
        numberKey = entity;
      } else {
        String k = h.key != null ? h.key : Fold.fold(s.substring(h.start, h.end));
        numberKey = h.type.name() + ":" + k;
      }
      Operator op = settings.operator(h.type);
      String replacement;
      switch (op) {
        case REDACT -> replacement = "[REDACTED]";
        case MASK -> replacement = mask(s, h.start, h.end);
        case PSEUDONYM -> {
          if (mac == null) {
            mac = newMac();
          }
          String basis = h.entity >= 0
              ? "directory:" + names.entityIds[h.entity] : (String) numberKey;
          replacement = pseudonym(mac, h.type, basis);
        }
        case GENERALISE -> {
          replacement = generalise(s, h);
          if (replacement == null) {
            op = Operator.PLACEHOLDER;
            replacement = placeholder(h, numberKey, entityNumbers, numbers, perType);
          }
        }
        default -> replacement = placeholder(h, numberKey, entityNumbers, numbers, perType);
      }
      int outStart = out.length();
      out.append(replacement);
      findings.add(new Finding(h.start, h.end, outStart, out.length(), h.type, h.rule,
          h.confidence, op, replacement));
      last = h.end;
    }
    out.append(s, last, s.length());
    return new Anonymised(out.toString(), new AnonymisationReport(s.length(), findings, rejected));
  }

  /**
   * A name shared by several entries means the one named most recently before it; else one the
   * document names unambiguously elsewhere (an initialism used before the full name); else the
   * first in directory order.
   */
  private int chooseEntity(Hit h, Map<Integer, Integer> seen, Set<Integer> namedClearly) {
    if (h.node >= 0) {
      int[] candidates = names.ambiguous.get(h.node);
      if (candidates != null) {
        int best = -1;
        int bestAt = -1;
        for (int c : candidates) {
          Integer at = seen.get(c);
          if (at != null && at > bestAt) {
            best = c;
            bestAt = at;
          }
        }
        if (best >= 0) {
          return best;
        }
        for (int c : candidates) {
          if (namedClearly.contains(c)) {
            return c;
          }
        }
        return h.entity;
      }
    }
    return h.entity;
  }

  private static String placeholder(Hit h, Object numberKey, Map<Integer, Integer> entityNumbers,
      Map<String, Integer> numbers, int[] perType) {
    int t = h.type.ordinal();
    Integer n = h.entity >= 0 ? entityNumbers.get(h.entity) : numbers.get((String) numberKey);
    if (n == null) {
      n = ++perType[t];
      if (h.entity >= 0) {
        entityNumbers.put(h.entity, n);
      } else {
        numbers.put((String) numberKey, n);
      }
    }
    return n < PLACEHOLDERS[t].length ? PLACEHOLDERS[t][n] : placeholderText(h.type, n);
  }

  /** The first placeholders of each type, made once: most documents need no others. */
  private static final String[][] PLACEHOLDERS = new String[IdentifierType.values().length][];

  static {
    for (IdentifierType type : IdentifierType.values()) {
      String[] row = new String[64];
      for (int n = 1; n < row.length; n++) {
        row[n] = placeholderText(type, n);
      }
      PLACEHOLDERS[type.ordinal()] = row;
    }
  }

  private static String placeholderText(IdentifierType type, int n) {
    return "[" + type.label() + "-" + n + "]";
  }

  private static String mask(String s, int start, int end) {
    char[] c = new char[end - start];
    for (int i = start; i < end; i++) {
      c[i - start] = Fold.isWord(s.charAt(i)) ? '*' : s.charAt(i);
    }
    return new String(c);
  }

  private Mac newMac() {
    try {
      Mac m = Mac.getInstance("HmacSHA256");
      m.init(new SecretKeySpec(key, "HmacSHA256"));
      return m;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is not available on this Java runtime", e);
    }
  }

  private static String pseudonym(Mac mac, IdentifierType type, String basis) {
    byte[] digest = mac.doFinal(basis.getBytes(StandardCharsets.UTF_8));
    StringBuilder b = new StringBuilder(type.label().length() + 16);
    b.append('[').append(type.label()).append('-');
    for (int i = 0; i < 6; i++) {
      b.append(Character.forDigit((digest[i] >> 4) & 0xf, 16));
      b.append(Character.forDigit(digest[i] & 0xf, 16));
    }
    return b.append(']').toString();
  }

  private String generalise(String s, Hit h) {
    switch (h.type) {
      case DATE -> {
        if (h.month < 1 || h.month > 12) {
          return null;
        }
        String year = h.year > 0 ? " " + h.year : "";
        if (settings.dateGranularity() == DateGranularity.QUARTER) {
          return "Q" + ((h.month - 1) / 3 + 1) + year;
        }
        return MONTH_NAMES[h.month] + year;
      }
      case AGE -> {
        if (h.ageDigitsEnd <= h.ageDigitsStart) {
          return null;
        }
        return s.substring(h.start, h.ageDigitsStart) + ageBand(h.age)
            + s.substring(h.ageDigitsEnd, h.end);
      }
      case PLACE -> {
        return h.entity >= 0 ? names.entityRegions[h.entity] : null;
      }
      case POSTCODE -> {
        return h.outwardEnd > h.start
            ? s.substring(h.start, h.outwardEnd).toUpperCase(java.util.Locale.ROOT)
            : null;
      }
      default -> {
        return null;
      }
    }
  }

  /** Shows the size of the index only. */
  @Override
  public String toString() {
    return "Anonymiser[directoryEntries=" + names.entityCount() + ", settings=" + settings + "]";
  }

  static String ageBand(int age) {
    if (age < 18) {
      return "under 18";
    }
    if (age < 30) {
      return "18-29";
    }
    if (age >= 90) {
      return "90+";
    }
    int low = age / 10 * 10;
    return low + "-" + (low + 9);
  }
}
