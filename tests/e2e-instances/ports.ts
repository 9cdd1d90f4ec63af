// Ports of the several-instances check, shared by its Playwright config and its spec: nginx, then the two apps,
// 50 above the main browser tests' so both can be configured side by side.
const BASE = Number(process.env.E2E_PORT ?? 3100) + 50;
export const PORTS = { lb: BASE, a: BASE + 1, b: BASE + 2, smtp: Number(process.env.E2E_SMTP_PORT ?? 2526) + 50 };
export const APP_URL = `http://localhost:${PORTS.lb}`;
