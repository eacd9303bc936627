/**
 * The {@code check} report: completeness and consistency of a profile, read-only. Depends on {@code model} and
 * {@code template} (which resolves the chapters); no I/O of its own.
 */
package org.mpstudio.check;
