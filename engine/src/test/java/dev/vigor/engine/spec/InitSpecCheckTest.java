package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * An init spec (init.py) states nf_init's tables: packet inputs, pop_header, outcomes and indices
 * the spec picks itself are errors at their line and column; the same text in a property is not
 * held to those rules.
 */
class InitSpecCheckTest {
  private static SpecCheckResult check(String file, String text, boolean withNf) {
    return SpecChecker.checkText(Path.of(file), text, ImportSearch.none(),
        withNf ? Optional.of(TestInterfaces.catalog()) : Optional.empty());
  }

  private static List<String> errors(SpecCheckResult r) {
    return r.errors().stream().map(Diagnostic::format).toList();
  }

  @Test
  void tablesFromConstantsAndConfigurationCheck() {
    String text = """
        from state import dyn_emap, dyn_vals, stat_map
        PORT = 1
        stat_map[StaticKey(0x0180C2000000, 0)] = 7
        if ext_ip != 0:
            dyn_emap.add(ext_ip, the_index_allocated, 0)
            dyn_vals[the_index_allocated] = DynamicValue(PORT)
        """;
    for (String name : List.of("init.py", "site2.init.py")) {
      SpecCheckResult r = check(name, text, true);
      assertTrue(r.ok(), name + ": " + r.diagnostics());
    }
  }

  @Test
  void packetInputsAreErrorsAtTheirColumn() {
    String text = """
        from state import dyn_vals
        dyn_vals[0] = DynamicValue(received_on_port)
        x = now + packet_size
        assert not mem(1, sent_on_ports)
        """;
    for (boolean withNf : List.of(true, false)) {
      List<String> es = errors(check("init.py", text, withNf));
      assertEquals(4, es.size(), es.toString());
      assertTrue(es.get(0).startsWith("init.py:2:28: error: received_on_port is about a packet"),
          es.get(0));
      assertTrue(es.get(1).startsWith("init.py:3:5: error: now is a packet's arrival time"), es.get(1));
      assertTrue(es.get(2).startsWith("init.py:3:11: error: packet_size is about a packet"), es.get(2));
      assertTrue(es.get(3).startsWith("init.py:4:19: error: sent_on_ports is about a packet"),
          es.get(3));
    }
    // the very same text is an ordinary property elsewhere
    assertTrue(check("props/learn.py", text, true).ok());
  }

  @Test
  void popHeaderAndOutcomesAreErrors() {
    List<String> es = errors(check("init.py", """
        h = pop_header(ether, on_mismatch=DROP)
        return BROADCAST, pkt
        """, true));
    // one message per statement: the return's pkt is not reported again
    assertEquals(List.of(
        "init.py:1:1: error: pop_header: an init spec has no packet; it states the tables nf_init"
            + " builds before the first packet arrives",
        "init.py:2:1: error: return: nf_init handles no packet, so an init spec has no outcome;"
            + " state the tables only"), es);
  }

  @Test
  void hasHeaderIsAnError() {
    List<String> es = errors(check("init.py", """
        from state import dyn_vals
        if has_header(ipv4):
            dyn_vals[0] = DynamicValue(1)
        """, true));
    assertEquals(List.of("init.py:2:4: error: has_header: an init spec has no packet; it states"
        + " the tables nf_init builds before the first packet arrives"), es);
  }

  @Test
  void theAllocatorChoosesEmapIndices() {
    List<String> es = errors(check("init.py", """
        from state import dyn_emap, dyn_vals
        dyn_vals[the_index_allocated] = DynamicValue(1)
        if ext_ip == 1:
            dyn_emap.add(6, the_index_allocated, 0)
        dyn_vals[the_index_allocated] = DynamicValue(1)
        dyn_emap.add(5, 3, 0)
        """, true));
    assertEquals(3, es.size(), es.toString());
    assertTrue(es.get(0).startsWith("init.py:2:10: error: the_index_allocated names the index of"
        + " the latest add"), es.get(0));
    // only one branch adds, so the read after the if is not preceded by an add on every path
    assertTrue(es.get(1).startsWith("init.py:5:10: error: the_index_allocated"), es.get(1));
    assertTrue(es.get(2).startsWith("init.py:6:17: error: the index of an add in an init spec is"
        + " the allocator's choice"), es.get(2));
  }

  @Test
  void onlyEmapsVectorsAndMapsCanBeStated() {
    List<String> es = errors(check("init.py", "from state import routes, stat_map\n", true));
    assertEquals(1, es.size(), es.toString());
    assertTrue(es.get(0).startsWith("init.py:1:19: error: routes is an lpm"), es.get(0));
  }

  @Test
  void onlyInitFileNamesAreInitSpecs() {
    assertTrue(InitSpecFiles.isInitSpec(Path.of("nf/init.py")));
    assertTrue(InitSpecFiles.isInitSpec(Path.of("site2.init.py")));
    assertFalse(InitSpecFiles.isInitSpec(Path.of("nf/spec.py")));
    assertFalse(InitSpecFiles.isInitSpec(Path.of("props/no_init.py")));
    assertFalse(InitSpecFiles.isInitSpec(Path.of("props/init.py.bak")));
  }
}
