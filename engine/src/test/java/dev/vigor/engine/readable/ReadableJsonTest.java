package dev.vigor.engine.readable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.vigor.engine.exec.ConcreteInput;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A readable counterexample survives JSON, its open configuration values included. */
class ReadableJsonTest {
  static ReadableCounterexample sample() {
    return ReadableCounterexample.untyped(new ConcreteInput(2, new byte[60], 60, 5_000_000_000L,
        List.of(), List.of()), List.of("nf.c:3:1: return 2"));
  }

  @Test
  void theConfigurationIsWrittenAndReadBack() throws Exception {
    ReadableCounterexample r = sample().withConfiguration(List.of("ext_ip = 167772161 (0xa000001)"));
    ReadableCounterexample back = ReadableJson.read(new ObjectMapper().readTree(ReadableJson.write(r)));
    assertEquals(r.configuration(), back.configuration());
    assertEquals("configuration: ext_ip = 167772161 (0xa000001)", back.inputLines().get(1));
  }

  @Test
  void aRunSavedBeforeConfigurationsExistedStillReads() throws Exception {
    ObjectNode old = (ObjectNode) new ObjectMapper().readTree(ReadableJson.write(sample()));
    old.remove("configuration");
    ReadableCounterexample back = ReadableJson.read(old);
    assertEquals(List.of(), back.configuration());
    assertEquals(sample().inputLines(), back.inputLines());
  }
}
