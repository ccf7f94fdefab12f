package org.practitionersforum.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.practitionersforum.api.ErrorCode;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.event.EventEnvelope;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumProposed;
import org.practitionersforum.api.event.ListenerFailedException;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.Forum;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.forum.ForumProposal;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;
import org.practitionersforum.api.security.Actor;

/**
 * A host's listener that throws never undoes the committed change nor stops the other listeners;
 * the host's {@link ListenerFailurePolicy} decides how it learns of the failure.
 */
class ListenerFailurePolicyTest {
  private static final Actor MANAGER = Actor.manager(PersonId.of("manager-secret-3"));
  private static final Actor ADMIN = Actor.administrator(PersonId.of("admin-7"));
  private static final ForumId FORUM = ForumId.of("forum-1");

  private final List<ForumEvent> seenAfter = new ArrayList<>();
  private final IllegalStateException boom = new IllegalStateException("host broke");

  private ForumSdk.Builder sdk() {
    return ForumSdk.builder()
        .listener(
            e -> {
              throw boom;
            })
        .listener(seenAfter::add);
  }

  private static Forum propose(ForumSdk sdk) {
    return sdk.forums()
        .propose(
            MANAGER,
            ForumProposal.builder()
                .id(FORUM)
                .name("Riverside reflective practice")
                .organisation(OrganisationId.of("org-1"))
                .base(BaseId.of("base-1"))
                .locality(LocalityId.of("north"))
                .composition(Composition.anyMix(Composition.Focus.ORGANISATION))
                .build());
  }

  @Test
  void byDefaultAFailureIsLoggedAndTheOperationReturns() {
    ForumSdk sdk = sdk().build();

    Forum forum = propose(sdk);

    assertThat(sdk.forums().get(ADMIN, FORUM)).isEqualTo(forum);
    assertThat(seenAfter).singleElement().isInstanceOf(ForumProposed.class);
    assertThat(sdk.outbox().deliverPending()).isZero();
  }

  @Test
  void rethrowAfterCommitThrowsOnceTheChangeIsCommittedAndEveryListenerCalled() {
    ForumSdk sdk = sdk().listenerFailures(ListenerFailurePolicy.RETHROW_AFTER_COMMIT).build();

    assertThatThrownBy(() -> propose(sdk))
        .isInstanceOfSatisfying(
            ListenerFailedException.class,
            e -> {
              assertThat(e.code()).isEqualTo(ErrorCode.LISTENER_FAILED);
              assertThat(e.getCause()).isSameAs(boom);
              assertThat(e.failures()).isEqualTo(1);
              assertThat(e.getMessage())
                  .isEqualTo(
                      "1 event listener call failed after the change was committed;"
                          + " the change stands")
                  .doesNotContain("manager-secret-3");
            });

    assertThat(sdk.forums().get(ADMIN, FORUM).id()).isEqualTo(FORUM);
    assertThat(seenAfter).singleElement().isInstanceOf(ForumProposed.class);
    // Delivered, though a listener failed: nothing is left to deliver again.
    assertThat(sdk.outbox().deliverPending()).isZero();
    assertThat(seenAfter).hasSize(1);
    // A later operation whose listeners succeed returns normally.
    ForumSdk quiet =
        ForumSdk.builder()
            .listenerFailures(ListenerFailurePolicy.RETHROW_AFTER_COMMIT)
            .listener(seenAfter::add)
            .build();
    assertThat(propose(quiet).id()).isEqualTo(FORUM);
  }

  @Test
  void rethrowAfterCommitAlsoAppliesToDeliveringWhatIsPending() {
    ForumSdk sdk =
        sdk()
            .eventDelivery(EventDelivery.OUTBOX_READ_BY_HOST)
            .listenerFailures(ListenerFailurePolicy.RETHROW_AFTER_COMMIT)
            .build();
    propose(sdk);
    assertThat(seenAfter).isEmpty();

    assertThatThrownBy(() -> sdk.outbox().deliverPending())
        .isInstanceOf(ListenerFailedException.class)
        .hasCause(boom);

    assertThat(seenAfter).singleElement().isInstanceOf(ForumProposed.class);
    assertThat(sdk.outbox().pending(10)).isEmpty();
  }

  @Test
  void aHandlerIsGivenEachFailureWithItsEventAndTheOperationReturns() {
    List<EventEnvelope> failedOn = new ArrayList<>();
    List<RuntimeException> failures = new ArrayList<>();
    ForumSdk sdk =
        sdk()
            .listenerFailures(
                ListenerFailurePolicy.handler(
                    (event, failure) -> {
                      failedOn.add(event);
                      failures.add(failure);
                    }))
            .build();

    propose(sdk);

    assertThat(failedOn)
        .singleElement()
        .satisfies(e -> assertThat(e.event()).isInstanceOf(ForumProposed.class));
    assertThat(failures).containsExactly(boom);
    assertThat(seenAfter).hasSize(1);
    assertThat(sdk.forums().get(ADMIN, FORUM).id()).isEqualTo(FORUM);
  }

  @Test
  void aHandlerThatThrowsStopsNothing() {
    ForumSdk sdk =
        sdk()
            .listenerFailures(
                ListenerFailurePolicy.handler(
                    (event, failure) -> {
                      throw new IllegalArgumentException("handler broke");
                    }))
            .build();

    propose(sdk);

    assertThat(seenAfter).hasSize(1);
    assertThat(sdk.forums().get(ADMIN, FORUM).id()).isEqualTo(FORUM);
  }

  @Test
  void thePolicyIsRequired() {
    assertThatThrownBy(() -> ForumSdk.builder().listenerFailures(null))
        .isInstanceOf(InvalidInputException.class);
    assertThatThrownBy(() -> ListenerFailurePolicy.handler(null))
        .isInstanceOf(InvalidInputException.class);
  }
}
