package org.practitionersforum.api.internal;

/**
 * Writes CSV rows (RFC 4180, {@code \r\n} line endings) for the SDK's exports. A field that a
 * spreadsheet could read as a formula is prefixed with an apostrophe; a field holding a comma, a
 * quote or a line break is quoted, its quotes doubled. Not part of the API.
 */
public final class Csv {
  private Csv() {}

  /**
   * Appends one row.
   *
   * @param out where to write
   * @param fields the fields, none null
   */
  public static void row(StringBuilder out, String... fields) {
    for (int i = 0; i < fields.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(field(fields[i]));
    }
    out.append("\r\n");
  }

  /**
   * Returns one field as written in a row.
   *
   * @param value the value
   * @return the field, prefixed and quoted as needed
   */
  public static String field(String value) {
    String v = value;
    if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
      v = "'" + v;
    }
    if (v.indexOf(',') >= 0
        || v.indexOf('"') >= 0
        || v.indexOf('\n') >= 0
        || v.indexOf('\r') >= 0) {
      v = '"' + v.replace("\"", "\"\"") + '"';
    }
    return v;
  }
}
