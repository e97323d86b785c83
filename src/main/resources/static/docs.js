/**
 * The docs page's "Try it" forms: each sends its request to this instance, as the document
 * describes it (path parameters into the path, the others into the query, the Accept chosen), and
 * shows the status, type and body of the answer below it. Same origin only, as the page's
 * Content-Security-Policy allows.
 */
for (const form of document.querySelectorAll('form.try')) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const output = form.querySelector('output');
    const shown = output.querySelector('pre');
    let path = form.dataset.path;
    const query = new URLSearchParams();
    let accept = null;
    for (const field of form.querySelectorAll('input, select')) {
      if (field.name === 'accept') {
        accept = field.value;
      } else if (field.dataset.in === 'path') {
        path = path.replace(`{${field.name}}`, encodeURIComponent(field.value.trim()));
      } else if (field.value !== '') {
        query.append(field.name, field.value);
      }
    }
    // As a person would write it: a query may hold / and : unescaped (RFC 3986).
    const search = query.toString().replace(/%2F/gi, '/').replace(/%3A/gi, ':');
    const url = path + (search ? `?${search}` : '');
    output.querySelector('.request').textContent = `GET ${url}${accept ? ` (Accept: ${accept})` : ''}`;
    output.hidden = false;
    shown.textContent = output.dataset.sending;
    try {
      const response = await fetch(url, { headers: accept ? { Accept: accept } : {} });
      const type = response.headers.get('Content-Type') ?? '';
      let body = await response.text();
      if (type.includes('json')) {
        try {
          body = JSON.stringify(JSON.parse(body), null, 2);
        } catch {
          // shown as it came
        }
      }
      shown.textContent = `${response.status} ${type}\n\n${body}`;
    } catch {
      shown.textContent = output.dataset.failed;
    }
  });
}
