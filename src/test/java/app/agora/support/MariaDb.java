package app.agora.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

/**
 * The MariaDB that tests of the jdbc connector use, as {@link Postgres} does:
 * required when CI=true (CI has one on 127.0.0.1:3306, user root without a
 * password), opt-in elsewhere with AGORA_TEST_MARIADB_URL. Each test class gets
 * a fresh database, dropped afterwards.
 */
public final class MariaDb {

	private static final String DEFAULT_URL = "jdbc:mariadb://127.0.0.1:3306/test";

	private MariaDb() {
	}

	/**
	 * Used by {@code @EnabledIf}: skipped on a user's machine, never skipped in CI.
	 */
	public static boolean wanted() {
		return "true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("AGORA_TEST_MARIADB_URL") != null;
	}

	static String url() {
		String url = System.getenv("AGORA_TEST_MARIADB_URL");
		return url == null || url.isBlank() ? DEFAULT_URL : url;
	}

	public static String username() {
		String user = System.getenv("AGORA_TEST_MARIADB_USER");
		return user == null || user.isBlank() ? "root" : user;
	}

	public static String secret() {
		String password = System.getenv("AGORA_TEST_MARIADB_PASSWORD");
		return password == null ? "" : password;
	}

	/**
	 * Creates a new empty database; returns its name. Drop it with {@link #drop}.
	 */
	public static String createDatabase() {
		String database = "agora_it_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("create database " + database);
		return database;
	}

	/** The JDBC URL of a database made by {@link #createDatabase}. */
	public static String urlOf(String database) {
		String url = url();
		int query = url.indexOf('?');
		String path = query < 0 ? url : url.substring(0, query);
		String base = path.substring(0, path.lastIndexOf('/') + 1);
		return base + database + (query < 0 ? "" : url.substring(query));
	}

	public static void drop(String database) {
		if (database != null) {
			execute("drop database if exists " + database);
		}
	}

	private static void execute(String sql) {
		try (var connection = DriverManager.getConnection(url(), username(), secret());
				var statement = connection.createStatement()) {
			statement.execute(sql);
		} catch (SQLException e) {
			throw new IllegalStateException("MariaDB for integration tests is not reachable at " + url(), e);
		}
	}
}
