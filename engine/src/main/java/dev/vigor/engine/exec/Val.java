package dev.vigor.engine.exec;

import dev.vigor.engine.ir.CType;
import java.util.List;

/** A value the interpreter computes: an integer, a pointer, or the raw cells of a struct/array. */
public sealed interface Val {
  /** An integer of C type type, as a bit-vector of 8 * sizeof bits. */
  record Int(Object bits, CType.Int type) implements Val {}

  /** A pointer: (region, 64-bit byte offset), or NULL when region is null. */
  record Ptr(Region region, Object offset) implements Val {
    public boolean isNull() {
      return region == null;
    }
  }

  /** The cells of a struct or array value (each as in {@link Region}). */
  record Cells(List<Object> cells) implements Val {
    public Cells {
      cells = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(cells));
    }
  }
}
