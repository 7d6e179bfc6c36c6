package dev.vigor.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.spec.NfInterface;
import dev.vigor.engine.spec.ir.StateKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CompletionsTest {
  static final NfInterface NF = NfInterface.builder()
      .record("DynamicValue", "device")
      .state("dyn_macs", StateKind.EMAP, NfInterface.INT, NfInterface.INT)
      .state("dyn_ports", StateKind.VECTOR, NfInterface.INT, "DynamicValue")
      .config("ext_ip")
      .constant("EXP_TIME", 300)
      .build();

  private static Completions.Offer at(String textWithCaret) {
    int caret = textWithCaret.indexOf('|');
    String text = textWithCaret.replace("|", "");
    return Completions.at(text, caret, Optional.of(NF), List.of("learn", "no_loop"));
  }

  @Test
  void offersTheNfsStateObjectsAfterFromStateImport() {
    assertEquals(List.of("dyn_macs", "dyn_ports"), at("from state import |").candidates());
    assertEquals(List.of("dyn_ports"), at("from state import dyn_macs, dyn_p|").candidates());
  }

  @Test
  void offersTheMethodsOfTheObjectsKind() {
    Completions.Offer emap = at("dyn_macs.|");
    assertTrue(emap.candidates().containsAll(List.of("expire_all", "has", "add", "refresh_idx")));
    assertTrue(!emap.candidates().contains("set"), emap.candidates().toString());
    assertEquals(List.of("set"), at("dyn_ports.s|").candidates());
  }

  @Test
  void offersTheFieldsOfThePoppedHeaderType() {
    Completions.Offer ipv4 = at("h = pop_header(ipv4, on_mismatch=DROP)\nx = h.|");
    assertTrue(ipv4.candidates().containsAll(List.of("ttl", "npid", "protocol", "saddr")));
    assertTrue(!ipv4.candidates().contains("type"), ipv4.candidates().toString());
    Completions.Offer tcp = at("t = pop_header(tcp, on_mismatch=DROP)\nx = t.f|");
    assertEquals(List.of("flags"), tcp.candidates());
    assertEquals("t = pop_header(tcp, on_mismatch=DROP)\nx = t.".length(), tcp.replaceFrom());
  }

  @Test
  void offersPropertiesAfterImportAndEverythingElsewhere() {
    assertEquals(List.of("learn"), at("import le|").candidates());
    Completions.Offer any = at("x = re|");
    assertEquals(List.of("received_on_port", "return"), any.candidates());
    assertTrue(at("|").candidates().containsAll(List.of("dyn_macs", "pop_header", "ether", "ext_ip",
        "DynamicValue", "BROADCAST")));
    // nf.properties' constants, which a spec may name without assigning
    assertEquals(List.of("EXP_TIME"), at("if now > EXP|").candidates());
  }
}
