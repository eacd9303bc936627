/**
 * The Java agent that makes JavaFX shape Lao (DESIGN section 5): loaded by {@code Launcher-Agent-Class} for
 * {@code java -jar} and by {@code -javaagent:} in tests. JDK and ASM only; it must not touch JavaFX classes itself.
 */
package org.mpstudio.ui.agent;
