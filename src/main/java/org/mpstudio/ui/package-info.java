/**
 * The JavaFX editor (DESIGN section 5): {@link org.mpstudio.ui.EditorMain} checks for a display and starts
 * {@link org.mpstudio.ui.App} and its {@link org.mpstudio.ui.MainWindow}; the sub-packages hold the screens, each a view and a testable view model.
 */
package org.mpstudio.ui;
