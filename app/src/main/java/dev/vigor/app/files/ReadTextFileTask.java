package dev.vigor.app.files;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.concurrent.Task;

/** Reads one text file in the background, refusing files too large to be NF code or a spec. */
public final class ReadTextFileTask extends Task<OpenFile> {
  /** NF sources and specs are small; anything bigger is almost certainly not meant to be opened. */
  static final long MAX_BYTES = 4L * 1024 * 1024;

  private final Path path;

  /** A task reading the given file. */
  public ReadTextFileTask(Path path) {
    this.path = path;
  }

  @Override
  protected OpenFile call() throws IOException {
    long size = Files.size(path);
    if (size > MAX_BYTES) {
      throw new IOException(path.getFileName() + " is " + size / 1024 + " KiB; only files up to "
          + MAX_BYTES / 1024 + " KiB are shown");
    }
    // Decoding with replacement: a stray byte must not stop a user from reading the rest.
    String text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
    return new OpenFile(path, text);
  }
}
