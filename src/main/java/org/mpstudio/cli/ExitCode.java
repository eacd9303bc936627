package org.mpstudio.cli;

/** Exit codes of every command (DESIGN section 7). */
final class ExitCode {

    static final int OK = 0;
    /** Problems found, or a step failed. */
    static final int PROBLEMS = 1;
    /** Bad usage or unreadable input. */
    static final int UNUSABLE = 2;

    private ExitCode() {
    }
}
