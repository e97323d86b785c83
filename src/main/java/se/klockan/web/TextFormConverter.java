package se.klockan.web;

import java.io.IOException;

import org.springframework.http.HttpInputMessage;
import org.springframework.http.HttpOutputMessage;
import org.springframework.http.MediaType;
import org.springframework.http.converter.AbstractHttpMessageConverter;

/** Writes a {@link TextForm} as {@code text/plain}, in the character set it names. */
public class TextFormConverter extends AbstractHttpMessageConverter<TextForm> {

	public TextFormConverter() {
		super(MediaType.TEXT_PLAIN);
	}

	@Override
	protected boolean supports(Class<?> type) {
		return TextForm.class.isAssignableFrom(type);
	}

	@Override
	protected boolean canRead(MediaType mediaType) {
		return false;
	}

	@Override
	protected TextForm readInternal(Class<? extends TextForm> type, HttpInputMessage input) {
		throw new UnsupportedOperationException("Text forms are only written");
	}

	@Override
	protected void writeInternal(TextForm form, HttpOutputMessage output) throws IOException {
		byte[] bytes = form.text().getBytes(form.charset());
		output.getHeaders().setContentType(new MediaType(MediaType.TEXT_PLAIN, form.charset()));
		output.getHeaders().setContentLength(bytes.length);
		output.getBody().write(bytes);
	}

}
