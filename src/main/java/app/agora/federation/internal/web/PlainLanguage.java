package app.agora.federation.internal.web;

import app.agora.federation.CorrectionRequest;
import app.agora.federation.CustomerView;
import app.agora.federation.Fact;
import app.agora.federation.ViewAccess;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;

/**
 * Says the facts of a view the way a customer would: "Annual multi-trip travel
 * insurance, since 1 March 2025", "You declined “GR20 in Corsica”", each with
 * where it comes from ("From our billing system, as of 2 May 2023"). Dates and
 * amounts follow the reader's language; a facet or field that has no words of
 * its own yet is shown by its name.
 */
final class PlainLanguage {

	/**
	 * The facets customers know, in the order the page shows them; others follow.
	 */
	static final List<String> ORDER = List.of("profile", "contact-points", "products-held", "offers-received",
			"transactions", "interactions", "entitlements", "preferences");

	private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ].*)?");

	record Detail(String label, String value) {
	}

	/** One fact said plainly; source, facet and record key name it in a request. */
	record PlainFact(String facet, String source, String recordKey, String headline, List<Detail> details,
			String origin) {
	}

	record PlainSection(String facet, String title, List<PlainFact> facts) {
	}

	/** One of the customer's requests as their page lists it. */
	record PlainCorrection(CorrectionRequest request, String about, String status, String created, String updated) {
	}

	/** One look at the customer's information. */
	record PlainLook(String who, String when, String through) {
	}

	private final MessageSource messages;
	private final Locale locale;
	private final Map<String, String> sourceNames;
	private final DateTimeFormatter dates;
	private final DateTimeFormatter dateTimes;

	PlainLanguage(MessageSource messages, Locale locale, Map<String, String> sourceNames) {
		this.messages = messages;
		this.locale = locale;
		this.sourceNames = sourceNames;
		this.dates = DateTimeFormatter.ofPattern(message("myinfo.dateFormat"), locale);
		this.dateTimes = DateTimeFormatter.ofPattern(message("myinfo.dateTimeFormat"), locale);
	}

	List<PlainSection> sections(CustomerView view) {
		var facets = new LinkedHashMap<String, List<Fact>>();
		ORDER.stream().filter(view.facets()::containsKey).forEach(f -> facets.put(f, view.facets().get(f)));
		view.facets().forEach(facets::putIfAbsent);
		var sections = new ArrayList<PlainSection>();
		facets.forEach((facet, facts) -> sections.add(
				new PlainSection(facet, facetTitle(facet), facts.stream().map(fact -> plain(facet, fact)).toList())));
		return sections;
	}

	String facetTitle(String facet) {
		return optional("myinfo.facet." + facet, humanise(facet));
	}

	String sourceName(String source) {
		return optional("myinfo.source." + source, sourceNames.getOrDefault(source, source));
	}

	PlainCorrection correction(CorrectionRequest request) {
		Object fields = request.fact().get("fields");
		String about = facetTitle(request.facet());
		if (fields instanceof Map<?, ?> map && !map.isEmpty()) {
			var values = map.values().stream().filter(Objects::nonNull).map(this::value).limit(3).toList();
			about = about + ": " + String.join(", ", values);
		}
		return new PlainCorrection(request, about, message("myinfo.status." + request.status().name()),
				dateTime(request.createdAt()), dateTime(request.updatedAt()));
	}

	PlainLook look(ViewAccess access) {
		String who = access.staff() ? access.viewer() : message("myinfo.looked.you");
		String through = access.channel() != null && access.channel().contains("/api/")
				? message("myinfo.looked.api")
				: message("myinfo.looked.page");
		return new PlainLook(who, dateTime(access.viewedAt()), through);
	}

	String dateTime(Instant instant) {
		return instant == null ? "—" : dateTimes.format(instant.atZone(ZoneOffset.UTC));
	}

	private PlainFact plain(String facet, Fact fact) {
		var fields = new LinkedHashMap<>(fact.fields());
		String headline = switch (facet) {
			case "profile" -> take(fields, "name");
			case "products-held" -> held(fields, "product");
			case "entitlements" -> held(fields, "entitlement");
			case "offers-received" -> offer(fields, fact.asOf());
			case "transactions" -> purchase(fields);
			case "interactions" -> fields.get("subject") != null ? take(fields, "subject") : take(fields, "text");
			default -> null;
		};
		var details = new ArrayList<Detail>();
		new java.util.TreeMap<>(fields).forEach((name, value) -> {
			if (value != null && !value.toString().isBlank()) {
				// A lifecycle stage reads as the parties' own words for it.
				String said = "stage".equals(name) ? optional("stage." + value, value(value)) : value(value);
				details.add(new Detail(label(name), said));
			}
		});
		String origin = message("myinfo.origin", sourceName(fact.source()),
				fact.asOf() == null ? "—" : date(fact.asOf()));
		return new PlainFact(facet, fact.source(), fact.recordKey(), headline, details, origin);
	}

	private String held(Map<String, Object> fields, String name) {
		String what = take(fields, name);
		Object since = fields.remove("since");
		Object until = fields.remove("until");
		if (what == null) {
			what = "—";
		}
		if (since != null && until != null) {
			return message("myinfo.held.sinceUntil", what, value(since), value(until));
		}
		return since != null ? message("myinfo.held.since", what, value(since)) : what;
	}

	private String offer(Map<String, Object> fields, Instant sent) {
		String title = take(fields, "offer");
		Object response = fields.remove("response");
		String answer = response == null ? "ignored" : response.toString().strip().toLowerCase(Locale.ROOT);
		String key = switch (answer) {
			case "accepted", "declined" -> "myinfo.offer." + answer;
			case "ignored", "", "none", "no-answer" -> "myinfo.offer.ignored";
			default -> "myinfo.offer.other";
		};
		return message(key, title == null ? "—" : title, sent == null ? "—" : date(sent), answer);
	}

	private String purchase(Map<String, Object> fields) {
		String what = take(fields, "description");
		Object amount = fields.remove("amount");
		Object currency = fields.remove("currency");
		if (amount == null) {
			return what;
		}
		String money = money(amount, currency);
		return what == null ? money : message("myinfo.purchase", what, money);
	}

	private String money(Object amount, Object currency) {
		BigDecimal number;
		try {
			number = new BigDecimal(amount.toString().strip());
		} catch (NumberFormatException e) {
			return amount.toString();
		}
		if (currency != null) {
			try {
				var format = NumberFormat.getCurrencyInstance(locale);
				format.setCurrency(Currency.getInstance(currency.toString().strip().toUpperCase(Locale.ROOT)));
				return format.format(number);
			} catch (IllegalArgumentException e) {
				return NumberFormat.getNumberInstance(locale).format(number) + " " + currency;
			}
		}
		return NumberFormat.getNumberInstance(locale).format(number);
	}

	private String take(Map<String, Object> fields, String name) {
		Object value = fields.remove(name);
		return value == null || value.toString().isBlank() ? null : value(value);
	}

	/** A field's value as the reader would write it. */
	String value(Object value) {
		return switch (value) {
			case null -> "—";
			case LocalDate d -> dates.format(d);
			case LocalDateTime t -> dates.format(t);
			case Instant i -> date(i);
			case BigDecimal d -> NumberFormat.getNumberInstance(locale).format(d);
			case Number n -> NumberFormat.getNumberInstance(locale).format(n);
			case Boolean b -> message(b ? "myinfo.yes" : "myinfo.no");
			default -> written(value.toString());
		};
	}

	private String written(String raw) {
		String text = raw.strip();
		if ("true".equalsIgnoreCase(text) || "false".equalsIgnoreCase(text)) {
			return message("true".equalsIgnoreCase(text) ? "myinfo.yes" : "myinfo.no");
		}
		if (ISO_DATE.matcher(text).matches()) {
			try {
				return text.length() == 10
						? dates.format(LocalDate.parse(text))
						: date(OffsetDateTime.parse(text.replace(' ', 'T')).toInstant());
			} catch (DateTimeParseException e) {
				return raw;
			}
		}
		return raw;
	}

	private String date(Instant instant) {
		return dates.format(instant.atZone(ZoneOffset.UTC));
	}

	private String label(String field) {
		return optional("myinfo.field." + field, humanise(field));
	}

	private String message(String key, Object... args) {
		return messages.getMessage(key, args, locale);
	}

	private String optional(String key, String fallback) {
		return messages.getMessage(key, null, fallback, locale);
	}

	static String humanise(String name) {
		String words = name.replace('-', ' ').replace('_', ' ').strip();
		return words.isEmpty() ? name : Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}
}
