package app.agora.federation.internal.connectors;

import java.util.UUID;

/** The jdbc connector's contract on H2, which every build runs. */
class H2JdbcConnectorTests extends JdbcConnectorContract {

	@Override
	Database open() {
		String url = "jdbc:h2:mem:billing-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
		return new Database() {
			@Override
			public String url() {
				return url;
			}

			@Override
			public String username() {
				return "sa";
			}

			@Override
			public String password() {
				return "";
			}

			@Override
			public void close() {
				try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
						var sql = connection.createStatement()) {
					sql.execute("shutdown");
				} catch (java.sql.SQLException e) {
					throw new IllegalStateException(e);
				}
			}
		};
	}
}
