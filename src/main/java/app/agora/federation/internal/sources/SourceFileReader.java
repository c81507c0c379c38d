package app.agora.federation.internal.sources;

import app.agora.federation.FieldType;
import app.agora.federation.spi.ConnectorFactory;
import app.agora.federation.spi.FacetMapping;
import app.agora.federation.spi.IdentityMapping;
import app.agora.federation.spi.SettingDescriptor;
import app.agora.federation.spi.Settings;
import app.agora.federation.spi.SourceDefinition;
import java.io.Reader;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the sources file. It walks SnakeYAML's node tree rather than binding
 * objects, because the nodes keep their line numbers and every mistake must
 * name the file, line and field.
 */
public final class SourceFileReader {

	private static final Pattern ID = Pattern.compile("[a-z][a-z0-9-]{0,39}");
	private static final Set<String> SOURCE_FIELDS = Set.of("id", "name", "connector", "settings", "facets", "timeout",
			"cache", "circuit", "identity", "stewards");
	private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
	private static final Set<String> COMMON_FACET_FIELDS = Set.of("key", "id", "as-of", "fields");
	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(3);

	private final Map<String, ConnectorFactory> connectors;

	public SourceFileReader(Map<String, ConnectorFactory> connectors) {
		this.connectors = connectors;
	}

	public List<SourceDefinition> read(String file, Reader text) {
		Node root;
		try {
			var options = new LoaderOptions();
			options.setAllowDuplicateKeys(false);
			options.setMaxAliasesForCollections(10);
			root = new Yaml(options).compose(text);
		} catch (MarkedYAMLException e) {
			var mark = e.getProblemMark() != null ? e.getProblemMark() : e.getContextMark();
			throw new SourceConfigException(file, mark == null ? 0 : mark.getLine() + 1, "(syntax)", e.getProblem());
		}
		if (root == null) {
			return List.of();
		}
		var in = new Context(file);
		var top = in.mapping(root, "(top)");
		var sources = top.get("sources");
		if (sources == null) {
			return List.of();
		}
		if (!(sources.getValueNode() instanceof SequenceNode list)) {
			throw in.error(sources.getValueNode(), "sources", "must be a list of sources");
		}
		var definitions = new ArrayList<SourceDefinition>();
		var ids = new HashSet<String>();
		for (int i = 0; i < list.getValue().size(); i++) {
			var definition = source(in, list.getValue().get(i), "sources[" + i + "]");
			if (!ids.add(definition.id())) {
				throw in.error(list.getValue().get(i), "sources[" + i + "].id",
						"another source already has the id '" + definition.id() + "'");
			}
			definitions.add(definition);
		}
		return definitions;
	}

	private SourceDefinition source(Context in, Node node, String path) {
		var fields = in.mapping(node, path);
		for (var entry : fields.entrySet()) {
			if (!SOURCE_FIELDS.contains(entry.getKey())) {
				throw in.error(entry.getValue().getKeyNode(), path + "." + entry.getKey(),
						"unknown field (known: " + String.join(", ", new java.util.TreeSet<>(SOURCE_FIELDS)) + ")");
			}
		}
		String id = in.requiredScalar(fields, node, path, "id");
		if (!ID.matcher(id).matches()) {
			throw in.error(fields.get("id").getValueNode(), path + ".id",
					"'" + id + "' must be lower-case letters, digits and dashes, starting with a letter");
		}
		String connectorId = in.requiredScalar(fields, node, path, "connector");
		var factory = connectors.get(connectorId);
		if (factory == null) {
			throw in.error(fields.get("connector").getValueNode(), path + ".connector",
					"unknown connector '" + connectorId + "' (known: "
							+ String.join(", ", new java.util.TreeSet<>(connectors.keySet())) + ")");
		}
		String name = fields.containsKey("name") ? in.scalar(fields.get("name").getValueNode(), path + ".name") : id;
		var settings = fields.containsKey("settings")
				? in.settings(fields.get("settings").getValueNode(), path + ".settings")
				: new LinkedHashMap<String, Object>();
		checkSettings(in, factory.settings(), settings,
				fields.containsKey("settings") ? fields.get("settings").getValueNode() : node, path + ".settings");
		if (fields.containsKey("settings")) {
			in.mapping(fields.get("settings").getValueNode(), path + ".settings").forEach((setting, tuple) -> {
				if (tuple.getValueNode() instanceof ScalarNode) {
					checkValue(in, factory, tuple.getValueNode(), path, "settings." + setting);
				}
			});
		}
		var timeout = fields.containsKey("timeout")
				? in.duration(fields.get("timeout").getValueNode(), path + ".timeout")
				: DEFAULT_TIMEOUT;
		var cache = fields.containsKey("cache")
				? in.duration(fields.get("cache").getValueNode(), path + ".cache")
				: null;
		var circuit = circuit(in, fields.get("circuit"), path + ".circuit");
		var stewards = stewards(in, fields.get("stewards"), path + ".stewards");
		var facetsTuple = fields.get("facets");
		if (facetsTuple == null) {
			throw in.error(node, path + ".facets", "a source must provide at least one facet");
		}
		var facetNodes = in.mapping(facetsTuple.getValueNode(), path + ".facets");
		if (facetNodes.isEmpty()) {
			throw in.error(facetsTuple.getValueNode(), path + ".facets", "a source must provide at least one facet");
		}
		var facets = new ArrayList<FacetMapping>();
		for (var entry : facetNodes.entrySet()) {
			facets.add(facet(in, factory, entry.getKey(), entry.getValue().getValueNode(),
					path + ".facets." + entry.getKey()));
		}
		var identity = fields.containsKey("identity")
				? identity(in, fields.get("identity").getValueNode(), facets, path + ".identity")
				: null;
		return new SourceDefinition(id, name, connectorId, new Settings(settings), facets, timeout, cache, circuit,
				identity, stewards);
	}

