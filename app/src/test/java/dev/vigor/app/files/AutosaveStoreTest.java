package dev.vigor.app.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Autosaves: one per file, any text survives the round trip, stale ones are dropped. */
class AutosaveStoreTest {
  @TempDir Path tmp;

  @Test
  void aBufferRoundTripsWithItsPathAndTheNewestWins() throws Exception {
    AutosaveStore store = new AutosaveStore(tmp.resolve("autosave"));
    Path a = Files.writeString(tmp.resolve("a/spec.py".replace("/", "_")), "on disk\n");
    Path b = tmp.resolve("b/spec.py");
    store.write(a, "first");
    store.write(a, "second: unicode ü, = and : and \\ and\n# newlines\n");
    store.write(b, "a file that no longer exists");

    List<Autosave> pending = store.pending();
    assertEquals(2, pending.size(), pending.toString());
    Autosave forA = pending.stream().filter(p -> p.original().equals(a)).findFirst().orElseThrow();
    assertEquals("second: unicode ü, = and : and \\ and\n# newlines\n", forA.text());

    store.remove(a);
    assertEquals(List.of(b), store.pending().stream().map(Autosave::original).toList());
  }

  @Test
  void anAutosaveEqualToTheFileOnDiskIsNotOfferedAndIsCleaned() throws Exception {
    AutosaveStore store = new AutosaveStore(tmp.resolve("autosave"));
    Path file = Files.writeString(tmp.resolve("p.py"), "same\n");
    store.write(file, "same\n");
    assertTrue(store.pending().isEmpty());
    try (var left = Files.list(tmp.resolve("autosave"))) {
      assertEquals(0, left.count());
    }
  }

  @Test
  void noFolderMeansNothingPending() throws Exception {
    assertTrue(new AutosaveStore(tmp.resolve("never")).pending().isEmpty());
  }
}
