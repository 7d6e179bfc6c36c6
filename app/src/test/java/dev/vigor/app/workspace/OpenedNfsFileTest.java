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

  /**
   * Two windows of one workbench and a second workbench add folders at the same time: every
   * folder is remembered (the list used to be read, changed and written with nothing between).
   */
  @Test
  void foldersAddedAtOnceFromTwoWindowsAndAnotherProcessAreAllKept() throws Exception {
    Path ws = tmp.resolve("ws");
    List<Path> nfs = new java.util.ArrayList<>();
    for (int i = 0; i < 90; i++) {
      Path nf = Files.createDirectories(tmp.resolve("nf" + i));
      Files.writeString(nf.resolve("nf.properties"), "name = nf" + i + "\n");
      nfs.add(nf);
    }
    Process other = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), AddOpenedNfs.class.getName(),
        ws.toString(), String.join(java.io.File.pathSeparator,
            nfs.subList(60, 90).stream().map(Path::toString).toList()))
        .redirectErrorStream(true).start();
    Thread[] windows = new Thread[2];
    java.util.concurrent.atomic.AtomicReference<Throwable> failed =
        new java.util.concurrent.atomic.AtomicReference<>();
    for (int w = 0; w < 2; w++) {
      List<Path> mine = nfs.subList(30 * w, 30 * w + 30);
      windows[w] = new Thread(() -> {
        try {
          for (Path nf : mine) {
            new OpenedNfsFile(ws).add(nf);
          }
        } catch (Throwable e) {
          failed.set(e);
        }
      });
      windows[w].start();
    }
    for (Thread t : windows) {
      t.join();
    }
    String out = new String(other.getInputStream().readAllBytes());
    assertEquals(0, other.waitFor(), out);
    assertEquals(null, failed.get());
    assertEquals(new java.util.HashSet<>(nfs),
        new java.util.HashSet<>(new OpenedNfsFile(ws).read()));
  }

  /** The other workbench of the test above: adds each folder of its second argument. */
  public static final class AddOpenedNfs {
    public static void main(String[] args) throws Exception {
      for (String nf : args[1].split(java.io.File.pathSeparator)) {
        new OpenedNfsFile(Path.of(args[0])).add(Path.of(nf));
      }
    }
  }

  @Test
  void noListIsAnEmptyOne() {
    assertEquals(List.of(), new OpenedNfsFile(tmp.resolve("nowhere")).read());
  }
}
