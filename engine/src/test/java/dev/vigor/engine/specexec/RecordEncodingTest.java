package dev.vigor.engine.specexec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.BitVecSort;
import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.IntNum;
import com.microsoft.z3.IntSort;
import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Spec values as C bytes (byte 0 most significant), both ways, in both domains. */
class RecordEncodingTest {
  static final ValueLayout.StructLayout ETHER_ADDR = new ValueLayout.StructLayout("ether_addr", 6,
      List.of(new ValueLayout.FieldLayout("addr_bytes", 0, new ValueLayout.ByteArray(6))));
  /** struct FlowId {uint32_t src_ip, dst_ip; uint16_t src_port, dst_port; uint8_t protocol;} */
  static final ValueLayout.StructLayout FLOW_ID = new ValueLayout.StructLayout("FlowId", 16, List.of(
      new ValueLayout.FieldLayout("src_ip", 0, new ValueLayout.IntLayout(4, false)),
      new ValueLayout.FieldLayout("dst_ip", 4, new ValueLayout.IntLayout(4, false)),
      new ValueLayout.FieldLayout("src_port", 8, new ValueLayout.IntLayout(2, false)),
      new ValueLayout.FieldLayout("dst_port", 10, new ValueLayout.IntLayout(2, false)),
      new ValueLayout.FieldLayout("protocol", 12, new ValueLayout.IntLayout(1, false))));
  /** struct Mixed {int8_t delta; struct ether_addr mac; int32_t count;}: padding at 7 and at 8..? */
  static final ValueLayout.StructLayout MIXED = new ValueLayout.StructLayout("Mixed", 12, List.of(
      new ValueLayout.FieldLayout("delta", 0, new ValueLayout.IntLayout(1, true)),
      new ValueLayout.FieldLayout("mac", 1, ETHER_ADDR),
      new ValueLayout.FieldLayout("count", 8, new ValueLayout.IntLayout(4, true))));

  private static final ConcreteDomain D = new ConcreteDomain(new ConcreteSpecInputs(new byte[0], 0,
      0, 0, 0, 0, Map.of(), 2, Optional.empty(), Map.of()), Map.of());
  private static final RecordEncoding<BigInteger, Boolean, Bits, AbstractState> ENC =
      new RecordEncoding<>(D);

  private static String hex(Bits b) {
    byte[] bytes = new byte[b.width() / 8];
    for (int i = 0; i < bytes.length; i++) {
      bytes[i] = b.value().shiftRight(8 * (bytes.length - 1 - i)).byteValue();
    }
    return HexFormat.of().formatHex(bytes);
  }

  private static BigInteger n(long v) {
    return BigInteger.valueOf(v);
  }

  @Test
  void etherAddrIsTheMacsWireBytes() {
    RecordEncoding.Encoded<Boolean, Bits> e = ENC.number(n(0x0a0b0c0d0e0fL), ETHER_ADDR);
    assertEquals("0a0b0c0d0e0f", hex(e.bits()));
    assertTrue(e.fits().stream().allMatch(RecordEncoding.Fit::condition));
    assertEquals(n(0x0a0b0c0d0e0fL), ENC.readNumber(e.bits(), ETHER_ADDR));
    assertFalse(ENC.number(n(1L << 48), ETHER_ADDR).fits().stream().allMatch(RecordEncoding.Fit::condition),
        "a 49-bit number does not fit a MAC");
  }

  @Test
  void integerFieldsAreHostOrderAndPaddingIsZero() {
    Bits flow = ENC.record(List.of(n(0xc0a80001L), n(0x08080808L), n(1234), n(80), n(6)), FLOW_ID)
        .bits();
    // 192.168.0.1 stored little-endian, then 8.8.8.8, ports 0x04d2 and 0x0050, proto 6, padding.
    assertEquals("0100a8c0" + "08080808" + "d204" + "5000" + "06" + "000000", hex(flow));
    assertEquals(n(1234), ENC.readField(flow, FLOW_ID, "src_port"));
    assertEquals(n(0xc0a80001L), ENC.readField(flow, FLOW_ID, "src_ip"));

    Bits mixed = ENC.record(List.of(n(-2), n(0x010203040506L), n(-1)), MIXED).bits();
    assertEquals("fe" + "010203040506" + "00" + "ffffffff", hex(mixed));
    assertEquals(n(-2), ENC.readField(mixed, MIXED, "delta"));
    assertEquals(n(0x010203040506L), ENC.readField(mixed, MIXED, "mac"));
    assertEquals(n(-1), ENC.readField(mixed, MIXED, "count"));
    List<RecordEncoding.Fit<Boolean>> fits = ENC.record(List.of(n(128), n(0), n(0)), MIXED).fits();
    assertFalse(fits.stream().allMatch(RecordEncoding.Fit::condition), "128 does not fit an int8_t");
    // the broken one names its field, the field's C type and the order of the fields
    assertEquals(List.of("the value for delta (an int8_t) may not fit it; Mixed's fields are, in"
        + " order, delta, mac, count; if that is the order given, the value leaves the C type's"
        + " range: keep it in range or bound what the table stores"), fits.stream().filter(f -> !f.condition())
        .map(RecordEncoding.Fit::where).toList());
    assertTrue(ENC.record(List.of(n(-128), n(0), n(0)), MIXED).fits().stream().allMatch(RecordEncoding.Fit::condition));
  }

  @Test
  void randomRecordsRoundTripAndTheSymbolicEncodingIsTheSameBits() {
    Random r = new Random(11);
    try (Context ctx = new Context()) {
      SymbolicDomain z = new SymbolicDomain(new SymbolicSpecInputs(ctx,
          ArrayPacketTerms.fresh(ctx, "p", 1), ctx.mkBVConst("r", 16), ctx.mkBVConst("n", 64),
          ctx.mkBVConst("i", 32), ctx.mkBVConst("t", 64), Map.of(), 2, Optional.empty(), Map.of()));
      RecordEncoding<Expr<IntSort>, com.microsoft.z3.BoolExpr, Expr<BitVecSort>, Expr<?>> zenc =
          new RecordEncoding<>(z);
      for (int k = 0; k < 200; k++) {
        List<BigInteger> values = List.of(n(r.nextInt(256) - 128),
            new BigInteger(48, r), n(r.nextInt()));
        Bits bits = ENC.record(values, MIXED).bits();
        for (int f = 0; f < values.size(); f++) {
          assertEquals(values.get(f), ENC.readField(bits, MIXED, MIXED.fields().get(f).name()));
        }
        Expr<BitVecSort> sym = zenc.record(values.stream().map(z::num).toList(), MIXED).bits();
        assertEquals(bits.value(), ((BitVecNum) sym.simplify()).getBigInteger());
        Expr<IntSort> back = zenc.readField(sym, MIXED, "count");
        assertEquals(values.get(2), ((IntNum) back.simplify()).getBigInteger());
      }
      // The companion: another value gives other bits.
      assertNotEquals(ENC.record(List.of(n(1), n(2), n(3)), MIXED).bits(),
          ENC.record(List.of(n(1), n(2), n(4)), MIXED).bits());
    }
  }
}
