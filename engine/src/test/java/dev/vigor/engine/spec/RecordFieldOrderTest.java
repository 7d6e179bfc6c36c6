package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Severity;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.spec.ir.StateKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A record's fields go in the order of the NF's C struct. Vigor's FlowIdc(sp, dp, sip, dip, prot)
 * against a struct that starts with the addresses gives 4-byte addresses for 2-byte ports: the
 * checker warns at each, naming the field, its C type and the struct's order; values that fit
 * (a port for an address, the protocol for a byte) are not warned about.
 */
class RecordFieldOrderTest {
  private static final NfInterface NF = NfInterface.builder()
      .state("flows", StateKind.EMAP, "FlowId", NfInterface.INT)
      .record(new NfInterface.RecordType("FlowId",
          List.of("src_ip", "dst_ip", "src_port", "dst_port", "protocol"),
          List.of("uint32_t", "uint32_t", "uint16_t", "uint16_t", "uint8_t"),
          List.of(4, 4, 2, 2, 1)))
      .devices(2)
      .build();

  private static List<String> warnings(String flow) {
    String text = String.join("\n",
        "from state import flows",
        "h3 = pop_header(tcpudp, on_mismatch=([],[]))",
        "h2 = pop_header(ipv4, on_mismatch=([],[]))",
        "if flows.has(" + flow + "):",
        "    return ([],[])",
        "return ([0],[])", "");
    SpecCheckResult r = SpecChecker.checkText(Path.of("order.py"), text, ImportSearch.none(),
        Optional.of(NF));
    assertTrue(r.ok(), r.diagnostics().toString());
    return r.diagnostics().stream().filter(d -> d.severity() == Severity.WARNING)
        .map(d -> d.location().line() + ":" + d.location().column() + " " + d.message()).toList();
  }

  @Test
  void vigorsOrderIsWarnedAtEachAddressGivenForAPort() {
    List<String> w = warnings("FlowIdc(h3.src_port, h3.dst_port, h2.saddr, h2.daddr, h2.npid)");
    assertEquals(List.of(
        "4:48 h2.saddr (4 bytes) is given for src_port, uint16_t of 2 bytes; FlowId's fields are,"
            + " in order, src_ip, dst_ip, src_port, dst_port, protocol",
        "4:58 h2.daddr (4 bytes) is given for dst_port, uint16_t of 2 bytes; FlowId's fields are,"
            + " in order, src_ip, dst_ip, src_port, dst_port, protocol"), w);
  }

  @Test
  void theStructsOrderIsNotWarned() {
    assertEquals(List.of(), warnings("FlowId(h2.saddr, h2.daddr, h3.src_port, h3.dst_port, h2.npid)"));
  }
}
