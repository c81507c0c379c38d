package app.agora.federation.internal.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Makes up people and the messy records that systems hold about them, with the
 * truth: each person gets one to five records, and every record after the first
 * may carry typos, a nickname, swapped given and family names, missing values,
 * another way of writing the phone number or the date, an old address or a
 * mistyped email. Households share a family name, an address and sometimes an
 * email or a landline, which is what makes a shared email weak evidence. Names
 * follow a long-tailed spread: a few very common, many rare. The same seed
 * gives the same records.
 */
final class PeopleGenerator {

	static final String FIELDS = "given_name:name,family_name:name,date_of_birth:date,email:email,phone:phone,"
			+ "postcode:postcode,city:text,street:text";
	static final List<String> COLUMNS = List.of("given_name", "family_name", "date_of_birth", "email", "phone",
			"postcode", "city", "street");
	private static final String[] DOMAINS = {"gmail.com", "yahoo.fr", "hotmail.fr", "orange.fr", "free.fr",
			"outlook.com", "laposte.net", "sfr.fr", "icloud.com", "wanadoo.fr"};
	private static final String[] STREET_KINDS = {"rue", "avenue", "boulevard", "chemin", "place", "allee", "impasse",
			"route"};
	private static final String[] ONSETS = {"b", "br", "c", "ch", "d", "f", "g", "gr", "j", "l", "m", "n", "p", "pr",
			"r", "s", "t", "tr", "v", "k", "w", "z", "h", "st", "bl", "cl", "fl"};
	private static final String[] VOWELS = {"a", "e", "i", "o", "u", "ou", "ai", "au", "ie", "ei", "an", "on", "en",
			"y"};
	private static final String[] CODAS = {"", "", "", "n", "r", "l", "s", "t", "x", "rd", "nd", "lle", "tte", "rt",
			"ck", "ng"};
	private static final int[] RECORDS_PER_PERSON_PERCENT = {45, 30, 14, 7, 4};

	/** Generated records, column by column, with each record's person. */
	record People(String[] ids, int[] person, String[][] columns) {

		int size() {
			return ids.length;
		}
	}

	private record Address(String street, String postcode, String city) {
	}

	private record Person(String given, String[] nicknames, String family, int year, int month, int day, String email,
			String phone, Address address) {
	}

	private final SplittableRandom random;
	private final String[] givenNames;
	private final String[][] nicknames;
	private final double[] givenWeights;
	private final String[] familyNames;
	private final double[] familyWeights;
	private final String[] cities;
	private final double[] cityWeights;
	private final String[][] postcodesOfCity;
	private final String[] streetNames;

	private PeopleGenerator(long seed) {
		random = new SplittableRandom(seed);
		Map<String, String[]> given = read("given-names.txt");
		givenNames = given.keySet().toArray(String[]::new);
		nicknames = given.values().toArray(String[][]::new);
		givenWeights = zipf(givenNames.length, 0.6);
		var families = new ArrayList<>(read("family-names.txt").keySet());
		int common = families.size();
		while (families.size() < 60_000) {
			families.add(madeUpWord(2 + random.nextInt(2)));
		}
		familyNames = families.stream().distinct().toArray(String[]::new);
		// the common names carry a fifth of the population; the made-up tail
		// the rest
		familyWeights = new double[familyNames.length];
		double[] head = zipf(common, 0.6);
		double[] tail = zipf(familyNames.length - common, 0.5);
		for (int i = 0; i < familyNames.length; i++) {
			familyWeights[i] = i < common ? 0.2 * head[i] : 0.8 * tail[i - common];
		}
		cumulate(familyWeights);
		cities = new String[3000];
		postcodesOfCity = new String[cities.length][];
		var usedPostcodes = new java.util.HashSet<String>();
		for (int c = 0; c < cities.length; c++) {
			cities[c] = (random.nextInt(10) == 0 ? "saint " : "") + madeUpWord(2 + random.nextInt(2))
					+ (random.nextInt(8) == 0 ? " sur " + madeUpWord(2) : "");
			int postcodes = c < 30 ? 10 + random.nextInt(20) : 1 + random.nextInt(3);
			postcodesOfCity[c] = new String[postcodes];
			for (int p = 0; p < postcodes; p++) {
				String code;
				do {
					code = String.format("%05d", 1000 + random.nextInt(95_000));
				} while (!usedPostcodes.add(code));
				postcodesOfCity[c][p] = code;
			}
		}
		cityWeights = zipf(cities.length, 0.9);
		streetNames = new String[400];
		for (int s = 0; s < streetNames.length; s++) {
			streetNames[s] = random.nextInt(3) == 0
					? "de la " + madeUpWord(2)
					: random.nextInt(2) == 0
							? givenNames[random.nextInt(givenNames.length)] + " " + familyNames[random.nextInt(200)]
							: madeUpWord(2 + random.nextInt(2));
		}
	}

	static People generate(int records, long seed) {
		return new PeopleGenerator(seed).people(records);
	}

