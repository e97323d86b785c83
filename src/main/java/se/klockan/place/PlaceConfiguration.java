package se.klockan.place;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Time by place: the zone shapes and place names shipped with the app. */
@Configuration(proxyBeanMethods = false)
public class PlaceConfiguration {

	@Bean
	PlaceLocator placeLocator() {
		return new PlaceLocator();
	}

}
