package org.practitionersforum.core.internal.forum;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.practitionersforum.api.InvalidInputException;
import org.practitionersforum.api.Violation;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.forum.Composition;
import org.practitionersforum.api.forum.FormationPlan;
import org.practitionersforum.api.forum.FormationPlanner;
import org.practitionersforum.api.forum.FormationRequest;
import org.practitionersforum.api.forum.FormationSettings;
import org.practitionersforum.api.forum.SizeBounds;
import org.practitionersforum.api.forum.SuggestedForum;
import org.practitionersforum.api.forum.Unplaced;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.BaseId;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.practitioner.PractitionerId;
import org.practitionersforum.api.practitioner.PractitionerProfile;
import org.practitionersforum.api.security.Actor;

/**
 * Plans forums base by base, then across bases with what is left, each step deterministic.
 *
 * <p>The rule, "same base first" (FR-1, FR-9): a base whose volunteers can make forums on their own
 * makes them first, and those forums are whole: they hold that base's volunteers only, and no
 * volunteer of another base is added to them, even when they have room. Only the volunteers their
 * own base could not place (a base too small for a forum, or people who fit none of its forums) are
 * mixed across bases of the same organisation (or locality, by the requested focus), into forums of
 * their own, within the same rules. So 6 volunteers at one base and 2 at another give a same-base
 * forum of 6 with the 2 unplaced (too few nearby), rather than one forum of 8 across both bases.
 * Put another way: the forums a base gets in a plan are exactly those it would get if its
 * volunteers were planned alone.
 *
 * <p>At a base, and again in the pool across bases, volunteers are dealt into as many groups as the
 * size bounds need, spreading disciplines and specialisms and keeping line managers apart (FR-7);
 * groups that fall short of the rules are dissolved, and those left over join a group of the same
 * step with room that admits them. This repeats while it places anyone. Each volunteer left
 * unplaced comes with the violation that blocked them: too few compatible volunteers (FR-4), the
 * composition's requirement that no grouping met (FR-5, naming the requirement), or a
 * line-management conflict (FR-7).
 *
 * <p>Runs in time linear in the number of volunteers for a fixed number of bases per organisation
 * or locality. Thread-safe: it keeps no state between calls.
 */
final class GreedyFormationPlanner implements FormationPlanner {
  private final FormationRules rules = new FormationRules();

  /** Creates a planner. */
  GreedyFormationPlanner() {}

  @Override
  public FormationPlan plan(Actor actor, FormationRequest request) {
    Checks.notNull(actor, "actor");
    Checks.notNull(request, "formation request");
    Composition composition = request.composition();
    FormationSettings settings = request.settings();
    Set<PractitionerId> seen = new HashSet<>();
    for (PractitionerProfile p : request.volunteers()) {
      if (!seen.add(p.id())) {
        throw new InvalidInputException(
            "FR-9: each volunteer may appear only once in a formation request");
      }
    }
    List<Unplaced> unplaced = new ArrayList<>();
    Map<String, List<PractitionerProfile>> byFocus = new HashMap<>();
    for (PractitionerProfile p : request.volunteers()) {
      List<Violation> outside =
          rules.composition().admission(composition, p.organisation(), p.locality(), p);
      if (!outside.isEmpty()) {
        unplaced.add(new Unplaced(p.id(), outside.get(0)));
      } else {
        byFocus.computeIfAbsent(focusKey(composition, p), k -> new ArrayList<>()).add(p);
      }
    }
    List<SuggestedForum> forums = new ArrayList<>();
    List<String> areas = new ArrayList<>(byFocus.keySet());
    areas.sort(null);
    for (String key : areas) {
      Area area = new Area(composition, settings);
      area.plan(byFocus.get(key));
      for (Area.Group g : area.groups) {
        forums.add(g.suggestion());
      }
      for (Map.Entry<PractitionerProfile, Violation> e : area.failures.entrySet()) {
        unplaced.add(new Unplaced(e.getKey().id(), e.getValue()));
      }
    }
    forums.sort(
        Comparator.comparing((SuggestedForum f) -> !f.sameBase())
            .thenComparing(f -> f.organisation())
            .thenComparing(f -> f.base())
            .thenComparing(f -> f.members().get(0)));
    unplaced.sort(Comparator.comparing(Unplaced::practitioner));
    return FormationPlan.builder().forums(forums).unplaced(unplaced).build();
  }

