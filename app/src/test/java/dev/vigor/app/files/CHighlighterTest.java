package dev.vigor.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.fxmisc.richtext.model.StyleSpan;
import org.fxmisc.richtext.model.StyleSpans;
import org.junit.jupiter.api.Test;

/** C highlighting: each kind of token gets its class, and the spans cover the text exactly. */
class CHighlighterTest {
  @Test
  void classifiesKeywordsCommentsStringsNumbersAndDirectives() {
    String text = "#include <x.h>\nint f(void) { /* note */ return 42 + x1; } // done\nchar *s = \"a\\\"b\";\n";

    List<String> styled = styledPieces(text);

    assertEquals(List.of(
        "c-preprocessor:#include <x.h>",
        "c-keyword:int", "c-keyword:void", "c-comment:/* note */", "c-keyword:return", "c-number:42",
        "c-comment:// done",
        "c-keyword:char", "c-string:\"a\\\"b\""), styled);
  }

  @Test
  void anUnclosedCommentRunsToTheEndAndSpansCoverTheText() {
    String text = "int a; /* never closed\nstill comment";
    StyleSpans<Collection<String>> spans = CHighlighter.spans(text);
    assertEquals(text.length(), spans.length());
    assertEquals(List.of("c-keyword:int", "c-comment:/* never closed\nstill comment"), styledPieces(text));
  }

  private static List<String> styledPieces(String text) {
    List<String> out = new ArrayList<>();
    int at = 0;
    for (StyleSpan<Collection<String>> span : CHighlighter.spans(text)) {
      if (!span.getStyle().isEmpty()) {
        out.add(String.join(",", span.getStyle()) + ":" + text.substring(at, at + span.getLength()));
      }
      at += span.getLength();
    }
    assertEquals(text.length(), at);
    return out;
  }
}
