package dev.vigor.engine.ir;

import java.util.BitSet;

/**
 * The padding bytes of a C type: bytes of a struct (at any depth, in array elements too) that no
 * member covers. No C code can read them through a member, so they are not part of a value.
 */
public final class StructPadding {
  private StructPadding() {}

  /** The byte offsets in type that are padding (empty for a type without structs). */
  public static BitSet of(CType type) {
    BitSet padding = new BitSet();
    mark(type, 0, padding);
    return padding;
  }

  /** The name of the struct member around or before a padding byte, for messages. */
  public static String describe(CType type, int offset) {
    if (type instanceof CType.Struct s) {
      String before = null;
      for (CType.Field f : s.fields()) {
        long end = f.offset() + f.type().size();
        if (offset >= f.offset() && offset < end) {
          return describe(f.type(), (int) (offset - f.offset()));
        }
        if (f.offset() <= offset) {
          before = f.name();
        }
      }
      return "padding" + (before == null ? " at the start" : " after member " + before) + " of " + s.cName();
    }
    if (type instanceof CType.Array a && a.element().size() > 0) {
      return describe(a.element(), (int) (offset % a.element().size()));
    }
    return "a member";
  }

  private static void mark(CType type, long at, BitSet padding) {
    if (type instanceof CType.Struct s && s.complete()) {
      BitSet covered = new BitSet();
      for (CType.Field f : s.fields()) {
        covered.set(Math.toIntExact(f.offset()), Math.toIntExact(f.offset() + f.type().size()));
        mark(f.type(), at + f.offset(), padding);
      }
      for (int i = 0; i < s.size(); i++) {
        if (!covered.get(i)) {
          padding.set(Math.toIntExact(at + i));
        }
      }
    } else if (type instanceof CType.Array a) {
      for (long i = 0; i < a.length(); i++) {
        mark(a.element(), at + i * a.element().size(), padding);
      }
    }
  }
}
