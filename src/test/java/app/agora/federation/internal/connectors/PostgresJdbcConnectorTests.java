package app.agora.federation.internal.connectors;

import app.agora.support.Postgres;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The jdbc connector's contract on PostgreSQL: skipped by default, required
 * when CI=true (see {@link Postgres}).
 */
@EnabledIf("app.agora.support.Postgres#wanted")
class PostgresJdbcConnectorTests extends JdbcConnectorContract {

	@Override
	Database open() {
		String schema = Postgres.createSchema();
		return new Database() {
			@Override
			public String url() {
				return Postgres.urlOf(schema);
			}

			@Override
			public String username() {
				return Postgres.username();
			}

			@Override
			public String password() {
				return Postgres.secret();
			}

			@Override
			public void close() {
				Postgres.drop(schema);
			}
		};
	}
}
