package app.agora;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.modulith.events.core.EventSerializer;
import tools.jackson.databind.json.JsonMapper;

/**
 * Events kept in the publication registry are written as JSON by the
 * application's own mapper, looked up once. Spring Modulith's serializer looks
 * the mapper up in the bean factory at every event; with several publications
 * per community post, that lookup alone was 2 % of Agora's CPU while posting.
 */
@Configuration(proxyBeanMethods = false)
class EventSerialization {

	@Bean
	EventSerializer eventSerializer(JsonMapper mapper) {
		return new EventSerializer() {

			@Override
			public Object serialize(Object event) {
				return mapper.writeValueAsString(event);
			}

			@Override
			public <T> T deserialize(Object serialized, Class<T> type) {
				return mapper.readValue(serialized.toString(), type);
			}
		};
	}
}
