package app.agora.parties.internal.importing;

import app.agora.parties.ContactKeys;
import app.agora.parties.LifecycleStage;
import app.agora.parties.PartyDraft;
import app.agora.parties.PartyKind;
import app.agora.parties.PartyRole;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Turns one row of values into a valid {@link ImportRow}, or says why not. The
 * rules are those of {@link PartyDraft}, so an imported party is as valid as
 * one typed in a form. Reasons name the file's columns and are written in the
 * requester's language.
 */
@Component
class RowChecker {

	/** Either a row to write or the reason it was rejected. */
	sealed interface Checked {
	}

	record Valid(ImportRow row) implements Checked {
	}

	record Rejected(long line, String reason) implements Checked {
	}

	private static final int MAX_REASON = 1000;

	private static final Map<String, ImportColumn> COLUMNS = Map.of("kind", ImportColumn.KIND, "givenName",
			ImportColumn.GIVEN_NAME, "familyName", ImportColumn.FAMILY_NAME, "organisationName",
			ImportColumn.ORGANISATION_NAME, "email", ImportColumn.EMAIL, "phone", ImportColumn.PHONE, "city",
			ImportColumn.CITY, "country", ImportColumn.COUNTRY, "named", ImportColumn.GIVEN_NAME);

	private final Validator validator;
	private final ContactKeys keys;
	private final ImportMessages messages;

	RowChecker(Validator validator, ContactKeys keys, ImportMessages messages) {
		this.validator = validator;
		this.keys = keys;
		this.messages = messages;
	}

	/**
	 * Checks a row; {@code withKeys} also normalises its email and phone for
	 * matching, which only the writing pass needs (parsing phone numbers is the
	 * costliest part of a check).
	 */
	Checked check(ImportHeader header, CsvSource.Row row, Locale locale, boolean withKeys) {
		List<String> values = row.values();
		if (values.size() != header.size()) {
			return reject(row, messages.get(locale, "imports.reject.columnCount", values.size(), header.size()));
		}
		List<String> problems = new ArrayList<>();
		String given = header.value(values, ImportColumn.GIVEN_NAME);
		String family = header.value(values, ImportColumn.FAMILY_NAME);
		String organisation = header.value(values, ImportColumn.ORGANISATION_NAME);
		PartyKind kind = kind(header.value(values, ImportColumn.KIND), given, family, organisation, problems, locale);
		PartyRole role = parse(PartyRole.class, header.value(values, ImportColumn.ROLE), ImportColumn.ROLE, problems,
				locale);
		LifecycleStage stage = parse(LifecycleStage.class, header.value(values, ImportColumn.STAGE), ImportColumn.STAGE,
				problems, locale);
		var draft = new PartyDraft(kind == null ? PartyKind.PERSON : kind, given, family, organisation,
				header.value(values, ImportColumn.EMAIL), header.value(values, ImportColumn.PHONE),
				header.value(values, ImportColumn.CITY), header.value(values, ImportColumn.COUNTRY));
		validator.validate(draft).stream().sorted(Comparator.comparing(v -> column(v).ordinal()))
				.map(v -> explain(v, draft.kind(), locale)).forEach(problems::add);
		if (!problems.isEmpty()) {
			return reject(row, String.join("; ", problems));
		}
		return new Valid(new ImportRow(row.line(), draft, role, stage == null ? defaultStage(role) : stage,
				withKeys ? keys.email(draft.email()) : null,
				withKeys ? keys.phone(draft.phone(), draft.country()) : null));
	}

	/**
	 * A new party's stage when the file gives none: what its role implies, else a
	 * lead.
	 */
	static LifecycleStage defaultStage(PartyRole role) {
		if (role == null) {
			return LifecycleStage.LEAD;
		}
		return switch (role) {
			case CUSTOMER, STAFF -> LifecycleStage.CUSTOMER;
			case FORMER_CUSTOMER -> LifecycleStage.FORMER_CUSTOMER;
			case PROSPECT -> LifecycleStage.PROSPECT;
			case PARTNER, COMPETITOR -> LifecycleStage.LEAD;
		};
	}

	/**
	 * No kind given: an organisation when only an organisation name is filled in,
	 * else a person.
	 */
	private PartyKind kind(String value, String given, String family, String organisation, List<String> problems,
			Locale locale) {
		if (value == null || value.isEmpty()) {
			boolean person = hasText(given) || hasText(family);
			return !person && hasText(organisation) ? PartyKind.ORGANISATION : PartyKind.PERSON;
		}
		return switch (value.toLowerCase(Locale.ROOT)) {
			case "person", "personne" -> PartyKind.PERSON;
			case "organisation", "organization" -> PartyKind.ORGANISATION;
			default -> {
				problems.add(messages.get(locale, "imports.reject.kind", shorten(value)));
				yield null;
			}
		};
	}

	private <E extends Enum<E>> E parse(Class<E> type, String value, ImportColumn column, List<String> problems,
			Locale locale) {
		if (value == null || value.isEmpty()) {
			return null;
		}
		String name = ImportColumn.normalise(value).toUpperCase(Locale.ROOT);
		for (E candidate : type.getEnumConstants()) {
			if (candidate.name().equals(name)) {
				return candidate;
			}
		}
		String allowed = Arrays.stream(type.getEnumConstants()).map(e -> e.name().toLowerCase(Locale.ROOT))
				.collect(Collectors.joining(", "));
		problems.add(messages.get(locale, "imports.reject." + column.header(), shorten(value), allowed));
		return null;
	}

	private String explain(ConstraintViolation<PartyDraft> violation, PartyKind kind, Locale locale) {
		ImportColumn column = column(violation);
		var annotation = violation.getConstraintDescriptor().getAnnotation();
		return switch (annotation) {
			case Size size -> messages.get(locale, "imports.reject.tooLong", column.header(), size.max());
			case Email email -> messages.get(locale, "imports.reject.email", column.header());
			case Pattern pattern when column == ImportColumn.PHONE -> messages.get(locale, "imports.reject.phone");
			case Pattern pattern when column == ImportColumn.COUNTRY -> messages.get(locale, "imports.reject.country");
			case AssertTrue named -> messages.get(locale,
					kind == PartyKind.ORGANISATION ? "imports.reject.organisationName" : "imports.reject.personName");
			default -> column.header() + ": " + violation.getMessage();
		};
	}

	private static ImportColumn column(ConstraintViolation<PartyDraft> violation) {
		return COLUMNS.getOrDefault(violation.getPropertyPath().toString(), ImportColumn.KIND);
	}

	private static Rejected reject(CsvSource.Row row, String reason) {
		return new Rejected(row.line(), reason.length() > MAX_REASON ? reason.substring(0, MAX_REASON) : reason);
	}

	private static String shorten(String value) {
		return value.length() > 40 ? value.substring(0, 40) + "…" : value;
	}

	private static boolean hasText(String value) {
		return value != null && !value.isBlank();
	}
}
