import Link from "next/link";
import { PersonPicker, type PickerChoice } from "@/components/ui/person-picker";
import { ASSIGNABLE_ROLES } from "./assignable-roles";
import type { QueueParams } from "./queue-params";
import { AGE_OPTIONS } from "./queue-params";

interface Options {
  outlets: string[];
  articles: { id: number; title: string }[];
  /** The people the address filters by, as their pickers open with them (searched for, never listed). */
  disputedBy: PickerChoice | null;
  assignee: PickerChoice | null;
}

const ANYONE: PickerChoice = { value: "", label: "Anyone" };
const ANYONE_OR_NOBODY: PickerChoice = { value: "", label: "Anyone or nobody" };
const NOBODY: PickerChoice = { value: "none", label: "Nobody" };

/** A plain GET form: filters live in the address, so a filtered queue can be bookmarked and shared. */
export function QueueFilters({ params, options }: { params: QueueParams; options: Options }) {
  return (
    <form className="queue-filters" method="get" action="/review" aria-label="Filter the queue">
      <div className="field">
        <label htmlFor="f-order">Order</label>
        <select id="f-order" name="order" defaultValue={params.order}>
          <option value="newest">Newest first</option>
          <option value="oldest">Oldest first</option>
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-outlet">Outlet</label>
        <select id="f-outlet" name="outlet" defaultValue={params.outlet ?? ""}>
          <option value="">Any outlet</option>
          {options.outlets.map((o) => (
            <option key={o} value={o}>
              {o}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-article">Article</label>
        <select id="f-article" name="article" defaultValue={params.article?.toString() ?? ""}>
          <option value="">Any article</option>
          {options.articles.map((a) => (
            <option key={a.id} value={a.id}>
              {a.title}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="f-by">Disputed by</label>
        <PersonPicker id="f-by" name="by" initial={options.disputedBy} fixed={[ANYONE]} />
      </div>
      <div className="field">
        <label htmlFor="f-assignee">Assignee</label>
        <PersonPicker
          id="f-assignee"
          name="assignee"
          initial={params.assignee === "none" ? NOBODY : options.assignee}
          fixed={[ANYONE_OR_NOBODY, NOBODY]}
          roles={ASSIGNABLE_ROLES}
        />
      </div>
      <div className="field">
        <label htmlFor="f-age">Waiting</label>
        <select id="f-age" name="age" defaultValue={params.age ?? ""}>
          <option value="">Any time</option>
          {Object.entries(AGE_OPTIONS).map(([value, { label }]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="field field--check">
        <input
          id="f-contra"
          type="checkbox"
          name="contra"
          value="1"
          defaultChecked={params.contra === "1"}
        />
        <label htmlFor="f-contra">Has a contradicting source or link</label>
      </div>
      <div className="queue-filter-buttons">
        <button type="submit" className="primary">
          Apply filters
        </button>
        <Link href="/review" className="button">
          Clear
        </Link>
      </div>
    </form>
  );
}
