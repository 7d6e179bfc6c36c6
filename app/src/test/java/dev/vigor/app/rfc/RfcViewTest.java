package dev.vigor.app.rfc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.state.WorkbenchState;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.app.workspace.WorkspaceFolder;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.rfc.model.Requirement;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TreeView;
import javafx.scene.text.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The RFC view, headless, over the catalog's bridge and a scratch workspace: import a small RFC,
 * pick a requirement, write a property for it and watch coverage follow; bad files leave a message.
 */
class RfcViewTest {
  private static Path bridge;
  private final FxRobot robot = new FxRobot();
  private BackgroundTasks tasks;
  private RfcViewModel viewModel;
  private WorkbenchState state;
  @TempDir Path workspace;

  @BeforeAll
  static void startToolkit() throws Exception {
    bridge = Path.of(System.getProperty("vigor.catalog")).resolve("bridge");
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void showView() throws Exception {
    tasks = new BackgroundTasks(2);
    FxToolkit.setupStage(stage -> {
      state = new WorkbenchState(new WorkspaceFolder(workspace), FXCollections.observableArrayList(),
          new SimpleObjectProperty<>());
      state.catalogFolderProperty().set(bridge.getParent());
      state.nfs().add(state.nfAt(bridge));
      state.selectNf(bridge);
      viewModel = new RfcViewModel(tasks, state, state.nfs());
      stage.setScene(new Scene(new RfcView(viewModel, () -> { }), 1200, 760));
      stage.show();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void closeView() throws Exception {
    FxToolkit.cleanupStages();
    tasks.shutdown();
  }

  @Test
  void importPickCreatePropertyAndCoverageFollows() throws Exception {
    importAndWait(resource("rfc/two-port-bridge.txt"));
    assertEquals("rfc9911 — Two-Port Frame Bridging for Workbench Tests", label("#rfc-title").getText());
    TreeView<?> tree = robot.lookup("#rfc-sections").queryAs(TreeView.class);
    assertEquals(List.of("Abstract", "Status of This Memo", "1", "2", "3", "4", "Author's Address"),
        tree.getRoot().getChildren().stream().map(i -> sectionLabel(i.getValue())).toList());
    assertEquals(7, requirements().getItems().size());
    waitForCoverage("0/4 linked, 0 proved", "0/2 linked, 0 proved");

    // The keyword filter: without MAY the one MAY sentence leaves the list.
    robot.clickOn("#rfc-filter-may");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(6, requirements().getItems().size());
    assertTrue(requirements().getItems().stream().noneMatch(r -> r.keyword().text().equals("MAY")));
    robot.clickOn("#rfc-filter-may");

    // Section 4.1's text is shown with its two MUST-family sentences highlighted.
    robot.clickOn(robot.lookup(".tree-cell").match(c -> "4.1  Known Stations".equals(((javafx.scene.control.Labeled) c).getText())).queryLabeled());
    WaitForAsyncUtils.waitForFxEvents();
    List<Text> highlighted = robot.lookup("#rfc-section-text").lookup(".rfc-requirement-text").queryAllAs(Text.class)
        .stream().toList();
    assertEquals(2, highlighted.size(), "highlighted sentences in 4.1");
    assertTrue(highlighted.stream().allMatch(t -> t.getStyleClass().contains("level-must")));
    assertEquals(2, requirements().getItems().size(), "the list follows the section");

    robot.clickOn(requirementCell("rfc9911#4.1-1"));
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(label("#rfc-selected-requirement").getText().startsWith("rfc9911#4.1-1 (MUST)"));
    assertTrue(covering().getItems().isEmpty(), "nothing covers it yet: " + covering().getItems());

    assertEquals("bridge (catalog)", state.selectedNfProperty().get().label());
    robot.clickOn("#rfc-new-property");
    Path written = workspace.resolve("bridge/props/rfc9911_4_1_1.py");
    WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, FxWait.onFx(() -> Files.exists(written)));
    // The property lives in the workspace copy, which is now the NF traced (and selected everywhere).
    FxWait.until(10, "the workspace copy selected",
        () -> "bridge (my workspace)".equals(state.selectedNfProperty().get().label()));
    waitForCoverage("1/4 linked, 0 proved", "0/2 linked, 0 proved");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, FxWait.onFx(() -> covering().getItems().size() == 1));
    assertEquals("rfc9911_4_1_1 — not run", covering().getItems().get(0).toString());

    String text = Files.readString(written);
    assertTrue(text.contains("# covers: rfc9911#4.1-1\n"), text);
    assertTrue(text.contains("MUST leave on that port only"), text);
    assertTrue(text.contains("from state import "), text);
    SpecCheckResult check = SpecChecker.check(written,
        new ImportSearch(Optional.of(bridge.resolve("props")), List.of()),
        Optional.of(SpecInterfaces.of(LoadedNf.load(bridge))));
    assertTrue(check.ok(), check.diagnostics().stream().map(Diagnostic::format).toList().toString());

    // A run of the catalog's bridge says nothing about the copy's property.
    Files.createDirectories(workspace.resolve("runs"));
    Files.writeString(workspace.resolve("runs/20261124-053000-bridge.json"),
        "{\"nf\":\"" + bridge + "\",\"specs\":[{\"file\":\"" + written
            + "\",\"verdict\":\"proved\",\"millis\":1,\"diagnostics\":[],\"traces\":[]}]}\n");
    robot.interact(viewModel::retrace);
    waitForCoverage("1/4 linked, 0 proved", "0/2 linked, 0 proved");
    // A saved run of the copy that proved the property turns the link into a proof; saving a run
    // is enough, coverage follows the shared state's last saved run.
    Path run = Files.writeString(workspace.resolve("runs/20261124-053001-bridge.json"),
        "{\"nf\":\"" + workspace.resolve("bridge") + "\",\"specs\":[{\"file\":\"" + written
            + "\",\"verdict\":\"proved\",\"millis\":1,\"sources\":[{\"file\":\"" + written
            + "\",\"sha256\":\"" + dev.vigor.engine.spec.SourceHash.sha256(Files.readString(written))
            + "\",\"unsaved\":false}],\"diagnostics\":[],\"traces\":[]}]}\n");
    robot.interact(() -> state.lastSavedRunProperty().set(run));
    waitForCoverage("1/4 linked, 1 proved", "0/2 linked, 0 proved");
    WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
        FxWait.onFx(() -> covering().getItems().size() == 1 && covering().getItems().get(0).toString().endsWith("proved")));

    // A # covers: id this RFC does not have is reported with the nearest existing id.
    Files.writeString(workspace.resolve("bridge/props/typo.py"), "# covers: rfc9911#4.1-9\npass\n");
    robot.interact(viewModel::retrace);
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, FxWait.onFx(() -> label("#rfc-trace-problems").getText().contains("typo.py:1:11: error:")));
    assertTrue(label("#rfc-trace-problems").getText().contains("did you mean 'rfc9911#4.1-1'"),
        label("#rfc-trace-problems").getText());

    // The same name again is refused with a message, and nothing is overwritten.
    robot.clickOn("#rfc-new-property");
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, FxWait.onFx(() -> label("#rfc-message").getText().contains("exists already")));
    assertEquals(text, Files.readString(written));
  }

  @Test
  void binaryAndEmptyFilesGiveAMessageAndTheViewStaysUsable() throws Exception {
    Path binary = workspace.resolve("capture.pcap");
    Files.write(binary, new byte[] {(byte) 0xd4, (byte) 0xc3, (byte) 0xb2, (byte) 0xa1, 2, 0, 4, 0, 0, 0, 0, 0, 0, 0});
    robot.interact(() -> viewModel.importFile(binary));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, FxWait.onFx(() -> label("#rfc-message").getText().startsWith("Could not import")));
    assertTrue(label("#rfc-message").getText().contains("capture.pcap:1:") && label("#rfc-message").getText().contains(": error: binary file"), label("#rfc-message").getText());
    assertTrue(label("#rfc-message").getStyleClass().contains("rfc-message-error"));
    assertEquals("No RFC imported", label("#rfc-title").getText());

    Path empty = Files.writeString(workspace.resolve("empty.txt"), "");
    robot.interact(() -> viewModel.importFile(empty));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, FxWait.onFx(() -> label("#rfc-message").getText().contains("empty.txt")));
    assertTrue(label("#rfc-message").getText().contains("error"), label("#rfc-message").getText());

    // Still usable: a good file imports afterwards and the message is no longer an error.
    importAndWait(resource("rfc/two-port-bridge.txt"));
    assertFalse(label("#rfc-message").getStyleClass().contains("rfc-message-error"));
    assertEquals(7, requirements().getItems().size());
  }

  private void importAndWait(Path file) throws Exception {
    robot.interact(() -> viewModel.importFile(file));
    WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
        FxWait.onFx(() -> viewModel.documentProperty().get() != null && !viewModel.busyProperty().get()));
    WaitForAsyncUtils.waitForFxEvents();
  }

  private void waitForCoverage(String must, String should) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, FxWait.onFx(() ->
          must.equals(coverageText("must")) && should.equals(coverageText("should"))));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("coverage shows " + robot.lookup("#rfc-coverage").queryAs(javafx.scene.layout.Pane.class)
          .getChildrenUnmodifiable() + "; message: " + label("#rfc-message").getText(), e);
    }
  }

  // The bar's labels are rebuilt on each trace, so a lookup may find none for a moment.
  private String coverageText(String level) {
    return robot.lookup("#rfc-coverage-" + level).tryQuery().map(n -> ((Label) n).getText()).orElse("");
  }

  private static String sectionLabel(Object section) {
    dev.vigor.rfc.model.Section s = (dev.vigor.rfc.model.Section) section;
    return s.number().isEmpty() ? s.title() : s.number();
  }

  private Label label(String id) {
    return robot.lookup(id).queryAs(Label.class);
  }

  @SuppressWarnings("unchecked")
  private ListView<Requirement> requirements() {
    return robot.lookup("#rfc-requirements").queryAs(ListView.class);
  }

  @SuppressWarnings("unchecked")
  private ListView<CoveringProperty> covering() {
    return robot.lookup("#rfc-covering").queryAs(ListView.class);
  }

  private ListCell<?> requirementCell(String id) {
    return robot.lookup("#rfc-requirements").lookup(".list-cell").queryAllAs(ListCell.class).stream()
        .filter(c -> id.equals(c.getUserData()) && c.getItem() != null)
        .findFirst().orElseThrow(() -> new AssertionError("no row shows " + id));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(RfcViewTest.class.getClassLoader().getResource(name).toURI());
  }
}
