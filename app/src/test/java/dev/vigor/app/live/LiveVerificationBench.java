package dev.vigor.app.live;

import dev.vigor.app.FxWait;
import dev.vigor.app.NfWorkbench;
import dev.vigor.app.files.SpecFileView;
import dev.vigor.editor.SpecEditor;
import dev.vigor.editor.VerdictMark;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * A benchmark, not a test (tag "bench", never in the default build): the time from an edit in the
 * workbench's editor to the verdict mark on the edited line, the pause in typing included, with
 * a warm cache. On a copy of the bridge, learn.py's ageing time is changed to a wrong value (the
 * line turns violated) and back (proved), in turn; each edit is one change of the text, as the
 * last keystroke of typing it. Prints the medians; asserts nothing about time.
 *
 * <pre>mvn -B -pl app -am verify -Dvigor.excludedGroups=none -Dtest=LiveVerificationBench \
 *     -Dsurefire.failIfNoSpecifiedTests=false -Dlive.edits=10</pre>
 */
@Tag("bench")
class LiveVerificationBench {
  private static final int VERDICT_SECONDS = 90;
  private final FxRobot robot = new FxRobot();
  private NfWorkbench window;
  @TempDir Path workspace;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openWindow() throws Exception {
    window = NfWorkbench.open(robot, workspace, "bridge");
  }

  @AfterEach
  void closeWindow() throws Exception {
    window.close();
  }

  @Test
  void editToVerdictMark() throws Exception {
    int edits = Integer.getInteger("live.edits", 10);
    SpecEditor editor = window.openProperty("bridge", "learn.py");
    List<String> lines = editor.getText().lines().toList();
    int line = 1;
    while (!lines.get(line - 1).startsWith("EXP_TIME = 300")) {
      line++;
    }
    String right = lines.get(line - 1);
    String wrong = right.replace("EXP_TIME = 300", "EXP_TIME = 200");
    int at = line;
    FxWait.until(VERDICT_SECONDS, "learn.py proved live (traces explored and cached)",
        () -> mark(editor, at) == VerdictMark.Kind.PROVED);
    List<Long> mistakes = new ArrayList<>();
    List<Long> fixes = new ArrayList<>();
    int warmup = 2;
    for (int i = 0; i < warmup + edits; i++) {
      long m = editToMark(editor, at, wrong, VerdictMark.Kind.VIOLATED);
      long f = editToMark(editor, at, right, VerdictMark.Kind.PROVED);
      if (i >= warmup) {
        mistakes.add(m);
        fixes.add(f);
      }
    }
    System.out.printf("workbench, bridge props/learn.py, edit to verdict mark (the %d ms pause"
        + " included), %d edits each after %d warm-up:%n  mistake (violated): %s%n"
        + "  fix (proved): %s%n", SpecEditor.DEFAULT_DEBOUNCE.toMillis(), edits,
        warmup, spread(mistakes), spread(fixes));
  }

  /**
   * Replaces line's text in one edit and waits for a violated mark on any line, or a proved one
   * on line: the ms in between.
   */
  private long editToMark(SpecEditor editor, int line, String text, VerdictMark.Kind kind)
      throws Exception {
    AtomicLong edited = new AtomicLong();
    AtomicLong marked = new AtomicLong();
    javafx.beans.value.ChangeListener<java.util.Map<Integer, VerdictMark>> seen = (o, old, now) -> {
      // a mistake is marked on the line that decides it, which need not be the edited one
      boolean shown = kind == VerdictMark.Kind.VIOLATED
          ? now.values().stream().anyMatch(m -> m.kind() == kind)
          : now.get(line) != null && now.get(line).kind() == kind;
      if (edited.get() != 0 && marked.get() == 0 && shown) {
        marked.set(System.nanoTime());
      }
    };
    robot.interact(() -> {
      editor.verdictMarksProperty().addListener(seen);
      int start = editor.codeArea().getAbsolutePosition(line - 1, 0);
      int end = start + editor.codeArea().getParagraph(line - 1).length();
      edited.set(System.nanoTime());
      editor.codeArea().replaceText(start, end, text);
    });
    try {
      FxWait.until(VERDICT_SECONDS, "a " + kind + " mark after editing line " + line,
          () -> marked.get() != 0);
    } catch (AssertionError e) {
      SpecFileView view = (SpecFileView) window.selectedTab().getContent();
      throw new AssertionError(e.getMessage() + "; live status: "
          + view.live().statusProperty().get() + "; marks: " + editor.verdictMarksProperty().get(), e);
    }
    robot.interact(() -> editor.verdictMarksProperty().removeListener(seen));
    return (marked.get() - edited.get()) / 1_000_000;
  }

  private static String spread(List<Long> times) {
    List<Long> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    return String.format("median %d ms (min %d, max %d)", sorted.get(sorted.size() / 2),
        sorted.get(0), sorted.get(sorted.size() - 1));
  }

  private static VerdictMark.Kind mark(SpecEditor editor, int line) {
    VerdictMark m = editor.verdictMarksProperty().get().get(line);
    return m == null ? null : m.kind();
  }
}
