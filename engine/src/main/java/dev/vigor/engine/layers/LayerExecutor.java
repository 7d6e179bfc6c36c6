package dev.vigor.engine.layers;

import com.microsoft.z3.Context;
import com.microsoft.z3.Expr;
import com.microsoft.z3.Params;
import com.microsoft.z3.Solver;
import dev.vigor.engine.exec.Interpreter;
import dev.vigor.engine.exec.PathEnded;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Explores every path of a layer's harness entry (its code between its models) symbolically,
 * depth-first by re-execution, with the interpreter every NF runs on: the same memory model and
 * low-level checks, plus the models' {@code vig_assert}s.
 */
public final class LayerExecutor {
  /** Statements one path may run (a model that never ends the layer's loop stops here). */
  public static final long STEP_LIMIT = 2_000_000;

  private LayerExecutor() {}

  /** Paths explored and checks found (each failing or undecided check once, at its first path). */
  public record Exploration(int paths, List<LayerFinding> findings) {}

  /** Explores program from {@code entry}, each query limited to queryTimeoutMs (0: none). */
  public static Exploration explore(Program program, String entry, int queryTimeoutMs,
      CancelToken cancel) {
    try (Context ctx = new Context(); AutoCloseable hook = cancel.onCancel(ctx::interrupt)) {
      LayerDomain domain = new LayerDomain(ctx);
      // libVig's C (objects declared in the harness): held to the contracts the NF layer assumes
      dev.vigor.engine.symex.ObjectContracts contracts = program.objects().isEmpty() ? null
          : LibVigConformance.contractsOf(ctx, program, domain);
      Solver solver = ctx.mkSolver();
      Params params = ctx.mkParams();
      if (queryTimeoutMs > 0) {
        params.add("timeout", queryTimeoutMs);
        solver.setParameters(params);
      }
      Deque<List<Boolean>> work = new ArrayDeque<>();
      work.push(List.of());
      int paths = 0;
      Map<String, LayerFinding> findings = new LinkedHashMap<>();
      Map<dev.vigor.engine.ir.Stmt.Intrinsic, String> texts = new java.util.IdentityHashMap<>();
      while (!work.isEmpty()) {
        cancel.throwIfCancelled();
        List<Boolean> prefix = work.pop();
        List<List<Boolean>> queued = new ArrayList<>();
        solver.push();
        LayerPathRun run = new LayerPathRun(ctx, solver, domain, prefix, queued::add, cancel,
            contracts == null ? null : new LibVigConformance(ctx, program, contracts), params);
        boolean ended = false;
        try {
          new Interpreter<Expr<?>>(program, run, Map.of()).withStepLimit(STEP_LIMIT)
              .withIntrinsicTexts(texts).runEntry(entry);
        } catch (LayerPathRun.Finished e) {
          ended = false; // a model ended the run, complete (a halting machine)
        } catch (PathEnded e) {
          ended = true;
        }
        solver.pop();
        if (!ended || !run.findings.isEmpty()) {
          paths++;
        }
        for (LayerFinding f : run.findings) {
          // one report per check and place (its values differ from path to path)
          findings.putIfAbsent(f.check() + " " + f.loc() + " " + f.failed(), f);
        }
        for (int i = queued.size() - 1; i >= 0; i--) {
          work.push(queued.get(i));
        }
      }
      return new Exploration(paths, List.copyOf(findings.values()));
    } catch (RuntimeException e) {
      throw e;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
