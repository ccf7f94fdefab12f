package org.practitionersforum.api.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** People's text in the SDK's Markdown documents prints as written. */
class MarkdownTest {

  @Test
  void aLineOfTextCannotBecomeAHeadingALinkAnImageOrHtml() {
    assertThat(Markdown.escape("# Not a heading")).isEqualTo("\\# Not a heading");
    assertThat(Markdown.escape("[click](http://x.example)"))
        .isEqualTo("\\[click\\](http://x.example)");
    assertThat(Markdown.escape("![img](a.png)")).isEqualTo("\\!\\[img\\](a.png)");
    assertThat(Markdown.escape("<script>")).isEqualTo("\\<script\\>");
    assertThat(Markdown.escape("*bold* _it_ `code` a|b ~x~ \\"))
        .isEqualTo("\\*bold\\* \\_it\\_ \\`code\\` a\\|b \\~x\\~ \\\\");
  }

  @Test
  void noLineOfTextCanStartAListARuleASetextHeadingOrACodeBlock() {
    assertThat(Markdown.escape("- not an item")).isEqualTo("\\- not an item");
    assertThat(Markdown.escape("first\n+ second\n2. third\n10) fourth"))
        .isEqualTo("first\n\\+ second\n2\\. third\n10\\) fourth");
    assertThat(Markdown.escape("a heading?\n===\n---")).isEqualTo("a heading?\n\\===\n\\---");
    assertThat(Markdown.escape("text\r\n    indented code")).isEqualTo("text\r\nindented code");
    assertThat(Markdown.escape("2025 was hard. We tried -- and failed."))
        .isEqualTo("2025 was hard. We tried -- and failed.");
  }

  @Test
  void plainTextIsUnchanged() {
    assertThat(Markdown.escape("We moved the rota, then met again."))
        .isEqualTo("We moved the rota, then met again.");
  }
}
