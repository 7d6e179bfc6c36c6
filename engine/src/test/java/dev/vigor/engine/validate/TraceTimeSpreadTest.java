package dev.vigor.engine.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A trace's files get the time they share on it, so their times add up to the trace's. */
class TraceTimeSpreadTest {
  private static TraceResult took(long micros) {
    return new TraceResult(4, Verdict.PROVED, List.of(), Optional.empty(), micros / 1_000,
        List.of(), micros);
  }

  @Test
  void sharedTimeIsSpreadEvenly() {
    // two files took 1.5 and 2.5 ms of a trace that took 10 ms: 6 ms shared, 3 ms each
    List<TraceResult> r = Validator.spread(List.of(took(1_500), took(2_500)), 10_000_000);
    assertEquals(4_500, r.get(0).micros());
    assertEquals(5_500, r.get(1).micros());
    assertEquals(4, r.get(0).millis());
    assertEquals(5, r.get(1).millis());
    assertEquals(10_000, r.stream().mapToLong(TraceResult::micros).sum());
  }

  @Test
  void nothingIsTakenAwayWhenTheFilesAlreadyAccountForItAll() {
    List<TraceResult> r = Validator.spread(List.of(took(3_000)), 2_000_000);
    assertEquals(3_000, r.get(0).micros());
  }

  @Test
  void everythingElseIsKept() {
    TraceResult unknown = new TraceResult(7, Verdict.UNKNOWN, List.of("why"), Optional.empty(),
        1, List.of(), 1_200);
    TraceResult r = Validator.spread(List.of(unknown), 3_000_000).get(0);
    assertEquals(7, r.traceId());
    assertEquals(Verdict.UNKNOWN, r.verdict());
    assertEquals(List.of("why"), r.reasons());
    assertEquals(3_000, r.micros());
  }
}
