package dev.vigor.app.rfc;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.importer.RfcImporter;
import dev.vigor.rfc.model.RfcDocument;
import java.nio.file.Path;
import javafx.concurrent.Task;

/** Imports an RFC text file off the FX thread; bad input fails with the importer's messages. */
final class ImportRfcTask extends Task<RfcDocument> {
  private final Path file;

  ImportRfcTask(Path file) {
    this.file = file;
  }

  @Override
  protected RfcDocument call() throws DiagnosticFailure {
    try {
      return RfcImporter.importFile(file);
    } catch (DiagnosticException e) {
      throw DiagnosticFailure.of(e);
    }
  }
}
