package org.practitionersforum.api.spi;

import java.util.List;
import java.util.Optional;
import org.practitionersforum.api.consultation.Representation;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PersonId;

/**
 * Stores each forum's {@link Representation} whole (CR-7): its mandates and its representatives'
 * attendances and report backs, under one optimistic version per forum. Part of a {@link
 * RepresentationTransaction}.
 */
public interface RepresentationStore {

  /**
   * Reads a forum's representation.
   *
   * @param forum the forum
   * @return the representation at its stored version, or empty if the forum never mandated anyone
   */
  Optional<Representation> find(ForumId forum);

  /**
   * Stores a forum's first representation.
   *
   * @param representation the representation, at version 0
   * @return the stored representation, at version 1
   * @throws org.practitionersforum.api.DuplicateException if the forum has one
   * @throws IllegalArgumentException if the version is not 0
   */
  Representation insert(Representation representation);

  /**
   * Replaces a stored representation, whole.
   *
   * @param representation the new content, carrying the version it was read at
   * @return the stored representation, at the next version
   * @throws ConcurrentUpdateException if the stored version is not the given one
   * @throws org.practitionersforum.api.NotFoundException if there is none for the forum
   */
  Representation update(Representation representation);

  /**
   * Lists an organisation's representations, for the missing report-back query.
   *
   * @param organisation the organisation
   * @return the representations, in ascending order of forum id
   */
  List<Representation> findByOrganisation(OrganisationId organisation);

  /**
   * Lists the representations that name a person, as a representative (SEC-3).
   *
   * @param person the person
   * @return the representations, in ascending order of forum id
   */
  List<Representation> findNaming(PersonId person);
}
