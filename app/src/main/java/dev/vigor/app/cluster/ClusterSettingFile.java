package dev.vigor.app.cluster;

import dev.vigor.engine.cluster.ClusterTarget;
import dev.vigor.engine.report.AtomicFiles;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * The cluster setting saved in the workspace's settings, {@code <workspace>/.vigor/cluster.properties},
 * next to the window layout. It holds the secret file's path, never the secret: the settings
 * folder may be copied or shared, the secret must not travel with it.
 */
public final class ClusterSettingFile {
  private final Path file;

  /** The setting file of the workspace at workspaceRoot. */
  public ClusterSettingFile(Path workspaceRoot) {
    this.file = workspaceRoot.resolve(".vigor").resolve("cluster.properties");
  }

  /** Where the setting is kept. */
  public Path path() {
    return file;
  }

  /** The saved setting; {@link ClusterSetting#OFF} when there is none or it cannot be read. */
  public ClusterSetting load() {
    if (!Files.isRegularFile(file)) {
      return ClusterSetting.OFF;
    }
    try {
      Properties p = new Properties();
      p.load(new StringReader(Files.readString(file)));
      String secret = p.getProperty("secretFile", "").strip();
      return new ClusterSetting(Boolean.parseBoolean(p.getProperty("enabled", "false")),
          new ClusterTarget(p.getProperty("name", ""),
              ClusterTarget.parseMembers(p.getProperty("members", "")),
              secret.isEmpty() ? null : Path.of(secret)));
    } catch (IOException | RuntimeException e) {
      return ClusterSetting.OFF; // a damaged file: local runs, replaced at the next save
    }
  }

  /** Saves the setting (atomically: a crash leaves the old or the new file). */
  public void save(ClusterSetting setting) throws IOException {
    Properties p = new Properties();
    p.setProperty("enabled", Boolean.toString(setting.enabled()));
    p.setProperty("name", setting.target().name());
    p.setProperty("members", String.join(",", setting.target().members()));
    Path secret = setting.target().secretFile();
    p.setProperty("secretFile", secret == null ? "" : secret.toString());
    StringWriter text = new StringWriter();
    try {
      p.store(text, "Vigor Workbench: validate Run's traces on a cluster (the secret's file, not the secret)");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    AtomicFiles.write(file, text.toString());
  }
}
