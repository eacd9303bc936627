package org.mpstudio.ui.common;

import javafx.application.Platform;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

/**
 * Loads classes on background threads before the JavaFX thread needs them. {@link #preloadStartup()} loads the
 * classes start-up uses ({@code startup-classes.txt}, made by {@code bench/startup-classes.sh}) while the toolkit
 * starts. {@link #start(Runnable)}, once the window shows, loads and initializes the JavaFX classes that dialogs,
 * tables and lists need the first time they show ({@code warmup-classes.txt}: skins, behaviours, controls), so that
 * the first dialog a drafter opens does not hold the window while a few hundred classes load, link and initialize.
 * Initializing those is safe: JavaFX lets nodes be made on any thread until they are shown, so their classes' static
 * set-up cannot depend on the JavaFX thread. A listed name the running build lacks is skipped.
 */
public final class ClassWarmup {

    private static final System.Logger LOG = System.getLogger(ClassWarmup.class.getName());

    private ClassWarmup() {
    }

    /**
     * Starts loading in a low-priority daemon thread and returns at once; {@code then} runs on the JavaFX thread once
     * all are loaded ({@code -Dmpstudio.noWarmup=true}: nothing is loaded and {@code then} does not run).
     */
    public static void start(Runnable then) {
        if (Boolean.getBoolean("mpstudio.noWarmup")) {
            return;
        }
        Thread t = new Thread(() -> {
            loadAll("warmup-classes.txt", true);
            Platform.runLater(then);
        }, "mpstudio-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.MIN_PRIORITY);
        t.start();
    }

    /**
     * Starts loading, without initializing, the classes that start-up needs (listed in {@code startup-classes.txt},
     * in the order start-up loads them), in a background thread, while the JavaFX thread starts the toolkit and builds
     * the window: class loading is a third of start-up, and the machine's other cores are idle meanwhile. Initializing
     * stays with the thread that first uses a class. Returns at once ({@code -Dmpstudio.noWarmup=true}: does nothing).
     */
    public static void preloadStartup() {
        if (Boolean.getBoolean("mpstudio.noWarmup")) {
            return;
        }
        Thread t = new Thread(() -> loadAll("startup-classes.txt", false), "mpstudio-preload");
        t.setDaemon(true);
        t.start();
    }

    /**
     * Loads every class listed in the resource {@code list}, initializing it too when {@code initialize} (our own
     * classes never: their static set-up stays on the thread that first uses them); returns how many were found.
     */
    static int loadAll(String list, boolean initialize) {
        int loaded = 0;
        ClassLoader loader = ClassWarmup.class.getClassLoader();
        try (InputStream in = ClassWarmup.class.getResourceAsStream(list)) {
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
                    Class.forName(name, initialize && !name.startsWith("org.mpstudio."), loader);
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
