package org.practitionersforum.jdbc.internal.rows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Column lists give each column its name and its position in the statement built from them. */
class ColumnListTest {
  private enum Column {
    ID,
    FORUM_ID,
    NAME,
    VERSION
  }

  @Test
  void namesPositionsAndTheSqlAgree() {
    ColumnList<Column> all = ColumnList.of(Column.class);
    assertThat(all.names()).isEqualTo("id, forum_id, name, version");
    assertThat(all.names("f")).isEqualTo("f.id, f.forum_id, f.name, f.version");
    assertThat(all.placeholders()).isEqualTo("?, ?, ?, ?");
    assertThat(all.positionOf(Column.NAME)).isEqualTo(3);

    ColumnList<Column> content = all.without(Column.ID, Column.VERSION);
    assertThat(content.assignments()).isEqualTo("forum_id = ?, name = ?");
    assertThat(content.positionOf(Column.NAME)).isEqualTo(2);
    assertThatThrownBy(() -> content.positionOf(Column.ID))
        .isInstanceOf(IllegalArgumentException.class);

    ColumnList<Column> some = ColumnList.of(Column.VERSION, Column.ID);
    assertThat(some.names()).isEqualTo("version, id");
    assertThat(some.as("t.version", "1")).isEqualTo("t.version AS version, 1 AS id");
    assertThatThrownBy(() -> some.as("x")).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aSelectionPlacesEachTablesColumnsAfterThoseBeforeIt() {
    Selection s = new Selection();
    Selection.Segment<Column> forum = s.add("f", ColumnList.of(Column.ID, Column.VERSION));
    Selection.Segment<Column> child = s.add("c", ColumnList.of(Column.FORUM_ID, Column.NAME));
    assertThat(s.sql()).isEqualTo("f.id, f.version, c.forum_id, c.name");
    assertThat(forum.offset()).isZero();
    assertThat(child.offset()).isEqualTo(2);
  }
}
