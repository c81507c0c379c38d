package app.agora.listening.internal;

import app.agora.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole listening loop on PostgreSQL (its SQL is written for both
 * databases), with two evaluations racing on one scope as two nodes would:
 * always in CI, elsewhere when AGORA_TEST_POSTGRES_URL is set.
 */
@DirtiesContext
@EnabledIf("app.agora.support.Postgres#wanted")
class SignalFlowOnPostgresTests extends SignalFlowTests {

	@DynamicPropertySource
	static void postgres(DynamicPropertyRegistry registry) {
		Postgres.useFreshSchema(registry);
	}
}
