package dev.vigor.app.verify;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Test diagnostics: samples the FX thread's stack while a ping has waited long, so a failing
 * responsiveness test says what the FX thread was doing (or that it was not running at all).
 */
final class FxStallSampler {
  private final Thread fx;
  private final Map<String, Integer> samples = new LinkedHashMap<>();

  FxStallSampler(Thread fx) {
    this.fx = fx;
  }

  private int count;
  private int engineSamples;

  /** How many samples caught the FX thread in engine code. */
  synchronized int engineSamples() {
    return engineSamples;
  }

  /** Samples the FX thread; keeps the stack when stalled or when it is in engine code. */
  synchronized void sample(boolean stalled) {
    count++;
    StackTraceElement[] stack = fx.getStackTrace();
    boolean engine = java.util.Arrays.stream(stack)
        .anyMatch(e -> e.getClassName().startsWith("dev.vigor.engine"));
    if (engine) {
      engineSamples++;
    }
    if (!stalled && !engine) {
      return;
    }
    StringBuilder s = new StringBuilder(fx.getState().toString());
    int shown = 0;
    for (StackTraceElement e : stack) {
      if (e.getClassName().startsWith("dev.vigor") || shown < 12) {
        s.append("\n      at ").append(e);
        if (++shown >= 16) {
          break;
        }
      }
    }
    samples.merge(s.toString(), 1, Integer::sum);
  }

  synchronized int count() {
    return count;
  }

  synchronized String top(int n) {
    StringBuilder out = new StringBuilder();
    samples.entrySet().stream().sorted((a, b) -> b.getValue() - a.getValue()).limit(n)
        .forEach(e -> out.append("  ").append(e.getValue()).append(" samples: ").append(e.getKey()).append('\n'));
    return out.toString();
  }
}
