package dev.vigor.engine.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@code vigor worker} in a JVM of its own on 127.0.0.1, on this JVM's class path, its output
 * collected; {@link #close()} kills it. What the cluster tests and {@code vigor bench --scaling}
 * start their members with.
 */
public final class LocalMember implements AutoCloseable {
  private final Process process;
  private final StringBuffer output = new StringBuffer();
  /** The port it listens on, on 127.0.0.1. */
  public final int port;

  private LocalMember(Process process, int port) {
    this.process = process;
    this.port = port;
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
          StandardCharsets.UTF_8))) {
        for (String line = r.readLine(); line != null; line = r.readLine()) {
          output.append(line).append('\n');
        }
      } catch (IOException e) {
        // the process ended
      }
    }, "member-output-" + port);
    reader.setDaemon(true);
    reader.start();
  }

  /**
   * Starts a member of cluster on port joining members, with secret (null: none) and extra JVM
   * options (e.g. a test hook's system property).
   */
  public static LocalMember start(String cluster, int port, List<Integer> members, String secret,
      String... jvmOptions) throws IOException {
    List<String> cmd = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-Xmx384m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
        "-Dvigor.libvig.include=" + System.getProperty("vigor.libvig.include", "../libvig/include")));
    cmd.addAll(List.of(jvmOptions));
    cmd.addAll(List.of("-cp", classPath(), "dev.vigor.engine.cli.VigorCli", "worker",
        "--cluster", cluster, "--port", Integer.toString(port)));
    for (int m : members) {
      cmd.addAll(List.of("--member", "127.0.0.1:" + m));
    }
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().remove(ClusterSecret.ENV);
    if (secret != null) {
      pb.environment().put(ClusterSecret.ENV, secret);
    }
    return new LocalMember(pb.start(), port);
  }

  /** This JVM's real class path (surefire may run tests through a manifest-only jar). */
  private static String classPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  /** Waits until the output holds text; false when timeoutMs passes or the process ends first. */
  public boolean await(String text, long timeoutMs) throws InterruptedException {
    long end = System.currentTimeMillis() + timeoutMs;
    while (System.currentTimeMillis() < end) {
      if (output.indexOf(text) >= 0) {
        return true;
      }
      if (!process.isAlive()) {
        Thread.sleep(100); // its last lines may still be on their way
        return output.indexOf(text) >= 0;
      }
      Thread.sleep(50);
    }
    return false;
  }

  /** Everything it printed so far. */
  public String output() {
    return output.toString();
  }

  /** Whether its JVM still runs. */
  public boolean isAlive() {
    return process.isAlive();
  }

  /** The process's exit code, waiting for it at most timeoutMs (null: still running). */
  public Integer exitCode(long timeoutMs) throws InterruptedException {
    return process.waitFor(timeoutMs, java.util.concurrent.TimeUnit.MILLISECONDS)
        ? process.exitValue() : null;
  }

  /** Kills the member at once, as a crash would (no leaving the cluster politely). */
  @Override
  public void close() {
    process.destroyForcibly();
    try {
      process.waitFor(10, java.util.concurrent.TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** n distinct free ports on 127.0.0.1, so parallel runs do not collide. */
  public static List<Integer> freePorts(int n) throws IOException {
    List<ServerSocket> held = new ArrayList<>();
    try {
      List<Integer> ports = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        held.add(s);
        ports.add(s.getLocalPort());
      }
      return ports;
    } finally {
      for (ServerSocket s : held) {
        s.close();
      }
    }
  }

  /** The members' addresses as --member takes them. */
  public static List<String> addresses(List<Integer> ports) {
    return ports.stream().map(p -> "127.0.0.1:" + p).toList();
  }
}
