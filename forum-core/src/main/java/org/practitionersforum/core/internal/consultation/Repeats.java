package org.practitionersforum.core.internal.consultation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.practitionersforum.api.NotFoundException;
import org.practitionersforum.api.RuleViolationException;
import org.practitionersforum.api.ViolationCode;
import org.practitionersforum.api.audit.AggregateRef;
import org.practitionersforum.api.consultation.ConsultationRound;
import org.practitionersforum.api.consultation.ConsultationSettings;
import org.practitionersforum.api.consultation.ImplementationStatus;
import org.practitionersforum.api.consultation.LinkState;
import org.practitionersforum.api.consultation.ManagementTier;
import org.practitionersforum.api.consultation.Recommendation;
import org.practitionersforum.api.consultation.RecommendationId;
import org.practitionersforum.api.consultation.RecommendationMatcher;
import org.practitionersforum.api.consultation.RepeatGroup;
import org.practitionersforum.api.consultation.RepeatLink;
import org.practitionersforum.api.consultation.RepeatRecord;
import org.practitionersforum.api.event.RecommendationEscalated;
import org.practitionersforum.api.forum.ForumId;
import org.practitionersforum.api.internal.Checks;
import org.practitionersforum.api.practitioner.OrganisationId;
import org.practitionersforum.api.security.Actor;
import org.practitionersforum.api.security.Operation;
import org.practitionersforum.api.spi.ConcurrentUpdateException;
import org.practitionersforum.api.spi.LedgerEntry;
import org.practitionersforum.api.spi.RepeatStore;
import org.practitionersforum.api.spi.RepeatTransaction;
import org.practitionersforum.api.spi.StorageException;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.core.internal.access.Access;
import org.practitionersforum.core.internal.access.Subject;
import org.practitionersforum.core.internal.tx.Transactor;

/**
 * Repeats (CR-6): matching received recommendations against the organisation's earlier ones,
 * deciding suggested links, and escalating repeat groups. Links join recommendations and never
 * change them: a recommendation keeps its round, forum and date. A group is one versioned record,
 * so two confirmations at once are one after the other, and an escalation happens once per step.
 * Thread-safe.
 */
final class Repeats {
  private final Transactor transactor;
  private final Access access;
  private final Function<OrganisationId, ConsultationSettings> settings;
  private final RecommendationMatcher matcher;

  Repeats(
      Transactor transactor,
      Access access,
      Function<OrganisationId, ConsultationSettings> settings,
      RecommendationMatcher matcher) {
    this.transactor = transactor;
    this.access = access;
    this.settings = settings;
    this.matcher = Checks.notNull(matcher, "recommendation matcher");
  }

  /** The repeat part of a unit of work, or a refusal on a storage that keeps no repeats. */
  static RepeatStore store(StorageTransaction tx) {
    if (tx instanceof RepeatTransaction r) {
      return r.repeats();
    }
    throw new StorageException(
        "CR-6: this storage does not keep recommendation repeats", false, null);
  }

  /**
   * Indexes the recommendations of a response just agreed and suggests their matches among the
   * organisation's earlier ones, in the unit of work that agreed it. A storage that keeps no
   * repeats is left as it is: the agreement does not depend on matching.
   */
  void received(Transactor.Unit unit, OrganisationId org, List<Recommendation> recs) {
    LocalDate on = LocalDate.ofInstant(unit.now(), transactor.clock().getZone());
    if (!(unit.tx() instanceof RepeatTransaction r)) {
      return;
    }
    RepeatStore store = r.repeats();
    for (Recommendation rec : recs) {
      LedgerEntry entry = new LedgerEntry(rec.id(), org, on, rec.text(), matcher.keys(rec.text()));
      suggest(unit, store, entry);
      store.index(entry);
    }
  }

  /** Suggests each match of an entry not yet linked to it, either way round. */
  private List<RepeatLink> suggest(Transactor.Unit unit, RepeatStore store, LedgerEntry entry) {
    List<RepeatLink> out = new ArrayList<>();
    for (Match m : matches(store, matcher, entry)) {
      RecommendationId earlier = m.earlier().id();
      if (store.findLink(entry.id(), earlier).isPresent()
          || store.findLink(earlier, entry.id()).isPresent()) {
        continue;
      }
      out.add(
          store.insertLink(
              RepeatLink.suggested(
                  entry.organisation(), entry.id(), earlier, m.similarity(), unit.now())));
    }
    return out;
  }

