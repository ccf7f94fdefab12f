package org.practitionersforum.jdbc.internal.terms;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.practitionersforum.api.terms.Agreement;
import org.practitionersforum.api.terms.ForumTerms;
import org.practitionersforum.api.terms.Objection;
import org.practitionersforum.api.terms.TermsStatus;
import org.practitionersforum.api.terms.TermsVersion;
import org.practitionersforum.jdbc.internal.UnitOfWork;
import org.practitionersforum.jdbc.internal.rows.Batch;
import org.practitionersforum.jdbc.internal.rows.ListChanges;
import org.practitionersforum.jdbc.internal.rows.Params;

/**
 * The row changes that turn a forum's stored terms into new ones: version rows inserted, updated
 * (leaving force before another enters it) or deleted; a version's items rewritten when its content
 * changed; its agreements and objections diffed ({@link ListChanges#keepingOrder}), or all
 * rewritten when its hash changed (they bind to the hash). Written in an order that keeps every
 * constraint true after each statement: child rows are deleted before the version rows they belong
 * to, a version leaves force before another enters it, and version rows are written before their
 * children; each kind of change in one round trip.
 */
final class TermsDiff {
  private final String forum;
  private final Map<Integer, int[]> agreementOrdinals = new HashMap<>();
  private final Map<Integer, int[]> objectionOrdinals = new HashMap<>();
  private final Batch deleteAgreement;
  private final Batch deleteObjection;
  private final Batch deleteAgreements;
  private final Batch deleteObjections;
  private final Batch deleteItems;
  private final Batch deleteVersions;
  private final Batch leaveForce;
  private final Batch enterForce;
  private final Batch insertVersions;
  private final Batch insertItems;
  private final Batch insertAgreements;
  private final Batch insertObjections;

  private TermsDiff(TermsStatements sql, String forum) {
    this.forum = forum;
    deleteAgreement = new Batch(sql.deleteAgreement);
    deleteObjection = new Batch(sql.deleteObjection);
    deleteAgreements = new Batch(sql.deleteAgreements);
    deleteObjections = new Batch(sql.deleteObjections);
    deleteItems = new Batch(sql.deleteItems);
    deleteVersions = new Batch(sql.deleteVersion);
    leaveForce = new Batch(sql.updateVersion);
    enterForce = new Batch(sql.updateVersion);
    insertVersions = new Batch(sql.insertVersion);
    insertItems = new Batch(sql.insertItem);
    insertAgreements = new Batch(sql.insertAgreement);
    insertObjections = new Batch(sql.insertObjection);
  }

  /** The rows of new terms: every version and child inserted. */
  static TermsDiff inserting(TermsStatements sql, ForumTerms terms) {
    TermsDiff d = new TermsDiff(sql, terms.forum().value());
    for (TermsVersion v : terms.versions()) {
      d.insertVersion(v);
    }
    return d;
  }

  /** The changes from stored terms to new ones. */
  static TermsDiff of(TermsStatements sql, TermsSnapshot old, ForumTerms now) {
    TermsDiff d = new TermsDiff(sql, now.forum().value());
    List<TermsVersion> before = old.terms().versions();
    List<TermsVersion> after = now.versions();
    for (int k = after.size(); k < before.size(); k++) {
      int number = before.get(k).number();
      d.deleteAgreements.add(ps -> d.bindKey(ps, number));
      d.deleteObjections.add(ps -> d.bindKey(ps, number));
      d.deleteItems.add(ps -> d.bindKey(ps, number));
      d.deleteVersions.add(ps -> d.bindKey(ps, number));
    }
    for (int k = 0; k < after.size(); k++) {
      TermsVersion v = after.get(k);
      if (k >= before.size()) {
        d.insertVersion(v);
      } else {
        d.changeVersion(before.get(k), v, old);
      }
    }
    return d;
  }

  private void insertVersion(TermsVersion v) {
    insertVersions.add(ps -> TermsRowMapper.bind(Params.of(ps, TermsStatements.VERSION), forum, v));
    items(v);
    agreementOrdinals.put(
        v.number(), agreements(v.agreements(), ListChanges.inserting(v.agreements().size())));
    objectionOrdinals.put(
        v.number(), objections(v, v.objections(), ListChanges.inserting(v.objections().size())));
  }