	/** Account emails, lower case; none means all staff. */
	private List<String> stewards(Context in, NodeTuple tuple, String path) {
		if (tuple == null) {
			return List.of();
		}
		if (!(tuple.getValueNode() instanceof SequenceNode list)) {
			throw in.error(tuple.getValueNode(), path, "must be a list of account emails");
		}
		var emails = new ArrayList<String>();
		for (int i = 0; i < list.getValue().size(); i++) {
			var item = list.getValue().get(i);
			String email = in.scalar(item, path + "[" + i + "]").strip().toLowerCase(java.util.Locale.ROOT);
			if (!EMAIL.matcher(email).matches()) {
				throw in.error(item, path + "[" + i + "]", "'" + email + "' is not an account email");
			}
			emails.add(email);
		}
		return emails;
	}

	/**
	 * The identity section: a facet of this source and linkage field → facet field
	 * (a known linkage field by name, or {@code {field: ..., type: ...}}).
	 */
	private IdentityMapping identity(Context in, Node node, List<FacetMapping> facets, String path) {
		var fields = in.mapping(node, path);
		for (var entry : fields.entrySet()) {
			if (!Set.of("facet", "fields").contains(entry.getKey())) {
				throw in.error(entry.getValue().getKeyNode(), path + "." + entry.getKey(),
						"unknown field (known: facet, fields)");
			}
		}
		String facetName = in.requiredScalar(fields, node, path, "facet");
		var facet = facets.stream().filter(f -> f.facet().equals(facetName)).findFirst()
				.orElseThrow(() -> in.error(fields.get("facet").getValueNode(), path + ".facet",
						"unknown facet '" + facetName + "' (this source has: "
								+ String.join(", ", facets.stream().map(FacetMapping::facet).toList()) + ")"));
		if (!fields.containsKey("fields")) {
			throw in.error(node, path + ".fields", "required field is missing");
		}
		var mapping = in.mapping(fields.get("fields").getValueNode(), path + ".fields");
		if (mapping.isEmpty()) {
			throw in.error(fields.get("fields").getValueNode(), path + ".fields", "name at least one field");
		}
		var linkage = new ArrayList<IdentityMapping.Field>();
		for (var entry : mapping.entrySet()) {
			String name = entry.getKey();
			String at = path + ".fields." + name;
			Node value = entry.getValue().getValueNode();
			FieldType type = IdentityMapping.KNOWN_FIELDS.get(name);
			String facetField;
			if (value instanceof MappingNode) {
				var custom = in.mapping(value, at);
				facetField = in.requiredScalar(custom, value, at, "field");
				if (custom.containsKey("type")) {
					String typeName = in.scalar(custom.get("type").getValueNode(), at + ".type");
					try {
						type = FieldType.valueOf(typeName.strip().toUpperCase(java.util.Locale.ROOT));
					} catch (IllegalArgumentException e) {
						throw in.error(custom.get("type").getValueNode(), at + ".type", "unknown field type '"
								+ typeName + "' (known: name, date, email, phone, postcode, text, identifier)");
					}
				}
				for (String key : custom.keySet()) {
					if (!Set.of("field", "type").contains(key)) {
						throw in.error(custom.get(key).getKeyNode(), at + "." + key,
								"unknown field (known: field, type)");
					}
				}
			} else {
				facetField = in.scalar(value, at);
			}
			if (type == null) {
				throw in.error(entry.getValue().getKeyNode(), at,
						"unknown linkage field '" + name + "': give its type ({field: ..., type: ...}) or use one of "
								+ String.join(", ", IdentityMapping.KNOWN_FIELDS.keySet()));
			}
			if (!facet.fields().containsKey(facetField)) {
				throw in.error(value, at, "facet '" + facetName + "' has no field '" + facetField + "' (it has: "
						+ String.join(", ", new java.util.TreeSet<>(facet.fields().keySet())) + ")");
			}
			linkage.add(new IdentityMapping.Field(name, type, facetField));
		}
		return new IdentityMapping(facetName, linkage);
	}

