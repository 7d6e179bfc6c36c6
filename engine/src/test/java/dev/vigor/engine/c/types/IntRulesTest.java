package dev.vigor.engine.c.types;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.ir.CType;
import dev.vigor.engine.ir.IntKind;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class IntRulesTest {
  private static CType.Int t(IntKind k) {
    return new CType.Int(k);
  }

  @Test
  void promotionsAndUsualArithmeticConversions() {
    assertEquals(CType.INT, IntRules.usualArithmetic(t(IntKind.UCHAR), t(IntKind.UCHAR)));
    assertEquals(CType.INT, IntRules.usualArithmetic(t(IntKind.USHORT), CType.INT));
    assertEquals(CType.INT, IntRules.promote(CType.BOOL));
    assertEquals(t(IntKind.UINT), IntRules.usualArithmetic(t(IntKind.UINT), CType.INT));
    assertEquals(CType.LONG, IntRules.usualArithmetic(t(IntKind.UINT), CType.LONG));
    assertEquals(CType.ULONG, IntRules.usualArithmetic(CType.ULONG, CType.LONG));
    assertEquals(t(IntKind.ULLONG), IntRules.usualArithmetic(CType.LONG, t(IntKind.ULLONG)));
    // long long vs unsigned long: same width, the signed one has greater rank -> unsigned long long
    assertEquals(t(IntKind.ULLONG), IntRules.usualArithmetic(t(IntKind.LLONG), CType.ULONG));
  }

  @Test
  void conversionsTruncateAndExtend() {
    assertEquals(BigInteger.valueOf(255), IntRules.wrap(BigInteger.valueOf(-1), IntKind.UCHAR));
    assertEquals(BigInteger.valueOf(-1), IntRules.wrap(BigInteger.valueOf(255), IntKind.SCHAR));
    assertEquals(BigInteger.valueOf(0x5678), IntRules.wrap(BigInteger.valueOf(0x12345678), IntKind.USHORT));
    assertEquals(BigInteger.ONE, IntRules.wrap(BigInteger.valueOf(256), IntKind.BOOL));
    assertEquals(new BigInteger("18446744073709551615"), IntRules.wrap(BigInteger.valueOf(-1), IntKind.ULONG));
  }

  @Test
  void integerConstantTypes() {
    assertEquals(CType.INT, IntRules.constantType(BigInteger.valueOf(2147483647), true, false, 0));
    assertEquals(CType.LONG, IntRules.constantType(BigInteger.valueOf(2147483648L), true, false, 0));
    assertEquals(t(IntKind.UINT), IntRules.constantType(BigInteger.valueOf(0xffffffffL), false, false, 0));
    assertEquals(t(IntKind.ULLONG), IntRules.constantType(BigInteger.TEN, true, true, 2));
  }
}
