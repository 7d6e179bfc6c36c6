package dev.vigor.engine.validate;

import dev.vigor.engine.concrete.ConcreteInterpreter;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.symex.CheckResult;
import dev.vigor.engine.symex.Trace;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The low-level checks one symbolic execution found failed or undecided, each replayed concretely
 * once (a failure is confirmed only when its input, replayed, fails that very check), and which
 * of them lie on a given trace: the checks a trace passed through, or the one that ended it.
 */
public final class LowLevelFindings {
  private final Program program;
  private final NfConfig config;
  private final List<CheckResult> checks;
  private final Map<Integer, Verification.LowLevel> replayed = new HashMap<>();

  public LowLevelFindings(Program program, NfConfig config, List<CheckResult> checks) {
    this.program = program;
    this.config = config;
    this.checks = List.copyOf(checks);
  }

  /** Every finding, in the order the executor found them. */
  public synchronized List<Verification.LowLevel> all() {
    List<Verification.LowLevel> out = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      out.add(of(i));
    }
    return out;
  }

  /**
   * The findings on trace t: a check lies on it when the branches taken before the check are the
   * trace's first branches (the executor is deterministic, so it took the same way to the check).
   */
  public synchronized List<Verification.LowLevel> on(Trace t) {
    List<Verification.LowLevel> out = new ArrayList<>();
    for (int i = 0; i < checks.size(); i++) {
      var d = checks.get(i).decisions();
      if (d.size() <= t.decisions().size() && t.decisions().subList(0, d.size()).equals(d)) {
        out.add(of(i));
      }
    }
    return out;
  }

  private Verification.LowLevel of(int i) {
    return replayed.computeIfAbsent(i, this::replay);
  }

  private Verification.LowLevel replay(int i) {
    CheckResult c = checks.get(i);
    boolean failed = c.status() == CheckResult.Status.FAILED;
    boolean confirmed = false;
    if (failed && c.input() != null) {
      try {
        var run = new ConcreteInterpreter(program, config).replay(c.input());
        confirmed = run.failed() && run.failedCheck() == c.check();
      } catch (dev.vigor.libvig.concrete.PreconditionViolation e) {
        confirmed = false; // the input cannot be loaded (e.g. a full table too large to fill)
      }
    }
    List<String> steps = c.steps().stream().map(s -> s.loc() + ": " + s.what()).toList();
    return new Verification.LowLevel(String.valueOf(c.check()), String.valueOf(c.loc()),
        c.message(), failed, c.input(), confirmed, steps, i);
  }
}
