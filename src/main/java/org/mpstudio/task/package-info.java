/**
 * Background work without JavaFX: the {@link org.mpstudio.task.TaskRunner} interface that the editor (and
 * exporters) submit long work to, and a same-thread runner that makes tests deterministic. JDK only.
 */
package org.mpstudio.task;
