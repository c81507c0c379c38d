package app.agora.persistence;

import app.agora.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The persistence contract on PostgreSQL: always in CI, elsewhere when
 * AGORA_TEST_POSTGRES_URL is set.
 */
@SpringBootTest
@DirtiesContext
@EnabledIf("app.agora.support.Postgres#wanted")
class PostgresPersistenceTests extends PersistenceContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.useFreshSchema(registry);
	}
}
