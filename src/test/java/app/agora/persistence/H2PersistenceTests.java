package app.agora.persistence;

import org.springframework.boot.test.context.SpringBootTest;

/**
 * The persistence contract on the embedded H2 (PostgreSQL mode) every user
 * starts with.
 */
@SpringBootTest
class H2PersistenceTests extends PersistenceContract {
}
