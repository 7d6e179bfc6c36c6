package dev.vigor.engine.c.types;

import dev.vigor.engine.ir.CType;
import java.util.ArrayList;
import java.util.List;

/** Lays out a struct with the C ABI rules (each member at the next multiple of its alignment, size rounded to the largest). */
public final class StructLayout {
  private StructLayout() {}

  /** A member before layout. */
  public record Member(String name, CType type, boolean constQualified) {}

  /** The complete struct tag with these members in order. */
  public static CType.Struct layout(String tag, List<Member> members) {
    List<CType.Field> fields = new ArrayList<>();
    long offset = 0;
    int align = 1;
    for (Member m : members) {
      int a = m.type().align();
      offset = alignUp(offset, a);
      fields.add(new CType.Field(m.name(), m.type(), offset, m.constQualified()));
      offset += m.type().size();
      align = Math.max(align, a);
    }
    return new CType.Struct(tag, fields, alignUp(offset, align), align, true);
  }

  private static long alignUp(long v, int a) {
    return (v + a - 1) / a * a;
  }
}
