package app.agora.parties.internal.importing;

import java.time.Instant;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * On start, an import still marked as running was cut short when Agora last
 * stopped: it is marked failed, saying what had been written. Importing the
 * file again is safe, as known parties are matched and updated, not duplicated.
 * (With several Agora nodes on one database this would need the shared lock the
 * architecture plans for scheduled work.)
 */
@Component
class ImportRecovery implements ApplicationRunner {

	private final ImportRunner runner;
	private final Instant startedAt = Instant.now();

	ImportRecovery(ImportRunner runner) {
		this.runner = runner;
	}

	@Override
	public void run(ApplicationArguments args) {
		runner.failInterrupted(startedAt);
	}
}
