package org.practitionersforum.examples.spring;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.practitionersforum.api.event.MemberJoined;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The application's listener of the SDK's {@link MemberJoined} events, published by the starter as
 * Spring application events once the join has committed. A real application would notify the
 * forum's facilitator; this one keeps the forums it has heard of.
 */
@Component
public class MemberJoinedNotices {
  private final List<String> forums = new CopyOnWriteArrayList<>();

  /** Creates the listener; Spring calls it. */
  public MemberJoinedNotices() {}

  /**
   * Hears that a member joined.
   *
   * @param joined the event
   */
  @EventListener
  public void on(MemberJoined joined) {
    forums.add(joined.forum().value());
  }

  /**
   * Returns the forums named by the events heard so far, in order.
   *
   * @return the forum ids
   */
  public List<String> forums() {
    return List.copyOf(forums);
  }
}
