package dev.vigor.app.cex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.results.RunFile;
import dev.vigor.app.results.TraceOutcome;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.app.verify.TraceRow;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.readable.ReadableCounterexample;
import dev.vigor.engine.validate.TraceResult;
import dev.vigor.engine.validate.Verification;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The Counterexample tab on the firewall's counterexample of a false property ("replies from the
 * WAN are always dropped"): the flow key reads as {@code FlowId{...}} with named fields, times
 * relative to now, the packet's headers named as a spec writes them, the C trace folded until the
 * toggle unfolds it; and a saved run shows the same readable counterexample.
 */
class CounterexampleViewTest {
  static final Path FIREWALL = Path.of(System.getProperty("vigor.catalog", "../nf-catalog"))
      .resolve("firewall");
  static final Pattern FLOW_ID = Pattern.compile("index \\d+: FlowId\\{src_ip=[\\d.]+, dst_ip=[\\d.]+,"
      + " src_port=\\d+, dst_port=\\d+, protocol=\\d+ \\((TCP|UDP)\\)}, stamped now( − ([\\d.]+ s|\\d+ ns))?");
  private final FxRobot robot = new FxRobot();
  @TempDir static Path tmp;
  static Verification.Result result;
  static Path property;

  @BeforeAll
  static void verify() throws Exception {
    FxToolkit.registerPrimaryStage();
    property = Files.writeString(tmp.resolve("wan_replies_dropped.py"), """
        # replies from the WAN are always dropped (false: replies to open flows go to the LAN)
        if received_on_port == 2:
            return DROP
        else:
            pass
        """);
    result = Verification.run(FIREWALL, LoadedNf.load(FIREWALL), List.of(property), 120_000);
  }

  @AfterEach
  void closeStages() throws Exception {
    FxToolkit.cleanupStages();
  }

  static TraceResult firstViolated(Verification.Result r) {
    return r.specs().get(0).traces().stream().filter(t -> t.counterexample().isPresent())
        .findFirst().orElseThrow();
  }

  @Test
  void theTabShowsTheFlowKeyWithNamedFieldsAndTimesRelativeToNow() throws Exception {
    TraceRow row = TraceRow.decided(property, TraceOutcome.of(firstViolated(result)));
    BackgroundTasks tasks = new BackgroundTasks(1);
    FxToolkit.setupStage(stage -> {
      stage.setScene(new Scene(new CounterexampleView(new SimpleObjectProperty<>(row),
          () -> FIREWALL, (f, l) -> { }, tasks, s -> { }), 900, 800));
      stage.show();
    });
    FxWait.until(5, "the counterexample shown", () -> robot.lookup("#cex-state-before").tryQuery()
        .isPresent());

    List<String> before = labels(robot.lookup("#cex-state-before").queryAs(VBox.class));
    // ", full" follows when Z3's model fills the table: model-dependent
    assertTrue(before.stream().anyMatch(l -> l.startsWith("flows (emap of struct FlowId, 65536 slots")),
        before.toString());
    assertTrue(before.stream().anyMatch(l -> FLOW_ID.matcher(l).matches()), before.toString());
    assertTrue(before.stream().anyMatch(l -> l.matches("\\[\\d+] = FlowDevice\\{device=[01]}")),
        before.toString());
    assertTrue(robot.lookup("#cex-arrival").queryAs(Label.class).getText()
        .matches("Arrives on device 2, \\d+ bytes, at now = [\\d.]+ s \\(\\d+ ns\\)\\..*"));
    List<String> nfAfter = labels(robot.lookup("#cex-after-nf").queryAs(VBox.class));
    // Z3's model stamps the flow in the past or exactly now (model-dependent): the NF's refresh
    // then shows the old stamp, or changes nothing
    if (before.stream().anyMatch(l -> l.contains("stamped now − "))) {
      assertTrue(nfAfter.stream().anyMatch(l -> l.contains("stamped now (was stamped now − ")),
          nfAfter.toString());
    } else {
      assertTrue(nfAfter.stream().noneMatch(l -> l.contains("(was stamped")), nfAfter.toString());
    }

    @SuppressWarnings("unchecked")
    TableView<dev.vigor.engine.readable.PacketField> headers =
        robot.lookup("#cex-headers").queryAs(TableView.class);
    assertTrue(headers.getItems().stream().anyMatch(f -> f.header().equals("ipv4")
        && f.field().equals("saddr") && f.value().matches("\\d+\\.\\d+\\.\\d+\\.\\d+")));

    @SuppressWarnings("unchecked")
    ListView<String> steps = robot.lookup("#cex-steps").queryAs(ListView.class);
    assertTrue(steps.getItems().stream().anyMatch(s -> s.contains("helper steps folded")));
    assertTrue(steps.getItems().stream().noneMatch(s -> s.startsWith("vigor/")), steps.getItems().toString());
    robot.interact(() -> robot.lookup("#cex-full-trace").queryAs(CheckBox.class).setSelected(true));
    assertTrue(steps.getItems().stream().anyMatch(s -> s.startsWith("vigor/packet.h:")));
    assertFalse(steps.getItems().stream().anyMatch(s -> s.contains("helper steps folded")));
    tasks.shutdown();
  }

  /** An unknown trace's reasons are read whole: wrapped paragraphs, not cut-off list rows. */
  @Test
  void anUnknownTracesReasonsWrap() throws Exception {
    String reason = "counterexample did not replay: NF and spec agree concretely on the outcome"
        + " (send on device 1 (packet rewritten)) and on every imported object's final state;"
        + " the replay left the trace at flowcount.c:63:11";
    TraceRow row = TraceRow.decided(property, new TraceOutcome(14,
        dev.vigor.engine.validate.Verdict.UNKNOWN, 5, List.of(reason), java.util.Optional.empty()));
    BackgroundTasks tasks = new BackgroundTasks(1);
    FxToolkit.setupStage(stage -> {
      stage.setScene(new Scene(new CounterexampleView(new SimpleObjectProperty<>(row),
          () -> FIREWALL, (f, l) -> { }, tasks, s -> { }), 500, 600));
      stage.show();
    });
    FxWait.until(5, "the reasons shown", () -> robot.lookup("#cex-reasons").tryQuery().isPresent());
    Label shown = (Label) robot.lookup("#cex-reasons").queryAs(VBox.class).getChildren().get(0);
    assertEquals(reason, shown.getText());
    assertTrue(shown.isWrapText());
    assertTrue(shown.getHeight() > 2 * shown.getFont().getSize() * 1.2,
        "a long reason takes several lines: " + shown.getHeight());
    // and copied whole from its context menu
    robot.interact(() -> shown.getContextMenu().getItems().get(0).fire());
    assertEquals(reason, WaitForAsyncUtils.asyncFx(
        () -> javafx.scene.input.Clipboard.getSystemClipboard().getString()).get());
    tasks.shutdown();
  }

  @Test
  void aSavedRunShowsTheSameReadableCounterexample() {
    ReadableCounterexample shown = CounterexampleModel.of(firstViolated(result).counterexample()
        .orElseThrow()).readable();
    String saved = RunFile.write(FIREWALL, result, LocalDateTime.of(2026, 1, 2, 3, 4));
    TraceOutcome back = RunFile.read(saved, LocalDateTime.now()).properties().get(0).traces()
        .stream().filter(t -> t.counterexample().isPresent()).findFirst().orElseThrow();
    assertEquals(shown, back.counterexample().orElseThrow().readable());
  }

  private static List<String> labels(Node root) {
    return root.lookupAll(".label").stream().map(n -> ((Label) n).getText()).toList();
  }
}
