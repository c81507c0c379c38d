package app.agora.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.UUID;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * The PostgreSQL that integration tests use: required when CI=true (CI has one
 * on 127.0.0.1:5432), opt-in elsewhere with AGORA_TEST_POSTGRES_URL. Each test
 * class gets a fresh schema, dropped afterwards.
 */
public final class Postgres {

	private static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/test";

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

	/** Creates a new schema and points the application's datasource at it. */
	public static String useFreshSchema(DynamicPropertyRegistry registry) {
		String schema = "agora_it_"
				+ UUID.randomUUID().toString().replace("-", "").substring(0, 12).toLowerCase(Locale.ROOT);
		execute("create schema " + schema);
		String separator = url().contains("?") ? "&" : "?";
		registry.add("spring.datasource.url", () -> url() + separator + "currentSchema=" + schema);
		registry.add("spring.datasource.username", Postgres::user);
		registry.add("spring.datasource.password", Postgres::password);
		return schema;
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

	public static void drop(String schema) {
		if (schema != null) {
			execute("drop schema if exists " + schema + " cascade");
		}
	}

	private static void execute(String sql) {
		try (var connection = DriverManager.getConnection(url(), user(), password());
				var statement = connection.createStatement()) {
			statement.execute(sql);
		} catch (SQLException e) {
			throw new IllegalStateException("PostgreSQL for integration tests is not reachable at " + url(), e);
		}
	}
}
