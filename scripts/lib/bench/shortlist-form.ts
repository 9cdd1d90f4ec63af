import { SHORTLIST_COOKIE } from "@/lib/shortlist";

// The listing page's "Add to shortlist" form as a browser without JavaScript posts it: every field of the
// server-rendered form (React's action fields included) plus the pressed button's `toggle=add:<id>` (the
// buttons live outside the one shared form, src/app/_components/shortlist-form.tsx), so the bench exercises
// the real server action.

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
  const form = [...html.matchAll(/<form[^>]*>[\s\S]*?<\/form>/g)].map((m) => m[0]).find((f) => f.includes('id="shortlist-form"'));
  if (!form) throw new Error(`no shortlist form on /services/${serviceId}`);
  const fields: Array<[string, string]> = [];
  for (const [tag] of form.matchAll(/<input[^>]*>/g)) {
    const name = attribute(tag, "name");
    if (name) fields.push([decode(name), decode(attribute(tag, "value") ?? "")]);
  }
  const shortlist = {
    headers: { origin: base },
    body(id: string) {
      const data = new FormData();
      for (const [name, value] of fields) data.append(name, value);
      data.append("toggle", `add:${id}`);
      return data;
    },
  };
  // A post Next did not take for our action would still answer 200 (the page again): prove it ran.
  const tried = await fetch(`${base}/services/${serviceId}`, {
    method: "POST",
    body: shortlist.body(serviceId),
    headers: shortlist.headers,
  });
  await tried.arrayBuffer();
  if (!tried.headers.getSetCookie().some((c) => c.startsWith(`${SHORTLIST_COOKIE}=`))) {
    throw new Error(`posting the shortlist form did not set the ${SHORTLIST_COOKIE} cookie (status ${tried.status})`);
  }
  return shortlist;
}
