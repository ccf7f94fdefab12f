package org.practitionersforum.jdbc.internal.rows;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The two ways a child list's rows are matched to a new list, and the ends of stored lists. */
class ListChangesTest {

  @Test
  void keepingOrderKeepsTheRowsOfTheLongestMatchingPrefixAndAppendsTheRest() {
    ListChanges c =
        ListChanges.keepingOrder(
            List.of("a", "b", "c"), new int[] {1, 2, 5}, List.of("a", "c", "d", "b"));
    assertThat(c.deletes()).containsExactly(2);
    assertThat(c.updates()).isEmpty();
    assertThat(c.inserts()).containsExactly(2, 3);
    assertThat(c.insertOrdinals()).containsExactly(6, 7);
    assertThat(c.ordinals()).containsExactly(1, 5, 6, 7);
  }

  @Test
  void byPositionAppendsAfterTheLastOrdinalAndChangesTheLastInPlace() {
    ListChanges appended =
        ListChanges.byPosition(List.of("a", "b"), new int[] {1, 2}, List.of("a", "b", "c"), 0);
    assertThat(appended.deletes()).isEmpty();
    assertThat(appended.updates()).isEmpty();
    assertThat(appended.inserts()).containsExactly(2);
    assertThat(appended.ordinals()).containsExactly(1, 2, 3);

    ListChanges ended =
        ListChanges.byPosition(List.of("a", "b"), new int[] {1, 2}, List.of("a", "b*"), 0);
    assertThat(ended.updates()).containsExactly(1);
    assertThat(ended.deletes()).isEmpty();
    assertThat(ended.inserts()).isEmpty();
    assertThat(ended.ordinals()).containsExactly(1, 2);

    ListChanges cut =
        ListChanges.byPosition(List.of("a", "b", "c"), new int[] {1, 2, 3}, List.of("a"), 0);
    assertThat(cut.deletes()).containsExactly(2, 3);
    assertThat(cut.ordinals()).containsExactly(1);
  }

  @Test
  void theEndOfAListIsComparedAfterItsEarlierRows() {
    // A snapshot holding the last of 500 entries, under ordinal 500.
    ChildRows<String> end = ChildRows.after(499, List.of("z"), new int[] {500});
    ListChanges c = ListChanges.byPosition(end, List.of("z", "new"));
    assertThat(c.isEmpty()).isFalse();
    assertThat(c.inserts()).containsExactly(1);
    assertThat(c.ordinals()).containsExactly(500, 501);

    // With no rows after the earlier ones, the next row goes after them.
    ListChanges none =
        ListChanges.byPosition(ChildRows.after(7, List.<String>of(), new int[0]), List.of("x"));
    assertThat(none.ordinals()).containsExactly(8);
    assertThat(ListChanges.byPosition(end, List.of("z")).isEmpty()).isTrue();
  }

  @Test
  void aWholeListIsCutAfterItsEarlierElements() {
    ChildRows<String> whole = ChildRows.whole(List.of("a", "b", "c"), new int[] {1, 3, 4});
    ChildRows<String> tail = whole.from(2);
    assertThat(tail.elements()).containsExactly("c");
    assertThat(tail.ordinals()).containsExactly(4);
    assertThat(tail.floor()).isEqualTo(3);
    assertThat(ListChanges.byPosition(tail, List.of("c", "d")).ordinals()).containsExactly(4, 5);
    assertThat(whole.from(0)).isSameAs(whole);
    assertThat(whole.from(4)).isNull();
    assertThat(tail.from(1)).isNull();
  }

  @Test
  void aNewParentsRowsAreNumberedFromOne() {
    ListChanges c = ListChanges.inserting(3);
    assertThat(c.inserts()).containsExactly(0, 1, 2);
    assertThat(c.insertOrdinals()).containsExactly(1, 2, 3);
    assertThat(ListChanges.inserting(0).isEmpty()).isTrue();
  }
}
