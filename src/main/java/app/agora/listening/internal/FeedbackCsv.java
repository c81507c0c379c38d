package app.agora.listening.internal;

import app.agora.listening.FeedbackImport;
import app.agora.listening.FeedbackOrigin;
import app.agora.listening.FeedbackRefused;
import app.agora.parties.Parties;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.stereotype.Component;

/**
 * Reads another channel's feedback export: a CSV (comma or semicolon, UTF-8)
 * with a {@code text} column and optionally {@code said_at} (a day or an ISO
 * date-time), {@code author_email} (matched to a party), {@code author_name}
 * and {@code channel}. Rows with a problem are reported by line and left out;
 * rows imported before (same channel, day, author and text) are recognised.
 */
@Component
class FeedbackCsv {

	static final int MAX_ROWS = 10_000;
	private static final Duration CLOCK_SKEW = Duration.ofDays(1);

	private final FeedbackIntake intake;
	private final Parties parties;

	FeedbackCsv(FeedbackIntake intake, Parties parties) {
		this.intake = intake;
		this.parties = parties;
	}

	/** Runs in the caller's transaction. */
	FeedbackImport importFrom(String channel, InputStream file, String recordedBy) {
		var decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT);
		try (var reader = new InputStreamReader(file, decoder)) {
			var text = new java.io.StringWriter();
			reader.transferTo(text);
			String content = text.toString();
			char delimiter = firstLine(content).chars().filter(c -> c == ';').count() > firstLine(content).chars()
					.filter(c -> c == ',').count() ? ';' : ',';
			var format = CSVFormat.RFC4180.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
					.setIgnoreHeaderCase(true).setTrim(true).setIgnoreEmptyLines(true).get();
			try (CSVParser parser = CSVParser.parse(content.startsWith("\uFEFF") ? content.substring(1) : content,
					format)) {
				Map<String, Integer> header = parser.getHeaderMap();
				if (header == null || header.keySet().stream().noneMatch(h -> h.equalsIgnoreCase("text"))) {
					throw FeedbackRefused.invalid("file", "listening.error.csvColumns",
							"The CSV needs a header line with a 'text' column (and optionally said_at, author_email, "
									+ "author_name, channel).");
				}
				return rows(parser, channel, recordedBy);
			}
		} catch (CharacterCodingException e) {
			throw FeedbackRefused.invalid("file", "listening.error.csvEncoding",
					"The file is not UTF-8 text; export it as CSV in UTF-8.");
		} catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			if (e instanceof FeedbackRefused refused) {
				throw refused;
			}
			throw FeedbackRefused.invalid("file", "listening.error.csv",
					"The file could not be read as CSV: " + e.getMessage());
		}
	}

	private FeedbackImport rows(CSVParser parser, String channel, String recordedBy) {
		int imported = 0;
		int there = 0;
		List<FeedbackImport.Problem> refused = new ArrayList<>();
		Instant now = Instant.now();
		for (CSVRecord row : parser) {
			long line = parser.getCurrentLineNumber();
			if (row.getRecordNumber() > MAX_ROWS) {
				refused.add(new FeedbackImport.Problem(line,
						"Only the first " + String.format("%,d", MAX_ROWS) + " rows are imported at once."));
				break;
			}
			String text = value(row, "text");
			String problem = text == null ? "No text." : TextCheck.rejection(text);
			if (problem == null && text.length() > TextCheck.MAX_STORED) {
				problem = "Longer than " + String.format("%,d", TextCheck.MAX_STORED) + " characters.";
			}
			Instant saidAt = now;
			if (problem == null && value(row, "said_at") != null) {
				saidAt = date(value(row, "said_at"));
				if (saidAt == null) {
					problem = "said_at is not a date (2026-05-01 or 2026-05-01T10:00:00Z).";
				} else if (saidAt.isAfter(now.plus(CLOCK_SKEW))) {
					problem = "said_at is in the future.";
				}
			}
			if (problem != null) {
				refused.add(new FeedbackImport.Problem(line, problem));
				continue;
			}
			String email = value(row, "author_email");
			UUID party = email == null ? null : parties.findByContact(email, null, null).orElse(null);
			String author = bounded(value(row, "author_name"), 200);
			String rowChannel = bounded(value(row, "channel"), 100);
			String where = rowChannel == null ? channel : rowChannel;
			String ref = "import:" + digest(where, value(row, "said_at"), email, author, text);
			var item = new NewFeedback(FeedbackOrigin.IMPORT, ref, where, party, null, author != null ? author : email,
					text.strip(), party == null ? null : "/parties/" + party, saidAt, recordedBy, null, null);
			if (intake.take(item).isPresent()) {
				imported++;
			} else {
				there++;
			}
		}
		return new FeedbackImport(imported, there, refused);
	}

	private static String firstLine(String content) {
		int end = content.indexOf('\n');
		return end < 0 ? content : content.substring(0, end);
	}

	private static String value(CSVRecord row, String column) {
		if (!row.isMapped(column) || !row.isSet(column)) {
			return null;
		}
		String value = row.get(column);
		return value == null || value.isBlank() ? null : value.strip();
	}

	private static Instant date(String value) {
		try {
			return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
		} catch (DateTimeParseException notADay) {
			try {
				return OffsetDateTime.parse(value).toInstant();
			} catch (DateTimeParseException notADateTime) {
				try {
					return Instant.parse(value);
				} catch (DateTimeParseException e) {
					return null;
				}
			}
		}
	}

	private static String bounded(String value, int max) {
		return value == null ? null : value.length() <= max ? value : value.substring(0, max);
	}

	private static String digest(String... parts) {
		try {
			var sha = MessageDigest.getInstance("SHA-256");
			for (String part : parts) {
				sha.update(String.valueOf(part).toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
				sha.update((byte) 0);
			}
			return HexFormat.of().formatHex(sha.digest(), 0, 20);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
