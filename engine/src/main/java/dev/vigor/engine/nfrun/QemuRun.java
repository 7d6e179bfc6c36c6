package dev.vigor.engine.nfrun;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

/**
 * A capture played into an NF booted on NFOS under QEMU: each packet enters its device's NIC in
 * order, the next one once NFOS's packet log says the NF processed it (so packets on different
 * NICs reach the NF in capture order, and none overflows a socket buffer of an emulated machine
 * slower than the socket), and every frame the NF sends is collected from its NIC. Output times
 * are when the frames came out, counted from the capture's first timestamp (NFOS keeps its own
 * time: the capture's timestamps do not reach the NF, unlike a Linux run's).
 */
public final class QemuRun {
  /**
   * How long a packet may go unprocessed before the next one is sent anyway: the NIC drops
   * frames longer than 1,522 bytes, the driver those longer than its buffers, without a word.
   */
  private static final long PACKET_WAIT_MS = 2000;
  /** How long the NICs must stay quiet after the last packet was processed. */
  private static final int QUIET_MS = 300;

  private QemuRun() {}

  /**
   * What came out, how many packets the NF processed (fewer than went in when a NIC or the
   * driver dropped some), and what the console said.
   */
  public record Result(List<CapturedPacket> sent, int[] perDevice, int processed,
      String console) {}

  /** Boots image with devices NICs, plays packets into it, collects what comes out. */
  public static Result run(Path image, int devices, List<CapturedPacket> packets, Path consoleLog)
      throws IOException, InterruptedException, RunFailure {
    try (QemuMachine m = QemuMachine.boot(image, devices, consoleLog)) {
      if (!m.awaitReady(120_000)) {
        throw new RunFailure(1, "NFOS did not start the NF; its console said:\n" + m.console());
      }
      long t0 = packets.isEmpty() ? 0 : packets.get(0).timeNs();
      long start = System.nanoTime();
      List<CapturedPacket> sent = Collections.synchronizedList(new ArrayList<>());
      int[] perDevice = new int[devices];
      List<Thread> readers = new ArrayList<>();
      long[] lastFrame = {System.nanoTime()};
      java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
      for (int d = 0; d < devices; d++) {
        int device = d;
        Thread t = new Thread(() -> {
          while (!stop.get()) {
            try {
              Optional<byte[]> f = m.receive(device, 200);
              if (f.isPresent()) {
                synchronized (perDevice) {
                  perDevice[device]++;
                  lastFrame[0] = System.nanoTime();
                }
                sent.add(new CapturedPacket(device, t0 + (System.nanoTime() - start), f.get()));
              }
            } catch (IOException e) {
              return; // the machine was closed
            }
          }
        }, "vigor-qemu-nic-" + d);
        t.setDaemon(true);
        t.start();
        readers.add(t);
      }
      for (CapturedPacket p : packets) {
        if (p.device() >= devices) {
          continue;
        }
        int before = m.processedCount();
        m.send(p.device(), p.bytes());
        m.awaitProcessed(before + 1, PACKET_WAIT_MS); // never taken: the next one goes anyway
      }
      synchronized (perDevice) {
        lastFrame[0] = System.nanoTime();
      }
      while (true) {
        Thread.sleep(100);
        synchronized (perDevice) {
          if ((System.nanoTime() - lastFrame[0]) / 1_000_000 > QUIET_MS) {
            break;
          }
        }
      }
      stop.set(true);
      for (Thread t : readers) {
        t.join(1000);
      }
      List<CapturedPacket> ordered = new ArrayList<>(sent);
      ordered.sort(java.util.Comparator.comparingLong(CapturedPacket::timeNs));
      return new Result(ordered, perDevice.clone(), m.processedCount(), m.console());
    }
  }
}
