/** Made at bundle time from functions/routes.ts by stacks/route-groups.ts: a group's handlers. */
declare module "helios:routes/*" {
  export const routes: Readonly<
    Record<string, (event: never, context: import("aws-lambda").Context) => Promise<unknown>>
  >;
}
