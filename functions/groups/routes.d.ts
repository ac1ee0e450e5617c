/** Made at bundle time from functions/routes.ts by stacks/route-groups.ts: a group's route modules. */
declare module "helios:routes/*" {
  export const routes: Readonly<
    Record<
      string,
      () => Promise<{
        handler: (event: never, context: import("aws-lambda").Context) => Promise<unknown>;
      }>
    >
  >;
}
