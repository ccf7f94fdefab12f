/**
 * The Practitioners' Forum SDK API: the typed model, service interfaces, errors, events and the
 * storage SPI. Depends only on Jackson.
 */
// The qualified exports name SDK modules that are compiled after this one.
@SuppressWarnings("module")
module org.practitionersforum.api {
  requires transitive com.fasterxml.jackson.annotation;
  requires transitive com.fasterxml.jackson.databind;
  requires com.fasterxml.jackson.datatype.jdk8;
  requires com.fasterxml.jackson.datatype.jsr310;
  requires static org.immutables.value.annotations;

  exports org.practitionersforum.api;
  exports org.practitionersforum.api.anonymisation;
  exports org.practitionersforum.api.audit;
  exports org.practitionersforum.api.consultation;
  exports org.practitionersforum.api.cpd;
  exports org.practitionersforum.api.event;
  exports org.practitionersforum.api.forum;
  exports org.practitionersforum.api.json;
  exports org.practitionersforum.api.lesson;
  exports org.practitionersforum.api.practitioner;
  exports org.practitionersforum.api.privacy;
  exports org.practitionersforum.api.security;
  exports org.practitionersforum.api.session;
  exports org.practitionersforum.api.spi;
  exports org.practitionersforum.api.terms;
  exports org.practitionersforum.api.internal to
      org.practitionersforum.core,
      org.practitionersforum.jdbc,
      org.practitionersforum.testkit;

  opens org.practitionersforum.api to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.consultation to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.cpd to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.event to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.forum to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.lesson to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.practitioner to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.security to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.session to
      com.fasterxml.jackson.databind;
  opens org.practitionersforum.api.terms to
      com.fasterxml.jackson.databind;
}
