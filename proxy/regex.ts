// Route regexes (`~` paths, `~*` header values) run on client-controlled input. JavaScript's
// RegExp backtracks: an admin pattern like `~/(a+)+$` let one crafted path hang the event loop.
// They are compiled with RE2 instead (re2js, a pure-JS port): matching time is linear in the
// input whatever the pattern, like Kong's Rust regex engine, and the syntax is close to it
// (`(?P<name>…)` groups; no backreferences or look-around, which Kong's engine refuses too).
import { RE2JS, RE2Set } from "re2js";

export type RouteRegex = RE2JS;

/** Compiles a pattern; throws with RE2's message when the syntax is not accepted. */
export function compileRouteRegex(source: string): RouteRegex {
  return RE2JS.compile(source);
}

/** The leftmost-first match (JavaScript's and Rust's semantics) of `re` in `s`, or null. */
export function matchedText(re: RouteRegex, s: string): string | null {
  const m = re.matcher(s);
  return m.find() ? m.group() : null;
}

/** Which of a table's path regexes match the current request path. */
export interface PathRegexes {
  /** Starts a request; `matches` then answers for `path`. */
  begin(path: string): void;
  matches(id: number): boolean;
}

/**
 * All path regexes of one route table in one RE2 set: a single linear pass over the path tells
 * which of them match (one RE2 DFA per pattern costs ~4× more for 20 regex routes, measured in
 * test/bench/proxy-router.bench.ts). A set too large for one program falls back to testing the
 * patterns one by one (still RE2, still linear).
 */
export class RegexSet implements PathRegexes {
  private readonly regexes: RouteRegex[] = [];
  private set: RE2Set | null = null;
  private seen = new Uint32Array(0);
  private stamp = 0;
  private path = "";
  private hits: readonly number[] = [];

  add(re: RouteRegex): number {
    this.regexes.push(re);
    return this.regexes.length - 1;
  }

  compile(): void {
    if (this.regexes.length < 2) return;
    try {
      const set = new RE2Set(RE2Set.UNANCHORED);
      for (const re of this.regexes) set.add(re.pattern());
      set.compile();
      this.set = set;
      this.seen = new Uint32Array(this.regexes.length);
    } catch {
      this.set = null;
    }
  }

  begin(path: string): void {
    this.path = path;
    if (this.set === null) return;
    // A per-request stamp instead of clearing the flags: begin() costs the set pass only.
    if (++this.stamp === 0xffffffff) {
      this.seen.fill(0);
      this.stamp = 1;
    }
    const hits = this.set.match(path);
    for (const id of hits) this.seen[id] = this.stamp;
    this.hits = hits;
  }

  /**
   * The ids that matched the path of the last begin(), in no particular order; null when there is
   * no set (fewer than two regexes, or too large for one program): ask matches(id) per id then.
   * Lets the route index visit only the regex routes that matched instead of all of them.
   */
  matchedIds(): readonly number[] | null {
    return this.set === null ? null : this.hits;
  }

  matches(id: number): boolean {
    return this.set !== null ? this.seen[id] === this.stamp : this.regexes[id].test(this.path);
  }
}
