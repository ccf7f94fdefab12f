package org.practitionersforum.tck;

import static org.practitionersforum.tck.ModelRun.MAX_COMMANDS;
import static org.practitionersforum.tck.ModelRun.SEQUENCES;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.junit.jupiter.api.Test;

/**
 * Model-based property: random sequences of service commands, run through the SDK on the storage
 * under test and on the in-memory reference, give the same result for every command (the same
 * forum, or an error of the same type and code), the same whole forum after every command that
 * returns one, and the same final state.
 *
 * <p>Each sequence uses identifiers of its own, so sequences share the storage without seeing each
 * other. QuickTheories shrinks a failing sequence to a short one and reports its seed.
 */
public interface ModelBasedContract extends StorageUnderTest {

  /** Random command sequences agree with the in-memory reference. */
  @Test
  default void serviceCommandsAgreeWithTheReference() {
    qt().withExamples(SEQUENCES)
        .withShrinkCycles(100)
        .forAll(lists().of(integers().all()).ofSizeBetween(1, MAX_COMMANDS))
        .checkAssert(commands -> new ModelRun(storage()).run(commands));
  }
}
