package org.practitionersforum.core.internal.tx;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.event.ConsultationClosed;
import org.practitionersforum.api.event.ConsultationOpened;
import org.practitionersforum.api.event.ConsultationResponseAgreed;
import org.practitionersforum.api.event.ConsultationResponseAgreement;
import org.practitionersforum.api.event.ConsultationResponseDrafted;
import org.practitionersforum.api.event.FacilitationEnded;
import org.practitionersforum.api.event.FacilitationStarted;
import org.practitionersforum.api.event.FormationStarted;
import org.practitionersforum.api.event.ForumActivated;
import org.practitionersforum.api.event.ForumClosed;
import org.practitionersforum.api.event.ForumEvent;
import org.practitionersforum.api.event.ForumProposed;
import org.practitionersforum.api.event.ForumSuspended;
import org.practitionersforum.api.event.LessonAnonymised;
import org.practitionersforum.api.event.LessonCleared;
import org.practitionersforum.api.event.LessonConsentRevoked;
import org.practitionersforum.api.event.LessonConsented;
import org.practitionersforum.api.event.LessonDrafted;
import org.practitionersforum.api.event.LessonEdited;
import org.practitionersforum.api.event.LessonFinalised;
import org.practitionersforum.api.event.LessonFindingDecided;
import org.practitionersforum.api.event.LessonPublished;
import org.practitionersforum.api.event.LessonQuestionAnswered;
import org.practitionersforum.api.event.LessonQuestionAsked;
import org.practitionersforum.api.event.LessonSubmitted;
import org.practitionersforum.api.event.LessonWithdrawn;
import org.practitionersforum.api.event.MemberInvited;
import org.practitionersforum.api.event.MemberJoined;
import org.practitionersforum.api.event.MemberLeft;
import org.practitionersforum.api.event.RecommendationDisposed;
import org.practitionersforum.api.event.RecommendationEscalated;
import org.practitionersforum.api.event.RecommendationProgressed;
import org.practitionersforum.api.event.ReflectiveNoteDeleted;
import org.practitionersforum.api.event.ReflectiveNoteRevised;
import org.practitionersforum.api.event.ReflectiveNoteWritten;
import org.practitionersforum.api.event.SessionHeld;
import org.practitionersforum.api.event.TermsAgreed;
import org.practitionersforum.api.event.TermsDrafted;
import org.practitionersforum.api.event.TermsInForce;
import org.practitionersforum.api.event.TermsObjected;
import org.practitionersforum.api.event.TermsProposed;
import org.practitionersforum.api.json.ForumJson;
import org.practitionersforum.api.spi.StorageException;

/**
 * Encodes events for the outbox as a type name and JSON, and decodes them. The type name is the
 * event's simple class name; every event type the SDK publishes is listed here, and a test checks
 * that each one survives the round trip.
 */
public final class EventCodec {
  private static final Map<String, Class<? extends ForumEvent>> TYPES = new LinkedHashMap<>();

  static {
    for (Class<? extends ForumEvent> type :
        List.<Class<? extends ForumEvent>>of(
            ForumProposed.class,
            FormationStarted.class,
            ForumActivated.class,
            ForumSuspended.class,
            ForumClosed.class,
            MemberInvited.class,
            MemberJoined.class,
            MemberLeft.class,
            FacilitationStarted.class,
            FacilitationEnded.class,
            TermsDrafted.class,
            TermsProposed.class,
            TermsAgreed.class,
            TermsObjected.class,
            TermsInForce.class,
            SessionHeld.class,
            LessonDrafted.class,
            LessonEdited.class,
            LessonSubmitted.class,
            LessonQuestionAsked.class,
            LessonQuestionAnswered.class,
            LessonFinalised.class,
            LessonWithdrawn.class,
            LessonConsented.class,
            LessonConsentRevoked.class,
            LessonAnonymised.class,
            LessonFindingDecided.class,
            LessonCleared.class,
            LessonPublished.class,
            ConsultationOpened.class,
            ConsultationResponseDrafted.class,
            ConsultationResponseAgreement.class,
            ConsultationResponseAgreed.class,
            RecommendationDisposed.class,
            RecommendationProgressed.class,
            ConsultationClosed.class,
            ReflectiveNoteWritten.class,
            ReflectiveNoteRevised.class,
            ReflectiveNoteDeleted.class,
            RecommendationEscalated.class)) {
      TYPES.put(type.getSimpleName(), type);
    }
  }

  private EventCodec() {}

  /**
   * Returns every event type the codec knows.
   *
   * @return the types, by name
   */
  public static Map<String, Class<? extends ForumEvent>> types() {
    return Map.copyOf(TYPES);
  }

  /**
   * Returns an event's type name.
   *
   * @param event the event
   * @return its type name
   * @throws IllegalArgumentException if the event's type is not one the codec knows
   */
  public static String typeOf(ForumEvent event) {
    String name = event.getClass().getSimpleName();
    if (TYPES.get(name) != event.getClass()) {
      throw new IllegalArgumentException("no outbox encoding for event type " + name);
    }
    return name;
  }

  /**
   * Encodes an event.
   *
   * @param event the event
   * @return its JSON
   */
  public static String encode(ForumEvent event) {
    typeOf(event);
    return ForumJson.write(event);
  }

  /**
   * Decodes an event.
   *
   * @param type the type name
   * @param payload the JSON
   * @return the event
   * @throws StorageException if the type is unknown or the payload unreadable: the outbox holds
   *     only what the SDK wrote
   */
  public static ForumEvent decode(String type, String payload) {
    Class<? extends ForumEvent> c = TYPES.get(type);
    if (c == null) {
      throw new StorageException(
          "the outbox holds an event of a type this version does not know", false, null);
    }
    try {
      return ForumJson.read(payload, c);
    } catch (RuntimeException e) {
      throw new StorageException(
          "the outbox holds an event that cannot be read as a " + type, false, null);
    }
  }
}
