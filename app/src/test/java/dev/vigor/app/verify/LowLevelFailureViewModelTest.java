package dev.vigor.app.verify;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.results.RunStore;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.engine.FolderCopy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A run of an NF that returns with a vector element still borrowed, in the Verify panel's
 * view-model over the real engine: the failure is listed, every property is violated on the
 * traces through it, and neither the summary nor the run's end reads "proved".
 */
class LowLevelFailureViewModelTest {
  private static final Path CATALOG = Path.of(System.getProperty("vigor.catalog"));
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @Test
  void aBorrowedElementKeptPastNfProcessIsShownAndNothingReadsProved(@TempDir Path tmp)
      throws Exception {
    Path nf = borrowKept(tmp.resolve("bridge"));
    BackgroundTasks tasks = new BackgroundTasks(1);
    VerificationViewModel[] vm = new VerificationViewModel[1];
    try {
      robot.interact(() -> {
        vm[0] = new VerificationViewModel(tasks, new RunStore(tmp.resolve("ws")));
        List<PropertyChoice> choices = Stream.of("learn.py", "no_loop.py")
            .map(p -> new PropertyChoice(nf.resolve("props").resolve(p), true, "")).toList();
        vm[0].selectNf(nf, choices);
        vm[0].checkedProperties().setAll(choices);
        vm[0].run();
      });
      VerificationViewModel m = vm[0];
      FxWait.until(180, "the run to end", () -> m.lastEndProperty().get() != null);
      assertEquals("violated", m.lastEndProperty().get().kind(), m.messageProperty().get());
      assertFalse(m.lowLevelFailures().isEmpty());
      assertTrue(m.lowLevelFailures().get(0).summary().startsWith("VIOLATED LIBVIG_PRECONDITION at bridge.c:"),
          m.lowLevelFailures().toString());
      // the Counterexample tab shows the packet that fails it, its fields named as specs name them
      java.util.Map<String, String> input = m.lowLevelFailures().get(0).values();
      assertTrue(input.containsKey("received on device")
          && input.keySet().stream().anyMatch(k -> k.startsWith("ether.")), input.toString());
      assertTrue(m.messageProperty().get().contains("the NF fails"), m.messageProperty().get());
      for (PropertySummary s : m.summaries()) {
        assertEquals(TraceStatus.VIOLATED, s.statusProperty().get(), s.textProperty().get());
        assertFalse(s.textProperty().get().contains(": proved"), s.textProperty().get());
      }
      assertTrue(m.traces().stream().anyMatch(r -> r.statusProperty().get() == TraceStatus.VIOLATED
          && r.outcomeProperty().get().reasons().stream()
              .anyMatch(x -> x.contains("low-level check LIBVIG_PRECONDITION"))));
    } finally {
      tasks.shutdown();
    }
  }

  /** The catalog bridge, but a learned destination's port is borrowed and given back only on drop. */
  private static Path borrowKept(Path dir) throws Exception {
    FolderCopy.copyTree(CATALOG.resolve("bridge"), dir);
    Path c = dir.resolve("bridge.c");
    String text = Files.readString(c);
    String find = """
            struct DynamicValue learned;
            vector_get(dyn_ports, index, &learned);
            if (learned.device == device) {
              return NF_DROP;
            }
            return learned.device;""".indent(4).stripTrailing();
    assertTrue(text.contains(find), "the bridge's lookup moved");
    Files.writeString(c, text.replace(find, """
            struct DynamicValue *learned;
            vector_borrow(dyn_ports, index, (void **)&learned);
            if (learned->device == device) {
              vector_return(dyn_ports, index, learned);
              return NF_DROP;
            }
            return learned->device;""".indent(4).stripTrailing()));
    return dir;
  }
}
