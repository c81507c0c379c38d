package app.agora.federation.internal.linkage;

import app.agora.federation.FieldType;
import java.util.List;

/**
 * Compares two values of one field type and says how well they agree, as a
 * level: 0 is exact, the last is "different". The engine checks missing and
 * equal values itself; a comparator only sees two distinct values. How much
 * each level weighs is not decided here but learned.
 */
sealed interface FieldComparator
		permits NameComparator, DateComparator, EmailComparator, PhoneComparator, TextComparator, OneEditComparator {

	/** The levels in words, exact first, different last. */
	List<String> levels();

	/**
	 * How often two unrelated records typically compare at each level but the last
	 * ("different", the rest). It only stands in where the data is too small to
	 * measure that: a few hundred random pairs outweigh it.
	 */
	double[] typicalChance();

	/** The level of two distinct, normalised values. */
	int level(String a, String b);

	default int different() {
		return levels().size() - 1;
	}

	static FieldComparator of(FieldType type) {
		return switch (type) {
			case NAME -> new NameComparator();
			case DATE -> new DateComparator();
			case EMAIL -> new EmailComparator();
			case PHONE -> new PhoneComparator();
			case POSTCODE -> OneEditComparator.postcode();
			case TEXT -> new TextComparator();
			case IDENTIFIER -> OneEditComparator.identifier();
		};
	}
}
