package dev.vigor.engine.readable;

import java.math.BigDecimal;
import java.math.BigInteger;

/** Times (vigor_time_t, nanoseconds) as people read them: seconds, and relative to {@code now}. */
public final class TimeText {
  private static final BigDecimal NS_PER_S = BigDecimal.valueOf(1_000_000_000L);
  /** Below this distance from now a time is given in ns; seconds would be all zeros. */
  private static final long NS_SHOWN_BELOW = 1_000_000L;

  private TimeText() {}

  /** {@code now} itself: {@code 4611686018.427387904 s (4611686018427387904 ns)}. */
  public static String absolute(long now) {
    return seconds(BigInteger.valueOf(now)) + " s (" + now + " ns)";
  }

  /**
   * {@code time} relative to {@code now}: {@code now}, {@code now − 12.5 s}, {@code now + 1 ns}.
   * Exact: no digit of the nanoseconds is rounded away.
   */
  public static String relative(long time, long now) {
    BigInteger d = BigInteger.valueOf(time).subtract(BigInteger.valueOf(now));
    if (d.signum() == 0) {
      return "now";
    }
    String sign = d.signum() < 0 ? " − " : " + ";
    BigInteger abs = d.abs();
    String amount = abs.compareTo(BigInteger.valueOf(NS_SHOWN_BELOW)) < 0 ? abs + " ns"
        : seconds(abs) + " s";
    return "now" + sign + amount;
  }

  /** Whole nanoseconds as seconds with every significant digit and at least one decimal. */
  static String seconds(BigInteger ns) {
    BigDecimal s = new BigDecimal(ns).divide(NS_PER_S).stripTrailingZeros();
    if (s.scale() < 1) {
      s = s.setScale(1);
    }
    return s.toPlainString();
  }
}
