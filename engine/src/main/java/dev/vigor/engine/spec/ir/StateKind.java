package dev.vigor.engine.spec.ir;

import java.util.Optional;

/** The kind of an exported libVig state object; {@code UNKNOWN} when checked without an NF. */
public enum StateKind {
  EMAP("emap"),
  VECTOR("vector"),
  MAP("map"),
  DCHAIN("dchain"),
  CHT("cht"),
  LPM("lpm"),
  UNKNOWN("state object of unknown kind");

  private final String word;

  StateKind(String word) {
    this.word = word;
  }

  /** The word used in specs and messages, e.g. {@code emap}. */
  public String word() {
    return word;
  }

  /** The word with its article, for messages: "an emap", "a vector". */
  public String withArticle() {
    if (this == UNKNOWN) {
      return "a " + word;
    }
    return (word.startsWith("e") || word.startsWith("l") ? "an " : "a ") + word;
  }

  /** The kind spelled {@code word} (as an NF interface lists it). */
  public static Optional<StateKind> byWord(String word) {
    for (StateKind k : values()) {
      if (k != UNKNOWN && k.word.equals(word)) {
        return Optional.of(k);
      }
    }
    return Optional.empty();
  }
}
