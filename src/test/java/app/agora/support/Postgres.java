package app.agora.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL that integration tests use: required when CI=true (CI has one
 * on 127.0.0.1:5432), opt-in elsewhere with AGORA_TEST_POSTGRES_URL. Each test
 * class gets a fresh schema, dropped afterwards.
 */
public final class Postgres {

	private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

	private static final Set<String> APPLICATION_SCHEMAS = ConcurrentHashMap.newKeySet();

	private Postgres() {
	}

	/**
	 * Used by {@code @EnabledIf}: skipped on a user's machine, never skipped in CI.
	 */
	public static boolean wanted() {
		return "true".equalsIgnoreCase(System.getenv("CI")) || System.getenv("AGORA_TEST_POSTGRES_URL") != null;
	}

	static String url() {
		String url = System.getenv("AGORA_TEST_POSTGRES_URL");
		return url == null || url.isBlank() ? DEFAULT_URL : url;
	}

	static String user() {
		String user = System.getenv("AGORA_TEST_POSTGRES_USER");
		return user == null || user.isBlank() ? "postgres" : user;
	}

	static String password() {
		String password = System.getenv("AGORA_TEST_POSTGRES_PASSWORD");
		return password == null ? "" : password;
	}

	/**
	 * Creates a new schema and points the application's datasource at it. The
	 * schema is dropped when the test run ends ({@link TestSchemaCleanup}), not
	 * after the class: JUnit runs a class's {@code @AfterAll} before Spring closes
	 * its context, while asynchronous listeners may still be inside a transaction
	 * on the schema, and the drop then deadlocks with them.
	 */
	public static void useFreshSchema(DynamicPropertyRegistry registry) {
		String schema = "agora_it_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("create schema " + schema);
		APPLICATION_SCHEMAS.add(schema);
		String separator = url().contains("?") ? "&" : "?";
		registry.add("spring.datasource.url",
				() -> url() + separator + "currentSchema=" + schema + "&ApplicationName=" + schema);
		registry.add("spring.datasource.username", Postgres::user);
		registry.add("spring.datasource.password", Postgres::password);
	}

	/** Drops the schemas made by {@link #useFreshSchema} in this test run. */
	static void dropApplicationSchemas() {
		for (String schema : APPLICATION_SCHEMAS) {
			drop(schema);
		}
		APPLICATION_SCHEMAS.clear();
	}

	/**
	 * Creates a new empty schema for a test that connects by itself; returns its
	 * name. Drop it with {@link #drop}.
	 */
	public static String createSchema() {
		String schema = "agora_it_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("create schema " + schema);
		return schema;
	}

	/** The JDBC URL of a schema made by {@link #createSchema}. */
	public static String urlOf(String schema) {
		return url() + (url().contains("?") ? "&" : "?") + "currentSchema=" + schema;
	}

	public static String username() {
		return user();
	}

	public static String secret() {
		return password();
	}

	/**
	 * Drops a test schema. Sessions still open on it (an application context that
	 * was never closed; they are named after the schema) are ended first.
	 */
	public static void drop(String schema) {
		if (schema == null) {
			return;
		}
		SQLException last = null;
		for (int attempt = 1; attempt <= 3; attempt++) {
			try (var connection = DriverManager.getConnection(url(), user(), password())) {
				try (var sessions = connection.prepareStatement(
						"select pg_terminate_backend(pid) from pg_stat_activity where application_name = ? and pid <> pg_backend_pid()")) {
					sessions.setString(1, schema);
					sessions.execute();
				}
				try (var statement = connection.createStatement()) {
					statement.execute("drop schema if exists " + schema + " cascade");
				}
				return;
			} catch (SQLException e) {
				last = e;
			}
		}
		throw new IllegalStateException(
				"Could not drop test schema " + schema + " at " + url() + ": " + last.getMessage(), last);
	}

	private static void execute(String sql) {
		try (var connection = DriverManager.getConnection(url(), user(), password());
				var statement = connection.createStatement()) {
			statement.execute(sql);
		} catch (SQLException e) {
			throw new IllegalStateException(
					"PostgreSQL for integration tests failed at " + url() + ": " + e.getMessage(), e);
		}
	}
}
