package dev.vigor.engine.symex;

import dev.vigor.engine.exec.OutsideSubsetException;
import dev.vigor.engine.ir.Function;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.ir.Stmt;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Refuses, before exploring, a loop that nf_process (or a function it calls) may run more times
 * per packet than symbolic execution can unroll: each iteration is part of every path through it,
 * so a bound of millions means paths of millions of statements. Loops over a packet's bytes (at
 * most 65,535) pass; nf_init's loops run concretely and only meet the step budget.
 */
final class PacketLoops {
  /** The most iterations a loop on nf_process's paths may have: one per byte of the largest packet. */
  static final long MAX_ITERATIONS = 65_536;

  private PacketLoops() {}

  /** Throws {@link OutsideSubsetException} at the first such loop, naming it and its bound. */
  static void check(Program program) {
    Deque<String> todo = new ArrayDeque<>(List.of("nf_process"));
    Set<String> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      String name = todo.pop();
      if (!seen.add(name)) {
        continue;
      }
      program.function(name).map(Function::body).ifPresent(body -> walk(body, todo));
    }
  }

  private static void walk(List<Stmt> block, Deque<String> calls) {
    for (Stmt s : block) {
      if (s instanceof Stmt.Loop l) {
        if (l.maxIterations() > MAX_ITERATIONS) {
          throw new OutsideSubsetException(l.loc() + ": error: this loop may run "
              + l.maxIterations() + " times for one packet (" + l.bound() + "); symbolic"
              + " execution unrolls at most " + MAX_ITERATIONS + " iterations of a loop on"
              + " nf_process's paths: bound it by the packet's length or a smaller constant");
        }
        walk(l.header(), calls);
        walk(l.body(), calls);
        walk(l.step(), calls);
      } else if (s instanceof Stmt.If i) {
        walk(i.then(), calls);
        walk(i.otherwise(), calls);
      } else if (s instanceof Stmt.Call c) {
        calls.push(c.function());
      }
    }
  }
}
