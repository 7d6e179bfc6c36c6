package dev.vigor.app.cex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.results.RunStore;
import dev.vigor.app.results.TraceOutcome;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.app.verify.CheckFinding;
import dev.vigor.app.verify.TraceRow;
import dev.vigor.app.verify.VerificationViewModel;
import dev.vigor.engine.layers.LayerFinding;
import dev.vigor.engine.validate.Verdict;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.layout.GridPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A lower layer's failed check in the Counterexample tab: its whole message wrapped (the Verify
 * panel's list shows one cut line), the values that break it one per row, its C steps opening the
 * layer's own files in the workbench checkout (not the NF folder); and a trace picked afterwards
 * replaces it, as picking the check replaces a trace.
 */
class FindingSectionTest {
  static final Path NOP = Path.of(System.getProperty("vigor.catalog", "../nf-catalog")).resolve("nop");
  static final String MESSAGE = "a flood not sent on exactly every device but its input: the"
      + " packet received on device 1 went out on device 1 too, where the NF model answered"
      + " NF_FLOOD for a burst of 2 buffers";
  private final FxRobot robot = new FxRobot();

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void closeStages() throws Exception {
    FxToolkit.cleanupStages();
  }

  static CheckFinding ioFinding() {
    return CheckFinding.of("io", new LayerFinding("LAYER_ASSERTION", "nfos/io/src/io_loop.c:30:5",
        MESSAGE, true, Map.of("vig_any_verdict at nfos/io/verify/nf_model.c:12:3", "NF_FLOOD",
            "vig_any_device at nfos/io/verify/backend_model.c:20:7", "1"),
        List.of("nfos/io/src/io_loop.c:21:3: burst = 2", "nfos/io/verify/nf_model.c:12:3: verdict = -2")));
  }

  @Test
  void aLayersFailedCheckShowsWhole(@TempDir Path tmp) throws Exception {
    SimpleObjectProperty<TraceRow> trace = new SimpleObjectProperty<>();
    SimpleObjectProperty<CheckFinding> finding = new SimpleObjectProperty<>();
    List<String> opened = new ArrayList<>();
    BackgroundTasks tasks = new BackgroundTasks(1);
    FxToolkit.setupStage(stage -> {
      stage.setScene(new Scene(new CounterexampleView(trace, finding, () -> NOP,
          (file, line) -> opened.add(file + ":" + line), tasks, s -> { }), 420, 700));
      stage.show();
    });
    robot.interact(() -> finding.set(ioFinding()));
    FxWait.until(5, "the check shown", () -> robot.lookup("#cex-finding-message").tryQuery().isPresent());

    assertEquals("Layer io: check LAYER_ASSERTION fails",
        robot.lookup("#cex-title").queryAs(Label.class).getText());
    Label message = robot.lookup("#cex-finding-message").queryAs(Label.class);
    assertEquals(MESSAGE, message.getText());
    assertTrue(message.isWrapText());
    GridPane values = robot.lookup("#cex-finding-values").queryAs(GridPane.class);
    List<String> cells = values.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    assertEquals(List.of("vig_any_device at nfos/io/verify/backend_model.c:20:7", "1",
        "vig_any_verdict at nfos/io/verify/nf_model.c:12:3", "NF_FLOOD"), cells);

    // the layer's files are the checkout's, found from the NF's libVig headers
    Path checkout = NOP.toAbsolutePath().normalize().getParent().getParent();
    @SuppressWarnings("unchecked")
    ListView<String> steps = robot.lookup("#cex-finding-steps").queryAs(ListView.class);
    assertEquals(2, steps.getItems().size());
    robot.interact(() -> steps.getSelectionModel().select(1));
    Path model = checkout.resolve("nfos/io/verify/nf_model.c");
    assertTrue(Files.exists(model), model.toString());
    assertEquals(List.of(model + ":12"), opened);
    robot.interact(() -> robot.lookup("#cex-finding-loc").queryAs(Hyperlink.class).fire());
    assertEquals(checkout.resolve("nfos/io/src/io_loop.c") + ":30", opened.get(1));

    // a trace picked next replaces the check
    TraceRow row = TraceRow.decided(NOP.resolve("spec.py"), new TraceOutcome(3, Verdict.UNKNOWN, 5,
        List.of("the solver gave up"), Optional.empty()));
    robot.interact(() -> {
      finding.set(null);
      trace.set(row);
    });
    FxWait.until(5, "the trace shown", () -> robot.lookup("#cex-reasons").tryQuery().isPresent());
    assertTrue(robot.lookup("#cex-finding-message").tryQuery().isEmpty());
    tasks.shutdown();
  }

  @Test
  void theInspectorShowsATraceOrACheckNeverBoth(@TempDir Path tmp) throws Exception {
    BackgroundTasks tasks = new BackgroundTasks(1);
    try {
      robot.interact(() -> {
        VerificationViewModel vm = new VerificationViewModel(tasks, new RunStore(tmp.resolve("ws")));
        TraceRow row = TraceRow.decided(NOP.resolve("spec.py"), new TraceOutcome(3,
            Verdict.UNKNOWN, 5, List.of("why"), Optional.empty()));
        vm.selectedTraceProperty().set(row);
        vm.selectedFindingProperty().set(ioFinding());
        assertNull(vm.selectedTraceProperty().get());
        vm.selectedTraceProperty().set(row);
        assertNull(vm.selectedFindingProperty().get());
      });
    } finally {
      tasks.shutdown();
    }
  }

  @Test
  void theListLineSaysWhatWhereAndWhen() {
    assertEquals("layer io: " + MESSAGE + " — at nfos/io/src/io_loop.c:30:5 when"
        + " vig_any_device at nfos/io/verify/backend_model.c:20:7 = 1,"
        + " vig_any_verdict at nfos/io/verify/nf_model.c:12:3 = NF_FLOOD", ioFinding().summary());
  }
}
