package se.klockan.api;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonValue;

import se.klockan.web.TextForm;

/** Zone names, as a JSON array or one per line. */
record ZoneList(@JsonValue List<String> zones) implements TextForm {

	@Override
	public String text() {
		return String.join("\n", this.zones) + "\n";
	}

}