	private FacetMapping facet(Context in, ConnectorFactory factory, String facet, Node node, String path) {
		if (!ID.matcher(facet).matches()) {
			throw in.error(node, path, "a facet name must be lower-case letters, digits and dashes");
		}
		var fields = in.mapping(node, path);
		var settings = new LinkedHashMap<String, Object>();
		Set<String> allowed = new HashSet<>(COMMON_FACET_FIELDS);
		factory.facetSettings().forEach(s -> allowed.add(s.name()));
		for (var entry : fields.entrySet()) {
			if (!allowed.contains(entry.getKey())) {
				throw in.error(entry.getValue().getKeyNode(), path + "." + entry.getKey(),
						"unknown field for connector '" + factory.id() + "' (known: "
								+ String.join(", ", new java.util.TreeSet<>(allowed)) + ")");
			}
			if (!COMMON_FACET_FIELDS.contains(entry.getKey())) {
				settings.put(entry.getKey(), in.value(entry.getValue().getValueNode(), path + "." + entry.getKey()));
			}
			if (!"fields".equals(entry.getKey()) && entry.getValue().getValueNode() instanceof ScalarNode scalar) {
				checkValue(in, factory, scalar, path, entry.getKey());
			}
		}
		checkSettings(in, factory.facetSettings(), settings, node, path);
		String key = in.requiredScalar(fields, node, path, "key");
		String id = fields.containsKey("id") ? in.scalar(fields.get("id").getValueNode(), path + ".id") : null;
		String asOf = fields.containsKey("as-of")
				? in.scalar(fields.get("as-of").getValueNode(), path + ".as-of")
				: null;
		var mapped = new LinkedHashMap<String, String>();
		if (fields.containsKey("fields")) {
			var mapping = in.mapping(fields.get("fields").getValueNode(), path + ".fields");
			mapping.forEach((name, tuple) -> {
				mapped.put(name, in.scalar(tuple.getValueNode(), path + ".fields." + name));
				checkValue(in, factory, tuple.getValueNode(), path, "fields." + name);
			});
		}
		return new FacetMapping(facet, new Settings(settings), key, id, asOf, mapped);
	}

	/** The connector's own check of an expression such as a JSONPath. */
	private static void checkValue(Context in, ConnectorFactory factory, Node node, String path, String field) {
		String problem = factory.problemWith(field, ((ScalarNode) node).getValue());
		if (problem != null) {
			throw in.error(node, path + "." + field, problem);
		}
	}

	private void checkSettings(Context in, List<SettingDescriptor> descriptors, Map<String, Object> values, Node node,
			String path) {
		for (var descriptor : descriptors) {
			Object value = values.get(descriptor.name());
			if (value == null) {
				if (descriptor.required()) {
					throw in.error(node, path + "." + descriptor.name(), "required setting is missing");
				}
				continue;
			}
			String field = path + "." + descriptor.name();
			switch (descriptor.type()) {
				case MAP -> {
					if (!(value instanceof Map<?, ?>)) {
						throw in.error(node, field, "must be a mapping of names to values");
					}
				}
				case INTEGER -> {
					try {
						Integer.parseInt(value.toString().strip());
					} catch (NumberFormatException e) {
						throw in.error(node, field, "'" + value + "' is not a whole number");
					}
				}
				case DURATION -> {
					try {
						Duration.parse(value.toString().strip());
					} catch (DateTimeParseException e) {
						throw in.error(node, field, "'" + value + "' is not an ISO-8601 duration such as PT2S");
					}
				}
				default -> {
					if (value instanceof Map<?, ?> || value instanceof List<?>) {
						throw in.error(node, field, "must be a single value");
					}
				}
			}
		}
	}

