package org.practitionersforum.jdbc.internal.rows;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The row changes that turn one stored child list into another: which rows to delete (by ordinal),
 * which elements of the new list to write over the row at their position, and which to insert. Each
 * row is keyed by its parent and an ordinal, and list order is ordinal order.
 *
 * <p>Two ways of matching rows to elements: {@link #keepingOrder} for lists whose elements come and
 * go anywhere (members, invitations, agreements), and {@link #byPosition} for lists that only grow
 * at the end, with the last element changing in place (a history, the ongoing facilitation), whose
 * ordinals then stay 1, 2, 3, ... so that an ordinal tells a position.
 *
 * @param deletes the ordinals of the rows to delete
 * @param updates the indexes, in the new list, of the elements written over their row
 * @param inserts the indexes, in the new list, of the elements inserted
 * @param ordinals the ordinal of each element of the new list
 */
public record ListChanges(
    List<Integer> deletes, List<Integer> updates, List<Integer> inserts, int[] ordinals) {

  /**
   * Matches the longest prefix of the new list that is a subsequence of the old one to the rows it
   * came from: those rows stay, the other old rows are deleted, and the rest of the new list is
   * inserted under ordinals after every ordinal the old rows used.
   *
   * @param old the stored list
   * @param oldOrdinals the ordinals of its rows, in list order
   * @param now the new list
   * @param <T> the element type
   * @return the changes
   */
  public static <T> ListChanges keepingOrder(List<T> old, int[] oldOrdinals, List<T> now) {
    int[] ordinals = new int[now.size()];
    boolean[] kept = new boolean[old.size()];
    int i = 0;
    int j = 0;
    while (i < now.size()) {
      int k = j;
      while (k < old.size() && !Objects.equals(old.get(k), now.get(i))) {
        k++;
      }
      if (k == old.size()) {
        break;
      }
      kept[k] = true;
      ordinals[i] = oldOrdinals[k];
      j = k + 1;
      i++;
    }
    List<Integer> deletes = new ArrayList<>();
    int max = 0;
    for (int k = 0; k < old.size(); k++) {
      max = Math.max(max, oldOrdinals[k]);
      if (!kept[k]) {
        deletes.add(oldOrdinals[k]);
      }
    }
    List<Integer> inserts = new ArrayList<>();
    for (; i < now.size(); i++) {
      ordinals[i] = ++max;
      inserts.add(i);
    }
    return new ListChanges(deletes, List.of(), inserts, ordinals);
  }

  /**
   * Matches elements to rows by position: an element that differs from the old one at its position
   * is written over that row, old rows past the end of the new list are deleted, and new elements
   * past the end of the old list are inserted after the last ordinal.
   *
   * @param old the stored elements after the first {@code before} (all of them if 0)
   * @param oldOrdinals the ordinals of their rows, in list order
   * @param now the new elements after the first {@code before}
   * @param before an ordinal at least as large as that of every row before both lists, which stay
   *     as they are
   * @param <T> the element type
   * @return the changes
   */
  public static <T> ListChanges byPosition(
      List<T> old, int[] oldOrdinals, List<T> now, int before) {
    int common = Math.min(old.size(), now.size());
    int[] ordinals = new int[now.size()];
    int max = before;
    for (int ordinal : oldOrdinals) {
      max = Math.max(max, ordinal);
    }
    List<Integer> updates = new ArrayList<>();
    for (int i = 0; i < common; i++) {
      ordinals[i] = oldOrdinals[i];
      if (!Objects.equals(old.get(i), now.get(i))) {
        updates.add(i);
      }
    }
    List<Integer> deletes = new ArrayList<>();
    for (int i = common; i < old.size(); i++) {
      deletes.add(oldOrdinals[i]);
    }
    List<Integer> inserts = new ArrayList<>();
    for (int i = common; i < now.size(); i++) {
      ordinals[i] = ++max;
      inserts.add(i);
    }
    return new ListChanges(deletes, updates, inserts, ordinals);
  }

  /**
   * Matches elements to the rows of a list's end by position (see {@link #byPosition(List, int[],
   * List, int)}).
   *
   * @param old the stored rows of the list's end
   * @param now the new elements after the same number of earlier ones
   * @param <T> the element type
   * @return the changes
   */
  public static <T> ListChanges byPosition(ChildRows<T> old, List<T> now) {
    return byPosition(old.elements(), old.ordinals(), now, old.floor());
  }

  /**
   * Returns the changes that store a list under a parent with no rows yet: every element inserted,
   * under the ordinals 1, 2, 3, ...
   *
   * @param size the list's size
   * @return the changes
   */
  public static ListChanges inserting(int size) {
    List<Integer> inserts = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      inserts.add(i);
    }
    return new ListChanges(List.of(), List.of(), inserts, firstOrdinals(size));
  }

  /**
   * Returns the ordinals 1 to {@code size}.
   *
   * @param size how many
   * @return a new array
   */
  public static int[] firstOrdinals(int size) {
    int[] ordinals = new int[size];
    for (int i = 0; i < size; i++) {
      ordinals[i] = i + 1;
    }
    return ordinals;
  }

  /**
   * Returns the ordinals of the inserted elements, in the order of {@link #inserts()}.
   *
   * @return the ordinals
   */
  public List<Integer> insertOrdinals() {
    List<Integer> out = new ArrayList<>(inserts.size());
    for (int i : inserts) {
      out.add(ordinals[i]);
    }
    return out;
  }

  /**
   * Tells whether nothing is written.
   *
   * @return true if there are no deletes, updates or inserts
   */
  public boolean isEmpty() {
    return deletes.isEmpty() && updates.isEmpty() && inserts.isEmpty();
  }
}