  private static String focusKey(Composition composition, PractitionerProfile p) {
    return composition.focus() == Composition.Focus.ORGANISATION
        ? p.organisation().value()
        : p.locality().value();
  }

  /** The planning of one organisation or locality. */
  private final class Area {
    final Composition composition;
    final SizeBounds bounds;
    final boolean lineManagement;
    final List<Group> groups = new ArrayList<>();

    /**
     * Keyed by identity: each volunteer is one profile instance, and the plan sorts the unplaced.
     */
    final Map<PractitionerProfile, Violation> failures = new IdentityHashMap<>();

    Area(Composition composition, FormationSettings settings) {
      this.composition = composition;
      this.bounds = settings.sizeBounds();
      this.lineManagement = settings.lineManagementExcluded();
    }

    void plan(List<PractitionerProfile> volunteers) {
      Map<BaseId, List<PractitionerProfile>> byBase = new HashMap<>();
      for (PractitionerProfile p : volunteers) {
        byBase.computeIfAbsent(p.base(), b -> new ArrayList<>()).add(p);
      }
      List<BaseId> bases = new ArrayList<>(byBase.keySet());
      bases.sort(null);
      List<PractitionerProfile> pool = new ArrayList<>();
      for (BaseId base : bases) {
        List<Group> atBase = new ArrayList<>();
        pool.addAll(settle(byBase.get(base), atBase));
        groups.addAll(atBase);
      }
      List<Group> acrossBases = new ArrayList<>();
      pool = settle(pool, acrossBases);
      groups.addAll(acrossBases);
      for (PractitionerProfile p : pool) {
        failures.putIfAbsent(p, tooFew());
      }
    }

    /**
     * Deals volunteers into new groups and fills groups with room, repeating while anyone is
     * placed; returns those left out. Only the groups of this step are filled.
     */
    List<PractitionerProfile> settle(List<PractitionerProfile> volunteers, List<Group> into) {
      List<PractitionerProfile> left = volunteers;
      boolean progress = true;
      while (!left.isEmpty() && progress) {
        int before = left.size();
        left = fill(deal(left, into), into);
        progress = left.size() < before;
      }
      return left;
    }

    Violation tooFew() {
      return Violation.of(
          ViolationCode.BELOW_MINIMUM,
          "too few compatible volunteers nearby to make a forum of at least " + bounds.minimum());
    }

    /** Deals volunteers into new groups, added to {@code into}; returns those left out. */
    List<PractitionerProfile> deal(List<PractitionerProfile> volunteers, List<Group> into) {
      int n = volunteers.size();
      if (n < bounds.minimum()) {
        return new ArrayList<>(volunteers);
      }
      int k =
          Math.max(
              1, Math.min((n + bounds.maximum() - 1) / bounds.maximum(), n / bounds.minimum()));
      List<PractitionerProfile> ordered = new ArrayList<>(volunteers);
      ordered.sort(
          Comparator.comparing(PractitionerProfile::discipline)
              .thenComparing(PractitionerProfile::specialism)
              .thenComparing(PractitionerProfile::id));
      List<Group> dealt = new ArrayList<>(k);
      for (int i = 0; i < k; i++) {
        dealt.add(new Group());
      }
      List<PractitionerProfile> left = new ArrayList<>();
      for (PractitionerProfile p : ordered) {
        Group best = null;
        boolean room = false;
        for (Group g : dealt) {
          room |= g.size() < bounds.maximum();
          if (g.size() < bounds.maximum()
              && !g.conflicts(p)
              && (best == null
                  || g.size() < best.size()
                  || (g.size() == best.size()
                      && !g.disciplines.contains(p.discipline())
                      && best.disciplines.contains(p.discipline())))) {
            best = g;
          }
        }
        if (best == null) {
          failures.put(
              p,
              room
                  ? Violation.of(
                      ViolationCode.LINE_MANAGEMENT_CONFLICT,
                      "every grouping with room includes the volunteer's line manager or a direct report")
                  : tooFew());
          left.add(p);
        } else {
          best.add(p);
        }
      }
      for (Group g : dealt) {
        List<Violation> broken = g.violations();
        if (broken.isEmpty()) {
          into.add(g);
          g.members.forEach(failures::remove);
        } else {
          for (PractitionerProfile p : g.members) {
            failures.put(p, broken.get(0));
          }
          left.addAll(g.members);
        }
      }
      return left;
    }

