package dev.vigor.rfc.model;

/** An RFC 2119 / RFC 8174 requirement keyword, spelled as the RFC writes it (upper case). */
public enum Keyword {
  MUST("MUST", Level.MUST),
  MUST_NOT("MUST NOT", Level.MUST),
  REQUIRED("REQUIRED", Level.MUST),
  SHALL("SHALL", Level.MUST),
  SHALL_NOT("SHALL NOT", Level.MUST),
  SHOULD("SHOULD", Level.SHOULD),
  SHOULD_NOT("SHOULD NOT", Level.SHOULD),
  RECOMMENDED("RECOMMENDED", Level.SHOULD),
  // RFC 2119 section 4: NOT RECOMMENDED is SHOULD NOT.
  NOT_RECOMMENDED("NOT RECOMMENDED", Level.SHOULD),
  MAY("MAY", Level.MAY),
  OPTIONAL("OPTIONAL", Level.MAY);

  private final String text;
  private final Level level;

  Keyword(String text, Level level) {
    this.text = text;
    this.level = level;
  }

  /** The keyword as written in the RFC, e.g. {@code MUST NOT}. */
  public String text() {
    return text;
  }

  /** The family the keyword belongs to. */
  public Level level() {
    return level;
  }

  /** The keyword written as {@code text}, e.g. "MUST NOT"; null if it is none. */
  public static Keyword fromText(String text) {
    for (Keyword k : values()) {
      if (k.text.equals(text)) {
        return k;
      }
    }
    return null;
  }
}
