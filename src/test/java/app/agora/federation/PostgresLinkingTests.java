package app.agora.federation;

import app.agora.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The linking runs' tests on PostgreSQL: always in CI, elsewhere when
 * AGORA_TEST_POSTGRES_URL is set.
 */
@DirtiesContext
@EnabledIf("app.agora.support.Postgres#wanted")
class PostgresLinkingTests extends RecordLinkingTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.useFreshSchema(registry);
	}
}
