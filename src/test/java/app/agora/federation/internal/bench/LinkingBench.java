package app.agora.federation.internal.bench;

import app.agora.AgoraApplication;
import app.agora.federation.LinkingRun;
import app.agora.federation.RecordLinking;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * A first load in the server over a generated source: {@code N} made-up people
 * (the linkage generator, with typos, nicknames, other emails and phone
 * formats) in a CSV export, read by the {@code csv} connector and resolved
 * together with the demo's parties. Prints the run's counts and
 * {@code records=… seconds=… records_per_s=…}. Lives with the tests so that it
 * does not ship; docs/BENCHMARKS.md has the command.
 */
public final class LinkingBench {

	private LinkingBench() {
	}

	public static void main(String[] args) throws Exception {
		int records = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
		Path folder = Files.createTempDirectory("agora-linking-bench");
		Path csv = folder.resolve("people.csv");
		int code = LinkageCommand.run(new String[]{"generate", String.valueOf(records), "--out", csv.toString()},
				new PrintStream(PrintStream.nullOutputStream()), System.err);
		if (code != 0) {
			throw new IllegalStateException("The generator failed");
		}
		Files.writeString(folder.resolve("sources.yaml"),
				"""
						sources:
						  - id: agora
						    connector: agora
						    identity: {facet: profile, fields: {name: name, email: email, phone: phone, city: city}}
						    facets:
						      profile: {from: party, key: id, fields: {name: displayName, email: email, phone: phone, city: city}}
						  - id: people
						    connector: csv
						    settings: {folder: "%s", max-file-size: "2000000000"}
						    identity:
						      facet: profile
						      fields: {given-name: given, family-name: family, birth-date: born, email: email, phone: phone,
						               postcode: postcode, city: city}
						    facets:
						      profile:
						        file: people.csv
						        key: id
						        email-column: email
						        fields: {given: given_name, family: family_name, born: date_of_birth, email: email,
						                 phone: phone, postcode: postcode, city: city}
						"""
						.formatted(folder),
				StandardCharsets.UTF_8);
		Path data = folder.resolve("data");
		Map<String, String> settings = new LinkedHashMap<>();
		settings.put("server.port", "0");
		settings.put("spring.main.banner-mode", "off");
		settings.put("logging.level.root", "WARN");
		settings.put("logging.level.app.agora.federation", "INFO");
		settings.put("agora.demo.enabled", "true");
		settings.put("agora.demo.link-records", "false");
		settings.put("agora.data-dir", data.toString());
		settings.put("agora.federation.sources", "file:" + folder.resolve("sources.yaml"));
		settings.put("agora.federation.linking.incremental-interval", "PT1H");
		settings.put("spring.datasource.url", "jdbc:h2:file:" + data.resolve("agora")
				+ ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH");
		var app = new SpringApplicationBuilder(AgoraApplication.class).run(
				settings.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new));
		try (app) {
			var linking = app.getBean(RecordLinking.class);
			long started = System.nanoTime();
			var run = linking.startFirstLoad("bench");
			while (!run.finished()) {
				Thread.sleep(100);
				run = linking.run(run.id()).orElseThrow();
			}
			double seconds = (System.nanoTime() - started) / 1e9;
			System.out.printf(Locale.ROOT, "state=%s candidate_pairs=%d links=%d reviews=%d message=%s%n", run.state(),
					run.candidatePairs(), run.linksMade(), run.reviewsProposed(), run.message());
			System.out.printf(Locale.ROOT, "records=%d seconds=%.1f records_per_s=%.0f%n", run.records(), seconds,
					run.records() / seconds);
			if (run.state() != LinkingRun.State.COMPLETED) {
				System.exit(1);
			}
		}
	}
}