  /** An earlier recommendation a new one repeats, by the matcher, and how alike they are. */
  record Match(LedgerEntry earlier, double similarity) {}

  /**
   * The organisation's earlier recommendations a new entry repeats: the candidates sharing one of
   * its keys, by one lookup, raised on or before it and not of its own response, whose similarity
   * to it reaches the matcher's threshold; in order of id.
   */
  static List<Match> matches(RepeatStore store, RecommendationMatcher matcher, LedgerEntry entry) {
    List<Match> out = new ArrayList<>();
    if (entry.keys().isEmpty()) {
      return out;
    }
    List<LedgerEntry> candidates =
        new ArrayList<>(store.candidates(entry.organisation(), entry.keys()));
    candidates.sort(Comparator.comparing(LedgerEntry::id));
    for (LedgerEntry c : candidates) {
      if (sameResponse(c.id(), entry.id())
          || c.raisedOn().isAfter(entry.raisedOn())
          || !c.organisation().equals(entry.organisation())) {
        continue;
      }
      double similarity = matcher.similarity(entry.text(), c.text());
      if (similarity >= matcher.threshold()) {
        out.add(new Match(c, Math.min(1, Math.max(0, similarity))));
      }
    }
    return out;
  }

  private static boolean sameResponse(RecommendationId a, RecommendationId b) {
    return a.round().equals(b.round()) && a.forum().equals(b.forum());
  }

  List<RepeatLink> links(Actor actor, RecommendationId id) {
    Checks.notNull(actor, "actor");
    Checks.notNull(id, "recommendation id");
    access.precheck(actor, Operation.CONSULTATION_REPEATS, Subject.none());
    return transactor.read(
        tx -> {
          RepeatStore store = store(tx);
          LedgerEntry entry = store.entry(id).orElseThrow(Repeats::unknown);
          access.require(actor, Operation.CONSULTATION_REPEATS, Subject.in(entry.organisation()));
          return store.linksOf(id);
        });
  }

  RepeatRecord record(Actor actor, RecommendationId id) {
    Checks.notNull(actor, "actor");
    Checks.notNull(id, "recommendation id");
    access.precheck(actor, Operation.CONSULTATION_REPEATS, Subject.none());
    return transactor.read(
        tx -> {
          RepeatStore store = store(tx);
          LedgerEntry entry = store.entry(id).orElseThrow(Repeats::unknown);
          access.require(actor, Operation.CONSULTATION_REPEATS, Subject.in(entry.organisation()));
          RepeatGroup group = store.groupOf(id).orElseThrow(Repeats::unknown);
          List<LedgerEntry> members = new ArrayList<>();
          for (RecommendationId m : group.members()) {
            members.add(store.entry(m).orElseThrow(Repeats::unknown));
          }
          members.sort(Comparator.comparing(LedgerEntry::raisedOn).thenComparing(LedgerEntry::id));
          return new RepeatRecord(
              id,
              members.size(),
              members.get(0).raisedOn(),
              implemented(tx, group.members()),
              group.tier(),
              members.stream().map(LedgerEntry::id).toList());
        });
  }

  RepeatLink decide(Actor manager, RecommendationId newer, RecommendationId earlier, LinkState to) {
    Checks.notNull(manager, "actor");
    Checks.notNull(newer, "recommendation id");
    Checks.notNull(earlier, "recommendation id");
    Operation op = Operation.CONSULTATION_REPEAT_DECIDE;
    access.precheck(manager, op, Subject.none());
    return transactor.write(
        manager,
        op,
        AggregateRef.consultation(newer.round()),
        unit -> {
          RepeatStore store = store(unit.tx());
          LedgerEntry n = store.entry(newer).orElseThrow(Repeats::unknown);
          LedgerEntry e = store.entry(earlier).orElseThrow(Repeats::unknown);
          access.require(manager, op, Subject.in(n.organisation()));
          if (!n.organisation().equals(e.organisation())) {
            throw new RuleViolationException(
                ViolationCode.REPEAT_OTHER_ORGANISATION,
                "the two recommendations were made to two organisations; neither repeats the"
                    + " other");
          }
          RepeatLink link =
              store
                  .findLink(newer, earlier)
                  .orElseThrow(
                      () ->
                          new RuleViolationException(
                              ViolationCode.REPEAT_NOT_SUGGESTED,
                              "the two recommendations were never suggested as repeats"));
          if (link.state() != LinkState.SUGGESTED) {
            throw new RuleViolationException(
                ViolationCode.REPEAT_DECIDED,
                "the link is " + link.state().name().toLowerCase() + " already");
          }
          RepeatLink decided = store.updateLink(link.decided(to, unit.now()));
          if (to == LinkState.CONFIRMED) {
            join(unit, store, n, e);
          }
          return decided;
        });
  }

