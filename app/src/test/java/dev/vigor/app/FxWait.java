package dev.vigor.app;

import dev.vigor.app.workspace.WorkspaceNode;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
import org.testfx.api.FxRobot;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Conditions on the UI's state for {@code WaitForAsyncUtils.waitFor}, evaluated on the FX thread:
 * read from the test thread, a list the UI is filling can change mid-read (a CI run failed with a
 * ConcurrentModificationException while the trace table filled).
 */
public final class FxWait {
  private FxWait() {}

  /**
   * Waits until the condition, asked on the FX thread, holds, then lets pending FX events run;
   * fails naming {@code what} after {@code seconds}.
   */
  public static void until(int seconds, String what, Callable<Boolean> condition) throws Exception {
    try {
      WaitForAsyncUtils.waitFor(seconds, TimeUnit.SECONDS, onFx(condition));
    } catch (TimeoutException e) {
      throw new AssertionError("within " + seconds + " s: " + what);
    }
    WaitForAsyncUtils.waitForFxEvents();
  }

  /** The workspace tree row showing {@code label}; fails when no row shows it. */
  @SuppressWarnings("unchecked")
  public static TreeCell<WorkspaceNode> cellShowing(FxRobot robot, TreeView<WorkspaceNode> tree,
      String label) {
    return robot.from(tree).lookup(".tree-cell").queryAllAs(TreeCell.class).stream()
        .filter(c -> c.getItem() != null && label.equals(((WorkspaceNode) c.getItem()).label()))
        .findFirst().orElseThrow(() -> new AssertionError("no tree row shows " + label));
  }

  /** The condition, asked on the FX thread each time it is polled. */
  public static Callable<Boolean> onFx(Callable<Boolean> condition) {
    return () -> WaitForAsyncUtils.asyncFx(condition).get(10, TimeUnit.SECONDS);
  }
}
