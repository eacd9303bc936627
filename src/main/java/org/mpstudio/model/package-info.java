/**
 * The domain's value types: profile metadata, chapters, indicators, observations, sources, problems.
 * Records and enums with no behaviour beyond validation; depends on the JDK only.
 */
package org.mpstudio.model;
