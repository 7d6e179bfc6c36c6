package dev.vigor.rfc.cli;

import dev.vigor.engine.diag.DiagnosticException;
import dev.vigor.rfc.importer.RequirementListReader;
import dev.vigor.rfc.importer.RfcImporter;
import dev.vigor.rfc.model.RfcDocument;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Loads requirements from an RFC text file or, when it says so on line 1, a requirement list. */
final class RequirementSources {
  private RequirementSources() {}

  static RfcDocument load(Path file) throws DiagnosticException {
    if (Files.isRegularFile(file) && Files.isReadable(file)) {
      try {
        byte[] head = new byte[64];
        int n;
        try (var in = Files.newInputStream(file)) {
          n = in.readNBytes(head, 0, head.length);
        }
        if (RequirementListReader.isRequirementList(new String(head, 0, n, StandardCharsets.UTF_8))) {
          return RequirementListReader.read(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
        }
      } catch (IOException e) {
        // Fall through: the importer reports unreadable files with a proper diagnostic.
      }
    }
    return RfcImporter.importFile(file);
  }
}
