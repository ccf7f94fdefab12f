package org.practitionersforum.api.cpd;

/** The formats a regulator-shaped CPD export is written in (CPD-1). */
public enum Format {
  /** A JSON document. */
  JSON,
  /**
   * CSV (RFC 4180, {@code \r\n} line endings) in long form: {@code section,item,field,value}, so
   * every section fits one header.
   */
  CSV,
  /** A printable Markdown document. */
  MARKDOWN
}
