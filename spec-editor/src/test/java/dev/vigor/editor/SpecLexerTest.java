package dev.vigor.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpecLexerTest {
  private static TokenKind kindOf(String text, String word, int occurrence) {
    int at = -1;
    for (int i = 0; i <= occurrence; i++) {
      at = text.indexOf(word, at + 1);
    }
    for (Token t : SpecLexer.lex(text)) {
      if (t.start() == at && t.text().equals(word)) {
        return t.kind();
      }
    }
    throw new AssertionError("no token " + word + " at " + at);
  }

  private static final String SPEC = String.join("\n",
      "from state import dyn_macs, dyn_ports  # learned",
      "EXP = 0x10 * 3",
      "h = pop_header(ipv4, on_mismatch=DROP)",
      "dyn_macs.expire_all(now - EXP)",
      "if h.src in dyn_macs and h.len > 20:",
      "    x = dyn_ports.get(received_on_port).get",
      "    return BROADCAST, pkt");

  @Test
  void classifiesTheDialectsWords() {
    assertEquals(TokenKind.KEYWORD, kindOf(SPEC, "from", 0));
    assertEquals(TokenKind.KEYWORD, kindOf(SPEC, "state", 0));
    assertEquals(TokenKind.STATE_OBJECT, kindOf(SPEC, "dyn_macs", 0));
    assertEquals(TokenKind.STATE_OBJECT, kindOf(SPEC, "dyn_macs", 1));
    assertEquals(TokenKind.COMMENT, kindOf(SPEC, "# learned", 0));
    assertEquals(TokenKind.CONSTANT, kindOf(SPEC, "EXP", 0));
    assertEquals(TokenKind.NUMBER, kindOf(SPEC, "0x10", 0));
    assertEquals(TokenKind.BUILTIN, kindOf(SPEC, "pop_header", 0));
    assertEquals(TokenKind.HEADER_TYPE, kindOf(SPEC, "ipv4", 0));
    assertEquals(TokenKind.BUILTIN, kindOf(SPEC, "DROP", 0));
    assertEquals(TokenKind.STATE_METHOD, kindOf(SPEC, "expire_all", 0));
    assertEquals(TokenKind.INPUT, kindOf(SPEC, "now", 0));
    assertEquals(TokenKind.HEADER_FIELD, kindOf(SPEC, "src", 0));
    assertEquals(TokenKind.HEADER_FIELD, kindOf(SPEC, "len", 0));
    assertEquals(TokenKind.STATE_METHOD, kindOf(SPEC, "get", 0));
    assertEquals(TokenKind.INPUT, kindOf(SPEC, "received_on_port", 0));
    assertEquals(TokenKind.BUILTIN, kindOf(SPEC, "BROADCAST", 0));
    assertEquals(TokenKind.INPUT, kindOf(SPEC, "pkt", 0));
    assertEquals(TokenKind.IDENTIFIER, kindOf(SPEC, "x", 2));
  }

  @Test
  void tokensCoverTheTextInOrderWithoutOverlap() {
    List<Token> tokens = SpecLexer.lex("a = 'unterminated\nb = \"x\\\"y\" # c");
    int at = 0;
    for (Token t : tokens) {
      assertEquals(true, t.start() >= at, "overlap at " + t);
      at = t.end();
    }
    assertEquals(TokenKind.STRING, tokens.get(2).kind());
    assertEquals("'unterminated", tokens.get(2).text());
    assertEquals("\"x\\\"y\"", tokens.get(5).text());
    assertEquals(TokenKind.COMMENT, tokens.get(6).kind());
  }

  @Test
  void isLinearOnHugeInput() {
    String big = "x = ((((((((((" .repeat(20_000) + "\n# " + "a".repeat(200_000);
    long t0 = System.nanoTime();
    SpecLexer.lex(big);
    long ms = (System.nanoTime() - t0) / 1_000_000;
    assertEquals(true, ms < 2_000, "lexing took " + ms + " ms");
  }
}
