// The listing page's "Add to shortlist" form as a browser without JavaScript posts it: every field of the
// server-rendered form (React's action fields included), so the bench exercises the real server action.

const decode = (s: string) =>
  s
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");

const attribute = (tag: string, name: string) => new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1];

export async function shortlistFormOf(base: string, serviceId: string) {
  const html = await (await fetch(`${base}/services/${serviceId}`)).text();
  const form = [...html.matchAll(/<form[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes('name="serviceId"'));
  if (!form) throw new Error(`no shortlist form on /services/${serviceId}`);
  const fields: Array<[string, string]> = [];
  for (const [tag] of form.matchAll(/<input[^>]*>/g)) {
    const name = attribute(tag, "name");
    if (name) fields.push([decode(name), decode(attribute(tag, "value") ?? "")]);
  }
  return {
    headers: { origin: base },
    body(id: string) {
      const data = new FormData();
      for (const [name, value] of fields) data.append(name, name === "serviceId" ? id : value);
      return data;
    },
  };
}
