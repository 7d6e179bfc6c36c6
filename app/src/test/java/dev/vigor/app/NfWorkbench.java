package dev.vigor.app;

import dev.vigor.app.files.OpenFile;
import dev.vigor.app.files.SpecFileView;
import dev.vigor.app.workspace.WorkspaceNode;
import dev.vigor.editor.SpecEditor;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeView;
import javafx.scene.input.KeyCode;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/**
 * The workbench window on a workspace holding a copy of one catalog NF, as the live-verification
 * tests and benchmark use it: open, open one of the NF's spec files from the tree, close.
 */
public final class NfWorkbench {
  private static final Path CATALOG = Path.of(System.getProperty("vigor.catalog"));
  private final FxRobot robot;
  private final Path workspace;
  private final WorkspaceProperty workspaceSetting;
  private final Application app;

  private NfWorkbench(FxRobot robot, Path workspace) throws Exception {
    this.robot = robot;
    this.workspace = workspace;
    workspaceSetting = WorkspaceProperty.pointAt(workspace);
    app = FxToolkit.setupApplication(WorkbenchApplication::new);
  }

  /** Copies the catalog's nf into workspace and opens the window on it. */
  public static NfWorkbench open(FxRobot robot, Path workspace, String nf) throws Exception {
    dev.vigor.engine.FolderCopy.copyTree(CATALOG.resolve(nf), workspace.resolve(nf));
    return new NfWorkbench(robot, workspace);
  }

  /** The copy's file at nf/relative, absolute and normalized. */
  public Path file(String nf, String relative) {
    return workspace.resolve(nf).resolve(relative).toAbsolutePath().normalize();
  }

  /** Opens nf's props/name from the workspace tree; its editor once it knows the NF's interface. */
  public SpecEditor openProperty(String nf, String name) throws Exception {
    Path path = file(nf, "props/" + name);
    FxWait.until(20, "the workspace tree", () -> !userTree().getRoot().getChildren().isEmpty());
    robot.clickOn(FxWait.cellShowing(robot, userTree(), nf));
    robot.type(KeyCode.RIGHT);
    robot.clickOn(FxWait.cellShowing(robot, userTree(), "props"));
    robot.type(KeyCode.RIGHT);
    robot.clickOn(FxWait.cellShowing(robot, userTree(), name));
    FxWait.until(10, name + " open", () -> selectedFile() != null && selectedFile().path().equals(path));
    SpecEditor editor = ((SpecFileView) selectedTab().getContent()).editor();
    FxWait.until(20, "the NF's interface", () -> editor.nfInterfaceProperty().get() != null);
    return editor;
  }

  /** The open file of the selected tab, if any. */
  public OpenFile selectedFile() {
    Tab tab = selectedTab();
    return tab == null ? null : (OpenFile) tab.getUserData();
  }

  /** The selected tab of the open files. */
  public Tab selectedTab() {
    return robot.lookup("#open-files").queryAs(TabPane.class).getSelectionModel().getSelectedItem();
  }

  /** Closes the window and puts the workspace setting back. */
  public void close() throws Exception {
    FxToolkit.cleanupApplication(app);
    FxToolkit.cleanupStages();
    workspaceSetting.restore();
  }

  @SuppressWarnings("unchecked")
  private TreeView<WorkspaceNode> userTree() {
    return robot.lookup("#user-workspace-tree").queryAs(TreeView.class);
  }
}
