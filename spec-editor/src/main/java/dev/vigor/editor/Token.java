package dev.vigor.editor;

/** A token of spec text: {@code [start, end)} character offsets, its kind and its text. */
public record Token(int start, int end, TokenKind kind, String text) {
  public Token {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad token range " + start + ".." + end);
    }
  }
}
