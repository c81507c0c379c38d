package app.agora.federation.internal.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LinkageCommandTests {

	private static final String LAST_LINE = "precision=\\d\\.\\d{4} recall=\\d\\.\\d{4} f1=\\d\\.\\d{4} records_per_s=\\d+";

	@TempDir
	Path dir;

	@Test
	void deduplicatesAFileAndWritesItsClusters() throws IOException {
		var people = write("people.csv", """
				id, first, last, born, mail
				1, Robert, Allen, 1971-06-24, robert@allen.net
				2, Rob, Alen, 24/06/1971,
				3, Anne, Martin, 1980-02-03, anne@martin.fr
				4, Anne, Martin, 1980-02-03, ANNE@martin.fr
				5, Zoe, Wu, 1999-09-09, zoe@wu.org
				""");
		var clusters = dir.resolve("clusters.csv");

		var run = run("link", "--input", people.toString(), "--id", "id", "--fields",
				"first:name,last:name,born:date,mail:email", "--out", clusters.toString());

		assertThat(run.code).isZero();
		assertThat(run.lastLine()).matches("records=5 clusters=3 records_per_s=\\d+");
		var lines = Files.readAllLines(clusters);
		assertThat(lines.getFirst()).isEqualTo("source,id,cluster");
		assertThat(lines).contains("people.csv,1,1", "people.csv,2,1", "people.csv,3,2", "people.csv,4,2",
				"people.csv,5,3");
	}

	@Test
	void linksTwoFilesWhoseColumnsAreNamedDifferently() throws IOException {
		var shop = write("shop.csv", """
				ref,given,family,phone
				s1,Léa,Petit,06 12 34 56 78
				s2,Marc,Dupont,07 11 22 33 44
				""");
		var billing = write("billing.csv", """
				account,first_name,surname,tel
				b1,Marc,Dupond,+33711223344
				b2,Lea,Petit,0033612345678
				b3,Jean,Valjean,0102030405
				""");
		var pairs = dir.resolve("pairs.csv");

		var run = run("link", "--left", shop.toString(), "--right", billing.toString(), "--id", "ref", "--fields",
				"given=first_name:name,family=surname:name,phone=tel:phone", "--pairs", pairs.toString());

		assertThat(run.code).as(run.err).isEqualTo(2);
		assertThat(run.err).contains("billing.csv: no column 'ref'");

		var idBoth = write("billing2.csv", Files.readString(billing).replace("account,", "ref,"));
		run = run("link", "--left", shop.toString(), "--right", idBoth.toString(), "--id", "ref", "--fields",
				"given=first_name:name,family=surname:name,phone=tel:phone", "--pairs", pairs.toString());

		assertThat(run.code).as(run.err).isZero();
		assertThat(run.lastLine()).startsWith("records=5 clusters=3 ");
		assertThat(Files.readString(pairs)).contains("shop.csv,s1,billing2.csv,b2,LINK", "same phone")
				.contains("shop.csv,s2,billing2.csv,b1,LINK");
	}

	@Test
	void missingColumnIsReportedByName() throws IOException {
		var people = write("people.csv", "id,first,last\n1,Ann,Lee\n");

		var run = run("link", "--input", people.toString(), "--fields", "first:name,surname:name");

		assertThat(run.code).isEqualTo(2);
		assertThat(run.err).contains("people.csv: no column 'surname'", "its columns are: id, first, last")
				.doesNotContain("Exception", "\tat ");
		assertThat(run.out).isEmpty();
	}

	@Test
	void badInputNeverEndsInAStackTrace() throws IOException {
		var people = write("people.csv", "id,first\n1,Ann\n");
		for (var args : List.of(
				new String[]{"link", "--input", dir.resolve("absent.csv").toString(), "--fields", "first:name"},
				new String[]{"link", "--input", people.toString(), "--fields", "first:nom"},
				new String[]{"link", "--input", people.toString()}, new String[]{"link", "--bogus"},
				new String[]{"linkage", "--input", people.toString(), "--fields", "first:name"}, new String[]{"linkage",
						"--input", people.toString(), "--fields", "first:name", "--truth-id-regex", "("},
				new String[]{"frobnicate"}, new String[]{})) {
			var run = run(args);
			assertThat(run.code).as(String.join(" ", args)).isEqualTo(2);
			assertThat(run.err).as(String.join(" ", args)).isNotBlank().doesNotContain("\tat ");
		}
	}

	@Test
	void scoresAgainstATruthFromTheIds() throws IOException {
		var left = write("a.csv", """
				rec_id, given_name, surname, date_of_birth
				rec-1-org, michaela, neumann, 19151111
				rec-2-org, courtney, painter, 19161214
				rec-3-org, charles, green, 19480930
				""");
		var right = write("b.csv", """
				rec_id, given_name, surname, date_of_birth
				rec-2-dup-0, courtney, paniter, 19161214
				rec-1-dup-0, micheala, neumann, 19151111
				rec-3-dup-0, charles, , 19480903
				""");

		var run = run("linkage", "--left", left.toString(), "--right", right.toString(), "--id", "rec_id",
				"--truth-id-regex", "rec-(\\d+)-", "--fields", "given_name:name,surname:name,date_of_birth:date");

		assertThat(run.code).as(run.err).isZero();
		assertThat(run.lastLine()).matches(LAST_LINE).startsWith("precision=1.0000 recall=1.0000 f1=1.0000");
	}

	@Test
	void scoresAgainstAFileOfMatchingPairs() throws IOException {
		var people = write("people.csv", """
				id,name,born
				1,Anne Martin,1980-02-03
				2,Anne Martin,1980-02-03
				3,Paul Durand,1975-07-14
				4,Paul Durant,1975-07-14
				""");
		var truth = write("truth.csv", """
				left_id,right_id,match
				1,2,1
				3,4,1.0
				1,3,0
				""");

		var run = run("linkage", "--input", people.toString(), "--id", "id", "--fields", "name:name,born:date",
				"--truth-pairs", truth.toString(), "--truth-pairs-columns", "left_id,right_id,match");

		assertThat(run.code).as(run.err).isZero();
		assertThat(run.out).contains("true_pairs=2 ");
		assertThat(run.lastLine()).matches(LAST_LINE).contains("f1=1.0000");
	}

	@Test
	void generatedPeopleComeWithTheirTruth() throws IOException {
		var file = dir.resolve("people.csv");

		var generate = run("generate", "2000", "--out", file.toString(), "--seed", "7");
		var scored = run("linkage", "--input", file.toString(), "--id", "id", "--truth-column", "person", "--fields",
				PeopleGenerator.FIELDS);
		var direct = run("linkage", "--generate", "2000", "--seed", "7");

		assertThat(generate.code).isZero();
		assertThat(Files.readAllLines(file)).hasSize(2001).first().asString()
				.isEqualTo("id,given_name,family_name,date_of_birth,email,phone,postcode,city,street,person");
		assertThat(scored.lastLine()).matches(LAST_LINE);
		assertThat(direct.lastLine()).matches(LAST_LINE);
		assertThat(f1(direct.lastLine())).isGreaterThan(0.85);
	}

	@Test
	void theGeneratorIsRepeatable() {
		var first = PeopleGenerator.generate(500, 11);
		var second = PeopleGenerator.generate(500, 11);

		assertThat(first.columns()).isDeepEqualTo(second.columns());
		assertThat(first.person()).isEqualTo(second.person());
		assertThat(Arrays.stream(first.person()).distinct().count()).isLessThan(500);
	}

	private static double f1(String line) {
		return Double.parseDouble(line.replaceAll(".*f1=(\\S+).*", "$1"));
	}

	private Path write(String name, String content) throws IOException {
		return Files.writeString(dir.resolve(name), content);
	}

	private static Run run(String... args) {
		var out = new ByteArrayOutputStream();
		var err = new ByteArrayOutputStream();
		int code = LinkageCommand.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		return new Run(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	private record Run(int code, String out, String err) {

		String lastLine() {
			var lines = out.strip().split("\n");
			return lines[lines.length - 1];
		}
	}
}
