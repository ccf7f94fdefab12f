package org.practitionersforum.api.event;

import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The transactional outbox: every event is written in the same transaction as its change, and stays
 * here until it is delivered. After a commit the SDK delivers the change's events to the listeners
 * at once; what a crash interrupted (the process or the connection dying between commit and
 * delivery) waits here until {@link #deliverPending()} runs, which a host schedules, for example at
 * start-up and every few seconds. A host that forwards events to a message broker can instead read
 * {@link #pending} and {@link #acknowledge} what it has forwarded.
 *
 * <p>Order: pending events are read and delivered in the order their changes committed, which for
 * the events of one forum is the order of the forum's changes. Delivery is at least once: an event
 * can be delivered again until it is acknowledged, always with the same {@link EventEnvelope#id()}.
 *
 * <p>Thread-safe.
 */
public interface EventOutbox {

  /** The largest page {@link #pending} returns. */
  int MAX_PAGE = 1000;

  /**
   * Returns the oldest events not yet acknowledged, in commit order. Reads only committed events.
   *
   * @param limit how many at most, from 1 to {@value #MAX_PAGE}
   * @return the events, oldest first
   * @throws org.practitionersforum.api.InvalidInputException if the limit is out of range
   * @throws org.practitionersforum.api.spi.StorageException if the storage fails
   */
  List<EventEnvelope> pending(int limit);

  /**
   * Removes delivered events from the outbox. Ids that are not (or no longer) there are ignored.
   *
   * @param ids the ids of the events delivered
   * @throws org.practitionersforum.api.InvalidInputException if ids or one of them is null
   * @throws org.practitionersforum.api.spi.StorageException if the storage fails
   */
  void acknowledge(Collection<UUID> ids);

  /**
   * Delivers every pending event to the listeners, in commit order, and acknowledges it: the
   * recovery pass after a crash. Events delivered a moment ago by their own commit but not yet
   * acknowledged may be delivered again, with the same ids.
   *
   * @return how many events were delivered
   * @throws org.practitionersforum.api.spi.StorageException if the storage fails; what was
   *     delivered before the failure stays delivered
   * @throws ListenerFailedException if the host chose to have listener failures rethrown and a
   *     listener failed; every event was still delivered to every other listener and is no longer
   *     pending
   */
  int deliverPending();
}
