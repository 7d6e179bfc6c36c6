package dev.vigor.app.help;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Markdown of our docs, read into blocks and inline runs. */
class MarkdownBlocksTest {
  @Test
  void blocksOfAGuide() {
    List<MarkdownBlocks.Block> blocks = MarkdownBlocks.parse("""
        # Writing specs

        A **spec** tells
        what to do.

        ```python
        h = pop_header(ether, on_mismatch=DROP)
        ```

        | kind | methods |
        |---|---|
        | `emap` | `has(k)`, `a \\| b` |

        - one
          continued
        - two
        1. first
        ## Composition: pay-as-you-go properties
        """);
    assertEquals(new MarkdownBlocks.Heading(1, "Writing specs", "writing-specs"), blocks.get(0));
    assertEquals(new MarkdownBlocks.Paragraph("A **spec** tells what to do."), blocks.get(1));
    assertEquals(new MarkdownBlocks.Code("h = pop_header(ether, on_mismatch=DROP)"), blocks.get(2));
    assertEquals(new MarkdownBlocks.Table(List.of("kind", "methods"), List.of(List.of("`emap`", "`has(k)`, `a | b`"))),
        blocks.get(3));
    assertEquals(new MarkdownBlocks.ListItem("•", "one continued", 0), blocks.get(4));
    assertEquals(new MarkdownBlocks.ListItem("•", "two", 0), blocks.get(5));
    assertEquals(new MarkdownBlocks.ListItem("1.", "first", 0), blocks.get(6));
    assertEquals("composition-pay-as-you-go-properties", ((MarkdownBlocks.Heading) blocks.get(7)).anchor());
    assertEquals(8, blocks.size());
  }

  @Test
  void inlineRuns() {
    List<MarkdownInline.Span> spans = MarkdownInline.parse("Use `pass`, **not** *break*; see [State](#state).");
    assertEquals(List.of(
        new MarkdownInline.Span(MarkdownInline.Kind.PLAIN, "Use ", null),
        new MarkdownInline.Span(MarkdownInline.Kind.CODE, "pass", null),
        new MarkdownInline.Span(MarkdownInline.Kind.PLAIN, ", ", null),
        new MarkdownInline.Span(MarkdownInline.Kind.BOLD, "not", null),
        new MarkdownInline.Span(MarkdownInline.Kind.PLAIN, " ", null),
        new MarkdownInline.Span(MarkdownInline.Kind.EMPHASIS, "break", null),
        new MarkdownInline.Span(MarkdownInline.Kind.PLAIN, "; see ", null),
        new MarkdownInline.Span(MarkdownInline.Kind.LINK, "State", "#state"),
        new MarkdownInline.Span(MarkdownInline.Kind.PLAIN, ".", null)), spans);
  }

  @Test
  void theShippedGuideIsTheDocsGuide() throws Exception {
    java.nio.file.Path docs = java.nio.file.Path.of(System.getProperty("vigor.catalog")).getParent()
        .resolve("docs/spec-language.md");
    assertEquals(java.nio.file.Files.readString(docs), GuideWindow.text(), "the jar's guide is stale: rebuild");
    assertTrue(MarkdownBlocks.parse(GuideWindow.text()).size() > 50);
  }
}
