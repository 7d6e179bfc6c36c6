package dev.vigor.engine.symex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.ir.Program;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.ProgressListener;
import dev.vigor.engine.run.SolverBudget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A recorded exploration replayed in a fresh Z3 context asks no solver query and gives the same
 * result, term for term: every catalog NF, and every broken NF (whose low-level checks fail,
 * are undecided or end paths, so every kind of recorded check outcome is replayed).
 */
class ReplayTest {
  static Stream<Path> nfs() throws Exception {
    List<Path> all = new ArrayList<>();
    for (String nf : List.of("nop", "bridge", "firewall", "router", "lb", "nat", "policer")) {
      all.add(Nfs.catalog(nf));
    }
    try (Stream<Path> s = Files.list(Nfs.broken("null_header").getParent())) {
      // unbounded_loop is rejected by the front-end: nothing to explore
      s.filter(Files::isDirectory).filter(d -> !d.endsWith("unbounded_loop")).sorted()
          .forEach(all::add);
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("nfs")
  void replayGivesTheExploredResultWithNoQuery(Path dir) throws Exception {
    Program program = Nfs.compile(dir);
    NfConfig config = Nfs.config(dir);
    SolverBudget budget = new SolverBudget(SymbolicExecutor.QUERY_TIMEOUT_MS);
    List<List<RecordedRun>> recorded = new ArrayList<>();
    try (SymexResult explored = SymbolicExecutor.run(program, config, ProgressListener.NONE,
            CancelToken.none(), budget, recorded::add);
        SymexResult replayed = SymbolicExecutor.replay(program, config, ProgressListener.NONE,
            CancelToken.none(), budget, recorded.get(0))) {
      assertEquals(0, replayed.timings().queries());
      assertEquals(describe(explored), describe(replayed));
      assertEquals(explored.tree().render(), replayed.tree().render());
    }
  }

  @Test
  void aRecordForAnotherProgramDoesNotReplay() throws Exception {
    Path bridge = Nfs.catalog("bridge");
    Path nop = Nfs.catalog("nop");
    SolverBudget budget = new SolverBudget(SymbolicExecutor.QUERY_TIMEOUT_MS);
    List<List<RecordedRun>> recorded = new ArrayList<>();
    try (SymexResult r = SymbolicExecutor.run(Nfs.compile(nop), Nfs.config(nop),
        ProgressListener.NONE, CancelToken.none(), budget, recorded::add)) {
      assertTrue(r.traces().size() > 0);
    }
    assertThrows(ReplayMismatch.class, () -> SymbolicExecutor.replay(Nfs.compile(bridge),
        Nfs.config(bridge), ProgressListener.NONE, CancelToken.none(), budget, recorded.get(0))
        .close());
  }

  /** Everything of a result as text: each trace's terms, inputs and checks, and the run's checks. */
  static List<String> describe(SymexResult r) {
    List<String> out = new ArrayList<>();
    for (Trace t : r.traces()) {
      out.add("trace " + t.id() + " " + t.verdictText() + " verdict=" + t.verdict()
          + " concrete=" + t.concreteVerdict() + " unknown=" + t.feasibilityUnknown());
      out.add("decisions " + t.decisions());
      out.add("path " + t.pathCondition() + " " + t.pathText() + " " + t.pathLocs());
      out.add("axioms " + t.axioms());
      out.add("calls " + t.calls());
      out.add("steps " + t.steps());
      out.add("packet " + t.outputPacket());
      out.add("points " + t.keyPoints() + " " + t.indexPoints());
      out.add("input " + (t.input() == null ? null : t.input().summary()));
      out.add("ended " + check(t.endedBy()));
      t.checks().forEach(c -> out.add("check " + check(c)));
    }
    r.checks().forEach(c -> out.add("run check " + check(c)));
    return out;
  }

  static String check(CheckResult c) {
    return c == null ? "-" : c.check() + " " + c.loc() + " " + c.status() + " " + c.message()
        + " " + (c.input() == null ? null : c.input().summary()) + " " + c.decisions() + " "
        + c.steps();
  }
}
