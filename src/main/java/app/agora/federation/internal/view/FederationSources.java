package app.agora.federation.internal.view;

import app.agora.federation.internal.sources.SourceFileReader;
import app.agora.federation.spi.ConnectorFactory;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.core.io.ResourceLoader;
import org.springframework.stereotype.Component;

/**
 * The sources of the sources file ({@code agora.federation.sources}), read and
 * checked at startup so that a mistake stops the start with its file and line.
 */
@Component
public class FederationSources implements AutoCloseable {

	private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
	private final Map<String, ConnectorFactory> connectors;
	private final ViewComposer composer;

	FederationSources(List<ConnectorFactory> factories, ResourceLoader resources, Environment environment,
			@Value("${agora.federation.sources:}") String location) throws IOException {
		this.connectors = factories.stream().collect(Collectors.toMap(ConnectorFactory::id, Function.identity()));
		var guarded = new ArrayList<GuardedSource>();
		if (!location.isBlank()) {
			var resource = resources.getResource(location);
			try (var reader = new InputStreamReader(resource.getInputStream(), StandardCharsets.UTF_8)) {
				for (var definition : new SourceFileReader(connectors).read(location, reader)) {
					guarded.add(new GuardedSource(definition, connectors.get(definition.connector()),
							environment::resolveRequiredPlaceholders, executor));
				}
			}
		}
		this.composer = new ViewComposer(guarded);
	}

	public ViewComposer composer() {
		return composer;
	}

	public List<ConnectorFactory> connectors() {
		return connectors.values().stream().sorted(java.util.Comparator.comparing(ConnectorFactory::id)).toList();
	}

	@Override
	public void close() {
		composer.sources().forEach(GuardedSource::close);
		executor.shutdownNow();
	}
}
