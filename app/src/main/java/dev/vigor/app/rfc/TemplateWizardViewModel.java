package dev.vigor.app.rfc;

import dev.vigor.app.state.NfRef;
import dev.vigor.app.task.TaskExecutor;
import dev.vigor.rfc.template.Template;
import dev.vigor.rfc.template.TemplateCatalog;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The "New spec from template" wizard: which template, the NF whose code the spec is for (its
 * name's namesake by default, or none: the spec alone), the new NF's name and the folder it goes
 * in (the workspace by default). Writing runs as a task; {@link #createdProperty()} gets the files.
 */
public final class TemplateWizardViewModel {
  private static final Pattern NF_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9_.-]*");

  private final TaskExecutor tasks;
  private final TemplateCatalog catalog;
  private final ObservableList<Template> templates;
  private final ObjectProperty<Template> template = new SimpleObjectProperty<>();
  private final ObservableList<NfRef> nfs = FXCollections.observableArrayList();
  private final ObjectProperty<NfRef> nf = new SimpleObjectProperty<>();
  private final StringBinding nfAdvice;
  private final StringProperty nfName = new SimpleStringProperty("");
  private final ObjectProperty<Path> folder = new SimpleObjectProperty<>();
  private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
  private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper();
  private final ReadOnlyObjectWrapper<List<Path>> created = new ReadOnlyObjectWrapper<>();
  private final StringBinding description;
  private final StringBinding target;

  /** A wizard over the shipped templates, writing under {@code workspace} unless changed; no NF offered. */
  public TemplateWizardViewModel(TaskExecutor tasks, TemplateCatalog catalog, Path workspace) {
    this(tasks, catalog, workspace, List.of());
  }

  /** A wizard that also offers the NFs in {@code nfChoices} as the code the spec is for. */
  public TemplateWizardViewModel(TaskExecutor tasks, TemplateCatalog catalog, Path workspace, List<NfRef> nfChoices) {
    this.tasks = tasks;
    this.catalog = catalog;
    this.templates = FXCollections.observableArrayList(catalog.templates());
    nfs.add(null); // the spec alone, without an NF's code
    nfs.addAll(nfChoices);
    folder.set(workspace);
    // The NF name follows the template until the user types one of their own; the NF picked
    // follows it too, to the NF of the same name (the catalog's bridge for the bridge template)
    // when that NF exports the state the template's properties read: the catalog's nat names its
    // tables otherwise than the nat template, and would leave the new spec full of errors.
    template.addListener((o, was, now) -> {
      if (now != null && (nfName.get().isBlank() || (was != null && nfName.get().equals("my-" + was.name())))) {
        nfName.set("my-" + now.name());
      }
      if (now != null && (nf.get() == null || (was != null && nf.get().name().equals(was.name())))) {
        nf.set(nfChoices.stream().filter(c -> c.name().equals(now.name()))
            .filter(c -> ExportedStateNames.of(c.folder()).containsAll(now.state()))
            .findFirst().orElse(null));
      }
    });
    if (!templates.isEmpty()) {
      template.set(templates.get(0));
    }
    description = Bindings.createStringBinding(() -> {
      Template t = template.get();
      return t == null ? "" : t.title() + " (" + t.standard() + ")\n" + t.description()
          + "\nWrites: " + String.join(", ", t.files());
    }, template);
    nfAdvice = Bindings.createStringBinding(() -> {
      Template t = template.get();
      if (t == null) {
        return "";
      }
      String needs = "the " + t.name() + " template's properties talk about " + String.join(", ", t.state())
          + ", so the NF must export those (NF_EXPORT_STATE)";
      if (nf.get() != null) {
        return "The new NF gets " + nf.get().name() + "'s code and the template, checked against it; " + needs + ".";
      }
      return "No NF picked: the spec is written alone and checked without an NF's code. To check and verify it"
          + " against an NF, pick it here (" + needs + "); if it is not listed, open its folder first with"
          + " File ▸ Open NF folder….";
    }, template, nf);
    target = Bindings.createStringBinding(() -> {
      String problem = nameProblem();
      return problem != null ? problem : "Files go to " + targetFolder();
    }, nfName, folder);
  }

  /** Writes the chosen template; the message says what went wrong, if anything. */
  public void create() {
    Template t = template.get();
    String problem = t == null ? "Choose a template" : nameProblem();
    if (problem != null) {
      message.set(problem);
      return;
    }
    Path into = targetFolder();
    InstantiateTemplateTask task = new InstantiateTemplateTask(catalog, t, nf.get() == null ? null : nf.get().folder(), into);
    busy.set(true);
    message.set("Writing " + t.name() + " into " + into + " …");
    task.setOnSucceeded(e -> {
      busy.set(false);
      message.set("Wrote " + task.getValue().size() + " files into " + into + "; every .py checks clean");
      created.set(task.getValue());
    });
    task.setOnFailed(e -> {
      busy.set(false);
      message.set(DiagnosticFailure.describe(task.getException()));
    });
    tasks.execute(task);
  }

  private String nameProblem() {
    String n = nfName.get() == null ? "" : nfName.get().strip();
    if (n.isEmpty()) {
      return "Name the new NF, e.g. my-nat";
    }
    if (!NF_NAME.matcher(n).matches()) {
      return "'" + n + "' cannot name a folder: use letters, digits, '-', '_' and '.'";
    }
    return folder.get() == null ? "Choose the folder the NF goes in" : null;
  }

  /** {@code <folder>/<nf name>}. */
  public Path targetFolder() {
    return folder.get().resolve(nfName.get().strip());
  }

  public ObservableList<Template> templates() {
    return templates;
  }

  public ObjectProperty<Template> templateProperty() {
    return template;
  }

  /** The NFs the spec can be for; the first entry, null, is the spec alone. */
  public ObservableList<NfRef> nfs() {
    return nfs;
  }

  /** The NF whose code the new folder gets, or null for the spec alone. */
  public ObjectProperty<NfRef> nfProperty() {
    return nf;
  }

  /** What the NF choice means, and what to pick. */
  public StringBinding nfAdviceBinding() {
    return nfAdvice;
  }

  public StringProperty nfNameProperty() {
    return nfName;
  }

  public ObjectProperty<Path> folderProperty() {
    return folder;
  }

  /** The chosen template's title, standard, description and files. */
  public StringBinding descriptionBinding() {
    return description;
  }

  /** Where the files will go, or what is missing before they can. */
  public StringBinding targetBinding() {
    return target;
  }

  public ReadOnlyStringProperty messageProperty() {
    return message.getReadOnlyProperty();
  }

  public ReadOnlyBooleanProperty busyProperty() {
    return busy.getReadOnlyProperty();
  }

  /** The files written, set once the template has been written. */
  public ReadOnlyObjectProperty<List<Path>> createdProperty() {
    return created.getReadOnlyProperty();
  }
}
