package dev.vigor.app.help;

import java.util.List;
import java.util.Objects;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.Scene;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import javafx.stage.Window;

/** Help ▸ Keys: every key of the workbench in a table (key, what it does, where). */
public final class KeysWindow {
  private KeysWindow() {}

  /** Shows {@code rows} in a window owned by {@code owner}. */
  public static Stage show(Window owner, List<KeyList.Row> rows) {
    TableView<KeyList.Row> table = new TableView<>(FXCollections.observableArrayList(rows));
    table.setId("keys-table");
    table.getStyleClass().add("keys-table");
    table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY);
    table.getColumns().add(column("Key", KeyList.Row::keys, 130));
    table.getColumns().add(column("Does", KeyList.Row::action, 420));
    table.getColumns().add(column("Where", KeyList.Row::where, 110));
    Stage stage = new Stage();
    stage.initOwner(owner);
    stage.setTitle("Keys");
    Scene scene = new Scene(table, 700, 440);
    scene.getStylesheets().add(Objects.requireNonNull(KeysWindow.class.getResource("help.css")).toExternalForm());
    stage.setScene(scene);
    stage.show();
    return stage;
  }

  private static TableColumn<KeyList.Row, String> column(String title,
      java.util.function.Function<KeyList.Row, String> value, double width) {
    TableColumn<KeyList.Row, String> c = new TableColumn<>(title);
    c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(value.apply(cell.getValue())));
    c.setPrefWidth(width);
    return c;
  }
}
