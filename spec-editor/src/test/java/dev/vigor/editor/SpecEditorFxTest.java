package dev.vigor.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.diag.Severity;
import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.spec.imports.ImportSearch;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@ExtendWith(ApplicationExtension.class)
class SpecEditorFxTest {
  private static final Path FILE = Path.of("editor-test", "spec.py");
  private static final ExecutorService BACKGROUND = Executors.newCachedThreadPool(r -> {
    Thread t = new Thread(r, "spec-check-test");
    t.setDaemon(true);
    return t;
  });

  /** The checker the editor calls; tests that need another one replace it before typing. */
  private volatile Function<String, List<Diagnostic>> checker =
      EngineCheck.of(FILE, ImportSearch.none(), Optional::empty);
  private final AtomicInteger runs = new AtomicInteger();
  private final java.util.concurrent.atomic.AtomicReference<String> lastChecked =
      new java.util.concurrent.atomic.AtomicReference<>();
  private SpecEditor editor;

  @Start
  void start(Stage stage) {
    editor = new SpecEditor(text -> {
      runs.incrementAndGet();
      List<Diagnostic> result = checker.apply(text);
      lastChecked.set(text);
      return result;
    }, BACKGROUND);
    editor.sourceNameProperty().set(EngineCheck.sourceName(FILE));
    ProblemsView problems = ProblemsView.of(editor);
    problems.setId("problems");
    problems.setPrefHeight(80);
    stage.setScene(new Scene(new javafx.scene.layout.VBox(editor, problems), 640, 400));
    stage.show();
  }

  /** Loads the engine's parser once, so "within a second" measures the editor, not class loading. */
  @org.junit.jupiter.api.BeforeAll
  static void warmUpChecker() {
    EngineCheck.of(FILE, ImportSearch.none(), Optional::empty).apply("if x = 3\n");
    EngineCheck.of(FILE, ImportSearch.none(), Optional::empty).apply("return DROP\n");
  }

  @AfterAll
  static void stopBackground() {
    BACKGROUND.shutdownNow();
  }

  private void waitFor(String what, java.util.concurrent.Callable<Boolean> condition) throws Exception {
    try {
      // asked on the FX thread: the diagnostics list is the UI's, filled there
      WaitForAsyncUtils.waitFor(1, TimeUnit.SECONDS,
          () -> WaitForAsyncUtils.asyncFx(condition).get(1, TimeUnit.SECONDS));
    } catch (java.util.concurrent.TimeoutException e) {
      throw new AssertionError("within a second: " + what + "; diagnostics " + editor.diagnostics());
    }
  }

  private Collection<String> styleAt(int offset) throws Exception {
    return WaitForAsyncUtils.asyncFx(() -> editor.codeArea().getStyleOfChar(offset)).get();
  }

