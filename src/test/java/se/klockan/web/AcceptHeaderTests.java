package se.klockan.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.http.MediaType;

import static org.assertj.core.api.Assertions.assertThat;

class AcceptHeaderTests {

	static final List<MediaType> OFFERED = List.of(MediaType.APPLICATION_JSON,
			new MediaType(MediaType.TEXT_PLAIN, StandardCharsets.UTF_8),
			new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8));

	@ParameterizedTest(name = "[{0}] -> {1}")
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			NULL                                                          | application/json
			''                                                            | application/json
			*/*                                                           | application/json
			text/plain                                                    | text/plain
			TEXT/Plain                                                    | text/plain
			text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html
			text/html, image/gif, image/jpeg, *; q=.2, */*; q=.2          | text/html
			text/*                                                        | text/plain
			text/*, application/json                                      | text/plain
			application/json, text/*                                      | application/json
			text/html;q=0.5, text/plain                                   | text/plain
			text/plain;q=0.9, application/json;q=0.8                      | text/plain
			application/json;q=0.1, image/png                             | application/json
			application/json;q=0, */*                                     | text/plain
			*/*, application/json;q=0                                     | text/plain
			text/*;q=0.5, text/html;q=0, */*;q=0.1                        | text/plain
			text/*;q=0.2, */*;q=0.3                                       | application/json
			text/html;q=0.000, text/*                                     | text/plain
			text/html;q=0.0001, text/plain;q=0.0005, application/json;q=0 | NONE
			text/plain;charset=utf-8;q=0.9, text/plain;q=0.1, */*;q=0.5   | text/plain
			text/plain;charset=iso-8859-1, application/json;q=0.5         | application/json
			text/plain;format=flowed;q=1, text/plain;q=0, */*             | application/json
			'text/plain;charset="UTF-8", application/json;q=0.5'          | text/plain
			text/html;q=1.001, application/json;q=0.5                     | application/json
			text/plain;q=2                                                | application/json
			text/html;;;q=x                                               | application/json
			*/html, text/plain;q=0.5                                      | text/plain
			text/plain;q=0.5;level=1, text/html;q=0.4                     | text/plain
			text/html;q=0, text/html                                      | NONE
			text/html, text/html;q=0                                      | text/html
			text/html;q=0, application/json;q=0                           | NONE
			application/json;q=0                                          | NONE
			*/*;q=0                                                       | NONE
			image/png                                                     | NONE
			'text/html , application/json ; q = 0.5'                      | text/html
			',, ,text/plain'                                              | text/plain
			""")
	void choosesByQualityThenSpecificityThenTheClientsOrder(String header, String expected) {
		int chosen = AcceptHeader.parse(header).choose(OFFERED);
		String type = (chosen < 0) ? "NONE" : OFFERED.get(chosen).getType() + "/" + OFFERED.get(chosen).getSubtype();
		assertThat(type).isEqualTo(expected);
	}

	@ParameterizedTest(name = "[{0}] gives text/plain {1}")
	@CsvSource(delimiter = '|', textBlock = """
			text/plain;q=0.5         | 500
			text/*;q=0.25, */*       | 250
			TEXT/PLAIN;Q=0.125       | 125
			text/plain;q=1.          | 1000
			text/plain;q=0.12345     | 123
			text/plain;q=0.0009      | 0
			application/json         | 0
			""")
	void qualityComesFromTheMostSpecificRange(String header, int quality) {
		assertThat(AcceptHeader.parse(header).quality(MediaType.TEXT_PLAIN)).isEqualTo(quality);
	}

}
