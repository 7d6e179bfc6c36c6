package dev.vigor.engine.readable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Helper internals fold under the NF step that called them; the NF's own steps stay. */
class StepFoldingTest {
  @Test
  void helperStepsFoldUnderTheCallAndItsResult() {
    List<FoldedStep> f = StepFolding.fold(List.of(
        "bridge.c:91:27: call nf_ether_header",
        "vigor/packet.h:102:3: else",
        "vigor/packet.h:105:3: return",
        "bridge.c:91:27: eth = (a pointer)",
        "bridge.c:92:3: else",
        "bridge.c:95:5: call emap_get",
        "<built-in>/stdint.h:1:1: x",
        "bridge.c:96:5: return"));
    assertEquals(List.of(
        new FoldedStep("bridge.c:91:27: call nf_ether_header",
            List.of("vigor/packet.h:102:3: else", "vigor/packet.h:105:3: return"),
            "bridge.c:91:27: eth = (a pointer)"),
        new FoldedStep("bridge.c:92:3: else", List.of(), ""),
        new FoldedStep("bridge.c:95:5: call emap_get", List.of("<built-in>/stdint.h:1:1: x"), ""),
        new FoldedStep("bridge.c:96:5: return", List.of(), "")), f);
    assertEquals("bridge.c:91:27: call nf_ether_header → eth = (a pointer)  [2 helper steps folded]",
        f.get(0).summary());
    assertEquals("bridge.c:92:3: else", f.get(1).summary());
  }

  @Test
  void aLocalHeaderOfTheNfIsItsOwnCode() {
    List<FoldedStep> f = StepFolding.fold(List.of("flow.h:3:1: call hash", "flow.h:4:1: return"));
    assertEquals(2, f.size());
  }

  @Test
  void decisionsWithoutALocationPrefixStayTheirOwnSteps() {
    // a concrete run lists its decisions as "file:line:col what": none is a call's result
    List<FoldedStep> f = StepFolding.fold(List.of("vigor/packet.h:102:3 !(length < 14)",
        "vigor/packet.h:110:3 !(ip == NULL)", "nat.c:156:10 !(ip == NULL)",
        "nat.c:159:3 !(ip->version_ihl != 69)"));
    assertEquals(List.of("vigor/packet.h:102:3 !(length < 14)  [1 helper step folded]",
        "nat.c:156:10 !(ip == NULL)", "nat.c:159:3 !(ip->version_ihl != 69)"),
        f.stream().map(FoldedStep::summary).toList());
  }
}
