/**
 * The problems panel: the profile check for the whole profile, run in the background after saves, listed by
 * severity, place and line; choosing a problem opens its chapter at its line.
 */
package org.mpstudio.ui.problems;
