export function isDeployBuild(dist: string): boolean;
export function rebuildReason(dist: string, sources: string[]): string | null;
