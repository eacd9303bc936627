package org.mpstudio.i18n;

import java.util.List;

/**
 * A message as a key and its arguments, worded later in the reader's language by {@link Messages}. An argument that
 * is itself {@code Keyed} is worded in the same language first, so a sentence can carry another as its detail.
 */
public interface Keyed {

    String key();

    List<Object> args();
}
