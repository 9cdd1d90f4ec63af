// Who is not a person, for counts that must not be inflated by scripts (unmet demand, listing demand).

// Crawlers, scripts and headless browsers say so in their user agent; a real browser always sends one.
const BOT =
  /bot\b|bot\/|crawl|spider|slurp|scrap|fetch|headless|phantom|puppeteer|playwright|selenium|lighthouse|curl|wget|python|java\/|go-http|okhttp|axios|node-fetch|undici|libwww|httpclient|http_request|monitor|uptime|preview|facebookexternalhit|^mozilla\/5\.0$/i;

/** True for a request that does not come from a person's browser. */
export function looksLikeBot(userAgent: string | null | undefined): boolean {
  const ua = userAgent?.trim() ?? "";
  return ua.length < 10 || BOT.test(ua);
}