	private SourceDefinition.Circuit circuit(Context in, NodeTuple tuple, String path) {
		int rate = 50;
		int minimum = 4;
		Duration openFor = Duration.ofSeconds(30);
		if (tuple != null) {
			var fields = in.mapping(tuple.getValueNode(), path);
			for (var entry : fields.entrySet()) {
				var value = entry.getValue().getValueNode();
				switch (entry.getKey()) {
					case "failure-rate" -> rate = in.integer(value, path + ".failure-rate", 1, 100);
					case "minimum-calls" -> minimum = in.integer(value, path + ".minimum-calls", 1, 1000);
					case "open-for" -> openFor = in.duration(value, path + ".open-for");
					default -> throw in.error(entry.getValue().getKeyNode(), path + "." + entry.getKey(),
							"unknown field (known: failure-rate, minimum-calls, open-for)");
				}
			}
		}
		return new SourceDefinition.Circuit(rate, minimum, openFor);
	}

	/** The file being read, for error messages. */
	private record Context(String file) {

		SourceConfigException error(Node node, String field, String problem) {
			return new SourceConfigException(file, node.getStartMark().getLine() + 1, field, problem);
		}

		Map<String, NodeTuple> mapping(Node node, String path) {
			if (!(node instanceof MappingNode mapping)) {
				throw error(node, path, "must be a mapping of names to values");
			}
			var fields = new LinkedHashMap<String, NodeTuple>();
			for (var tuple : mapping.getValue()) {
				fields.put(scalar(tuple.getKeyNode(), path), tuple);
			}
			return fields;
		}

		String scalar(Node node, String path) {
			if (!(node instanceof ScalarNode scalar)) {
				throw error(node, path, "must be a single value");
			}
			return scalar.getValue();
		}

		String requiredScalar(Map<String, NodeTuple> fields, Node owner, String path, String name) {
			var tuple = fields.get(name);
			if (tuple == null) {
				throw error(owner, path + "." + name, "required field is missing");
			}
			String value = scalar(tuple.getValueNode(), path + "." + name);
			if (value.isBlank()) {
				throw error(tuple.getValueNode(), path + "." + name, "must not be empty");
			}
			return value;
		}

		Duration duration(Node node, String path) {
			String text = scalar(node, path).strip();
			try {
				var duration = Duration.parse(text);
				if (duration.isNegative() || duration.isZero()) {
					throw error(node, path, "must be longer than zero");
				}
				return duration;
			} catch (DateTimeParseException e) {
				throw error(node, path, "'" + text + "' is not an ISO-8601 duration such as PT2S");
			}
		}

		int integer(Node node, String path, int min, int max) {
			String text = scalar(node, path).strip();
			try {
				int value = Integer.parseInt(text);
				if (value < min || value > max) {
					throw error(node, path, "must be between " + min + " and " + max);
				}
				return value;
			} catch (NumberFormatException e) {
				throw error(node, path, "'" + text + "' is not a whole number");
			}
		}

		Map<String, Object> settings(Node node, String path) {
			var values = new LinkedHashMap<String, Object>();
			mapping(node, path)
					.forEach((name, tuple) -> values.put(name, value(tuple.getValueNode(), path + "." + name)));
			return values;
		}

		Object value(Node node, String path) {
			return switch (node) {
				case ScalarNode scalar -> scalar.getValue();
				case MappingNode mapping -> settings(mapping, path);
				case SequenceNode sequence -> {
					var items = new ArrayList<Object>();
					for (int i = 0; i < sequence.getValue().size(); i++) {
						items.add(value(sequence.getValue().get(i), path + "[" + i + "]"));
					}
					yield items;
				}
				default -> throw error(node, path, "unsupported value");
			};
		}
	}
}
