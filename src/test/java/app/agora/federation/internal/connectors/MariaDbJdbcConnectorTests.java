package app.agora.federation.internal.connectors;

import app.agora.support.MariaDb;
import org.junit.jupiter.api.condition.EnabledIf;

/**
 * The jdbc connector's contract on MariaDB: skipped by default, required when
 * CI=true (see {@link MariaDb}).
 */
@EnabledIf("app.agora.support.MariaDb#wanted")
class MariaDbJdbcConnectorTests extends JdbcConnectorContract {

	@Override
	Database open() {
		String database = MariaDb.createDatabase();
		return new Database() {
			@Override
			public String url() {
				return MariaDb.urlOf(database);
			}

			@Override
			public String username() {
				return MariaDb.username();
			}

			@Override
			public String password() {
				return MariaDb.secret();
			}

			@Override
			public void close() {
				MariaDb.drop(database);
			}
		};
	}
}
