package dev.vigor.app.rfc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.diag.SourceLocation;
import dev.vigor.engine.nf.LoadedNf;
import dev.vigor.engine.nf.SpecInterfaces;
import dev.vigor.engine.spec.check.SpecCheckResult;
import dev.vigor.engine.spec.check.SpecChecker;
import dev.vigor.engine.spec.imports.ImportSearch;
import dev.vigor.engine.validate.Verdict;
import dev.vigor.engine.validate.Verification;
import dev.vigor.rfc.model.Keyword;
import dev.vigor.rfc.model.Requirement;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A property written from the RFC view for the bridge verifies as a new user would expect: as
 * written (pass) and with an obvious body. With the NF's whole state imported, as stubs once
 * were, the same obvious body is violated on the traces where the bridge learns, at the end.
 */
class PropertyStubVerifyTest {
  private static final Path BRIDGE = Path.of(System.getProperty("vigor.catalog")).resolve("bridge");
  private static final String OBVIOUS = "assert not mem(received_on_port, sent_on_ports)\n";
  @TempDir Path tmp;

  @Test
  void theStubAndAnObviousBodyAreProvedAndAFullImportIsWhatBroke() throws Exception {
    LoadedNf nf = LoadedNf.load(BRIDGE);
    List<String> state = new ArrayList<>(SpecInterfaces.of(nf).stateObjects().keySet());
    SourceLocation at = SourceLocation.of("/rfcs/rfc9911.txt", 3, 1);
    String stub = PropertyStub.text("no_reflection",
        new Requirement("rfc9911#3-1", Keyword.MUST_NOT, "A frame MUST NOT be sent back on its arrival port.", "3", at, at),
        state);
    assertTrue(stub.endsWith("\npass\n"), stub);
    Path asWritten = Files.writeString(tmp.resolve("as_written.py"), stub);
    Path obvious = Files.writeString(tmp.resolve("obvious.py"), stub.replace("\npass\n", "\n" + OBVIOUS));
    Path fullImport = Files.writeString(tmp.resolve("full_import.py"),
        stub.replace("\npass\n", "\nfrom state import " + String.join(", ", state) + "\n" + OBVIOUS));

    SpecCheckResult check = SpecChecker.check(obvious, new ImportSearch(Optional.empty(), List.of()),
        Optional.of(SpecInterfaces.of(nf)));
    assertEquals(List.of(), check.diagnostics());
    SpecCheckResult warned = SpecChecker.check(fullImport, new ImportSearch(Optional.empty(), List.of()),
        Optional.of(SpecInterfaces.of(nf)));
    assertEquals(state.size(), warned.diagnostics().size(), "one warning per unmentioned import: " + warned.diagnostics());

    Verification.Result result = Verification.run(BRIDGE, nf, List.of(asWritten, obvious, fullImport), 60_000);
    assertEquals(Verdict.PROVED, result.specs().get(0).verdict(), "the stub as written");
    assertEquals(Verdict.PROVED, result.specs().get(1).verdict(), "the obvious body");
    assertEquals(Verdict.VIOLATED, result.specs().get(2).verdict(), "the obvious body under the NF's whole state");
  }
}
