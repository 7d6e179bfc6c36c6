package dev.vigor.rfc.bench;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.importer.RfcImporter;
import dev.vigor.rfc.model.RfcDocument;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Import time of a 300-page RFC-format document (target: under 2 s). {@code warm} is the steady
 * state in a long-running workbench; {@code cold} is the first import in a fresh JVM, what a
 * {@code vigor rfc import} user waits for; {@code warmTenMegabytes} checks linear growth. Run with {@code mvn -B -o -pl rfc-templates -am -Pbench
 * -DskipTests verify}.
 */
@State(Scope.Benchmark)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RfcImportBenchmark {
  private byte[] document;
  private byte[] tenMegabytes;

  @Setup
  public void generate() {
    document = SyntheticRfc.generate(300, 42).bytes();
    // About 4,000 pages: shows that time grows linearly with size.
    tenMegabytes = SyntheticRfc.generate(4000, 42).bytes();
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 3, time = 2)
  @Measurement(iterations = 5, time = 2)
  @Fork(1)
  public RfcDocument warm() throws DiagnosticException {
    return RfcImporter.importBytes("synthetic.txt", document);
  }

  @Benchmark
  @BenchmarkMode(Mode.AverageTime)
  @Warmup(iterations = 2, time = 2)
  @Measurement(iterations = 3, time = 2)
  @Fork(1)
  public RfcDocument warmTenMegabytes() throws DiagnosticException {
    return RfcImporter.importBytes("synthetic-10mb.txt", tenMegabytes);
  }

  @Benchmark
  @BenchmarkMode(Mode.SingleShotTime)
  @Warmup(iterations = 0)
  @Measurement(iterations = 1)
  @Fork(5)
  public RfcDocument cold() throws DiagnosticException {
    return RfcImporter.importBytes("synthetic.txt", document);
  }
}