  /** Joins the groups of two recommendations, and escalates the result if it is due. */
  private void join(
      Transactor.Unit unit, RepeatStore store, LedgerEntry newer, LedgerEntry earlier) {
    // Every indexed recommendation is in a group; one not seen was being moved by a concurrent
    // confirmation, so this unit runs again on fresh data.
    RepeatGroup kept =
        store
            .groupOf(earlier.id())
            .orElseThrow(() -> new ConcurrentUpdateException("repeat group"));
    RepeatGroup taken =
        store.groupOf(newer.id()).orElseThrow(() -> new ConcurrentUpdateException("repeat group"));
    if (kept.id().equals(taken.id())) {
      return;
    }
    Set<RecommendationId> members = new LinkedHashSet<>(kept.members());
    members.addAll(taken.members());
    ManagementTier tier = kept.tier().compareTo(taken.tier()) >= 0 ? kept.tier() : taken.tier();
    int every = settings.apply(newer.organisation()).escalateAfterRepeats();
    List<RecommendationId> all = List.copyOf(members);
    ManagementTier due = ManagementTier.after((all.size() - 1) / every);
    boolean escalates = due.compareTo(tier) > 0 && !implemented(unit.tx(), all);
    try {
      store.deleteGroup(taken);
      store.updateGroup(kept.with(all, escalates ? due : tier));
    } catch (NotFoundException e) {
      // This unit read both groups: one gone since was merged by a concurrent confirmation.
      throw new ConcurrentUpdateException("repeat group");
    }
    if (escalates) {
      Set<ForumId> forums = new LinkedHashSet<>();
      all.forEach(m -> forums.add(m.forum()));
      for (ForumId f : forums) {
        unit.emit(new RecommendationEscalated(f, newer.id(), due, all.size(), unit.now()));
      }
    }
  }

  List<RepeatLink> matchAgain(Actor manager, RecommendationId id) {
    Checks.notNull(manager, "actor");
    Checks.notNull(id, "recommendation id");
    Operation op = Operation.CONSULTATION_REPEAT_DECIDE;
    access.precheck(manager, op, Subject.none());
    return transactor.write(
        manager,
        op,
        AggregateRef.consultation(id.round()),
        unit -> {
          RepeatStore store = store(unit.tx());
          LedgerEntry entry = store.entry(id).orElseThrow(Repeats::unknown);
          access.require(manager, op, Subject.in(entry.organisation()));
          LedgerEntry rekeyed =
              new LedgerEntry(
                  entry.id(),
                  entry.organisation(),
                  entry.raisedOn(),
                  entry.text(),
                  matcher.keys(entry.text()));
          return suggest(unit, store, rekeyed);
        });
  }

  /** Whether a recommendation of the group reached {@link ImplementationStatus#IMPLEMENTED}. */
  private static boolean implemented(StorageTransaction tx, List<RecommendationId> members) {
    for (RecommendationId m : members) {
      Optional<ConsultationRound> round = DefaultConsultationService.rounds(tx).find(m.round());
      boolean done =
          round
              .flatMap(r -> r.recommendation(m))
              .map(
                  r ->
                      r.history().stream()
                          .anyMatch(c -> c.status() == ImplementationStatus.IMPLEMENTED))
              .orElse(false);
      if (done) {
        return true;
      }
    }
    return false;
  }

  private static NotFoundException unknown() {
    return new NotFoundException("no recommendation with this id was received");
  }
}
