/**
 * Language: message bundles for problems and generated words, and the locale of a chapter. Depends on the JDK only.
 */
package org.mpstudio.i18n;
