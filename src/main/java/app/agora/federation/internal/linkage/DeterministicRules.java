package app.agora.federation.internal.linkage;

import app.agora.federation.FieldType;
import app.agora.federation.LinkageSettings;

/**
 * Links that need no probability. The same identifier links outright: a field
 * is declared an identifier only when its value names one person wherever it
 * appears, and a person keeps a customer number through a change of name. The
 * same email or phone links unless a name or a date contradicts it (differs
 * beyond a typo), since families share an address and companies a switchboard.
 */
final class DeterministicRules {

	private final LinkageSettings settings;

	DeterministicRules(LinkageSettings settings) {
		this.settings = settings;
	}

	/** Whether the pair shares an identifier, which no contradiction overrules. */
	boolean byIdentifier(long vector) {
		var fields = settings.fields();
		for (int f = 0; f < fields.size(); f++) {
			if (fields.get(f).type() == FieldType.IDENTIFIER && ComparisonVectors.level(vector, f) == 0) {
				return true;
			}
		}
		return false;
	}

	/** The rule that links a pair with this comparison vector, or null. */
	String ruleFor(long vector, ComparisonVectors vectors) {
		var fields = settings.fields();
		for (int f = 0; f < fields.size(); f++) {
			if (fields.get(f).type() == FieldType.IDENTIFIER && ComparisonVectors.level(vector, f) == 0) {
				return "same " + fields.get(f).name();
			}
		}
		for (int f = 0; f < fields.size(); f++) {
			var type = fields.get(f).type();
			if ((type == FieldType.EMAIL || type == FieldType.PHONE) && ComparisonVectors.level(vector, f) == 0
					&& !contradicted(vector, vectors)) {
				return "same " + fields.get(f).name();
			}
		}
		return null;
	}

	/**
	 * Why a pair is surely two people whatever its weight, or null: a name and a
	 * date that both differ beyond a typo. Relatives share a family name, an
	 * address, an email and a phone, and each of those is strong evidence on its
	 * own; the model adds them up as if independent, so only a rule keeps a
	 * household from merging into one person.
	 */
	String contradiction(long vector, ComparisonVectors vectors) {
		var fields = settings.fields();
		String name = null;
		String date = null;
		for (int f = 0; f < fields.size(); f++) {
			var type = fields.get(f).type();
			boolean different = ComparisonVectors.level(vector, f) == vectors.comparator(f).different();
			if (different && type == FieldType.NAME && name == null) {
				name = fields.get(f).name();
			} else if (different && type == FieldType.DATE && date == null) {
				date = fields.get(f).name();
			}
		}
		return name != null && date != null ? "different " + name + " and " + date : null;
	}

	private boolean contradicted(long vector, ComparisonVectors vectors) {
		var fields = settings.fields();
		for (int f = 0; f < fields.size(); f++) {
			var type = fields.get(f).type();
			if ((type == FieldType.NAME || type == FieldType.DATE)
					&& ComparisonVectors.level(vector, f) == vectors.comparator(f).different()) {
				return true;
			}
		}
		return false;
	}
}
