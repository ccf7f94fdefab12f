package org.practitionersforum.core.internal.tx;

import org.practitionersforum.api.spi.AuditStore;
import org.practitionersforum.api.spi.ErasureStore;
import org.practitionersforum.api.spi.ForumStore;
import org.practitionersforum.api.spi.OutboxStore;
import org.practitionersforum.api.spi.PractitionerStore;
import org.practitionersforum.api.spi.SessionStore;
import org.practitionersforum.api.spi.StorageTransaction;
import org.practitionersforum.api.spi.TermsStore;

/**
 * A unit of work that offers only a delegate's required stores, as a storage written before the
 * optional feature transactions (lessons, consultation, notes) would. A test extends it to offer
 * one feature store of its own choosing.
 */
public class CoreStoresOnly implements StorageTransaction {
  private final StorageTransaction tx;

  /**
   * Wraps a unit of work.
   *
   * @param tx the delegate
   */
  public CoreStoresOnly(StorageTransaction tx) {
    this.tx = tx;
  }

  @Override
  public ForumStore forums() {
    return tx.forums();
  }

  @Override
  public PractitionerStore practitioners() {
    return tx.practitioners();
  }

  @Override
  public TermsStore terms() {
    return tx.terms();
  }

  @Override
  public SessionStore sessions() {
    return tx.sessions();
  }

  @Override
  public OutboxStore outbox() {
    return tx.outbox();
  }

  @Override
  public void afterCommit(Runnable action) {
    tx.afterCommit(action);
  }

  @Override
  public ErasureStore erasure() {
    return tx.erasure();
  }

  @Override
  public AuditStore audit() {
    return tx.audit();
  }
}
