package org.practitionersforum.api.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Pattern;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.internal.Checks;

/**
 * The heads of every audit chain at one moment, for the host to keep outside the database. Removing
 * a chain's newest records leaves a shorter chain that verifies, so truncation cannot be seen from
 * inside the database; verified against a checkpoint ({@link AuditTrail#verify(
 * org.practitionersforum.api.security.Actor, AuditCheckpoint)}), every head it names must still be
 * there with the same hash.
 *
 * <p>A chain is named by the hash of its first record, so a checkpoint holds no person's id, and
 * erasure does not change it. {@link #encode()} gives a compact text (about 140 characters per
 * chain) and {@link #digest()} a SHA-256 of it that a host may sign or publish.
 *
 * @param takenAt when the checkpoint was taken, by the SDK's clock
 * @param heads the head of every chain, ordered by chain
 */
public record AuditCheckpoint(Instant takenAt, List<Head> heads) {
  private static final String MAGIC = "pf-audit-checkpoint-v1";
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  /**
   * Creates a checkpoint.
   *
   * @param takenAt when the checkpoint was taken, by the SDK's clock
   * @param heads the head of every chain, ordered by chain
   * @throws InvalidInputException if a field is missing
   */
  public AuditCheckpoint {
    Checks.notNull(takenAt, "SEC-2: checkpoint time");
    heads = List.copyOf(Checks.noNulls(heads, "SEC-2: checkpoint heads"));
  }

  /**
   * The newest record of one chain.
   *
   * @param chain the hash of the chain's first record
   * @param sequence the newest record's sequence number
   * @param hash the newest record's hash
   */
  public record Head(String chain, long sequence, String hash) {
    /**
     * Creates a head.
     *
     * @param chain the hash of the chain's first record
     * @param sequence the newest record's sequence number
     * @param hash the newest record's hash
     * @throws InvalidInputException if a hash is malformed or the sequence below 1
     */
    public Head {
      if (chain == null
          || hash == null
          || !HASH.matcher(chain).matches()
          || !HASH.matcher(hash).matches()
          || sequence < 1) {
        throw new InvalidInputException("SEC-2: a checkpoint head is malformed");
      }
    }
  }

  /**
   * Returns the checkpoint as text, one line per chain after a header line.
   *
   * @return the text, which {@link #decode} reads back
   */
  public String encode() {
    StringBuilder out = new StringBuilder(MAGIC).append(' ').append(takenAt).append('\n');
    for (Head h : heads) {
      out.append(h.chain()).append(' ').append(h.sequence()).append(' ').append(h.hash());
      out.append('\n');
    }
    return out.toString();
  }

  /**
   * Reads a checkpoint from its text.
   *
   * @param text what {@link #encode()} returned
   * @return the checkpoint
   * @throws InvalidInputException if the text is not a checkpoint
   */
  public static AuditCheckpoint decode(String text) {
    String[] lines = Checks.notNull(text, "SEC-2: checkpoint").split("\n");
    try {
      String[] header = lines[0].split(" ");
      if (header.length != 2 || !header[0].equals(MAGIC)) {
        throw new InvalidInputException("SEC-2: not an audit checkpoint");
      }
      List<Head> heads = new ArrayList<>();
      for (int i = 1; i < lines.length; i++) {
        String[] f = lines[i].split(" ");
        if (f.length != 3) {
          throw new InvalidInputException("SEC-2: not an audit checkpoint");
        }
        heads.add(new Head(f[0], Long.parseLong(f[1]), f[2]));
      }
      return new AuditCheckpoint(Instant.parse(header[1]), heads);
    } catch (RuntimeException e) {
      if (e instanceof InvalidInputException i) {
        throw i;
      }
      throw new InvalidInputException("SEC-2: not an audit checkpoint");
    }
  }

  /**
   * Returns the SHA-256 of {@link #encode()}, in lower-case hexadecimal.
   *
   * @return the digest
   */
  public String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(sha.digest(encode().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
