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

  /**
   * The engine's result and progress values the panel reads on the FX thread to show them (a
   * record's accessor is not verification work); a sample inside one of them does not count.
   */
  private static final java.util.Set<String> RESULT_VALUES = java.util.Set.of(
      "dev.vigor.engine.run.Progress", "dev.vigor.engine.run.Phase",
      "dev.vigor.engine.spec.SourceHash", "dev.vigor.engine.validate.Verdict",
      "dev.vigor.engine.validate.TraceResult", "dev.vigor.engine.validate.Counterexample",
      "dev.vigor.engine.validate.Verification$SpecResult", "dev.vigor.engine.validate.Verification$Result",
      "dev.vigor.engine.diag.Diagnostic", "dev.vigor.engine.diag.SourceLocation",
      "dev.vigor.engine.diag.Severity", "dev.vigor.engine.symex.ExecutionTree",
      "dev.vigor.engine.symex.ExecutionTree$Node", "dev.vigor.engine.symex.ExecutionTree$Leaf");

  private static boolean isEngineWork(StackTraceElement e) {
    return e.getClassName().startsWith("dev.vigor.engine") && !RESULT_VALUES.contains(e.getClassName());
  }

  /** How many samples caught the FX thread in engine code. */
  synchronized int engineSamples() {
    return engineSamples;
  }

  /** Samples the FX thread; keeps the stack when stalled or when it is in engine code. */
  synchronized void sample(boolean stalled) {
    count++;
    StackTraceElement[] stack = fx.getStackTrace();
    boolean engine = java.util.Arrays.stream(stack).anyMatch(FxStallSampler::isEngineWork);
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
