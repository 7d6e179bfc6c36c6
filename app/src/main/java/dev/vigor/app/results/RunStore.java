package dev.vigor.app.results;

import dev.vigor.engine.validate.Verification;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The saved runs: one JSON file per run in {@code <workspace>/runs}, named
 * {@code yyyyMMdd-HHmmss-<nf>.json}, in the user's workspace folder (see
 * {@code WorkspaceFolder}). Blocking file work: call it from a background task.
 */
public final class RunStore {
  static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

  private final Path runs;

  /** A store in workspace/runs. */
  public RunStore(Path workspace) {
    this.runs = new dev.vigor.app.workspace.WorkspaceFolder(workspace).runsDir();
  }

  /** The folder the run files live in. */
  public Path folder() {
    return runs;
  }

  /** Saves a run and returns its file; a second run in the same second gets a suffix. */
  public Path save(Path nfDir, Verification.Result result, LocalDateTime started)
      throws IOException {
    Files.createDirectories(runs);
    String nf = nfDir.getFileName() == null ? "nf" : nfDir.getFileName().toString();
    String base = STAMP.format(started) + "-" + nf.replaceAll("[^A-Za-z0-9_.-]", "_");
    Path file = runs.resolve(base + ".json");
    for (int n = 2; Files.exists(file); n++) {
      file = runs.resolve(base + "-" + n + ".json");
    }
    // atomic: the RFC view and vigor rfc coverage read the newest run, maybe while it is saved
    dev.vigor.engine.report.AtomicFiles.write(file, RunFile.write(nfDir, result, started));
    return file;
  }

  /** One saved run: its file and what it holds, or why it could not be read. */
  public record Entry(Path file, RunRecord run, String problem) {}

  /** Every run file, newest first; unreadable files are listed with the reason. */
  public List<Entry> list() throws IOException {
    if (!Files.isDirectory(runs)) {
      return List.of();
    }
    List<Path> files;
    try (Stream<Path> s = Files.list(runs)) {
      files = s.filter(p -> p.getFileName().toString().endsWith(".json"))
          .sorted((a, b) -> b.getFileName().toString().compareTo(a.getFileName().toString()))
          .toList();
    }
    List<Entry> out = new ArrayList<>();
    for (Path f : files) {
      try {
        // Files from `vigor verify --json` have no date: their modification time stands in.
        LocalDateTime modified = LocalDateTime.ofInstant(
            Files.getLastModifiedTime(f).toInstant(), java.time.ZoneId.systemDefault()).withNano(0);
        out.add(new Entry(f, RunFile.read(Files.readString(f), modified), null));
      } catch (IOException | RuntimeException e) {
        out.add(new Entry(f, null, e.getMessage()));
      }
    }
    return out;
  }
}
