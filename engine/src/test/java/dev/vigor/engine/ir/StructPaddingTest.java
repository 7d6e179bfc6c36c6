package dev.vigor.engine.ir;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.BitSet;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Padding is every struct byte no member covers, at any depth. */
class StructPaddingTest {
  static final CType U8 = new CType.Int(IntKind.UCHAR);
  static final CType U32 = new CType.Int(IntKind.UINT);
  static final CType I64 = new CType.Int(IntKind.LONG);

  /** struct Count { uint32_t seen; int64_t start; }: bytes 4 to 7. */
  static final CType.Struct COUNT = new CType.Struct("Count",
      List.of(new CType.Field("seen", U32, 0, false), new CType.Field("start", I64, 8, false)), 16, 8, true);

  @Test
  void bytesNoMemberCoversArePadding() {
    assertEquals(bits(4, 5, 6, 7), StructPadding.of(COUNT));
    assertEquals("padding after member seen of struct Count", StructPadding.describe(COUNT, 5));
    assertEquals(new BitSet(), StructPadding.of(U32));
  }

  /** struct Outer { uint8_t tag; struct Count c[2]; }: after tag, and inside each element. */
  @Test
  void paddingInsideMembersAndArrayElementsCounts() {
    CType.Struct outer = new CType.Struct("Outer", List.of(new CType.Field("tag", U8, 0, false),
        new CType.Field("c", new CType.Array(COUNT, 2), 8, false)), 40, 8, true);
    assertEquals(bits(1, 2, 3, 4, 5, 6, 7, 12, 13, 14, 15, 28, 29, 30, 31), StructPadding.of(outer));
    assertEquals("padding after member seen of struct Count", StructPadding.describe(outer, 29));
  }

  private static BitSet bits(int... offsets) {
    BitSet b = new BitSet();
    for (int o : offsets) {
      b.set(o);
    }
    return b;
  }
}
