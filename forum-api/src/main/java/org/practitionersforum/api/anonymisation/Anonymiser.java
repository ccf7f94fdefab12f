package org.practitionersforum.api.anonymisation;

import java.util.List;
import java.util.concurrent.Executor;

/**
 * De-identifies free text before it leaves a forum (AN-1, AN-2, AN-3, AN-5). Obtain one from the
 * core module's {@code org.practitionersforum.core.anonymisation.Anonymisers}.
 *
 * <p>An anonymiser is immutable and thread-safe: build it once (compiling the directory takes one
 * to two seconds for 100,000 names) and share it. Running it on its own output changes nothing. It
 * never logs, throws or shows in {@code toString} any text it is given; it logs only counts.
 */
public interface Anonymiser {
  /**
   * Finds every identifier in a text and replaces each as configured.
   *
   * <p>Any text is accepted, including the empty text and text with malformed UTF-16 (lone
   * surrogates, which are kept as they are).
   *
   * @param text the text
   * @return the output text and the report
   * @throws org.practitionersforum.api.InvalidInputException if the text is null
   */
  Anonymised anonymise(CharSequence text);

  /**
   * Anonymises a batch of documents on all available processors. Each document is numbered on its
   * own: placeholders restart at 1 in each.
   *
   * @param texts the documents
   * @return the results, in the order of {@code texts}
   * @throws org.practitionersforum.api.InvalidInputException if the list is null or holds null
   */
  List<Anonymised> anonymiseAll(List<? extends CharSequence> texts);

  /**
   * Anonymises a batch of documents using the given executor for up to {@code parallelism - 1}
   * workers besides the calling thread, which works too and waits for the rest.
   *
   * @param texts the documents
   * @param executor runs the extra workers
   * @param parallelism the number of threads to use, at least 1
   * @return the results, in the order of {@code texts}
   * @throws org.practitionersforum.api.InvalidInputException if an argument is null, the list holds
   *     null or the parallelism is below 1
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while
   *     waiting for the workers (its interrupt flag is set again)
   */
  List<Anonymised> anonymiseAll(
      List<? extends CharSequence> texts, Executor executor, int parallelism);

  /**
   * Applies a reviewer's corrections: drops the rejected findings, adds the reviewer's spans (which
   * win over overlapping findings), and replaces again from the original text, giving a new output
   * and a new report. Placeholders are renumbered in order of appearance.
   *
   * @param original the text the report was made from
   * @param report the report under review
   * @param review the corrections
   * @return the new output and report
   * @throws org.practitionersforum.api.InvalidInputException if an argument is null, the text is
   *     not the one the report was made from, or an added span lies outside it
   */
  Anonymised reapply(CharSequence original, AnonymisationReport report, Review review);
}
