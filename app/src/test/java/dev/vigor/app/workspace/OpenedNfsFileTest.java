package dev.vigor.app.workspace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The remembered opened NFs survive a damaged list: bad lines are dropped, never an error. */
class OpenedNfsFileTest {
  @TempDir Path tmp;

  @Test
  void badLinesAndFoldersThatAreNoLongerNfsAreLeftOut() throws Exception {
    Path mine = Files.createDirectories(tmp.resolve("mine"));
    Files.writeString(mine.resolve("nf.properties"), "name = mine\n");
    Path file = Files.createDirectories(tmp.resolve("ws/.vigor")).resolve("opened-nfs.txt");
    Files.writeString(file, String.join("\n", "relative/path", "", "  ", "/no/such/folder",
        "bad\u0000name", mine.toString(), tmp.resolve("ws").toString()) + "\n");
    OpenedNfsFile opened = new OpenedNfsFile(tmp.resolve("ws"));
    assertEquals(List.of(mine), opened.read());

    opened.add(mine); // rewritten: only what is still an NF, once
    assertEquals(List.of(mine.toString()), Files.readAllLines(file));
  }

  @Test
  void noListIsAnEmptyOne() {
    assertEquals(List.of(), new OpenedNfsFile(tmp.resolve("nowhere")).read());
  }
}
