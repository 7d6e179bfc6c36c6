package dev.vigor.libvig.c;

import com.microsoft.z3.Context;
import dev.vigor.libvig.concrete.PreconditionViolation;
import dev.vigor.libvig.contract.RandomCalls;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;
import java.util.Random;

/**
 * Runs the same random call sequences on a Java structure and on its C twin: after every call
 * the results (or the broken precondition) must be the same, and after every sequence the whole
 * states. Sequence q of a run with seed s uses seed s + q, so one number reproduces a run. Its
 * length is drawn from 1..maxSteps, so short sequences look at fresh structures and long ones
 * fill them.
 */
final class Differential {
  /** Calls shown before a disagreement. */
  private static final int SHOWN = 12;

  private Differential() {}

  /** What one run covered. */
  record Stats(int sequences, int calls, int violations) {}

  /** The first disagreement, described with its seed and the calls leading to it; or empty. */
  static <T> Optional<String> run(Context ctx, Kind<T> kind, CDriver driver, long seed,
      int sequences, int maxSteps, Stats[] stats) {
    int calls = 0;
    int violations = 0;
    for (int q = 0; q < sequences; q++) {
      long s = seed + q;
      Random rj = new Random(s);
      Random rc = new Random(s);
      T javaImpl = kind.java().get();
      T cImpl = kind.c().apply(driver);
      RandomCalls java = kind.calls().of(ctx, javaImpl, rj);
      RandomCalls c = kind.calls().of(ctx, cImpl, rc);
      Deque<String> shown = new ArrayDeque<>();
      int steps = 1 + new Random(~s).nextInt(maxSteps);
      for (int n = 0; n < steps; n++) {
        RandomCalls.Call cj = java.next(rj);
        RandomCalls.Call cc = c.next(rc);
        String call = cj.operation() + cj.args();
        if (!call.equals(cc.operation() + cc.args())) {
          return Optional.of(report(kind, s, n, shown, "the generators diverged (an observer "
              + "they read disagreed): Java made " + call + ", C " + cc.operation() + cc.args()));
        }
        String oj = outcome(cj);
        String oc = outcome(cc);
        violations += oj.startsWith("violates") ? 1 : 0;
        calls++;
        remember(shown, call + " Java " + oj + (oj.equals(oc) ? "" : " | C " + oc));
        if (!oj.equals(oc)) {
          return Optional.of(report(kind, s, n, shown, "results differ"));
        }
      }
      String sj = kind.state().apply(javaImpl);
      String sc = kind.state().apply(cImpl);
      if (!sj.equals(sc)) {
        return Optional.of(report(kind, s, steps, shown,
            "states differ after the sequence:\n  Java " + sj + "\n  C    " + sc));
      }
    }
    if (stats != null) {
      stats[0] = new Stats(sequences, calls, violations);
    }
    return Optional.empty();
  }

  private static String outcome(RandomCalls.Call call) {
    try {
      return "-> " + call.run();
    } catch (PreconditionViolation e) {
      return "violates " + e.operation();
    }
  }

  private static void remember(Deque<String> shown, String line) {
    shown.addLast(line);
    if (shown.size() > SHOWN) {
      shown.removeFirst();
    }
  }

  private static String report(Kind<?> kind, long sequenceSeed, int step, Deque<String> shown,
      String what) {
    return kind.name() + ": " + what + " at call " + step + " of the sequence with seed "
        + sequenceSeed + "; the last calls:\n  " + String.join("\n  ", shown);
  }
}