    /**
     * Places each volunteer into a group of {@code into} with room, own base first; returns the
     * rest. A valid group stays valid: admission was checked up front, and more members never lower
     * the number of disciplines or specialisms.
     */
    List<PractitionerProfile> fill(List<PractitionerProfile> volunteers, List<Group> into) {
      List<PractitionerProfile> left = new ArrayList<>();
      for (PractitionerProfile p : volunteers) {
        Group chosen = null;
        for (Group g : into) {
          if (g.size() < bounds.maximum() && !g.conflicts(p)) {
            if (chosen == null || (g.base().equals(p.base()) && !chosen.base().equals(p.base()))) {
              chosen = g;
            }
            if (chosen.base().equals(p.base())) {
              break;
            }
          }
        }
        if (chosen == null) {
          left.add(p);
        } else {
          chosen.add(p);
          failures.remove(p);
        }
      }
      return left;
    }

    /** A grouping under construction. */
    final class Group {
      final List<PractitionerProfile> members = new ArrayList<>();
      final Set<PractitionerId> ids = new HashSet<>();
      final Set<PractitionerId> managers = new HashSet<>();
      final Set<Object> disciplines = new HashSet<>();

      /**
       * Members per base, and the base most of them share (ties to the lowest id), kept as members
       * are added.
       */
      final Map<BaseId, Integer> perBase = new HashMap<>(4);

      BaseId base;
      int baseCount;

      int size() {
        return members.size();
      }

      boolean conflicts(PractitionerProfile p) {
        return lineManagement
            && (p.lineManager().filter(ids::contains).isPresent() || managers.contains(p.id()));
      }

      void add(PractitionerProfile p) {
        members.add(p);
        ids.add(p.id());
        p.lineManager().ifPresent(managers::add);
        disciplines.add(p.discipline());
        int c = perBase.merge(p.base(), 1, Integer::sum);
        if (c > baseCount || (c == baseCount && p.base().compareTo(base) < 0)) {
          base = p.base();
          baseCount = c;
        }
      }

      List<Violation> violations() {
        List<Violation> out = new ArrayList<>();
        if (members.size() < bounds.minimum()) {
          out.add(tooFew());
        }
        out.addAll(rules.composition().activation(composition, members));
        return out;
      }

      BaseId base() {
        return base;
      }

      SuggestedForum suggestion() {
        BaseId base = base();
        PractitionerProfile anchor =
            members.stream()
                .filter(m -> m.base().equals(base))
                .min(Comparator.comparing(PractitionerProfile::id))
                .orElseThrow();
        OrganisationId organisation = anchor.organisation();
        return SuggestedForum.builder()
            .organisation(organisation)
            .base(base)
            .locality(anchor.locality())
            .members(members.stream().map(PractitionerProfile::id).sorted().toList())
            .sameBase(members.stream().allMatch(m -> m.base().equals(base)))
            .build();
      }
    }
  }
}
