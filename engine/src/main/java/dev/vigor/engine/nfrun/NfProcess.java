package dev.vigor.engine.nfrun;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A built NF binary running as a child process: its stdout (the check records, or nothing) is
 * the caller's to read, its stderr is collected on a thread so the child never blocks on it.
 */
public final class NfProcess implements AutoCloseable {
  /** The binary's own exit statuses (nfos/io/linux/io_linux.h). */
  static final int EXIT_USAGE = 3;
  static final int EXIT_INIT = 4;
  /** 128 + SIGABRT: libVig's violation.c aborts on a broken precondition. */
  static final int EXIT_ABORT = 134;

  private final Process process;
  private final ByteArrayOutputStream stderr = new ByteArrayOutputStream();
  private final Thread drain;

  private NfProcess(Process process) {
    this.process = process;
    this.drain = new Thread(() -> {
      try (InputStream e = process.getErrorStream()) {
        e.transferTo(stderr);
      } catch (IOException ignored) {
        // the child is gone; what was read is kept
      }
    }, "vigor-nf-stderr");
    drain.setDaemon(true);
    drain.start();
  }

  /** Starts binary with the given arguments (--pcap, --out, --iface, --check). */
  public static NfProcess start(Path binary, List<String> args) throws RunFailure {
    List<String> cmd = new ArrayList<>();
    cmd.add(binary.toString());
    cmd.addAll(args);
    try {
      return new NfProcess(new ProcessBuilder(cmd).redirectInput(ProcessBuilder.Redirect.PIPE)
          .start());
    } catch (IOException e) {
      throw new RunFailure(3, "cannot start the NF binary " + binary + ": " + e.getMessage());
    }
  }

  /** The child's stdout. */
  public InputStream stdout() {
    return process.getInputStream();
  }

  /** Waits for the child; its exit status. */
  public int waitFor() throws InterruptedException {
    try {
      process.getOutputStream().close();
    } catch (IOException ignored) {
      // the child does not read stdin
    }
    int status = process.waitFor();
    drain.join(5_000);
    return status;
  }

  /** What the child printed on stderr so far, as text. */
  public String stderr() {
    return stderr.toString(StandardCharsets.UTF_8).stripTrailing();
  }

  /** Stops the child (a disagreement was found; the rest of the capture is not needed). */
  @Override
  public void close() {
    process.destroyForcibly();
  }

  /**
   * The CLI's exit code and message for the child's exit status: 0 fine; bad input or a refused
   * configuration 3; an abort (a libVig precondition broke, said on stderr) 1.
   */
  public static Outcome outcome(int status, String stderr) {
    return switch (status) {
      case 0 -> new Outcome(0, "");
      case EXIT_USAGE -> new Outcome(3, stderr);
      case EXIT_INIT -> new Outcome(3, stderr);
      case EXIT_ABORT -> new Outcome(1, stderr + "\nvigor: the NF binary aborted: a libVig"
          + " precondition broke (above); vigor verify reports such a path as a low-level failure");
      default -> new Outcome(1, stderr + "\nvigor: the NF binary stopped with status " + status);
    };
  }

  /** The CLI exit code and what to print on stderr (possibly empty). */
  public record Outcome(int exitCode, String message) {}
}
