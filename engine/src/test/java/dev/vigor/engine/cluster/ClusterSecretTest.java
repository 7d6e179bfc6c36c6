package dev.vigor.engine.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shared secret: where it comes from, the cluster name it derives, the MACs it makes. */
class ClusterSecretTest {
  @Test
  void anotherSecretNamesAnotherCluster() {
    ClusterSecret a = ClusterSecret.of("first-secret-0123456789");
    ClusterSecret b = ClusterSecret.of("second-secret-0123456789");
    assertEquals(a.clusterName("lab"), ClusterSecret.of("  first-secret-0123456789\n").clusterName("lab"));
    assertNotEquals(a.clusterName("lab"), b.clusterName("lab"));
    assertNotEquals(a.clusterName("lab"), a.clusterName("lab2"));
    assertTrue(a.clusterName("lab").startsWith("lab-"));
    assertFalse(a.clusterName("lab").contains("first-secret"), "the name does not show the secret");
  }

  @Test
  void macsHoldOnlyUnderTheSameSecretAndParts() {
    ClusterSecret a = ClusterSecret.of("first-secret-0123456789");
    String mac = a.sign("run", "1,2");
    assertTrue(a.verify(mac, "run", "1,2"));
    assertFalse(a.verify(mac, "run", "1,3"));
    assertFalse(a.verify(mac, "run1", ",2"), "parts cannot be shifted into each other");
    assertFalse(ClusterSecret.of("second-secret-0123456789").verify(mac, "run", "1,2"));
    assertFalse(a.verify(null, "run", "1,2"));
  }

  @Test
  void noSecretOrAShortOneIsRefusedSayingWhatToDo(@TempDir Path tmp) throws Exception {
    String none = assertThrows(IllegalArgumentException.class,
        () -> ClusterSecret.load(null, null)).getMessage();
    assertTrue(none.contains(ClusterSecret.ENV) && none.contains("--secret-file"), none);
    String shortOne = assertThrows(IllegalArgumentException.class,
        () -> ClusterSecret.load(null, "abc")).getMessage();
    assertTrue(shortOne.contains("at least 16"), shortOne);
    Path f = Files.writeString(tmp.resolve("secret"), "file-secret-0123456789\n");
    assertEquals(ClusterSecret.of("file-secret-0123456789").clusterName("x"),
        ClusterSecret.load(f, "ignored-env-secret-0123").clusterName("x"), "the file wins");
    String missing = assertThrows(IllegalArgumentException.class,
        () -> ClusterSecret.load(tmp.resolve("nope"), null)).getMessage();
    assertTrue(missing.contains("cannot read the secret file"), missing);
    assertFalse(ClusterSecret.of("file-secret-0123456789").toString().contains("file-secret"));
  }
}
