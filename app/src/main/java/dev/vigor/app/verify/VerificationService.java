package dev.vigor.app.verify;

import dev.vigor.app.task.TaskExecutor;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.run.CancelToken;
import dev.vigor.engine.run.Phase;
import dev.vigor.engine.run.Progress;
import dev.vigor.engine.symex.ExecutionTree;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verification;
import dev.vigor.engine.validate.VerificationObserver;
import java.nio.file.Path;
import java.util.List;
import javafx.concurrent.Service;
import javafx.concurrent.Task;

/**
 * Runs {@link Verification} on the app's task executor and hands every engine event to
 * {@link Events} on the FX thread. Cancelling goes through the engine's {@link CancelToken}, so
 * the service fails with {@link dev.vigor.engine.run.CancelledException} once the engine has
 * really stopped, not the moment Cancel is pressed.
 */
final class VerificationService extends Service<Verification.Result> {
  /** What the view-model hears, always on the FX thread. */
  interface Events {
    void progress(Progress p);

    void explored(ExecutionTree tree, List<Integer> traceIds);

    void traceStarted(Path spec, int traceId);

    void traceDone(Path spec, TraceResult result);

    /** The low-level checks the NF fails or may fail, each once, before any trace is decided. */
    default void lowLevel(List<Verification.LowLevel> findings) {}
  }

  /** Z3 time per query before a trace counts as unknown, as in {@code vigor verify}. */
  static final long TRACE_TIMEOUT_MS = 60_000;

  private Path nfDir;
  private List<Path> specs = List.of();
  private Events events;
  private volatile CancelToken token = CancelToken.none();

  VerificationService(TaskExecutor tasks) {
    // Service hands the executor a wrapper around its Task: run that on the app's one executor.
    setExecutor(runnable -> tasks.execute(new Task<Void>() {
      @Override
      protected Void call() {
        runnable.run();
        return null;
      }
    }));
  }

  /** Sets what the next start verifies. FX thread, while not running. */
  void configure(Path nfDir, List<Path> specs, Events events) {
    this.nfDir = nfDir;
    this.specs = List.copyOf(specs);
    this.events = events;
  }

  /** Asks the engine to stop; the service fails with CancelledException when it has. */
  void stopEngine() {
    token.cancel();
  }

  @Override
  protected Task<Verification.Result> createTask() {
    Path dir = nfDir;
    List<Path> files = specs;
    Events to = events;
    CancelToken cancel = new CancelToken();
    token = cancel;
    FxEventPump pump = new FxEventPump();
    int jobs = Math.max(1, Runtime.getRuntime().availableProcessors() / 2);
    return new Task<>() {
      @Override
      protected Verification.Result call() throws Exception {
        pump.post(() -> to.progress(new Progress(Phase.FRONT_END, 0, -1, "reading the C sources")));
        LoadedNf nf = LoadedNf.load(dir);
        cancel.throwIfCancelled();
        return Verification.run(dir, nf, files, TRACE_TIMEOUT_MS, jobs,
            p -> pump.post(() -> to.progress(p)), cancel, new VerificationObserver() {
              @Override
              public void explored(ExecutionTree tree, List<Integer> traceIds) {
                pump.post(() -> to.explored(tree, traceIds));
              }

              @Override
              public void traceStarted(Path specFile, int traceId) {
                pump.post(() -> to.traceStarted(specFile, traceId));
              }

              @Override
              public void traceDone(Path specFile, TraceResult result) {
                pump.post(() -> to.traceDone(specFile, result));
              }

              @Override
              public void lowLevel(List<Verification.LowLevel> findings) {
                pump.post(() -> to.lowLevel(findings));
              }
            });
      }
    };
  }
}
