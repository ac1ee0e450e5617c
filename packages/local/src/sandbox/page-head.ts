/** The start of a sandbox page, up to its styles: one self-contained document per page. */
export const pageHead = (title: string): string => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8" />
<meta name="viewport" content="width=device-width, initial-scale=1" />
<title>${title} · Helios local cloud</title>
<link rel="icon" href="data:," />`;
