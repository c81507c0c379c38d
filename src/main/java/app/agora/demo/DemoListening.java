package app.agora.demo;

import app.agora.access.Accounts;
import app.agora.access.SignedInUser;
import app.agora.listening.Feedback;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Feedback from another channel in the demo: a post-trip survey export spread
 * over the last twelve weeks, imported like any CSV. In the last two weeks
 * eight customers say their hut booking confirmations never came by email: a
 * rising, coherent theme, which raises a signal once the survey is tagged.
 */
@Component
class DemoListening {

	private static final String SURVEY = "demo/survey-feedback.csv";

	private final Feedback feedback;
	private final Accounts accounts;

	DemoListening(Feedback feedback, Accounts accounts) {
		this.feedback = feedback;
		this.accounts = accounts;
	}

	void seed() {
		SignedInUser admin = accounts.byEmail("admin@agora.demo").orElseThrow();
		feedback.importCsv("post-trip survey", new ByteArrayInputStream(export(LocalDate.now(ZoneOffset.UTC))), admin);
	}

	/**
	 * The survey as its tool would export it today: each answer dated so many days
	 * ago.
	 */
	private static byte[] export(LocalDate today) {
		var out = new StringBuilder();
		try (var in = new InputStreamReader(new ClassPathResource(SURVEY).getInputStream(), StandardCharsets.UTF_8);
				var rows = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
				var csv = new CSVPrinter(out,
						CSVFormat.DEFAULT.builder().setHeader("said_at", "author_email", "text").get())) {
			for (CSVRecord row : rows) {
				csv.printRecord(today.minusDays(Long.parseLong(row.get("days_ago"))), row.get("author_email"),
						row.get("text"));
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}
}
