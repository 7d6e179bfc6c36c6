package dev.vigor.app.cluster;

import dev.vigor.engine.cluster.ClusterSecret;
import dev.vigor.engine.cluster.ClusterTarget;
import java.io.IOException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import javafx.beans.Observable;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * The cluster dialog's form: on/off, name, members (one field, comma separated), secret file
 * (empty: {@link ClusterSecret#ENV}). {@link #apply()} checks it as {@code vigor verify --cluster}
 * does, with the same words ({@link ClusterTarget}, {@link ClusterSecret}), then makes it the
 * setting Run uses and saves it in the workspace. The secret is read to check it, never kept.
 */
public final class ClusterSettingsViewModel {
  private final ClusterSettingFile file;
  private final ObjectProperty<ClusterSetting> setting;
  private final Supplier<String> environmentSecret;

  private final BooleanProperty enabled = new SimpleBooleanProperty();
  private final StringProperty name = new SimpleStringProperty("");
  private final StringProperty members = new SimpleStringProperty("");
  private final StringProperty secretFile = new SimpleStringProperty("");
  private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper("");

  /**
   * The form over setting (the shared one Run reads), saved to file; environmentSecret gives
   * {@link ClusterSecret#ENV}'s value (a test hands in its own).
   */
  public ClusterSettingsViewModel(ClusterSettingFile file, ObjectProperty<ClusterSetting> setting,
      Supplier<String> environmentSecret) {
    this.file = file;
    this.setting = setting;
    this.environmentSecret = environmentSecret;
    // What is wrong with name and members shows while typing; the secret only at apply (a read).
    for (Observable o : new Observable[] {enabled, name, members}) {
      o.addListener(x -> problem.set(enabled.get() ? target().problem().orElse("") : ""));
    }
    reset();
  }

  /** The saved setting of the workspace, made the one Run uses (at start-up). */
  public void loadSaved() {
    setting.set(file.load());
    reset();
  }

  /** Fills the form from the setting in use (when the dialog opens). */
  public void reset() {
    ClusterSetting s = setting.get() == null ? ClusterSetting.OFF : setting.get();
    name.set(s.target().name());
    members.set(String.join(", ", s.target().members()));
    secretFile.set(s.target().secretFile() == null ? "" : s.target().secretFile().toString());
    enabled.set(s.enabled());
    problem.set("");
  }

  /**
   * Checks the form; when it is fine makes it the setting Run uses, saves it and returns true,
   * else sets {@link #problemProperty()} and returns false. Off needs no check: it is kept as
   * typed, so turning it on later finds it.
   */
  public boolean apply() {
    ClusterTarget target;
    try {
      target = target();
    } catch (InvalidPathException e) {
      problem.set("the secret file is not a path: " + e.getMessage());
      return false;
    }
    if (enabled.get()) {
      Optional<String> bad = target.problem();
      if (bad.isEmpty()) {
        try {
          ClusterSecret.load(target.secretFile(), environmentSecret.get());
        } catch (IllegalArgumentException e) {
          bad = Optional.of(e.getMessage());
        }
      }
      if (bad.isPresent()) {
        problem.set(bad.get());
        return false;
      }
    }
    ClusterSetting s = new ClusterSetting(enabled.get(), target);
    setting.set(s);
    try {
      file.save(s);
    } catch (IOException e) {
      problem.set("in use, but not saved for the next start: " + e.getMessage());
      return true;
    }
    problem.set("");
    return true;
  }

  private ClusterTarget target() {
    String f = secretFile.get() == null ? "" : secretFile.get().strip();
    return new ClusterTarget(name.get(), ClusterTarget.parseMembers(members.get()),
        f.isEmpty() ? null : Path.of(f));
  }

  /** Whether Run validates on the cluster. */
  public BooleanProperty enabledProperty() {
    return enabled;
  }

  public StringProperty nameProperty() {
    return name;
  }

  /** HOST:PORT, comma separated; empty: {@link ClusterTarget#DEFAULT_MEMBER}. */
  public StringProperty membersProperty() {
    return members;
  }

  /** The secret file's path; empty: the secret is in {@link ClusterSecret#ENV}. */
  public StringProperty secretFileProperty() {
    return secretFile;
  }

  /** What is wrong with the form, in the CLI's words; empty when nothing is known to be. */
  public ReadOnlyStringProperty problemProperty() {
    return problem.getReadOnlyProperty();
  }
}
