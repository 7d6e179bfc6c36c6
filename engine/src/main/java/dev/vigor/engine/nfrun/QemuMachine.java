package dev.vigor.engine.nfrun;

import java.io.IOException;
import java.net.DatagramPacket;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * An NFOS image booted under QEMU (TCG, no accelerator needed) with one emulated 82540EM per NF
 * device, each on a UDP socket netdev on the loopback interface: a frame sent to device d enters
 * that NIC, a frame the NF sends on it comes back as one datagram. The serial console goes to a
 * file, which says when the NF is forwarding; the second serial port to another, NFOS's packet
 * log: one line per packet the NF processed, with its verdict.
 */
public final class QemuMachine implements AutoCloseable {
  /** The console line NFOS prints once nf_init ran and the packet loop started. */
  public static final String READY = "nfos: nf_init done, forwarding";

  private static final String QEMU = "qemu-system-x86_64";
  private static final InetAddress LOOPBACK = InetAddress.getLoopbackAddress();

  private final Process qemu;
  /** Stops QEMU when the JVM exits first (Ctrl-C on vigor run --qemu): no machine outlives us. */
  private final Thread stopOnExit;
  private final Path console;
  private final Path packetLog;
  private final List<Processed> logged = new ArrayList<>();
  private final StringBuilder partialLine = new StringBuilder();
  private long logRead;
  private final List<DatagramSocket> fromNic = new ArrayList<>();
  private final List<InetSocketAddress> toNic = new ArrayList<>();

  private QemuMachine(Process qemu, Path console, Path packetLog) {
    this.qemu = qemu;
    this.console = console;
    this.packetLog = packetLog;
    this.stopOnExit = new Thread(qemu::destroyForcibly, "vigor-qemu-stop");
    Runtime.getRuntime().addShutdownHook(stopOnExit);
  }

