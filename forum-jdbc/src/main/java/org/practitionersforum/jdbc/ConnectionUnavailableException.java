package org.practitionersforum.jdbc;

import org.practitionersforum.api.spi.StorageException;

/**
 * {@link JdbcForumStorage} could not get a connection: the pool timed out or is closed, the data
 * source refused, or the host's {@link ConnectionProvider} returned none or threw. Not retryable,
 * and the SDK does not retry it: a pool that times out has already waited as long as the host told
 * it to, so waiting again would only multiply the wait, and a closed pool stays closed. Nothing was
 * run and nothing was stored.
 *
 * <p>The message names neither the driver's or provider's text nor the database's address; the
 * cause, when there is one, stands in for what the provider threw with its class name, SQLState and
 * stack trace only.
 */
public final class ConnectionUnavailableException extends StorageException {
  /** Serialization version. */
  private static final long serialVersionUID = 1L;

  /**
   * Creates the exception.
   *
   * @param message why no connection could be had, free of the provider's text
   * @param cause a sanitised stand-in for what the provider threw, or null
   */
  ConnectionUnavailableException(String message, Throwable cause) {
    super(message, false, cause);
  }
}
