package org.mpstudio.cli;

import org.mpstudio.export.ExportException;
import org.mpstudio.folder.FolderException;
import org.mpstudio.store.StoreException;

import java.io.IOException;
import java.lang.System.Logger.Level;

/** Maps the checked exceptions of the core to one readable line each and an exit code; details go to the log. */
final class Failures {

    private static final System.Logger LOG = System.getLogger(Failures.class.getName());

    private Failures() {
    }

    static int report(Console console, Exception e) {
        if (e instanceof FolderException fe) {
            console.problems(fe.problems());
            return ExitCode.UNUSABLE;
        }
        if (e instanceof StoreException se) {
            LOG.log(Level.DEBUG, "store failure", se);
            console.error(console.message(se.code(), se.args()));
            return ExitCode.UNUSABLE;
        }
        if (e instanceof ExportException ee) {
            // its message names the file and says what to do
            LOG.log(Level.WARNING, "export failure", ee);
            console.error(ee.getMessage());
            return ExitCode.UNUSABLE;
        }
        if (e instanceof IOException io) {
            LOG.log(Level.WARNING, "I/O failure", io);
            console.error(io.getClass().getSimpleName().replace("Exception", "") + ": " + io.getMessage());
            return ExitCode.UNUSABLE;
        }
        LOG.log(Level.ERROR, "unexpected failure", e);
        console.error("unexpected failure (" + e + "); details are in " + CliLogging.logFile());
        return ExitCode.PROBLEMS;
    }
}