  /** Why QEMU cannot be run here (not installed), or empty when it can. */
  public static Optional<String> unavailable() {
    try {
      Process p = new ProcessBuilder(QEMU, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor() == 0 ? Optional.empty()
          : Optional.of(QEMU + " --version failed (exit " + p.exitValue() + ")");
    } catch (IOException e) {
      return Optional.of(QEMU + " is not installed (on Debian: apt-get install qemu-system-x86)");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.of("interrupted");
    }
  }

  /**
   * Boots image with devices NICs; the console is written to consoleLog, the packet log next to
   * it (consoleLog's name and ".packets").
   */
  public static QemuMachine boot(Path image, int devices, Path consoleLog) throws IOException {
    Path packetLog = consoleLog.resolveSibling(consoleLog.getFileName() + ".packets");
    List<String> cmd = new ArrayList<>(List.of(QEMU, "-kernel", image.toString(), "-m", "128",
        "-display", "none", "-monitor", "none", "-serial", "file:" + consoleLog,
        "-serial", "file:" + packetLog, "-no-reboot", "-accel", "tcg"));
    List<DatagramSocket> sockets = new ArrayList<>();
    List<InetSocketAddress> targets = new ArrayList<>();
    for (int d = 0; d < devices; d++) {
      DatagramSocket from = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0));
      int nicPort;
      try (DatagramSocket probe = new DatagramSocket(new InetSocketAddress(LOOPBACK, 0))) {
        nicPort = probe.getLocalPort(); // free now; QEMU binds it a moment later
      }
      sockets.add(from);
      targets.add(new InetSocketAddress(LOOPBACK, nicPort));
      cmd.addAll(List.of("-netdev", "socket,id=n" + d + ",udp=127.0.0.1:" + from.getLocalPort()
          + ",localaddr=127.0.0.1:" + nicPort, "-device",
          String.format("e1000,netdev=n%d,mac=52:54:00:12:34:%02x", d, d)));
    }
    Files.deleteIfExists(consoleLog);
    Files.deleteIfExists(packetLog);
    Process p = new ProcessBuilder(cmd).redirectErrorStream(true)
        .redirectOutput(consoleLog.resolveSibling(consoleLog.getFileName() + ".qemu").toFile())
        .start();
    QemuMachine m = new QemuMachine(p, consoleLog, packetLog);
    m.fromNic.addAll(sockets);
    m.toNic.addAll(targets);
    return m;
  }

  /** Waits until the console says READY; false when QEMU exited or time ran out. */
  public boolean awaitReady(long timeoutMs) throws InterruptedException, IOException {
    long end = System.nanoTime() + timeoutMs * 1_000_000;
    while (System.nanoTime() < end && qemu.isAlive()) {
      if (console().contains(READY)) {
        return true;
      }
      Thread.sleep(100);
    }
    return console().contains(READY);
  }

  /** What the console said so far. */
  public String console() throws IOException {
    return Files.exists(console) ? Files.readString(console, StandardCharsets.ISO_8859_1) : "";
  }

  /** A packet the NF processed: the device it came in on and the verdict nf_process gave. */
  public record Processed(int device, int verdict) {}

  /** Every packet the NF processed so far, in the order it processed them. */
  public synchronized List<Processed> processed() throws IOException {
    readLog();
    return List.copyOf(logged);
  }

  /** How many packets the NF processed so far. */
  public synchronized int processedCount() throws IOException {
    readLog();
    return logged.size();
  }

  private void readLog() throws IOException {
    if (!Files.exists(packetLog)) {
      return;
    }
    // read only what was appended since the last call: a long capture makes a long log
    try (java.nio.channels.FileChannel ch = java.nio.channels.FileChannel.open(packetLog)) {
      java.nio.ByteBuffer buf = java.nio.ByteBuffer.allocate(8192);
      ch.position(logRead);
      for (int n = ch.read(buf); n > 0; n = ch.read(buf)) {
        logRead += n;
        partialLine.append(new String(buf.array(), 0, n, StandardCharsets.ISO_8859_1));
        buf.clear();
      }
    }
    for (int end = partialLine.indexOf("\n"); end >= 0; end = partialLine.indexOf("\n")) {
      String line = partialLine.substring(0, end).trim();
      partialLine.delete(0, end + 1);
      String[] fields = line.split(" ");
      try {
        logged.add(new Processed(Integer.parseInt(fields[0]), Integer.parseInt(fields[1])));
      } catch (NumberFormatException | ArrayIndexOutOfBoundsException e) {
        throw new IOException("NFOS's packet log line " + (logged.size() + 1)
            + " is not \"<device> <verdict>\": " + line, e);
      }
    }
  }

  /**
   * Waits until the NF processed count packets in all; false when QEMU exited or time ran out
   * first. A packet enters the log once its frames are sent.
   */
  public boolean awaitProcessed(int count, long timeoutMs)
      throws IOException, InterruptedException {
    long end = System.nanoTime() + timeoutMs * 1_000_000;
    while (true) {
      if (processedCount() >= count) {
        return true;
      }
      if (System.nanoTime() >= end || !qemu.isAlive()) {
        return processedCount() >= count;
      }
      Thread.sleep(0, 500_000);
    }
  }

  /** Puts frame on the wire of device's NIC: the NIC receives it. */
  public void send(int device, byte[] frame) throws IOException {
    fromNic.get(device).send(new DatagramPacket(frame, frame.length, toNic.get(device)));
  }

  /** The next frame device's NIC sent, within timeoutMs; empty when none came. */
  public Optional<byte[]> receive(int device, int timeoutMs) throws IOException {
    DatagramSocket s = fromNic.get(device);
    s.setSoTimeout(timeoutMs);
    byte[] buf = new byte[16384];
    DatagramPacket p = new DatagramPacket(buf, buf.length);
    try {
      s.receive(p);
      return Optional.of(Arrays.copyOf(buf, p.getLength()));
    } catch (SocketTimeoutException e) {
      return Optional.empty();
    }
  }

  @Override
  public void close() {
    qemu.destroyForcibly();
    try {
      Runtime.getRuntime().removeShutdownHook(stopOnExit);
    } catch (IllegalStateException e) {
      // the JVM is exiting: the hook runs anyway
    }
    fromNic.forEach(DatagramSocket::close);
    try {
      qemu.waitFor();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
