package org.practitionersforum.jdbc.internal.rows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The child rows of one kind read for one parent, with their ordinals, in ordinal order on the way
 * out whatever order they were read in: the statements leave the sorting to this class, which costs
 * less than a sort in the database. Not thread-safe.
 *
 * @param <T> the element type
 */
public final class Ordered<T> {
  private int[] ordinals = new int[8];
  private Object[] values = new Object[8];
  private int size;
  private boolean sorted = true;

  /**
   * Adds an element read under an ordinal.
   *
   * @param ordinal the row's ordinal
   * @param value the element
   */
  public void add(int ordinal, T value) {
    if (size == ordinals.length) {
      ordinals = Arrays.copyOf(ordinals, size * 2);
      values = Arrays.copyOf(values, size * 2);
    }
    sorted &= size == 0 || ordinals[size - 1] < ordinal;
    ordinals[size] = ordinal;
    values[size++] = value;
  }

  private void sort() {
    if (sorted) {
      return;
    }
    // Insertion sort: a parent has few children of a kind, and they usually come in order.
    for (int i = 1; i < size; i++) {
      int o = ordinals[i];
      Object v = values[i];
      int j = i - 1;
      for (; j >= 0 && ordinals[j] > o; j--) {
        ordinals[j + 1] = ordinals[j];
        values[j + 1] = values[j];
      }
      ordinals[j + 1] = o;
      values[j + 1] = v;
    }
    sorted = true;
  }

  /**
   * Returns the elements in ordinal order.
   *
   * @return a new list
   */
  @SuppressWarnings("unchecked")
  public List<T> values() {
    sort();
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add((T) values[i]);
    }
    return out;
  }

  /**
   * Returns the ordinals in order.
   *
   * @return a new array
   */
  public int[] ordinals() {
    sort();
    return Arrays.copyOf(ordinals, size);
  }
}
