/**
 * Chapter &gt; History: a chapter's saved revisions, a line diff of one against the current text, and restoring it
 * as a new revision.
 */
package org.mpstudio.ui.history;
