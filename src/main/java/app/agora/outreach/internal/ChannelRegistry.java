package app.agora.outreach.internal;

import app.agora.outreach.Channel;
import app.agora.outreach.spi.ChannelProvider;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The channel providers by channel; exactly one each, or Agora does not start.
 */
@Component
class ChannelRegistry {

	private final Map<Channel, ChannelProvider> providers = new EnumMap<>(Channel.class);

	ChannelRegistry(List<ChannelProvider> all) {
		for (var provider : all) {
			var previous = providers.put(provider.channel(), provider);
			if (previous != null) {
				throw new IllegalStateException("Two providers for channel " + provider.channel() + ": " + previous.id()
						+ " and " + provider.id());
			}
		}
		for (var channel : Channel.values()) {
			if (!providers.containsKey(channel)) {
				throw new IllegalStateException("No provider for channel " + channel);
			}
		}
	}

	ChannelProvider get(Channel channel) {
		return providers.get(channel);
	}

	List<ChannelProvider> all() {
		return List.copyOf(providers.values());
	}
}
