package dev.vigor.app.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigor.engine.cluster.ClusterTarget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cluster dialog's form: bad input is refused with the CLI's words, a good setting becomes the
 * one Run uses and is saved beside the window layout with the secret file's path, never the secret.
 */
class ClusterSettingsViewModelTest {
  private static final String SECRET = "0123456789abcdef-a-test-secret";
  @TempDir Path ws;

  private ClusterSettingsViewModel form(ObjectProperty<ClusterSetting> setting, String env) {
    return new ClusterSettingsViewModel(new ClusterSettingFile(ws), setting, () -> env);
  }

  @Test
  void aWorkspaceWithoutASavedSettingRunsLocally() {
    ObjectProperty<ClusterSetting> setting = new SimpleObjectProperty<>();
    ClusterSettingsViewModel vm = form(setting, null);
    vm.loadSaved();
    assertEquals(ClusterSetting.OFF, setting.get());
    assertFalse(vm.enabledProperty().get());
  }

  @Test
  void badInputIsRefusedWithTheClisWords() throws Exception {
    ObjectProperty<ClusterSetting> setting = new SimpleObjectProperty<>(ClusterSetting.OFF);
    ClusterSettingsViewModel vm = form(setting, null);
    vm.enabledProperty().set(true);
    assertEquals("a cluster needs a name (the one its members were started with)",
        vm.problemProperty().get(), "said while typing");
    vm.nameProperty().set("lab");
    vm.membersProperty().set("127.0.0.1:5701, host-without-port");
    assertEquals("a member must be HOST:PORT, not host-without-port", vm.problemProperty().get());
    assertFalse(vm.apply());
    vm.membersProperty().set("127.0.0.1:5701,10.0.0.6:70000");
    assertFalse(vm.apply());
    assertEquals("a member must be HOST:PORT, not 10.0.0.6:70000", vm.problemProperty().get());

    vm.membersProperty().set("127.0.0.1:5701");
    assertFalse(vm.apply(), "no secret file and no VIGOR_CLUSTER_SECRET");
    assertEquals("a cluster needs a shared secret: set VIGOR_CLUSTER_SECRET or pass --secret-file"
        + " FILE (the same on every member and the coordinator)", vm.problemProperty().get());
    Path shortSecret = Files.writeString(ws.resolve("short"), "too short");
    vm.secretFileProperty().set(shortSecret.toString());
    assertFalse(vm.apply());
    assertEquals("the cluster secret must have at least 16 characters (it has 9) in " + shortSecret,
        vm.problemProperty().get());
    assertEquals(ClusterSetting.OFF, setting.get(), "nothing refused is used");
    assertFalse(Files.exists(new ClusterSettingFile(ws).path()), "nor saved");
  }

  @Test
  void aGoodSettingIsUsedAndSavedWithTheSecretsPathNotTheSecret() throws Exception {
    Path secret = Files.writeString(ws.resolve("secret.txt"), SECRET + "\n");
    ObjectProperty<ClusterSetting> setting = new SimpleObjectProperty<>(ClusterSetting.OFF);
    ClusterSettingsViewModel vm = form(setting, null);
    vm.enabledProperty().set(true);
    vm.nameProperty().set(" lab ");
    vm.membersProperty().set("127.0.0.1:5801, 10.0.0.6:5701");
    vm.secretFileProperty().set(secret.toString());
    assertTrue(vm.apply(), vm.problemProperty().get());

    ClusterSetting used = new ClusterSetting(true,
        new ClusterTarget("lab", List.of("127.0.0.1:5801", "10.0.0.6:5701"), secret));
    assertEquals(used, setting.get());
    assertEquals("validating on cluster lab (2 members)", used.describe(2));
    Path saved = ws.resolve(".vigor/cluster.properties");
    assertEquals(saved, new ClusterSettingFile(ws).path(), "beside window.properties");
    String text = Files.readString(saved);
    assertTrue(text.contains("secret.txt"), text);
    assertFalse(text.contains(SECRET), "the secret itself is never saved");

    // The next start finds it as it was.
    ObjectProperty<ClusterSetting> next = new SimpleObjectProperty<>();
    ClusterSettingsViewModel again = form(next, null);
    again.loadSaved();
    assertEquals(used, next.get());
    assertEquals("127.0.0.1:5801, 10.0.0.6:5701", again.membersProperty().get());
    assertEquals(secret.toString(), again.secretFileProperty().get());
  }

  @Test
  void theEnvironmentsSecretServesWhenNoFileIsNamedAndOffKeepsWhatWasTyped() {
    ObjectProperty<ClusterSetting> setting = new SimpleObjectProperty<>(ClusterSetting.OFF);
    ClusterSettingsViewModel vm = form(setting, SECRET);
    vm.enabledProperty().set(true);
    vm.nameProperty().set("lab");
    assertTrue(vm.apply(), vm.problemProperty().get());
    assertEquals(List.of(ClusterTarget.DEFAULT_MEMBER), setting.get().target().reached());

    vm.enabledProperty().set(false);
    vm.membersProperty().set("not-checked-while-off");
    assertTrue(vm.apply(), "off needs no check");
    assertFalse(setting.get().enabled());
    assertEquals("lab", new ClusterSettingFile(ws).load().target().name());
  }

  @Test
  void aDamagedFileMeansLocalRuns() throws Exception {
    Path file = new ClusterSettingFile(ws).path();
    Files.createDirectories(file.getParent());
    Files.write(file, new byte[] {'e', 'n', 'a', 'b', 'l', 'e', 'd', '=', '\\', 'u', 'z', 'z'});
    assertEquals(ClusterSetting.OFF, new ClusterSettingFile(ws).load());
  }
}
