package org.mpstudio.store;

import java.sql.Connection;
import java.sql.SQLException;

/** One forward step of the schema, from {@code fromVersion} to {@code fromVersion + 1}; run inside a transaction. */
public interface Migration {

    int fromVersion();

    void apply(Connection connection) throws SQLException;
}
