package dev.vigor.engine.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.vigor.engine.cache.TraceResultCodec;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A trace's time over many spec files is the sum of the files' exact times: fractions of a
 * millisecond per file add up (the bench once reported 16 ms for traces that took 23), and a
 * result travelling as JSON (the cache, a cluster member) keeps them.
 */
class PerTraceTimeTest {
  private static TraceResult proved(int trace, long micros) {
    return new TraceResult(trace, Verdict.PROVED, List.of(), Optional.empty(), micros / 1000,
        List.of(), micros);
  }

  private static Verification.SpecResult file(String name, long... micros) {
    List<TraceResult> ts = new ArrayList<>();
    for (int i = 0; i < micros.length; i++) {
      ts.add(proved(i, micros[i]));
    }
    return new Verification.SpecResult(Path.of(name), List.of(), ts, 0);
  }

  @Test
  void sumsFilesInMicroseconds() {
    List<Verification.SpecResult> files = new ArrayList<>();
    for (int f = 0; f < 8; f++) {
      // three traces: 2.9 ms, 0.9 ms and 5.5 ms per file
      files.add(file("p" + f + ".py", 2_900, 900, 5_500));
    }
    // 23.2, 7.2, 44 ms: median 23, max 44 (whole milliseconds per file would give 16, 0 and 40)
    assertArrayEquals(new long[] {23, 44}, VerificationBench.perTraceMedianAndMax(files));
  }

  @Test
  void evenCountTakesTheMeanOfTheMiddleTwo() {
    List<Verification.SpecResult> files = List.of(file("spec.py", 1_000, 3_000, 10_000, 2_000));
    assertArrayEquals(new long[] {2, 10}, VerificationBench.perTraceMedianAndMax(files));
  }

  @Test
  void noTraceIsZero() {
    assertArrayEquals(new long[] {0, 0}, VerificationBench.perTraceMedianAndMax(List.of()));
  }

  @Test
  void microsecondsSurviveTheCodec() {
    TraceResult r = proved(3, 2_345);
    TraceResult back = TraceResultCodec.read(TraceResultCodec.write(List.of(r))).get(0);
    assertEquals(2_345, back.micros());
    assertEquals(2, back.millis());
  }

  @Test
  void aResultKnownInMillisecondsOnlyCountsThemWhole() {
    TraceResult r = new TraceResult(0, Verdict.PROVED, List.of(), Optional.empty(), 7);
    assertEquals(7_000, r.micros());
  }
}
