// The page a visitor sees while the database cannot be reached (answered by src/proxy.ts with a 503). It is
// plain HTML with its styles inline: it must not depend on anything that could be down with the database,
// and the stylesheet's file name is only known to the pages Next builds. The colours and type are the house
// tokens from src/app/globals.css.

const SERVICE = "West Yorkshire Creative Health Asset Directory";

/** Seconds a client or proxy should wait before asking again. */
export const UNAVAILABLE_RETRY_AFTER_SECONDS = 30;

export function unavailablePage(): string {
  return `<!doctype html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>Not available just now – ${SERVICE}</title>
<style>
body{margin:0;font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,"Noto Sans","Liberation Sans",sans-serif;color:#0b0c0c;background:#fff;line-height:1.5;font-size:1.1875rem}
header{background:#0f4c5c;color:#fff;padding:1rem 1.25rem;font-weight:700}
main{max-width:40rem;padding:2rem 1.25rem}
h1{font-size:2rem;line-height:1.2;margin:0 0 1.5rem}
a{color:#1d70b8}a:hover{color:#003078}a:focus{outline:3px solid transparent;background:#ffdd00;color:#0b0c0c;box-shadow:0 -2px #ffdd00,0 4px #0b0c0c;text-decoration:none}
</style>
</head>
<body>
<header>${SERVICE}</header>
<main id="main-content">
<h1>The directory is not available just now</h1>
<p>We cannot reach the directory’s database at the moment. This is usually fixed within a few minutes.</p>
<p>Nothing you saved before has been lost. <a href="">Try again</a> in a minute.</p>
</main>
</body>
</html>
`;
}
