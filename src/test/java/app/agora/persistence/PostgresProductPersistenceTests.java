package app.agora.persistence;

import app.agora.support.Postgres;
import app.agora.support.ProductDemo;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The product catalogue's persistence contract on PostgreSQL: always in CI,
 * elsewhere when AGORA_TEST_POSTGRES_URL is set.
 */
@ProductDemo
@SpringBootTest
@DirtiesContext
@EnabledIf("app.agora.support.Postgres#wanted")
class PostgresProductPersistenceTests extends ProductPersistenceContract {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.useFreshSchema(registry);
	}
}
