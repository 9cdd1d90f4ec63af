// Runs once when a server instance starts: fail fast, with every problem listed, on a bad environment.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { env } = await import("@/env");
    env();
  }
}
