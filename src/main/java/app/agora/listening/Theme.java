package app.agora.listening;

import java.time.Instant;

/**
 * A group of items that say the same thing in different words, named by its key
 * phrases until staff name it.
 */
public record Theme(long id, String name, int size, boolean namedByStaff, Instant updatedAt) {
}