	private People people(int records) {
		var ids = new String[records];
		var person = new int[records];
		var columns = new String[COLUMNS.size()][records];
		int r = 0;
		int next = 0;
		while (r < records) {
			var household = household();
			for (var member : household) {
				int copies = Math.min(records - r, recordCount());
				for (int copy = 0; copy < copies; copy++) {
					String[] row = copy == 0 ? first(member) : duplicate(member);
					for (int c = 0; c < row.length; c++) {
						columns[c][r] = row[c];
					}
					person[r] = next;
					r++;
				}
				next++;
				if (r == records) {
					break;
				}
			}
		}
		shuffle(person, columns);
		for (int i = 0; i < records; i++) {
			ids[i] = "p" + (i + 1);
		}
		return new People(ids, person, columns);
	}

	/**
	 * One person, or a family of two to four sharing a name, an address, maybe an
	 * email and a landline.
	 */
	private List<Person> household() {
		var first = person(familyNames[pick(familyWeights)], address(), null, null);
		if (random.nextInt(100) >= 20) {
			return List.of(first);
		}
		String sharedEmail = random.nextBoolean() ? first.email : null;
		String landline = random.nextBoolean() ? "+33" + (1 + random.nextInt(5)) + digits(8) : null;
		var members = new ArrayList<Person>();
		members.add(landline == null ? first : withPhone(first, landline));
		int more = 1 + random.nextInt(3);
		for (int m = 0; m < more; m++) {
			members.add(person(first.family, first.address, sharedEmail, landline));
		}
		return members;
	}

	private Person person(String family, Address address, String email, String phone) {
		int given = pick(givenWeights);
		int year = 1935 + random.nextInt(72);
		int month = 1 + random.nextInt(12);
		int day = 1 + random.nextInt(28);
		String givenName = givenNames[given];
		return new Person(givenName, nicknames[given], family, year, month, day,
				email != null ? email : email(givenName, family),
				phone != null ? phone : "+33" + (6 + random.nextInt(2)) + digits(8), address);
	}

	private static Person withPhone(Person p, String phone) {
		return new Person(p.given, p.nicknames, p.family, p.year, p.month, p.day, p.email, phone, p.address);
	}

	private String[] first(Person p) {
		return new String[]{missing(3) ? null : cased(p.given), missing(2) ? null : cased(p.family), date(p),
				missing(15) ? null : p.email, missing(20) ? null : phoneFormat(p.phone), p.address.postcode,
				missing(8) ? null : p.address.city, missing(10) ? null : p.address.street};
	}

	private String[] duplicate(Person p) {
		String given = p.given;
		String family = p.family;
		if (percent(8) && p.nicknames.length > 0) {
			given = p.nicknames[random.nextInt(p.nicknames.length)];
		}
		if (percent(12)) {
			given = typo(given);
		}
		if (percent(12)) {
			family = typo(family);
		}
		if (percent(4)) {
			String swap = given;
			given = family;
			family = swap;
		}
		int year = p.year;
		int month = p.month;
		int day = p.day;
		if (percent(6)) {
			day = 1 + random.nextInt(28);
		} else if (percent(4)) {
			year += random.nextBoolean() ? 1 : -1;
		} else if (percent(3) && day <= 12) {
			int swap = day;
			day = month;
			month = swap;
		}
		var dated = new Person(given, p.nicknames, family, year, month, day, p.email, p.phone, p.address);
		String email = p.email;
		if (percent(5)) {
			email = typo(email);
		} else if (percent(5)) {
			email = email.substring(0, email.indexOf('@') + 1) + DOMAINS[random.nextInt(DOMAINS.length)];
		}
		String phone = p.phone;
		if (percent(3)) {
			phone = phone.substring(0, phone.length() - 2) + digits(2);
		}
		var address = percent(12) ? address() : p.address;
		String postcode = address.postcode;
		if (percent(3)) {
			postcode = typo(postcode);
		}
		String city = address.city;
		if (percent(6)) {
			city = typo(city);
		}
		String street = address.street;
		if (percent(8)) {
			street = typo(street);
		}
		return new String[]{missing(5) ? null : cased(given), missing(3) ? null : cased(family),
				missing(5) ? null : date(dated), missing(30) ? null : email, missing(35) ? null : phoneFormat(phone),
				missing(4) ? null : postcode, missing(15) ? null : city, missing(20) ? null : street};
	}

	private Address address() {
		int city = pick(cityWeights);
		String[] postcodes = postcodesOfCity[city];
		return new Address(
				(1 + random.nextInt(180)) + " " + STREET_KINDS[random.nextInt(STREET_KINDS.length)] + " "
						+ streetNames[random.nextInt(streetNames.length)],
				postcodes[random.nextInt(postcodes.length)], cities[city]);
	}

	private String email(String given, String family) {
		String domain = DOMAINS[random.nextInt(DOMAINS.length)];
		String g = given.replace(" ", "");
		String f = family.replace(" ", "");
		String number = String.valueOf(1 + random.nextInt(999));
		return switch (random.nextInt(5)) {
			case 0 -> g + "." + f + number + "@" + domain;
			case 1 -> g.charAt(0) + f + number + "@" + domain;
			case 2 -> f + "." + g + "@" + domain;
			case 3 -> g + number + "@" + domain;
			default -> g + "_" + f + "@" + domain;
		};
	}