  @Test
  void typedValidSpecHasNoDiagnosticsAndIsDirty(FxRobot robot) throws Exception {
    robot.clickOn(editor.codeArea()).write("return DROP\n");
    waitFor("the typed text was checked", () -> editor.getText().equals(lastChecked.get()));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of(), List.copyOf(editor.diagnostics()));
    assertTrue(editor.isDirty());
  }

  @Test
  void syntaxErrorIsSquiggledAndMarkedThenClearsWhenFixed(FxRobot robot) throws Exception {
    robot.interact(() -> editor.load("return DROP\n"));
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(editor.getText().length()));
    robot.write("if x = 3");
    waitFor("a diagnostic appears", () -> !editor.diagnostics().isEmpty());
    Diagnostic d = editor.diagnostics().get(0);
    assertEquals(Severity.ERROR, d.severity());
    assertEquals(2, d.location().line(), d.toString());

    String text = editor.getText();
    int[] range = new TextPositions(text).range(d.location());
    assertTrue(range[0] >= text.indexOf("if x") && range[1] <= text.length() - 1, d.toString());
    for (int i = range[0]; i < range[1]; i++) {
      assertTrue(styleAt(i).contains("squiggle-error"), "char " + i + " " + styleAt(i));
    }
    assertFalse(styleAt(0).contains("squiggle-error"), "line 1 is fine: " + styleAt(0));
    assertTrue(styleAt(0).contains("keyword"));
    WaitForAsyncUtils.waitForFxEvents();
    assertFalse(robot.lookup(".marker-error").queryAll().isEmpty(), "gutter marker");
    javafx.scene.control.Label marker = robot.lookup(".marker-error").queryAs(javafx.scene.control.Label.class);
    assertTrue(marker.getTooltip().getText().contains(d.message()), marker.getTooltip().getText());

    String fixed = "if received_on_port == 3:\n    return DROP\n";
    robot.interact(() -> editor.setText(fixed));
    waitFor("diagnostics clear", () -> editor.diagnostics().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    for (int i = 0; i < fixed.length(); i++) {
      assertFalse(styleAt(i).contains("squiggle"), "char " + i + " " + styleAt(i));
    }
    assertTrue(robot.lookup(".marker-error").queryAll().isEmpty(), "marker gone");
  }

  @Test
  void staleResultsAreDropped(FxRobot robot) throws Exception {
    CountDownLatch slowStarted = new CountDownLatch(1);
    checker = text -> {
      if (text.contains("slow")) {
        slowStarted.countDown();
        sleep(700);
        return List.of(diagnostic(Severity.ERROR, "from the slow, stale text"));
      }
      return List.of(diagnostic(Severity.WARNING, "from the latest text"));
    };
    robot.interact(() -> editor.setText("slow"));
    assertTrue(slowStarted.await(2, TimeUnit.SECONDS), "slow check started");
    robot.interact(() -> editor.setText("fast"));
    waitFor("the latest result shows", () -> editor.diagnostics().size() == 1
        && editor.diagnostics().get(0).message().equals("from the latest text"));
    sleep(800); // the slow run finishes now, out of order
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("from the latest text", editor.diagnostics().get(0).message());
    assertTrue(styleAt(0).contains("squiggle-warning"));
  }

  @Test
  void highlightingStylesKeywordHeaderFieldAndComment(FxRobot robot) throws Exception {
    String text = "h = pop_header(ether, on_mismatch=DROP)  # pop\nif h.daddr == 1:\n    return DROP\n";
    robot.interact(() -> editor.setText(text));
    assertTrue(styleAt(text.indexOf("if")).contains("keyword"));
    assertTrue(styleAt(text.indexOf("daddr") + 2).contains("header-field"));
    assertTrue(styleAt(text.indexOf("# pop") + 3).contains("comment"));
    assertTrue(styleAt(text.indexOf("ether")).contains("header-type"));
    assertTrue(styleAt(text.indexOf("pop_header")).contains("builtin"));
  }

  @Test
  void ctrlSpaceOffersTheNfsStateObjects(FxRobot robot) throws Exception {
    robot.interact(() -> {
      editor.nfInterfaceProperty().set(CompletionsTest.NF);
      editor.setText("from state import ");
      editor.codeArea().moveTo(editor.getText().length());
      editor.codeArea().requestFocus();
    });
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.SPACE)
        .release(javafx.scene.input.KeyCode.SPACE, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("dyn_macs", "dyn_ports"), List.copyOf(editor.completionItems()));
    assertTrue(editor.isCompletionShowing());
    robot.type(javafx.scene.input.KeyCode.DOWN).type(javafx.scene.input.KeyCode.UP);
    robot.write("dyn_p");
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(List.of("dyn_ports"), List.copyOf(editor.completionItems()), "refiltered");
    robot.type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("from state import dyn_ports", editor.getText());
    assertFalse(editor.isCompletionShowing());
  }

  @Test
  void problemsViewMovesTheCaretToTheDiagnostic(FxRobot robot) throws Exception {
    checker = text -> List.of(new Diagnostic(Severity.ERROR,
        new SourceLocation(EngineCheck.sourceName(FILE), 2, 5, 3), "something at 2:5"));
    robot.interact(() -> editor.setText("a = 1\nb = cde\n"));
    waitFor("a diagnostic appears", () -> !editor.diagnostics().isEmpty());
    WaitForAsyncUtils.waitForFxEvents();
    robot.clickOn(robot.lookup((javafx.scene.Node n) -> n instanceof javafx.scene.control.ListCell<?> c
        && "2:5 something at 2:5".equals(c.getText())).queryAs(javafx.scene.control.ListCell.class));
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals(1, editor.codeArea().getCurrentParagraph());
    assertEquals(4, editor.codeArea().getCaretColumn());
  }

  @Test
  void undoRedoAndFindWorkFromTheKeyboard(FxRobot robot) throws Exception {
    robot.interact(() -> editor.load("dyn_macs = 1\nx = dyn_macs\n"));
    assertFalse(editor.isDirty());
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(0));
    robot.write("zz");
    assertEquals("zzdyn_macs = 1\nx = dyn_macs\n", editor.getText());
    assertTrue(editor.isDirty());
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Z)
        .release(javafx.scene.input.KeyCode.Z, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("dyn_macs = 1\nx = dyn_macs\n", editor.getText());
    assertFalse(editor.isDirty());
    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.Y)
        .release(javafx.scene.input.KeyCode.Y, javafx.scene.input.KeyCode.CONTROL);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("zzdyn_macs = 1\nx = dyn_macs\n", editor.getText());

    robot.press(javafx.scene.input.KeyCode.CONTROL, javafx.scene.input.KeyCode.F)
        .release(javafx.scene.input.KeyCode.F, javafx.scene.input.KeyCode.CONTROL);
    robot.write("dyn").type(javafx.scene.input.KeyCode.ENTER);
    WaitForAsyncUtils.waitForFxEvents();
    assertEquals("dyn", editor.codeArea().getSelectedText());
    assertEquals("zzdyn_macs = 1\nx = ".length(), editor.codeArea().getSelection().getStart());
  }

  private static Diagnostic diagnostic(Severity severity, String message) {
    return new Diagnostic(severity, new SourceLocation(EngineCheck.sourceName(FILE), 1, 1, 4), message);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Test
  void f8AndShiftF8WalkTheProblemsAndWrapAround(FxRobot robot) throws Exception {
    checker = text -> List.of(
        Diagnostic.error(dev.vigor.engine.diag.SourceLocation.of(FILE.toString(), 2, 3), "two"),
        Diagnostic.error(dev.vigor.engine.diag.SourceLocation.of(FILE.toString(), 4, 1), "four"));
    robot.interact(() -> editor.load("a = 1\nb = 2\nc = 3\nd = 4\n"));
    waitFor("two problems", () -> editor.diagnostics().size() == 2);
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(0));

    robot.type(javafx.scene.input.KeyCode.F8);
    assertEquals(1, editor.codeArea().getCurrentParagraph(), "F8: the problem on line 2");
    assertEquals(2, editor.codeArea().getCaretColumn());
    robot.type(javafx.scene.input.KeyCode.F8);
    assertEquals(3, editor.codeArea().getCurrentParagraph(), "F8 again: line 4");
    robot.type(javafx.scene.input.KeyCode.F8);
    assertEquals(1, editor.codeArea().getCurrentParagraph(), "F8 wraps to the first");
    robot.press(javafx.scene.input.KeyCode.SHIFT).type(javafx.scene.input.KeyCode.F8)
        .release(javafx.scene.input.KeyCode.SHIFT);
    assertEquals(3, editor.codeArea().getCurrentParagraph(), "Shift+F8 wraps back to the last");
  }

  @Test
  void f12OnAnImportHandsItsNameToTheOpener(FxRobot robot) throws Exception {
    List<String> opened = new java.util.concurrent.CopyOnWriteArrayList<>();
    robot.interact(() -> {
      editor.setOnOpenImport(opened::add);
      editor.load("x = 1\nimport learn  # h\n");
    });
    robot.clickOn(editor.codeArea());
    robot.interact(() -> editor.codeArea().moveTo(0));
    robot.type(javafx.scene.input.KeyCode.F12);
    assertEquals(List.of(), opened, "no import on line 1");
    robot.interact(() -> editor.codeArea().moveTo(1, 9));
    robot.type(javafx.scene.input.KeyCode.F12);
    assertEquals(List.of("learn"), opened);
  }

  @Test
  void revealLineSelectsTheWholeLine(FxRobot robot) throws Exception {
    robot.interact(() -> editor.load("a = 1\nbb = 22\nc = 3\n"));
    robot.interact(() -> editor.revealLine(2));
    assertEquals("bb = 22", editor.codeArea().getSelectedText());
    robot.interact(() -> editor.revealLine(99));
    assertEquals(3, editor.codeArea().getCurrentParagraph(), "past the end: the last line");
  }
}
