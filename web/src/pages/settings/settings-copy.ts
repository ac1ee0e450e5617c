/** The inbox settings' description, which tells agents who can change them. */
export const settingsDescription = (canManage: boolean) =>
  canManage
    ? "Labels and saved replies your whole team uses in the inbox."
    : "Labels and saved replies your whole team uses in the inbox. Owners and admins change them.";
