/**
 * The {@code .mprofile} file: SQLite schema, forward migrations, transactions and one repository per aggregate.
 * All SQL of the application lives here, behind these classes, so another store could replace SQLite.
 * Depends on {@code model} and {@code i18n}, and on the JDK's {@code java.sql} with the sqlite-jdbc driver.
 */
package org.mpstudio.store;
