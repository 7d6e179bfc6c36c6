package dev.vigor.app.rfc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.app.FxWait;
import dev.vigor.app.task.BackgroundTasks;
import dev.vigor.engine.diag.Diagnostic;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.rfc.template.Template;
import dev.vigor.rfc.template.TemplateCatalog;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Button;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.Scene;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** The template wizard, headless: pick a standard, name the NF, create; clashes are refused. */
class TemplateWizardTest {
  private final FxRobot robot = new FxRobot();
  private BackgroundTasks tasks;
  private TemplateWizard wizard;
  private TemplateWizardViewModel viewModel;
  @TempDir Path workspace;

  @BeforeAll
  static void startToolkit() throws Exception {
    FxToolkit.registerPrimaryStage();
  }

  @BeforeEach
  void openWizard() throws Exception {
    tasks = new BackgroundTasks(2);
    Stage owner = FxToolkit.registerPrimaryStage();
    FxToolkit.setupStage(stage -> {
      stage.setScene(new Scene(new Pane(), 400, 300));
      stage.show();
    });
    robot.interact(() -> {
      viewModel = new TemplateWizardViewModel(tasks, TemplateCatalog.load(), workspace);
      wizard = new TemplateWizard(viewModel, owner);
      wizard.show();
    });
    WaitForAsyncUtils.waitForFxEvents();
  }

  @AfterEach
  void closeWizard() throws Exception {
    robot.interact(() -> wizard.close());
    FxToolkit.cleanupStages();
    tasks.shutdown();
  }

  @Test
  void everyTemplateIsOfferedAndTheChosenOneIsWrittenCheckedClean() throws Exception {
    @SuppressWarnings("unchecked")
    ChoiceBox<Template> choice = robot.lookup("#template-choice").queryAs(ChoiceBox.class);
    assertEquals(TemplateCatalog.load().templates().stream().map(Template::name).toList(),
        choice.getItems().stream().map(Template::name).toList());
    Template bridge = choice.getItems().stream().filter(t -> t.name().equals("bridge")).findFirst().orElseThrow();
    robot.interact(() -> choice.setValue(bridge));
    assertEquals("my-bridge", robot.lookup("#template-nf-name").queryAs(TextField.class).getText(),
        "the NF name follows the template until the user types one");
    robot.doubleClickOn("#template-nf-name").eraseText(20).write("lab-bridge");
    assertEquals("Files go to " + workspace.resolve("lab-bridge"), label("#template-target").getText());

    robot.clickOn(createButton());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, FxWait.onFx(() -> viewModel.createdProperty().get() != null));
    List<Path> written = viewModel.createdProperty().get();
    assertEquals(bridge.files().size(), written.size());
    Path nf = workspace.resolve("lab-bridge");
    ImportSearch search = new ImportSearch(Optional.of(nf.resolve("props")), List.of());
    for (String f : bridge.files()) {
      Path p = nf.resolve(f);
      assertTrue(Files.isRegularFile(p), p + " not written");
      if (f.endsWith(".py")) {
        SpecCheckResult r = SpecChecker.check(p, search, Optional.empty());
        assertTrue(r.diagnostics().stream().allMatch(d -> f.startsWith("props/")
            && SpecChecker.isEmptySpecWarning(d)),
            p + ": " + r.diagnostics().stream().map(Diagnostic::format).toList());
      }
    }
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(!wizard.isShowing(), "the wizard closes once the files are written");
  }

  @Test
  void anExistingFolderWithTheTemplatesFilesIsNotOverwritten() throws Exception {
    Path spec = workspace.resolve("my-nat/spec.py");
    Files.createDirectories(spec.getParent());
    Files.writeString(spec, "# mine\npass\n");
    robot.interact(() -> viewModel.templateProperty().set(
        viewModel.templates().stream().filter(t -> t.name().equals("nat")).findFirst().orElseThrow()));
    robot.clickOn(createButton());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, FxWait.onFx(() -> label("#template-message").getText().contains("exists already")));
    assertTrue(label("#template-message").getText().contains(spec.toString()), label("#template-message").getText());
    assertEquals("# mine\npass\n", Files.readString(spec));
    assertNull(viewModel.createdProperty().get());
    assertTrue(wizard.isShowing(), "the wizard stays open so the user can pick another name");

    robot.doubleClickOn("#template-nf-name").eraseText(20).write("my-nat2");
    robot.clickOn(createButton());
    WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, FxWait.onFx(() -> viewModel.createdProperty().get() != null));
    assertTrue(Files.isRegularFile(workspace.resolve("my-nat2/spec.py")));
  }

  @Test
  void aBadNameIsExplainedAndNothingIsWritten() throws Exception {
    robot.doubleClickOn("#template-nf-name").eraseText(20).write("../up");
    assertTrue(label("#template-target").getText().contains("cannot name a folder"), label("#template-target").getText());
    robot.clickOn(createButton());
    WaitForAsyncUtils.waitForFxEvents();
    assertTrue(label("#template-message").getText().contains("cannot name a folder"));
    try (var files = Files.list(workspace)) {
      assertEquals(0, files.count());
    }
  }

  private Button createButton() {
    return (Button) wizard.getDialogPane().lookupButton(TemplateWizard.CREATE);
  }

  private Label label(String id) {
    return robot.lookup(id).queryAs(Label.class);
  }
}
