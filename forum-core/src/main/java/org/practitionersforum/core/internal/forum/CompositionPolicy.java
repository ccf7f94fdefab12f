package org.practitionersforum.core.internal.forum;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.practitioner.LocalityId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerProfile;

/** FR-5: who a forum's declared composition admits, and what it needs to be active. */
final class CompositionPolicy {

  /**
   * Returns why a practitioner is outside a forum's composition, if they are.
   *
   * @param composition the forum's composition
   * @param organisation the forum's organisation
   * @param locality the forum's locality
   * @param candidate the practitioner
   * @return every violation; empty if admitted
   */
  List<Violation> admission(
      Composition composition,
      OrganisationId organisation,
      LocalityId locality,
      PractitionerProfile candidate) {
    List<Violation> out = new ArrayList<>(2);
    composition
        .discipline()
        .filter(d -> !d.equals(candidate.discipline()))
        .ifPresent(
            d ->
                out.add(
                    Violation.of(
                        ViolationCode.DISCIPLINE_NOT_ADMITTED,
                        "this single-discipline forum admits only the " + d + " discipline")));
    composition
        .specialism()
        .filter(s -> !s.equals(candidate.specialism()))
        .ifPresent(
            s ->
                out.add(
                    Violation.of(
                        ViolationCode.SPECIALISM_NOT_ADMITTED,
                        "this single-specialism forum admits only the " + s + " specialism")));
    if (composition.focus() == Composition.Focus.ORGANISATION
        && !organisation.equals(candidate.organisation())) {
      out.add(
          Violation.of(
              ViolationCode.OUTSIDE_ORGANISATION,
              "this forum is focused on its organisation and admits only practitioners employed there"));
    }
    if (composition.focus() == Composition.Focus.LOCALITY
        && !locality.equals(candidate.locality())) {
      out.add(
          Violation.of(
              ViolationCode.OUTSIDE_LOCALITY,
              "this forum is focused on its locality and admits only practitioners working there"));
    }
    return out;
  }

  /**
   * Returns what a group of members lacks for its composition to allow an active forum: at least
   * two disciplines when multi-discipline, at least two specialisms when multi-specialism; nothing
   * for a single or any mix. Each message names the requirement that is not met, so that a host can
   * tell which composition would have allowed the group.
   *
   * @param composition the forum's composition
   * @param members the members' profiles
   * @return every violation; empty if satisfied
   */
  List<Violation> activation(Composition composition, Collection<PractitionerProfile> members) {
    List<Violation> out = new ArrayList<>(2);
    if (composition.disciplineMix() == Composition.Mix.MULTI
        && members.stream().map(PractitionerProfile::discipline).distinct().count() < 2) {
      out.add(
          Violation.of(
              ViolationCode.TOO_FEW_DISCIPLINES,
              "the composition requires members of at least two disciplines (multi-discipline) to be"
                  + " active; these members are of fewer than two disciplines"));
    }
    if (composition.specialismMix() == Composition.Mix.MULTI
        && members.stream().map(PractitionerProfile::specialism).distinct().count() < 2) {
      out.add(
          Violation.of(
              ViolationCode.TOO_FEW_SPECIALISMS,
              "the composition requires members of at least two specialisms (multi-specialism) to be"
                  + " active; these members are of fewer than two specialisms"));
    }
    return out;
  }
}
