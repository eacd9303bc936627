/**
 * Profiles and template sets as plain files on disk: the profile source folder (build/unpack), template sets
 * (list, new profile, derive). Depends on {@code model}, {@code i18n} and {@code ingest} (which reads the
 * observations file with the same rules as an agency's import); never on the store, UI or CLI.
 */
package org.mpstudio.folder;
