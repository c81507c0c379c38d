package app.agora.federation.internal.connectors;

import com.jayway.jsonpath.Configuration;
import com.jayway.jsonpath.InvalidPathException;
import com.jayway.jsonpath.JsonPath;
import com.jayway.jsonpath.Option;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * Where a value lies in a JSON document, as a source's mapping writes it: a
 * JSONPath ({@code $.orders[*]}, {@code $.phones[?(@.type=='mobile')].number}),
 * a JSON pointer ({@code /total/amount}) or a plain property name. Compiled
 * once, so a typo is found at startup rather than at the first view.
 */
abstract sealed class JsonLocation {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	/** Missing paths give null (definite) or an empty list (indefinite). */
	private static final Configuration PATHS = Configuration.defaultConfiguration()
			.addOptions(Option.SUPPRESS_EXCEPTIONS);

	final String expression;

	private JsonLocation(String expression) {
		this.expression = expression;
	}

	/**
	 * The location an expression names; throws IllegalArgumentException when it is
	 * invalid.
	 */
	static JsonLocation of(String expression) {
		if (expression.startsWith("$")) {
			try {
				return new Path(expression, JsonPath.compile(expression));
			} catch (InvalidPathException e) {
				throw new IllegalArgumentException("not a valid JSONPath: " + e.getMessage(), e);
			} catch (RuntimeException e) {
				// Jayway's parser lets a few malformed paths slip into index errors.
				throw new IllegalArgumentException("not a valid JSONPath", e);
			}
		}
		if (expression.startsWith("/")) {
			return new Pointer(expression, JsonPointer.compile(expression));
		}
		return new Property(expression);
	}

	/** Why an expression is not a valid location, or null. */
	static String problemWith(String expression) {
		try {
			of(expression);
			return null;
		} catch (IllegalArgumentException e) {
			return "'" + expression + "' is " + (e.getMessage() == null ? "not valid" : e.getMessage());
		}
	}

	/** The node found, or a missing node. */
	abstract JsonNode in(JsonNode document);

	/**
	 * True for a JSONPath that may find several values (a wildcard, a filter, a
	 * deep scan): it answers an array even when it found one.
	 */
	boolean findsMany() {
		return false;
	}

	@Override
	public String toString() {
		return expression;
	}

	private static final class Path extends JsonLocation {

		private final JsonPath path;

		Path(String expression, JsonPath path) {
			super(expression);
			this.path = path;
		}

		@Override
		JsonNode in(JsonNode document) {
			// Jayway reads plain maps and lists; the document is small (max-bytes).
			Object plain = JSON.convertValue(document, Object.class);
			Object found = path.read(plain, PATHS);
			if (found == null) {
				return MissingNode.getInstance();
			}
			return JSON.valueToTree(found);
		}

		@Override
		boolean findsMany() {
			return !path.isDefinite();
		}
	}

	private static final class Pointer extends JsonLocation {

		private final JsonPointer pointer;

		Pointer(String expression, JsonPointer pointer) {
			super(expression);
			this.pointer = pointer;
		}

		@Override
		JsonNode in(JsonNode document) {
			return document.at(pointer);
		}
	}

	private static final class Property extends JsonLocation {

		Property(String expression) {
			super(expression);
		}

		@Override
		JsonNode in(JsonNode document) {
			JsonNode node = document.get(expression);
			return node == null ? MissingNode.getInstance() : node;
		}
	}
}
