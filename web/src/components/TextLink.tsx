import { Link, type LinkProps } from "react-router";

/** A link inside text or a footer, in the brand colour. */
export function TextLink(props: LinkProps) {
  return <Link className="font-medium text-emerald-700 hover:text-emerald-800" {...props} />;
}
