package app.agora.parties.internal.importing;

import static org.assertj.core.api.Assertions.assertThat;

import app.agora.access.SignedInUser;
import app.agora.parties.ImportOptions;
import app.agora.parties.PartyImport;
import app.agora.parties.PartyImports;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.awaitility.Awaitility;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Writes CSV files to a temporary folder, starts imports as a demo account and
 * waits for them to finish. Test contexts are shared, so values that must not
 * meet parties of other tests are made unique.
 */
final class ImportFixtures {

	static final String HEADER = "kind,given_name,family_name,organisation_name,email,phone,city,country,role,stage";

	private final PartyImports imports;
	private final UserDetailsService users;
	private final Path folder;

	ImportFixtures(PartyImports imports, UserDetailsService users, Path folder) {
		this.imports = imports;
		this.users = users;
		this.folder = folder;
	}

	SignedInUser user(String email) {
		return (SignedInUser) users.loadUserByUsername(email);
	}

	SignedInUser admin() {
		return user("admin@agora.demo");
	}

	Path csv(String name, String content) throws IOException {
		return write(name, content.getBytes(StandardCharsets.UTF_8));
	}

	Path write(String name, byte[] content) throws IOException {
		Path file = folder.resolve(name);
		Files.write(file, content);
		return file;
	}

	PartyImport start(Path file, boolean allOrNothing) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return imports.start(in, file.getFileName().toString(), new ImportOptions(allOrNothing), admin());
		}
	}

	/** Imports the file and waits for the end; the tests never assert on time. */
	PartyImport importAndWait(Path file) throws IOException {
		return importAndWait(file, false);
	}

	PartyImport importAndWait(Path file, boolean allOrNothing) throws IOException {
		return await(start(file, allOrNothing).id());
	}

	PartyImport await(UUID id) {
		return Awaitility.await().atMost(Duration.ofMinutes(3)).pollInterval(Duration.ofMillis(50))
				.until(() -> imports.get(id, admin()), PartyImport::isFinished);
	}

	static String unique(String prefix) {
		return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
	}

	/**
	 * A French mobile number nobody else in the test database has, as +33 6 XX XX
	 * XX XX.
	 */
	static String uniqueFrenchMobile() {
		int rest = ThreadLocalRandom.current().nextInt(10_000_000, 99_999_999);
		String digits = String.valueOf(rest);
		return "+33 6 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4, 6) + " "
				+ digits.substring(6, 8);
	}

	static void assertCounts(PartyImport job, long created, long updated, long rejected) {
		assertThat(job.created()).as("created").isEqualTo(created);
		assertThat(job.updated()).as("updated").isEqualTo(updated);
		assertThat(job.rejected()).as("rejected").isEqualTo(rejected);
	}
}
