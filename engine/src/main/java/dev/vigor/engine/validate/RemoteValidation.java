package dev.vigor.engine.validate;

import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.spec.SpecSources;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.symex.RecordedRun;
import java.nio.file.Path;
import java.util.List;

/**
 * Who validates a run's traces when it is not this JVM's thread pool: {@link Verification}
 * explores once, records the exploration, and hands it here with the positions of the traces to
 * validate; the results come back through a {@link Sink}, which merges them exactly as a local
 * worker's ({@code dev.vigor.engine.cluster.ClusterValidation} sends them to Hazelcast members).
 */
public interface RemoteValidation {
  /**
   * Everything another JVM needs to validate the run, as plain data: the NF folder, the spec files
   * to validate (those that passed the checker, in the run's order) with the check results that
   * name the texts they read, where those texts come from, the step budgets and the solver budget,
   * the exploration as recorded and the number of traces it gave.
   */
  record Work(Path nfDir, List<Path> specFiles, List<SpecCheckResult> checked, SpecSources sources,
      long maxSteps, long maxPathSteps, long traceTimeoutMs, List<RecordedRun> runs,
      int traceCount) {
    public Work {
      specFiles = List.copyOf(specFiles);
      checked = List.copyOf(checked);
      runs = List.copyOf(runs);
    }
  }

  /** Where decided traces go: one call per trace position, a result per spec in Work's order. */
  interface Sink {
    void decided(int position, List<TraceResult> results);
  }

  /**
   * Validates one trace position in the calling thread's own Z3 context, for when nobody else is
   * left to; only to be called from the thread that called {@link #validate}.
   */
  interface Local {
    List<TraceResult> validate(int position);
  }

  /**
   * Validates every trace position of work (each exactly once into sink), returning when all are
   * decided; stops with {@link dev.vigor.engine.run.CancelledException} soon after halt.
   */
  void validate(Work work, Sink sink, Local local, CancelToken halt) throws Exception;
}
