package dev.vigor.rfc.bench;

import dev.vigor.rfc.importer.RfcImporter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the importing thread for the 300-page and the 10 MB document, best of six. On a
 * shared machine wall-clock figures mostly measure the neighbours; CPU time shows the importer's
 * own cost and that it grows linearly. Run by the {@code bench} profile before JMH.
 */
public final class ImportCpuTime {
  private ImportCpuTime() {}

  public static void main(String[] args) throws Exception {
    ThreadMXBean mx = ManagementFactory.getThreadMXBean();
    for (int pages : new int[] {300, 4000}) {
      byte[] doc = SyntheticRfc.generate(pages, 42).bytes();
      long best = Long.MAX_VALUE;
      long first = 0;
      for (int i = 0; i < 6; i++) {
        long start = mx.getCurrentThreadCpuTime();
        RfcImporter.importBytes("synthetic.txt", doc);
        long used = mx.getCurrentThreadCpuTime() - start;
        first = i == 0 ? used : first;
        best = Math.min(best, used);
      }
      System.out.printf(
          "import CPU time, %d pages (%d bytes): first %d ms, best of 6 %d ms%n",
          pages, doc.length, first / 1_000_000, best / 1_000_000);
    }
  }
}
