package dev.vigor.engine.spec;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigor.engine.spec.ir.StateKind;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NfInterfaceTest {
  @Test
  void theTestInterfaceIsConsistent() {
    assertEquals(List.of(), TestInterfaces.catalog().inconsistencies());
  }

  @Test
  void unknownTypesAndRepeatedFieldsAreReported() {
    NfInterface nf = NfInterface.builder()
        .state("m", StateKind.MAP, "Key", NfInterface.INT)
        .record("Pair", "a", "a")
        .build();
    assertEquals(List.of("state object m names the unknown type Key", "record Pair repeats a field: [a, a]"),
        nf.inconsistencies());
  }

  @Test
  void vigorsCSpellingFindsTheStructTag() {
    NfInterface nf = TestInterfaces.catalog();
    assertEquals("DynamicValue", nf.recordTypeSpelled("DynamicValuec").orElseThrow().name());
    assertEquals("DynamicValue", nf.recordTypeSpelled("DynamicValue").orElseThrow().name());
    assertEquals(Optional.empty(), nf.recordTypeSpelled("DynamicValuecc"));
  }

  @Test
  void exportedStateHasAKnownKind() {
    assertThrows(IllegalArgumentException.class,
        () -> new NfInterface.ExportedState("x", StateKind.UNKNOWN, NfInterface.INT, NfInterface.INT));
  }
}
