package dev.vigor.app.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.NfWorkbench;
import dev.vigor.app.files.SpecFileView;
import dev.vigor.editor.SpecEditor;
import dev.vigor.editor.VerdictMark;
import java.nio.file.Files;
import java.nio.file.Path;
import javafx.scene.control.TabPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * Live verification in the real window, on a copy of the catalog's bridge in the workspace: a
 * wrong line typed into no_loop.py gets a violated mark once typing pauses, retyped right it gets
 * a proved mark, and nothing is saved on the way.
 */
class LiveVerificationFxTest {
  private static final int VERDICT_SECONDS = 90;
  private final FxRobot robot = new FxRobot();
  private NfWorkbench window;
  @TempDir Path workspace;
  private Path noLoop;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openWindow() throws Exception {
    window = NfWorkbench.open(robot, workspace, "bridge");
    noLoop = window.file("bridge", "props/no_loop.py");
  }

  @AfterEach
  void closeWindow() throws Exception {
    window.close();
  }

  @Test
  void aWrongLineTypedIsMarkedViolatedAndOnceFixedProvedWithoutSaving() throws Exception {
    String saved = Files.readString(noLoop);
    SpecEditor editor = window.openProperty("bridge", "no_loop.py");
    SpecFileView view = (SpecFileView) window.selectedTab().getContent();
    int line = 3;
    String right = "assert not mem(received_on_port, sent_on_ports)";
    FxWait.until(VERDICT_SECONDS, "the saved property proved live", () -> mark(editor, line) == VerdictMark.Kind.PROVED);

    // The bridge never sends a frame back where it came from: asserting it always does is wrong.
    retypeLine(editor, line, "assert mem(received_on_port, sent_on_ports)");
    FxWait.until(VERDICT_SECONDS, "a violated mark on the wrong line",
        () -> mark(editor, line) == VerdictMark.Kind.VIOLATED);
    assertTrue(status(view).startsWith("live: violated at line " + line), status(view));
    assertTrue(window.selectedFile().isDirty(), "the wrong line is not saved");
    assertEquals(saved, Files.readString(noLoop), "the file on disk is untouched");

    // The mark's link opens the counterexample where a run's would open.
    robot.interact(() -> editor.verdictMarksProperty().get().get(line).open().run());
    FxWait.until(5, "the counterexample tab", () -> robot.lookup("#tab-counterexample").tryQuery().isPresent()
        && robot.lookup("#verification-dock").queryAs(TabPane.class).getSelectionModel()
            .getSelectedItem().getId().equals("tab-counterexample"));

    retypeLine(editor, line, right);
    FxWait.until(VERDICT_SECONDS, "the fixed line proved", () -> mark(editor, line) == VerdictMark.Kind.PROVED);
    assertTrue(status(view).startsWith("live: 1"), status(view));
    assertTrue(status(view).contains("proved"), status(view));
    assertEquals(saved, Files.readString(noLoop), "nothing was saved");
  }

  /** Replaces 1-based line's text by typing it, as a user would (select the line, type over it). */
  private void retypeLine(SpecEditor editor, int line, String text) throws Exception {
    robot.clickOn(editor.codeArea());
    robot.interact(() -> {
      int start = editor.codeArea().getAbsolutePosition(line - 1, 0);
      int end = start + editor.codeArea().getParagraph(line - 1).length();
      editor.codeArea().selectRange(start, end);
    });
    robot.write(text);
    FxWait.until(5, "the line typed", () -> editor.getText().lines().toList().get(line - 1).equals(text));
  }

  private static VerdictMark.Kind mark(SpecEditor editor, int line) {
    VerdictMark m = editor.verdictMarksProperty().get().get(line);
    return m == null ? null : m.kind();
  }

  private String status(SpecFileView view) {
    return view.live().statusProperty().get();
  }
}
