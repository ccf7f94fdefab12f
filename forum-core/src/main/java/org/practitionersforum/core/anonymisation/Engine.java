package org.practitionersforum.core.anonymisation;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.anonymisation.AnonymisationReport;
import org.practitionersforum.api.anonymisation.Anonymised;
import org.practitionersforum.api.anonymisation.Anonymiser;
import org.practitionersforum.api.anonymisation.AnonymiserSettings;
import org.practitionersforum.api.anonymisation.Review;
import org.practitionersforum.api.internal.Checks;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The anonymiser: scan ({@link TextScan}), resolve overlaps ({@link Overlaps}, {@link WeakNames}),
 * apply operators ({@link Renderer}); batches on several threads ({@link BatchRun}); a reviewer's
 * corrections applied again ({@link ReviewReapplication}). Checks its arguments and logs counts
 * only (AN-5). Immutable and thread-safe.
 */
final class Engine implements Anonymiser {
  private static final Logger LOG = LoggerFactory.getLogger(Engine.class);

  private final NameIndex names;
  private final AnonymiserSettings settings;
  private final TextScan scan;
  private final Renderer renderer;
  private final ReviewReapplication reviews;
  private final Controls controls;

  Engine(NameIndex names, CaseReferences caseReferences, AnonymiserSettings settings) {
    this.names = names;
    this.settings = settings;
    this.scan = new TextScan(names, settings.nameHeuristics(), caseReferences);
    this.renderer = new Renderer(names, settings);
    this.controls = new Controls(settings);
    this.reviews = new ReviewReapplication(scan, renderer, controls);
  }

  @Override
  public Anonymised anonymise(CharSequence text) {
    Checks.notNull(text, "text");
    String source = text.toString();
    Controls.Split split = controls.afterResolve(source, detect(source));
    Anonymised result =
        renderer.render(source, split.applied(), split.held(), split.allowed(), List.of());
    if (LOG.isDebugEnabled()) {
      LOG.debug(
          "anonymised a text of {} chars: {} findings, {} for review",
          source.length(),
          result.report().findings().size(),
          result.report().needsReview().size());
    }
    return result;
  }

  /** Scans, applies the deny list and the switched-off types, resolves overlaps and weak names. */
  private List<Hit> detect(String source) {
    return WeakNames.dropUnsupported(
        Overlaps.resolve(controls.beforeResolve(source, scan.scan(source))), names);
  }

  @Override
  public List<Anonymised> anonymiseAll(List<? extends CharSequence> texts) {
    return anonymiseAll(
        texts, ForkJoinPool.commonPool(), Runtime.getRuntime().availableProcessors());
  }

  @Override
  public List<Anonymised> anonymiseAll(
      List<? extends CharSequence> texts, Executor executor, int parallelism) {
    Checks.noNulls(texts, "texts");
    Checks.notNull(executor, "executor");
    if (parallelism < 1) {
      throw new InvalidInputException("parallelism must be at least 1");
    }
    Anonymised[] out = BatchRun.run(List.copyOf(texts), executor, parallelism, this::anonymise);
    LOG.debug("anonymised a batch of {} texts", out.length);
    return Arrays.asList(out);
  }

  @Override
  public Anonymised reapply(CharSequence original, AnonymisationReport report, Review review) {
    Checks.notNull(original, "original text");
    Checks.notNull(report, "report");
    Checks.notNull(review, "review");
    Anonymised result = reviews.apply(original.toString(), report, review);
    LOG.debug(
        "re-applied a review: {} added, {} rejected",
        review.additions().size(),
        review.rejections().size());
    return result;
  }

  /** Shows the size of the index only. */
  @Override
  public String toString() {
    return "Anonymiser[directoryEntries=" + names.entityCount() + ", settings=" + settings + "]";
  }
}
