package org.practitionersforum.jdbc.internal.rows;

import java.util.Arrays;
import java.util.List;

/**
 * The stored rows of one child list, or of its end: the elements after the first {@code before} of
 * the whole list, in order, with their rows' ordinals. What a diff compares a new list with.
 *
 * @param before how many elements of the whole list come before these
 * @param floor an ordinal at least as large as that of every row before these (the count before
 *     them, when the ordinals run 1, 2, 3, ...)
 * @param elements the elements
 * @param ordinals their rows' ordinals, in list order
 * @param <T> the element type
 */
public record ChildRows<T>(int before, int floor, List<T> elements, int[] ordinals) {

  /**
   * Returns a whole list's rows.
   *
   * @param elements the elements
   * @param ordinals their rows' ordinals
   * @param <T> the element type
   * @return the rows
   */
  public static <T> ChildRows<T> whole(List<T> elements, int[] ordinals) {
    return new ChildRows<>(0, 0, elements, ordinals);
  }

  /**
   * Returns the end of a list that a snapshot holds after leaving out its first elements; the
   * ordinals run 1, 2, 3, ... for the left-out ones.
   *
   * @param before how many elements were left out
   * @param elements the elements held
   * @param ordinals their rows' ordinals
   * @param <T> the element type
   * @return the rows
   */
  public static <T> ChildRows<T> after(int before, List<T> elements, int[] ordinals) {
    return new ChildRows<>(before, before, elements, ordinals);
  }

  /**
   * Returns the rows after the first {@code earlier} elements of the whole list.
   *
   * @param earlier how many elements of the whole list to leave out
   * @return the rows, or null if these rows do not hold all of them (they begin later, or end
   *     sooner)
   */
  public ChildRows<T> from(int earlier) {
    int skip = earlier - before;
    if (skip < 0 || skip > elements.size()) {
      return null;
    }
    if (skip == 0) {
      return this;
    }
    return new ChildRows<>(
        earlier,
        ordinals[skip - 1],
        elements.subList(skip, elements.size()),
        Arrays.copyOfRange(ordinals, skip, ordinals.length));
  }
}
