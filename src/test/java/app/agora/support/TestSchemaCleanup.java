package app.agora.support;

import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Drops the PostgreSQL schemas that test classes made, once the test run is
 * over and Spring has closed their application contexts. Registered in
 * {@code META-INF/services}.
 */
public final class TestSchemaCleanup implements LauncherSessionListener {

	@Override
	public void launcherSessionClosed(LauncherSession session) {
		if (Postgres.wanted()) {
			Postgres.dropApplicationSchemas();
		}
	}
}
