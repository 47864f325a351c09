"use client";

import { useEffect, useId, useRef, useState } from "react";
import { searchPeople } from "@/app/(app)/people/actions";
import type { Role } from "@/lib/domain";
import { personChoice, type PickerChoice } from "./picker-choice";
import "./person-picker.css";

export type { PickerChoice };

const DEBOUNCE_MS = 150;
const LIMIT = 12;

/**
 * A searchable user picker: the ARIA 1.2 combobox pattern (a text box with a listbox popup). Typing asks
 * the server for matching people (by name or email, sorted by name) after a short pause, so a newsroom of
 * any size never ships its whole staff list into a page. Arrow keys move through the list, Enter picks,
 * Escape closes (and, closed, puts back the chosen name). The form gets the chosen value in a hidden input
 * named `name`, so server-side validation is the same as for the select it replaces; leaving the box
 * without picking puts back the last choice, so what shows is always what is sent.
 */
export function PersonPicker({
  id,
  name,
  initial,
  fixed = [],
  roles,
  placeholder,
  onChange,
  invalid,
  describedBy,
}: {
  /** The text box's id: give the label `htmlFor={id}`. */
  id: string;
  /** The hidden input's name, for forms that read FormData or GET forms. */
  name?: string;
  /** The choice shown at first (a fixed one, a person, or null for the first fixed choice). */
  initial?: PickerChoice | null;
  /** Choices that are not people ("Nobody", "Anyone"), listed first; the first is the empty choice. */
  fixed?: PickerChoice[];
  /** Only people with these roles (e.g. the ones a claim may be assigned to). */
  roles?: Role[];
  placeholder?: string;
  onChange?: (value: string) => void;
  invalid?: boolean;
  describedBy?: string;
}) {
  const listId = useId();
  const empty: PickerChoice = fixed[0] ?? { value: "", label: "" };
  const [chosen, setChosen] = useState<PickerChoice>(initial ?? empty);
  const [text, setText] = useState(shownText(initial ?? empty));
  const [open, setOpen] = useState(false);
  const [query, setQuery] = useState<string | null>(null);
  const [people, setPeople] = useState<PickerChoice[]>([]);
  const [searching, setSearching] = useState(false);
  const [failed, setFailed] = useState(false);
  const [active, setActive] = useState(-1);
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const rolesKey = roles?.join(",") ?? "";

  // The search: after a pause in typing, one request; an older answer arriving late is dropped.
  useEffect(() => {
    if (query === null) return;
    let current = true;
    setSearching(true);
    const timer = setTimeout(() => {
      searchPeople({
        query,
        limit: LIMIT,
        roles: rolesKey ? rolesKey.split(",") : undefined,
      })
        .then((result) => {
          if (!current) return;
          setFailed(!result.ok);
          setPeople(result.ok ? result.data.map(personChoice) : []);
        })
        .catch(() => {
          if (!current) return;
          setFailed(true);
          setPeople([]);
        })
        .finally(() => {
          if (current) setSearching(false);
        });
    }, DEBOUNCE_MS);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [query, rolesKey]);

  const typed = text.trim().toLowerCase();
  const filtering = typed !== "" && text !== shownText(chosen);
  const matches = (c: PickerChoice) =>
    !filtering || `${c.label} ${c.detail ?? ""}`.toLowerCase().includes(typed);
  // The last answer, narrowed to what is typed now: while the next answer is on its way, Enter never
  // picks someone the text no longer matches.
  const choices = [...fixed.filter(matches), ...people.filter(matches)];

  useEffect(() => {
    if (active < 0) return;
    listRef.current?.children[active]?.scrollIntoView({ block: "nearest" });
  }, [active]);

  function search(q: string, first: number) {
    setOpen(true);
    setQuery(q);
    setActive(first);
  }
  function pick(choice: PickerChoice) {
    setChosen(choice);
    setText(shownText(choice));
    close();
    if (choice.value !== chosen.value) onChange?.(choice.value);
    inputRef.current?.focus();
  }
  function close() {
    setOpen(false);
    setActive(-1);
  }
  /** Leaving without a pick: what shows goes back to what will be sent. */
  function putBack() {
    close();
    setText(shownText(chosen));
  }

  function onKeyDown(event: React.KeyboardEvent<HTMLInputElement>) {
    const n = choices.length;
    switch (event.key) {
      case "ArrowDown":
        event.preventDefault();
        if (!open || event.altKey) search(filtering ? text.trim() : "", event.altKey ? -1 : 0);
        else if (n > 0) setActive((a) => (a + 1) % n);
        break;
      case "ArrowUp":
        event.preventDefault();
        if (!open) search(filtering ? text.trim() : "", -1);
        else if (n > 0) setActive((a) => (a <= 0 ? n - 1 : a - 1));
        break;
      case "Enter": {
        const choice = open ? choices[active] : undefined;
        if (choice) {
          event.preventDefault();
          pick(choice);
        } else if (open) {
          event.preventDefault();
          close();
        }
        break;
      }
      case "Escape":
        if (open || text !== shownText(chosen)) {
          // Handled here: a panel form around the picker must not close too.
          event.preventDefault();
          event.stopPropagation();
          putBack();
        }
        break;
      case "Tab":
        if (open) putBack();
        break;
    }
  }

  const activeChoice = open && active >= 0 ? choices[active] : undefined;
  const optionId = (i: number) => `${id}-option-${i}`;
  const status = !open
    ? ""
    : searching && people.length === 0
      ? "Searching…"
      : failed
        ? "Could not search just now; try again."
        : choices.length === 0
          ? `No one matches “${text.trim()}”.`
          : `${choices.length} ${choices.length === 1 ? "choice" : "choices"}; up and down to move, Enter to pick.`;

  return (
    <div className="person-picker">
      <input
        ref={inputRef}
        id={id}
        type="text"
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={activeChoice ? optionId(active) : undefined}
        aria-invalid={invalid || undefined}
        aria-describedby={describedBy}
        // A refused save moves focus to the invalid field by this name (useSubmit).
        data-field={name}
        autoComplete="off"
        spellCheck={false}
        placeholder={placeholder ?? (empty.label || "Type a name or email")}
        value={text}
        onChange={(e) => {
          setText(e.target.value);
          search(e.target.value.trim(), e.target.value.trim() === "" ? -1 : 0);
        }}
        onKeyDown={onKeyDown}
        onClick={() => !open && search(filtering ? text.trim() : "", -1)}
        onBlur={putBack}
      />
      {name !== undefined && <input type="hidden" name={name} value={chosen.value} />}
      <ul
        ref={listRef}
        id={listId}
        role="listbox"
        aria-label="People"
        className="person-picker-list"
        hidden={!open || choices.length === 0}
      >
        {open &&
          choices.map((choice, i) => (
            <li
              key={`${choice.detail === undefined ? "fixed" : "person"}-${choice.value}`}
              id={optionId(i)}
              role="option"
              aria-selected={i === active}
              className="person-picker-option"
              // The text box keeps the focus: a click picks without blurring it first.
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => pick(choice)}
            >
              <span className="person-picker-name">{choice.label}</span>
              {choice.detail && <span className="person-picker-detail">{choice.detail}</span>}
            </li>
          ))}
      </ul>
      {/* Read out as the list changes; not a role=status, which belongs to the form's own outcome. */}
      <p className="visually-hidden" aria-live="polite">
        {status}
      </p>
      {open && choices.length === 0 && (
        <p className="person-picker-empty muted small" aria-hidden>
          {status}
        </p>
      )}
    </div>
  );
}

/** The text a choice shows in the box: its label, or nothing for the empty choice (the placeholder says it). */
function shownText(choice: PickerChoice) {
  return choice.value === "" ? "" : choice.label;
}
