package org.practitionersforum.api.session;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.internal.ForumStyle;

/**
 * What a study session read or discussed (CPD-1): a citation, a link, or both. A journal club
 * records the paper it read; a reading group the chapter or report.
 *
 * <p>Invariants checked on construction: at least one of the two is given; a citation is 1 to
 * {@link #MAX_CITATION_LENGTH} characters, stripped, with no control characters; a link is an
 * absolute {@code http} or {@code https} address with a host, no user information and at most
 * {@link #MAX_LINK_LENGTH} characters. Messages never quote either. {@code toString()} shows
 * neither.
 */
@Value.Immutable
@ForumStyle
@JsonSerialize(as = ImmutableReading.class)
@JsonDeserialize(as = ImmutableReading.class)
public interface Reading {
  /** The longest citation accepted. */
  int MAX_CITATION_LENGTH = 1000;

  /** The longest link accepted. */
  int MAX_LINK_LENGTH = 2000;

  /**
   * Returns the citation, such as authors, year, title and journal.
   *
   * @return the citation, or empty
   */
  @Value.Redacted
  Optional<String> citation();

  /**
   * Returns the link to what was read.
   *
   * @return the absolute http or https address, or empty
   */
  @Value.Redacted
  Optional<String> link();

  /**
   * Returns a reading with a citation only.
   *
   * @param citation the citation
   * @return the reading
   * @throws InvalidInputException naming CPD-1 if the citation is not valid
   */
  static Reading ofCitation(String citation) {
    return builder().citation(Checks.notNull(citation, "citation")).build();
  }

  /**
   * Returns a reading with a link only.
   *
   * @param link the absolute http or https address
   * @return the reading
   * @throws InvalidInputException naming CPD-1 if the link is not valid
   */
  static Reading ofLink(String link) {
    return builder().link(Checks.notNull(link, "link")).build();
  }

  /**
   * Strips the citation's surrounding white space.
   *
   * @return this reading, or a stripped copy
   */
  @Value.Check
  default Reading normalise() {
    if (citation().isPresent() && !citation().get().equals(citation().get().strip())) {
      return builder().from(this).citation(citation().get().strip()).build();
    }
    check();
    return this;
  }

  private void check() {
    if (citation().isEmpty() && link().isEmpty()) {
      throw new InvalidInputException(
          "CPD-1: a study session records what was read: a citation, a link, or both");
    }
    if (citation().isPresent()) {
      String c = citation().get();
      if (c.isBlank() || c.length() > MAX_CITATION_LENGTH) {
        throw new InvalidInputException(
            "CPD-1: a citation must be 1 to " + MAX_CITATION_LENGTH + " characters");
      }
      String problem = Checks.textProblem(c);
      if (problem != null || c.indexOf('\n') >= 0 || c.indexOf('\r') >= 0) {
        throw new InvalidInputException(
            "CPD-1: a citation is one line and must not contain "
                + (problem != null ? problem : "line breaks"));
      }
    }
    if (link().isPresent()) {
      checkLink(link().get());
    }
  }

  private static void checkLink(String link) {
    String refused =
        "CPD-1: a link must be an absolute http or https address with a host, without user"
            + " information, of at most "
            + MAX_LINK_LENGTH
            + " characters";
    if (link.isEmpty() || link.length() > MAX_LINK_LENGTH) {
      throw new InvalidInputException(refused);
    }
    URI uri;
    try {
      uri = new URI(link);
    } catch (URISyntaxException e) {
      throw new InvalidInputException(refused);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()
        || !(scheme.equals("http") || scheme.equals("https"))
        || uri.getHost() == null
        || uri.getHost().isEmpty()
        || uri.getRawUserInfo() != null) {
      throw new InvalidInputException(refused);
    }
  }

  /**
   * Returns a new builder.
   *
   * @return the builder
   */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Reading}s. */
  final class Builder extends ImmutableReading.Builder {
    /** Creates an empty builder; hosts obtain one from {@link Reading#builder()}. */
    Builder() {}

    /**
     * Builds the value.
     *
     * @return the value
     * @throws InvalidInputException if an invariant is broken
     */
    @Override
    public Reading build() {
      return Checks.built(super::build);
    }
  }
}
