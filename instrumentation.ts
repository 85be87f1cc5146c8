// Validates every setting once when the server starts, so a bad variable stops the start with
// a message naming it instead of failing on the first request.
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    const { getEnv, EnvError } = await import("./lib/env");
    try {
      getEnv();
    } catch (err) {
      if (err instanceof EnvError) {
        console.error(err.message);
        process.exit(1);
      }
      throw err;
    }
  }
}
