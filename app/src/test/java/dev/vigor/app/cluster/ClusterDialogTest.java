package dev.vigor.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;

/** The dialog on screen: OK with a bad member keeps it open with the problem shown; fixed, OK applies. */
class ClusterDialogTest {
  private final FxRobot robot = new FxRobot();
  @TempDir Path ws;
  private ClusterDialog dialog;

  @BeforeAll
  static void toolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @AfterEach
  void close() {
    robot.interact(() -> {
      if (dialog != null && dialog.isShowing()) {
        dialog.setResult(ButtonType.CANCEL);
        dialog.close();
      }
    });
  }

  @Test
  void okWithABadMemberKeepsTheDialogOpenAndSaysWhy() throws Exception {
    Path secret = Files.writeString(ws.resolve("secret"), "0123456789abcdef-dialog-test");
    ObjectProperty<ClusterSetting> setting = new SimpleObjectProperty<>(ClusterSetting.OFF);
    ClusterSettingsViewModel vm =
        new ClusterSettingsViewModel(new ClusterSettingFile(ws), setting, () -> null);
    robot.interact(() -> {
      dialog = new ClusterDialog(vm, null);
      dialog.show();
    });
    FxWait.until(10, "the dialog", () -> dialog.isShowing());
    TextField members = robot.lookup("#cluster-members").queryAs(TextField.class);
    assertTrue(members.isDisabled(), "the fields are off while the setting is");
    robot.clickOn("#cluster-enabled");
    robot.clickOn("#cluster-name").write("lab");
    robot.clickOn("#cluster-members").write("127.0.0.1");
    robot.interact(() -> vm.secretFileProperty().set(secret.toString()));
    robot.clickOn(robot.lookup(".button").match(
        n -> n instanceof javafx.scene.control.Button b && b.getText().equals("OK")).queryButton());
    assertTrue(dialog.isShowing(), "refused: still open");
    assertEquals("a member must be HOST:PORT, not 127.0.0.1",
        robot.lookup("#cluster-problem").queryAs(Label.class).getText());
    assertEquals(ClusterSetting.OFF, setting.get());

    robot.clickOn("#cluster-members").write(":5801");
    robot.clickOn(robot.lookup(".button").match(
        n -> n instanceof javafx.scene.control.Button b && b.getText().equals("OK")).queryButton());
    FxWait.until(10, "the dialog to close", () -> !dialog.isShowing());
    assertTrue(setting.get().enabled());
    assertEquals(List.of("127.0.0.1:5801"), setting.get().target().members());
    assertFalse(Files.readString(new ClusterSettingFile(ws).path()).contains("dialog-test"));
  }
}
