package org.mpstudio.ui.insert;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;

/** One dimension of the chosen indicator: its name, the codes to choose from ("" first: the total), the chosen code. */
public record DimensionChoice(String name, ObservableList<String> options, StringProperty value) {

    /** A choice of "" (the total) or one of {@code codes}, set to the total; {@code onChange} runs on every change. */
    static DimensionChoice of(String name, List<String> codes, Runnable onChange) {
        ObservableList<String> options = FXCollections.observableArrayList("");
        options.addAll(codes);
        StringProperty value = new SimpleStringProperty("");
        value.addListener((o, a, b) -> onChange.run());
        return new DimensionChoice(name, options, value);
    }
}
