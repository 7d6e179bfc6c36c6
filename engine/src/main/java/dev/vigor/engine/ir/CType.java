package dev.vigor.engine.ir;

import java.util.List;
import java.util.Optional;

/** A C type as the IR sees it: integers, pointers, fixed arrays, structs, void. */
public sealed interface CType permits CType.Int, CType.Pointer, CType.Array, CType.Struct, CType.Void {

  /** Size in bytes (sizeof); 0 for void and incomplete structs. */
  long size();

  /** Alignment in bytes (_Alignof). */
  int align();

  /** The C spelling, for messages. */
  String cName();

  /** An integer type; {@link IntKind} fixes width and signedness. */
  record Int(IntKind kind) implements CType {
    public long size() {
      return kind.size();
    }

    public int align() {
      return kind.size();
    }

    public String cName() {
      return kind.cName();
    }

    /** Whether overflow is undefined (signed) rather than wrapping. */
    public boolean signed() {
      return kind.signed();
    }

    @Override
    public String toString() {
      return cName();
    }
  }

  /** A pointer; {@code targetConst} when it points to const (writes through it are rejected). */
  record Pointer(CType target, boolean targetConst) implements CType {
    public long size() {
      return 8;
    }

    public int align() {
      return 8;
    }

    public String cName() {
      return (targetConst ? "const " : "") + target.cName() + " *";
    }

    @Override
    public String toString() {
      return cName();
    }
  }

  /** A fixed-size array of {@code length} elements. */
  record Array(CType element, long length) implements CType {
    public long size() {
      return element.size() * length;
    }

    public int align() {
      return element.align();
    }

    public String cName() {
      return element.cName() + "[" + length + "]";
    }

    @Override
    public String toString() {
      return cName();
    }
  }

  /** One struct member at its byte offset (C layout rules, no packing). */
  record Field(String name, CType type, long offset, boolean constQualified) {}

  /**
   * A struct, identified by its tag (anonymous structs get a generated one). {@code fields} is empty
   * and {@code complete} false for a struct only declared so far; equality is by tag so a pointer to
   * an incomplete struct equals the same pointer once the struct is defined.
   */
  record Struct(String tag, List<Field> fields, long size, int align, boolean complete)
      implements CType {
    public Struct {
      fields = List.copyOf(fields);
    }

    /** A struct declared but not (yet) defined. */
    public static Struct incomplete(String tag) {
      return new Struct(tag, List.of(), 0, 1, false);
    }

    /** The member called name. */
    public Optional<Field> field(String name) {
      return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    public String cName() {
      return "struct " + tag;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Struct s && s.tag.equals(tag);
    }

    @Override
    public int hashCode() {
      return tag.hashCode();
    }

    @Override
    public String toString() {
      return cName();
    }
  }

  /** void: only as a function result or behind a pointer. */
  record Void() implements CType {
    public long size() {
      return 0;
    }

    public int align() {
      return 1;
    }

    public String cName() {
      return "void";
    }

    @Override
    public String toString() {
      return "void";
    }
  }

  /** Shorthands used everywhere. */
  CType.Int INT = new Int(IntKind.INT);
  CType.Int BOOL = new Int(IntKind.BOOL);
  CType.Int LONG = new Int(IntKind.LONG);
  CType.Int ULONG = new Int(IntKind.ULONG);
  CType.Void VOID = new Void();

  /** Whether this is an integer type (including _Bool). */
  default boolean isInteger() {
    return this instanceof Int;
  }

  /** Whether this is scalar (integer or pointer): usable as a condition. */
  default boolean isScalar() {
    return this instanceof Int || this instanceof Pointer;
  }
}
