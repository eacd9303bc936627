package org.mpstudio.folder;

import org.mpstudio.model.Problem;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Collects every problem found while reading a folder, so a drafter sees all of them at once. */
final class FolderProblems {

    private final Path root;
    private final List<Problem> problems = new ArrayList<>();

    FolderProblems(Path root) {
        this.root = root;
    }

    void error(String code, Path file, int line, int column, Object... args) {
        problems.add(Problem.error(code, display(file), line, column, args));
    }

    void addAll(List<Problem> more) {
        problems.addAll(more);
    }

    String display(Path file) {
        return file.toString();
    }

    boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    List<Problem> list() {
        return List.copyOf(problems);
    }

    Path root() {
        return root;
    }
}
