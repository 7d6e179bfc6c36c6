package dev.vigor.engine.nfrun;

import dev.vigor.engine.catalog.Catalog;
import dev.vigor.engine.catalog.NfDescriptor;
import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.engine.exec.NfConfig;
import dev.vigor.engine.nf.LoadedNf;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Packets per second of built NFs ({@code vigor bench --run}): per NF, a generated capture of its
 * own mixed traffic run through its binary (capture in, capture out), the median wall time of
 * the child process over runs; for the bridge also the same capture through the plain-C bridge
 * (nfos/io/baseline/plain-bridge), what the verified bridge costs next to unverified code.
 */
public final class ThroughputBench {
  private ThroughputBench() {}

  /** One binary's figure; summary is what the binary printed (sent per device, dropped). */
  public record Row(String nf, int packets, long millis, String summary) {
    /** Packets per second. */
    public long packetsPerSecond() {
      return millis == 0 ? 0 : packets * 1000L / millis;
    }
  }

  /** The plain-C bridge's folder in the checkout repo. */
  public static Path baseline(Path repo) {
    return repo.resolve("nfos/io/baseline/plain-bridge");
  }

  /**
   * Measures each NF (and, after the bridge, the baseline) on packets generated packets, the
   * median of runs after one untimed run; rows go to out as they are measured.
   */
  public static List<Row> measure(List<NfDescriptor> nfs, NfBuild build, Path baseline,
      int packets, int runs, Consumer<Row> out)
      throws IOException, DiagnosticException, RunFailure, InterruptedException {
    Path work = Files.createTempDirectory("vigor-throughput-");
    List<Row> rows = new ArrayList<>();
    try {
      for (NfDescriptor d : nfs) {
        LoadedNf nf = LoadedNf.load(d.directory());
        NfConfig config = NfConfig.load(d.directory());
        Path traffic = work.resolve(d.name() + ".pcapng");
        Pcapng.write(traffic, new TrafficGenerator(TrafficGenerator.forNf(nf, config,
            Math.max(16, packets / 20), 1)).generate(packets), d.devices());
        Path binary = build.build(nf, ConfigSource.of(nf.program(), config));
        Row r = time(d.name(), binary, traffic, packets, runs, work);
        rows.add(r);
        out.accept(r);
        if (d.name().equals("bridge") && Files.isDirectory(baseline)) {
          Path plain = build.build(Catalog.readNf(baseline), "/* no configuration */\n");
          Row b = time("plain C bridge (baseline)", plain, traffic, packets, runs, work);
          rows.add(b);
          out.accept(b);
        }
      }
      return rows;
    } finally {
      dev.vigor.engine.FolderCopy.deleteTree(work);
    }
  }

  private static Row time(String name, Path binary, Path traffic, int packets, int runs,
      Path work) throws RunFailure, InterruptedException, IOException {
    List<Long> times = new ArrayList<>();
    String summary = "";
    Path out = work.resolve("out.pcapng");
    for (int i = 0; i <= Math.max(1, runs); i++) {
      long t0 = System.nanoTime();
      NfProcess p = NfProcess.start(binary, List.of("--pcap", traffic.toString(), "--out",
          out.toString()));
      p.stdout().transferTo(java.io.OutputStream.nullOutputStream());
      int status = p.waitFor();
      long millis = (System.nanoTime() - t0) / 1_000_000;
      if (status != 0) {
        throw new RunFailure(NfProcess.outcome(status, p.stderr()).exitCode(),
            name + ": " + NfProcess.outcome(status, p.stderr()).message());
      }
      summary = p.stderr();
      if (i > 0) {
        times.add(millis); // the first run warms the page cache: untimed
      }
    }
    times.sort(null);
    return new Row(name, packets, times.get(times.size() / 2), summary);
  }
}
