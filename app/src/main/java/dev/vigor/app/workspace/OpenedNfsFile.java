package dev.vigor.app.workspace;

import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.report.AtomicFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The NF folders opened with File ▸ Open NF folder…, remembered in the user's workspace settings
 * ({@code <workspace>/.vigor/opened-nfs.txt}, one absolute path per line) so they are listed
 * again at the next start, as an IDE lists recent projects. A folder that no longer holds an
 * nf.properties is forgotten.
 */
public final class OpenedNfsFile {
  private final Path file;

  /** The list of the workspace at {@code workspaceRoot}. */
  public OpenedNfsFile(Path workspaceRoot) {
    this.file = workspaceRoot.resolve(".vigor").resolve("opened-nfs.txt");
  }

  /** The remembered NF folders that still hold an nf.properties, in the order opened. */
  public List<Path> read() {
    List<Path> out = new ArrayList<>();
    if (!Files.isRegularFile(file)) {
      return out;
    }
    try {
      for (String line : Files.readAllLines(file)) {
        try {
          Path p = Path.of(line.trim());
          if (!line.isBlank() && p.isAbsolute()
              && Files.isRegularFile(p.resolve(Catalog.NF_PROPERTIES))) {
            out.add(p);
          }
        } catch (InvalidPathException e) {
          // a damaged line is dropped at the next save
        }
      }
    } catch (IOException e) {
      return out; // unreadable: nothing remembered, the next save replaces it
    }
    return out;
  }

  /**
   * Remembers nfDir (atomically: a crash leaves the old or the new list). Two windows, of one
   * workbench or of two, may add at once: the read and the write are one step under a lock
   * (the JVM's for its own windows, the file system's across processes), so neither loses the
   * other's folder.
   */
  public void add(Path nfDir) throws IOException {
    Files.createDirectories(file.getParent());
    Path key = file.toAbsolutePath().normalize();
    synchronized (IN_PROCESS.computeIfAbsent(key, k -> new Object())) {
      try (FileChannel lock = FileChannel.open(file.resolveSibling(LOCK_NAME),
              StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock held = lock.lock()) {
        Set<Path> all = new LinkedHashSet<>(read());
        all.add(nfDir.toAbsolutePath().normalize());
        StringBuilder text = new StringBuilder();
        all.forEach(p -> text.append(p).append('\n'));
        AtomicFiles.write(file, text.toString());
      }
    }
  }

  /** The lock file beside the list; file locks are per process, so the JVM has its own too. */
  static final String LOCK_NAME = "opened-nfs.lock";

  private static final ConcurrentHashMap<Path, Object> IN_PROCESS = new ConcurrentHashMap<>();
}
