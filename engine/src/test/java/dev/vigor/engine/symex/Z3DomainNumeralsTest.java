package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.microsoft.z3.BitVecNum;
import com.microsoft.z3.Context;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Numerals are kept per context (see Z3Domain.num): a kept one must be the very numeral a fresh
 * one would be, for every width up to 64 bits and beyond, negative values and values past 2^63
 * included, whether asked as a long or as a BigInteger, the first time or a later one.
 */
class Z3DomainNumeralsTest {
  @Test
  void aNumeralIsItsValueModuloTheWidthHoweverItIsAsked() {
    Random random = new Random(20261205L);
    try (Context ctx = new Context()) {
      Z3Domain d = new Z3Domain(ctx);
      for (int round = 0; round < 2_000; round++) {
        int bits = 1 + random.nextInt(70);
        BigInteger value = switch (round % 4) {
          case 0 -> BigInteger.valueOf(random.nextInt(300) - 100);
          case 1 -> BigInteger.valueOf(random.nextLong());
          case 2 -> BigInteger.ONE.shiftLeft(bits).subtract(BigInteger.valueOf(random.nextInt(3)));
          default -> new BigInteger(72, random).subtract(BigInteger.ONE.shiftLeft(71));
        };
        BigInteger expected = value.mod(BigInteger.ONE.shiftLeft(bits));
        for (int ask = 0; ask < 2; ask++) {
          assertEquals(expected, ((BitVecNum) d.num(value, bits)).getBigInteger(), value + " at " + bits);
          assertEquals(bits, ((BitVecNum) d.num(value, bits)).getSortSize());
          if (value.bitLength() < 64) {
            assertEquals(d.num(value, bits), d.num(value.longValue(), bits), value + " at " + bits);
          }
        }
      }
    }
  }
}
