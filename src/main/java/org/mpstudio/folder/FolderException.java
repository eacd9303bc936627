package org.mpstudio.folder;

import org.mpstudio.model.Problem;

import java.util.List;

/** A profile folder or template set could not be read; carries every problem found, each with file and line. */
public class FolderException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient List<Problem> problems;

    public FolderException(List<Problem> problems) {
        super(problems.size() + " problem(s), first: " + (problems.isEmpty() ? "" : problems.get(0)));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
