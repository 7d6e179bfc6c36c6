package dev.vigor.editor;

import javafx.application.Application;

/** Plain entry point for {@link SpecEditorDemo}, so it runs from the class path without the module system. */
public final class SpecEditorDemoLauncher {
  private SpecEditorDemoLauncher() {}

  /** Arguments: the NF folder (default {@code nf-catalog/bridge}), optionally {@code --with-error}. */
  public static void main(String[] args) {
    Application.launch(SpecEditorDemo.class, args);
  }
}
