"use client";

import { useEffect, useState } from "react";
import { usePathname } from "next/navigation";

/** On a phone the header's links and account fold into a menu behind this button (CSS shows it only
 * on narrow screens); it opens the `#site-menu` block and closes again on navigation. */
export function MenuToggle() {
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  useEffect(() => setOpen(false), [pathname]);
  useEffect(() => {
    document.getElementById("site-menu")?.toggleAttribute("data-open", open);
  }, [open]);
  return (
    <button
      type="button"
      className="menu-toggle"
      aria-expanded={open}
      aria-controls="site-menu"
      onClick={() => setOpen((o) => !o)}
    >
      Menu
    </button>
  );
}
