/**
 * The assignment a lecturer is building: its brief and ordered items, the one link that carries it,
 * kept in the builder page's own address (so a reload or a bookmark keeps the draft, and "edit a
 * copy" from an assignment opens it here).
 */
import { readParam, siteAddress, writeParams } from '~/lib/address';
import { ASSIGNMENT_PARAM, decodeAssignment, encodeAssignment, normaliseAssignment, type Assignment, type AssignmentItem } from './assignment-codec';
import { itemRef } from './assignment-items';

/** The address a student opens for an assignment link value, given the assignment page's path. */
export function assignmentAddress(path: string, link: string): string {
  return siteAddress(path, { [ASSIGNMENT_PARAM]: link }).href;
}

/** An assignment being built. */
export class AssignmentDraft {
  title = $state('');
  instructions = $state('');
  due = $state('');
  items: AssignmentItem[] = $state([]);
  /** Problems with the link the draft was opened from, if any. */
  problems: string[] = $state([]);

  /** The assignment as the link will carry it (texts cleaned and clipped). */
  readonly assignment: Assignment = $derived(normaliseAssignment({ title: this.title, instructions: this.instructions, due: this.due, items: this.items }));
  /** The link value, or '' while there is no item. */
  readonly link: string = $derived(this.items.length === 0 ? '' : encodeAssignment(this.assignment));
  /** The address students open. */
  readonly address: string = $derived.by(() => (this.link ? assignmentAddress(this.#path, this.link) : ''));

  readonly #path: string;

  /** `path` is the assignment page's site path (the catalogue's). */
  constructor(path: string) {
    this.#path = path;
  }

  /** Opens the draft the page's address holds (an assignment to edit a copy of), if any. */
  open(): void {
    const link = readParam(ASSIGNMENT_PARAM);
    if (link === null) return;
    const decoded = decodeAssignment(link);
    this.title = decoded.assignment.title;
    this.instructions = decoded.assignment.instructions;
    this.due = decoded.assignment.due;
    this.items = decoded.assignment.items;
    this.problems = decoded.problems;
  }

  /** Keeps the draft in the page's address, replacing the entry while the lecturer types. */
  remember(): void {
    writeParams({ [ASSIGNMENT_PARAM]: this.link || null }, 'move');
  }

  /** Whether an item is already in the assignment. */
  has(item: AssignmentItem): boolean {
    const ref = itemRef(item);
    return this.items.some((i) => itemRef(i) === ref);
  }

  /** Adds an item at the end; false when it is already there. */
  add(item: AssignmentItem): boolean {
    if (this.has(item)) return false;
    this.items = [...this.items, item];
    return true;
  }

  /** Removes the item at a position. */
  remove(index: number): void {
    this.items = this.items.filter((_, i) => i !== index);
  }

  /** Moves the item at a position up (-1) or down (+1). */
  move(index: number, by: -1 | 1): void {
    const to = index + by;
    if (to < 0 || to >= this.items.length) return;
    const items = [...this.items];
    [items[index], items[to]] = [items[to]!, items[index]!];
    this.items = items;
  }

  /** Sets the note students see on an item. */
  setNote(index: number, note: string): void {
    this.items = this.items.map((item, i) => (i === index ? { ...item, note } : item));
  }
}
