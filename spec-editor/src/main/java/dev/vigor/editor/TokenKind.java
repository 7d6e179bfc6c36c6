package dev.vigor.editor;

/** The lexical category of a span of spec text, with the CSS style class that paints it. */
public enum TokenKind {
  KEYWORD("keyword"),
  STATE_OBJECT("state-object"),
  STATE_METHOD("state-method"),
  HEADER_TYPE("header-type"),
  HEADER_FIELD("header-field"),
  INPUT("input"),
  BUILTIN("builtin"),
  CONSTANT("constant"),
  NUMBER("number"),
  COMMENT("comment"),
  STRING("string"),
  IDENTIFIER("identifier"),
  OPERATOR("operator");

  private final String styleClass;

  TokenKind(String styleClass) {
    this.styleClass = styleClass;
  }

  /** The CSS style class of this kind in {@code spec-editor.css}. */
  public String styleClass() {
    return styleClass;
  }
}
