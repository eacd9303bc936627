package org.mpstudio.ui.common;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads, on a background thread, the JavaFX classes that dialogs, tables and lists need the first time they show
 * (skins, behaviours, controls), so that the first dialog a drafter opens does not hold the window while a few hundred
 * classes load, link and initialize. The names are in {@code warmup-classes.txt}. Initializing them here is safe:
 * JavaFX lets nodes be made on any thread until they are shown, so their classes' static set-up cannot depend on
 * the JavaFX thread. A name the running JavaFX lacks is skipped.
 */
public final class ClassWarmup {

    private static final System.Logger LOG = System.getLogger(ClassWarmup.class.getName());

    private ClassWarmup() {
    }

    /** Starts loading in a low-priority daemon thread and returns at once ({@code -Dmpstudio.noWarmup=true}: not). */
    public static void start() {
        if (Boolean.getBoolean("mpstudio.noWarmup")) {
            return;
        }
        Thread t = new Thread(ClassWarmup::loadAll, "mpstudio-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /** Loads every listed class; returns how many were found. */
    static int loadAll() {
        int loaded = 0;
        ClassLoader loader = ClassWarmup.class.getClassLoader();
        try (InputStream in = ClassWarmup.class.getResourceAsStream("warmup-classes.txt")) {
            if (in == null) {
                return 0;
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String name = line.strip();
                if (name.isEmpty() || name.startsWith("#")) {
                    continue;
                }
                try {
                    // our own classes are only loaded: their static set-up stays on the thread that first uses them
                    Class.forName(name, !name.startsWith("org.mpstudio."), loader);
                    loaded++;
                } catch (ClassNotFoundException | LinkageError e) {
                    LOG.log(System.Logger.Level.DEBUG, "not warmed: " + name);
                }
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, "warm-up list unreadable", e);
        }
        return loaded;
    }
}
