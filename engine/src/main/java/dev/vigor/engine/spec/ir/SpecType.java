package dev.vigor.engine.spec.ir;

/** The static type of a spec expression, as far as the checker can tell. */
public sealed interface SpecType {
  /** A mathematical integer. */
  SpecType INT = new Simple("int");
  /** A truth value. */
  SpecType BOOL = new Simple("bool");
  /** The packet as received ({@code pkt}). */
  SpecType PACKET = new Simple("packet");
  /** A state-changing call's (absent) result. */
  SpecType NONE = new Simple("no value");
  /** Not known statically (open world: no NF interface, or a value from an unknown-kind object). */
  SpecType UNKNOWN = new Simple("unknown");

  /** A type without parameters. */
  record Simple(String name) implements SpecType {
    @Override
    public String toString() {
      return name;
    }
  }

  /** A header of one type. */
  record Header(HeaderType header) implements SpecType {
    @Override
    public String toString() {
      return header.specName() + " header";
    }
  }

  /** A record; {@code name} is the NF's record type, or the spelling used when unchecked. */
  record Record(String name, boolean known) implements SpecType {
    @Override
    public String toString() {
      return "record " + name;
    }
  }

  /** A list (ports, headers). */
  record ListOf(SpecType element) implements SpecType {
    @Override
    public String toString() {
      return "list of " + element;
    }
  }

  /** A reference to a state object itself (e.g. the cht argument of {@code choose_with_cht}). */
  record State(String object, StateKind kind) implements SpecType {
    @Override
    public String toString() {
      return kind.word() + " " + object;
    }
  }

  /** A list type. */
  static SpecType listOf(SpecType element) {
    return new ListOf(element);
  }
}