  private void changeVersion(TermsVersion was, TermsVersion v, TermsSnapshot old) {
    int number = v.number();
    if (!sameRow(was, v)) {
      (v.status() == TermsStatus.IN_FORCE ? enterForce : leaveForce)
          .add(
              ps -> {
                Params<VersionColumn> p = Params.of(ps, TermsStatements.VERSION_CONTENT);
                TermsRowMapper.bindContent(p, forum, v);
                p.key(forum).key(number);
              });
    }
    if (!was.content().equals(v.content())) {
      deleteItems.add(ps -> bindKey(ps, number));
      items(v);
    }
    if (!was.hash().equals(v.hash())) {
      // Children bind to the hash: all of them go, and the new ones come after the version row.
      deleteAgreements.add(ps -> bindKey(ps, number));
      deleteObjections.add(ps -> bindKey(ps, number));
      agreementOrdinals.put(
          number, agreements(v.agreements(), ListChanges.inserting(v.agreements().size())));
      objectionOrdinals.put(
          number, objections(v, v.objections(), ListChanges.inserting(v.objections().size())));
      return;
    }
    ListChanges agreements =
        ListChanges.keepingOrder(was.agreements(), old.agreements().get(number), v.agreements());
    for (int ordinal : agreements.deletes()) {
      deleteAgreement.add(ps -> bindChildKey(ps, number, ordinal));
    }
    agreementOrdinals.put(number, agreements(v.agreements(), agreements));
    ListChanges objections =
        ListChanges.keepingOrder(was.objections(), old.objections().get(number), v.objections());
    for (int ordinal : objections.deletes()) {
      deleteObjection.add(ps -> bindChildKey(ps, number, ordinal));
    }
    objectionOrdinals.put(number, objections(v, v.objections(), objections));
  }

  /** Writes the changes, in the order the constraints need. */
  void write(UnitOfWork uow) throws SQLException {
    deleteAgreement.run(uow);
    deleteObjection.run(uow);
    deleteAgreements.run(uow);
    deleteObjections.run(uow);
    deleteItems.run(uow);
    deleteVersions.run(uow);
    leaveForce.run(uow);
    enterForce.run(uow);
    insertVersions.run(uow);
    insertItems.run(uow);
    insertAgreements.run(uow);
    insertObjections.run(uow);
  }

  /** The terms as stored, with the ordinals of their agreements and objections. */
  TermsSnapshot snapshot(ForumTerms stored) {
    return new TermsSnapshot(stored, agreementOrdinals, objectionOrdinals);
  }

  /** Tells whether two versions of one number have the same version row (children aside). */
  private static boolean sameRow(TermsVersion a, TermsVersion b) {
    return a.status() == b.status()
        && a.round() == b.round()
        && a.hash().equals(b.hash())
        && a.draftedAt().equals(b.draftedAt())
        && a.openedAt().equals(b.openedAt())
        && a.inForceAt().equals(b.inForceAt())
        && a.endedAt().equals(b.endedAt())
        && a.content().equals(b.content());
  }

  /** Inserts a version's purposes and stated limits. */
  private void items(TermsVersion v) {
    addItems(v.number(), TermsChildKind.PURPOSE, v.content().purposes());
    addItems(v.number(), TermsChildKind.LIMIT, v.content().confidentialityLimits());
  }

  private void addItems(int number, TermsChildKind kind, List<String> texts) {
    for (int i = 0; i < texts.size(); i++) {
      int ordinal = i + 1;
      String text = texts.get(i);
      insertItems.add(
          ps ->
              TermsRowMapper.bind(
                  Params.of(ps, TermsStatements.ITEM), forum, number, kind, ordinal, text));
    }
  }

  /** Inserts the agreements a change inserts; returns the ordinals of all of them. */
  private int[] agreements(List<Agreement> all, ListChanges changes) {
    List<Integer> ordinals = changes.insertOrdinals();
    List<Integer> inserts = changes.inserts();
    for (int k = 0; k < inserts.size(); k++) {
      Agreement a = all.get(inserts.get(k));
      int ordinal = ordinals.get(k);
      insertAgreements.add(
          ps -> TermsRowMapper.bind(Params.of(ps, TermsStatements.AGREEMENT), forum, ordinal, a));
    }
    return changes.ordinals();
  }

  /** Inserts the objections a change inserts; returns the ordinals of all of them. */
  private int[] objections(TermsVersion v, List<Objection> all, ListChanges changes) {
    List<Integer> ordinals = changes.insertOrdinals();
    List<Integer> inserts = changes.inserts();
    for (int k = 0; k < inserts.size(); k++) {
      Objection o = all.get(inserts.get(k));
      int ordinal = ordinals.get(k);
      insertObjections.add(
          ps ->
              TermsRowMapper.bind(
                  Params.of(ps, TermsStatements.OBJECTION), forum, v.number(), ordinal, o));
    }
    return changes.ordinals();
  }

  private void bindKey(PreparedStatement ps, int number) throws SQLException {
    ps.setString(1, forum);
    ps.setInt(2, number);
  }

  private void bindChildKey(PreparedStatement ps, int number, int ordinal) throws SQLException {
    ps.setString(1, forum);
    ps.setInt(2, number);
    ps.setInt(3, ordinal);
  }
}
