package app.agora.listening.internal.text.bench;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * BANKING77 (Casanueva et al., 2020, CC BY 4.0): online-banking customer
 * queries, each labelled with one of 77 intents. The file is
 * {@code text,category} with a header.
 */
record Banking77(List<String> texts, List<String> categories) {

	static Banking77 read(Path csv) throws IOException {
		List<String> texts = new ArrayList<>();
		List<String> categories = new ArrayList<>();
		try (Reader reader = Files.newBufferedReader(csv)) {
			for (CSVRecord row : CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get()
					.parse(reader)) {
				texts.add(row.get(0));
				categories.add(row.get(1));
			}
		}
		return new Banking77(texts, categories);
	}
}