	/**
	 * The same French number as people write it: with or without the country code,
	 * spaces, dots or dashes.
	 */
	private String phoneFormat(String e164) {
		String national = "0" + e164.substring(3);
		return switch (random.nextInt(6)) {
			case 0 -> national;
			case 1 -> national.replaceAll("(\\d{2})(?=\\d)", "$1 ");
			case 2 -> national.replaceAll("(\\d{2})(?=\\d)", "$1.");
			case 3 -> "+33 " + e164.charAt(3) + " " + e164.substring(4).replaceAll("(\\d{2})(?=\\d)", "$1 ");
			case 4 -> e164;
			default -> "0033" + e164.substring(3);
		};
	}

	private String date(Person p) {
		return random.nextInt(5) == 0
				? String.format("%02d/%02d/%d", p.day, p.month, p.year)
				: String.format("%d-%02d-%02d", p.year, p.month, p.day);
	}

	private String cased(String name) {
		return switch (random.nextInt(10)) {
			case 0 -> name.toUpperCase(java.util.Locale.ROOT);
			case 1, 2, 3 -> name;
			default -> Character.toUpperCase(name.charAt(0)) + name.substring(1);
		};
	}

	/**
	 * One slip of the keyboard: a letter left out, doubled, replaced, or two
	 * swapped.
	 */
	private String typo(String value) {
		if (value.length() < 2) {
			return value;
		}
		int at = random.nextInt(value.length() - 1);
		char replacement = (char) ('a' + random.nextInt(26));
		return switch (random.nextInt(4)) {
			case 0 -> value.substring(0, at) + value.substring(at + 1);
			case 1 -> value.substring(0, at) + replacement + value.substring(at);
			case 2 -> value.substring(0, at) + replacement + value.substring(at + 1);
			default -> value.substring(0, at) + value.charAt(at + 1) + value.charAt(at) + value.substring(at + 2);
		};
	}

	private int recordCount() {
		int roll = random.nextInt(100);
		for (int count = 0; count < RECORDS_PER_PERSON_PERCENT.length; count++) {
			roll -= RECORDS_PER_PERSON_PERCENT[count];
			if (roll < 0) {
				return count + 1;
			}
		}
		return RECORDS_PER_PERSON_PERCENT.length;
	}

	private String madeUpWord(int syllables) {
		var word = new StringBuilder();
		for (int s = 0; s < syllables; s++) {
			word.append(ONSETS[random.nextInt(ONSETS.length)]).append(VOWELS[random.nextInt(VOWELS.length)]);
		}
		return word.append(CODAS[random.nextInt(CODAS.length)]).toString();
	}

	private String digits(int count) {
		var digits = new StringBuilder(count);
		for (int d = 0; d < count; d++) {
			digits.append((char) ('0' + random.nextInt(10)));
		}
		return digits.toString();
	}

	private boolean percent(int chance) {
		return random.nextInt(100) < chance;
	}

	private boolean missing(int chance) {
		return percent(chance);
	}

	/**
	 * Cumulative Zipf weights: the k-th value is drawn in proportion to
	 * 1/k^exponent.
	 */
	private static double[] zipf(int size, double exponent) {
		double[] weights = new double[size];
		for (int k = 0; k < size; k++) {
			weights[k] = 1 / Math.pow(k + 1, exponent);
		}
		double sum = Arrays.stream(weights).sum();
		for (int k = 0; k < size; k++) {
			weights[k] /= sum;
		}
		return cumulate(weights);
	}

	private static double[] cumulate(double[] weights) {
		for (int k = 1; k < weights.length; k++) {
			weights[k] += weights[k - 1];
		}
		return weights;
	}

	private int pick(double[] cumulative) {
		double roll = random.nextDouble() * cumulative[cumulative.length - 1];
		int at = Arrays.binarySearch(cumulative, roll);
		return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
	}

	private void shuffle(int[] person, String[][] columns) {
		for (int i = person.length - 1; i > 0; i--) {
			int j = random.nextInt(i + 1);
			int p = person[i];
			person[i] = person[j];
			person[j] = p;
			for (String[] column : columns) {
				String v = column[i];
				column[i] = column[j];
				column[j] = v;
			}
		}
	}

	/** Names from a resource, most common first, each with its short forms. */
	private static Map<String, String[]> read(String resource) {
		var names = new LinkedHashMap<String, String[]>();
		try (var in = PeopleGenerator.class.getResourceAsStream(resource);
				var lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				int colon = line.indexOf(':');
				String name = (colon < 0 ? line : line.substring(0, colon)).strip();
				String[] shortForms = colon < 0 ? new String[0] : line.substring(colon + 1).strip().split("\\s+");
				names.putIfAbsent(name, shortForms);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return names;
	}
}
