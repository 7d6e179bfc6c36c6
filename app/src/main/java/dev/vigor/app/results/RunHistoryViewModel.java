package dev.vigor.app.results;

import dev.vigor.app.task.TaskExecutor;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.concurrent.Task;

/** The saved runs, read from the {@link RunStore} through tasks, and reopening one. */
public final class RunHistoryViewModel {
  private final TaskExecutor tasks;
  private final RunStore store;
  private final Consumer<RunRecord> open;
  private final ObservableList<RunStore.Entry> runs = FXCollections.observableArrayList();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private java.util.function.Function<java.nio.file.Path, String> nfLabels =
      dir -> String.valueOf(dir.getFileName());

  /** Runs listed from store; open shows a run's results. */
  public RunHistoryViewModel(TaskExecutor tasks, RunStore store, Consumer<RunRecord> open) {
    this.tasks = tasks;
    this.store = store;
    this.open = open;
  }

  /** Rereads the runs folder. */
  public void refresh() {
    Task<List<RunStore.Entry>> read = new Task<>() {
      @Override
      protected List<RunStore.Entry> call() throws Exception {
        return store.list();
      }
    };
    read.setOnSucceeded(e -> {
      runs.setAll(read.getValue());
      message.set(runs.isEmpty() ? "No saved runs yet in " + store.folder()
          : runs.size() + " run(s) in " + store.folder());
    });
    read.setOnFailed(e -> message.set("Could not read " + store.folder() + ": "
        + read.getException().getMessage()));
    tasks.execute(read);
  }

  /** Shows a saved run's results and counterexamples in the verification panel. */
  public void open(RunStore.Entry entry) {
    if (entry.run() == null) {
      message.set("Cannot open " + entry.file().getFileName() + ": " + entry.problem());
      return;
    }
    open.accept(entry.run());
    message.set("Opened " + entry.file().getFileName());
  }

  /** The report formats the engine writes. */
  public enum ReportFormat {
    SARIF("sarif"), JUNIT("xml");

    private final String extension;

    ReportFormat(String extension) {
      this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
      return extension;
    }
  }

  /** Writes a saved run as a SARIF or JUnit report to file, off the FX thread. */
  public void export(RunStore.Entry entry, ReportFormat format, java.nio.file.Path file) {
    if (entry.run() == null) {
      message.set("Cannot export " + entry.file().getFileName() + ": " + entry.problem());
      return;
    }
    RunRecord run = entry.run();
    Task<Void> write = new Task<>() {
      @Override
      protected Void call() throws Exception {
        var result = EngineResults.of(run);
        if (format == ReportFormat.SARIF) {
          dev.vigor.engine.report.SarifReport.write(result, run.nfDir(), file);
        } else {
          dev.vigor.engine.report.JUnitReport.write(result, run.nfDir(), run.nfName(), file);
        }
        return null;
      }
    };
    write.setOnSucceeded(e -> message.set("Exported " + file));
    write.setOnFailed(e -> message.set("Could not export " + file + ": "
        + write.getException().getMessage()));
    tasks.execute(write);
  }

  /** How an NF folder is named in the table, e.g. "bridge (my workspace)". */
  public void setNfLabels(java.util.function.Function<java.nio.file.Path, String> nfLabels) {
    this.nfLabels = nfLabels;
  }

  /** The NF of a saved run as the table names it. */
  public String nfLabel(RunRecord run) {
    return nfLabels.apply(run.nfDir());
  }

  /** Newest first. */
  public ObservableList<RunStore.Entry> runs() {
    return runs;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }
}
