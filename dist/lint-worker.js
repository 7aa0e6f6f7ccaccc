import { createRequire as __WEBPACK_EXTERNAL_createRequire } from "module";
/******/ var __webpack_modules__ = ({

/***/ 298:
/***/ ((module) => {

// A simple implementation of make-array
function makeArray (subject) {
  return Array.isArray(subject)
    ? subject
    : [subject]
}

const UNDEFINED = undefined
const EMPTY = ''
const SPACE = ' '
const ESCAPE = '\\'

// The characters that carry a meaning of their own inside a regular
//   expression, so a literal one has to be escaped before it is emitted.
const REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/
const BOM = '\uFEFF'
// A run of two or more asterisks is a globstar (#175)
const REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/
const REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/
const REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/
const REGEX_SPLITALL_CRLF = /\r?\n/g

// Invalid:
// - /foo,
// - ./foo,
// - ../foo,
// - .
// - ..
// Valid:
// - .foo
const DOUBLE_SLASH = '//'
const SLASH_CODE = 47
const DOT_CODE = 46


const SLASH = '/'

// Do not use ternary expression here, since "istanbul ignore next" is buggy
let TMP_KEY_IGNORE = 'node-ignore'
/* istanbul ignore else */
if (typeof Symbol !== 'undefined') {
  TMP_KEY_IGNORE = Symbol.for('node-ignore')
}
const KEY_IGNORE = TMP_KEY_IGNORE

const define = (object, key, value) => {
  Object.defineProperty(object, key, {value})
  return value
}

const RETURN_FALSE = () => false

// > The range notation, e.g. [a-zA-Z],
// > can be used to match one of the characters in a range.
//
// gitignore(5) defers to fnmatch(3) for this, and git implements it in
//   `wildmatch.c`.  A bracket expression has a sub-grammar of its own, which
//   is neither the surrounding pattern grammar nor the JavaScript one:
//
//   - a `]` right after `[` or `[!` is a literal member, not the terminator
//   - `[:alpha:]` names one of twelve POSIX classes
//   - `\` escapes the next member, `]` included
//   - `*`, `?` and `.` are plain literal members
//   - an unterminated expression makes the whole pattern match nothing
//
// which means the expression can not be located -- let alone translated -- by
//   a regular expression.  It is scanned out of the pattern before the
//   replacers below run, and put back once they are done, so that neither the
//   metacharacter escaper nor the `?` / `*` replacers ever see its body.

// git classifies with its own ASCII-only ctype macros (`wildmatch.c`), never
//   with the C library ones, so these must not be mapped onto `\d` / `\w` /
//   `\s`, which are wider.  `/` is left out of every expansion, because a
//   bracket expression never matches a path separator.
const POSIX_CLASSES = {
  alnum: '0-9A-Za-z',
  alpha: 'A-Za-z',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '!-.0-~',
  lower: 'a-z',
  print: ' -.0-~',
  punct: '!-.:-@\\[-`{-~',
  // git's `sane-ctype.h` classifies \v and \f as control, not space,
  //   unlike C's `isspace`
  space: ' \\t\\n\\r',
  upper: 'A-Z',
  xdigit: '0-9A-Fa-f'
}

const CLASS_MEMBERS_TO_ESCAPE = '\\]^-['

const escapeMember = char => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0
  ? char
  : ESCAPE + char

// > if (matched == negated || ((flags & WM_PATHNAME) && text_ch == '/'))
// >   return WM_ABORT_TO_STARSTAR;                     (git, `wildmatch.c`)
// A bracket expression never matches a path separator, whatever its members
//   say, so a negated class gets `/` as one more excluded character, while a
//   plain one -- where a literal member or a range could still let `/` in --
//   is guarded with a lookahead, `/` being impossible to subtract from a
//   JavaScript character class.
const NON_SLASH = '(?!\\/)'

const classSource = (negated, body) => {
  if (negated) {
    return `[^\\/${body}]`
  }

  const source = `[${body}]`

  return new RegExp(source).test('/')
    ? NON_SLASH + source
    : source
}

// Scan the bracket expression that starts at `pattern[start] === '['`,
//   mirroring the member loop of git's `wildmatch.c`.
// @returns {{end: number, source: string} | null} `null` if the expression is
//   never terminated, which makes the whole pattern match nothing.
const scanBracket = (pattern, start) => {
  const {length} = pattern
  let index = start + 1
  let negated = EMPTY

  const lead = pattern[index]
  if (lead === '!' || lead === '^') {
    negated = '^'
    index ++
  }

  let body = EMPTY

  // The member a `-` could start a range from, or EMPTY when the previous
  //   member can not open one (start of the body, or a range / POSIX class
  //   that has just closed)
  let prev = EMPTY

  // git scans the members with a do-while, so the first one is consumed
  //   unconditionally.  That is the whole reason a leading `]` is a member
  //   and not the terminator.
  for (;;) {
    const char = pattern[index]

    if (char === UNDEFINED) {
      return null
    }

    if (char === ESCAPE) {
      // A pattern can not end on a lone backslash -- `createRule` has
      //   already thrown it away -- so there is a character to read.
      const escaped = pattern[++ index]
      body += escapeMember(escaped)
      prev = escaped
    } else if (
      char === '-'
      && prev
      && index + 1 < length
      && pattern[index + 1] !== ']'
    ) {
      index ++
      let to = pattern[index]
      if (to === ESCAPE) {
        to = pattern[index += 1]
      }
      // An out-of-order range matches nothing in git but is a syntax error in
      //   JavaScript, so it is dropped.  Its lower bound stays: git tests it
      //   as a plain member before it ever looks at the `-`, so `[c-a]` does
      //   match `c`.
      if (prev <= to) {
        body += `-${escapeMember(to)}`
      }
      prev = EMPTY
    } else if (char === '[' && pattern[index + 1] === ':') {
      const nameStart = index + 2
      let end = nameStart
      while (end < length && pattern[end] !== ']') {
        end ++
      }

      if (end === length) {
        return null
      }

      if (end > nameStart && pattern[end - 1] === ':') {
        const name = pattern.slice(nameStart, end - 1)

        // An unknown class name makes the whole pattern match nothing
        if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
          return null
        }

        body += POSIX_CLASSES[name]
        prev = EMPTY
        index = end
      } else {
        // No `:]` to close it, so the `[` is a plain member and scanning
        //   resumes right after it.
        body += escapeMember('[')
        prev = '['
        index = nameStart - 2
      }
    } else {
      body += escapeMember(char)
      prev = char
    }

    index ++

    if (pattern[index] === ']') {
      return {
        end: index,
        source: classSource(negated, body)
      }
    }
  }
}

// An empty JavaScript class can never match, which is how a pattern that git
//   gives up on (`WM_ABORT_ALL`) is expressed here.
const NEVER_MATCH = '[]'

// A NUL can appear in neither a `.gitignore` line nor a path, which makes it
//   the one safe placeholder character.  A literal one in the pattern is
//   held aside all the same, so a collision is impossible by construction.
const PLACEHOLDER = '\u0000'
const REGEX_RESTORE_PLACEHOLDER = new RegExp(
  `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`, 'g'
)

// The one wildcard the chain does not expand for itself is a trailing `*`. How
//   it expands depends on the mode (`regex` vs `checkRegex`), so `_make` is
//   left to do it, and until then the pending wildcard travels as this marker.
//   That is what keeps it apart from a user-escaped literal `\*`: the unescape
//   steps collapse the escaped one to the exact `\*` a wildcard would leave
//   behind, so by the time `_make` runs the two are otherwise the same string
//   and a literal star gets wrongly rewritten into a wildcard. The marker is a
//   private-use character, and `extractBrackets` keeps one that came out of the
//   pattern apart from it, so the only marker `_make` ever turns back into a
//   real wildcard is the one this chain put there itself.
const TRAILING_WILDCARD = '\uE000'

// A trailing "/**" is deferred the same way, because `checkRegex` has to tell
//   it apart from a trailing "/*" (see `checkSourceOf`). For `.ignores()` it
//   still never matches the folder itself (#21).
const TRAILING_DOUBLESTAR = '\uE001'

// The three characters above mean something to the chain that builds the
//   source rather than to the path, so one that came out of the pattern is
//   held aside like a bracket expression instead of going straight out. Being
//   held is what makes it safe: the restore runs after the step that anchors
//   the source, so the character comes back in the middle of the source and
//   not at its end, which is the one place `_make` and `checkSourceOf` look
//   for a marker. Without it a pattern's own character lands where a pending
//   marker sits, and `_make` turns it into a real trailing wildcard.
//
// It is held as a one-member class rather than bare, in both of the branches
//   a reserved character can reach, so that the property can be
//   read off this function alone -- a reserved character never goes out on
//   its own -- rather than depending on where in the chain the restore
//   happens to run. In the expression built here `[x]` matches exactly what
//   `x` matches, none of the three being special to a regular expression or
//   inside a class, so no test can tell the two apart: the class is insurance,
//   and the paragraph above is the reason it is not needed.
const isReserved = char =>
  char === PLACEHOLDER
  || char === TRAILING_WILDCARD
  || char === TRAILING_DOUBLESTAR

// Replace every bracket expression with a placeholder the replacers below
//   leave alone, and translate it separately.
const extractBrackets = pattern => {
  const sources = []
  const hold = source =>
    `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`

  const {length} = pattern
  let out = EMPTY
  let index = 0

  while (index < length) {
    const char = pattern[index]

    if (char === ESCAPE) {
      // > Put a backslash ("\") in front of ... a character to make it literal.
      //                                            (gitignore(5) -> fnmatch(3))
      // A backslash quotes the next character, whatever it is, so `\d` is a
      //   literal `d`, not the regex digit class, and `\?` is a literal `?`,
      //   not a wildcard. Held aside as its literal here, the escape never
      //   reaches the replacers below, which would otherwise let `\d`, `\b`,
      //   `\1`, `\/` keep their regular-expression meaning, and would turn a
      //   `\?` into `[^\/]`.
      //
      // Three escapes are still left for the chain: `\*` (a literal star,
      //   told apart from a wildcard by `TRAILING_WILDCARD` and the wildcard
      //   replacers), `\[` (a literal bracket, the one `[` the bracket
      //   replacer still expects), and `\ ` (a quoted space, which one pass
      //   below rewrites in bulk -- holding each one aside instead costs more
      //   on a pattern built out of them).
      //
      // A quoted backslash is not among them. The chain doubles every
      //   backslash, then takes the doubling back out again, and a quoted one
      //   standing next to a character the chain also escapes left the two
      //   counts sharing a run, so one of the escapes was lost. Held here as
      //   the literal it means, it never joins that run.
      const escaped = pattern[index + 1]

      if (escaped === SLASH && index + 2 === length) {
        // Git removes a final directory slash before matching. An escape
        //   without a character after that removal makes the pattern invalid.
        out += hold(NEVER_MATCH)
      } else if (
        escaped === '*'
        || escaped === '['
        || escaped === SPACE
      ) {
        out += pattern.slice(index, index + 2)
      } else {
        out += hold(
          REGEX_LITERAL_SPECIAL.test(escaped)
            ? ESCAPE + escaped
            : isReserved(escaped)
              ? `[${escaped}]`
              : escaped
        )
      }

      index += 2
    } else if (isReserved(char)) {
      out += hold(`[${char}]`)
      index ++
    } else if (char === '[') {
      const scanned = scanBracket(pattern, index)

      if (scanned === null) {
        // git gives up on the whole pattern (`WM_ABORT_ALL`), so whatever
        //   follows can not make it match either.
        out += hold(NEVER_MATCH)
        index = length
      } else {
        out += hold(scanned.source)
        index = scanned.end + 1
      }
    } else {
      out += char
      index ++
    }
  }

  return {
    source: out,
    sources
  }
}

// A step of the chain below is normally a `[matcher, replacer]` pair handed
//   to `String.replace`. `DIRECT` marks the ones that are plain string work
//   instead, and take `(source, pattern)`.
//
// Anchoring the two ends is exactly that -- a test of one character and a
//   concatenation -- and putting it through the regular expression engine
//   cost a third of this chain for nothing: 167ns where 10ns does the same
//   job. The two are still steps in the same list, in the same places,
//   because their position in the order is part of what they mean.
const DIRECT = null

// A separator at the beginning or in the middle of a pattern, as opposed to
//   one at the very end.
const REGEX_INNER_SLASH = /\/(?!$)/
const WILDCARD = '[^\\/]*'

// > If the pattern ends with a slash,
// > it is removed for the purpose of the following description,
// > but it would only find a match with a directory.
// > In other words, foo/ will match a directory foo and paths underneath it,
// > but will not match a regular file or a symbolic link foo
// >  (this is consistent with the way how pathspec works in general in Git).
// '`foo/`' will not match regular file '`foo`' or symbolic link '`foo`'
// -> ignore-rules will not deal with it, because it costs extra `fs.stat` call
//      you could use option `mark: true` with `glob`

// '`foo/`' should not continue with the '`..`'
// The chain that turns one gitignore pattern into a regular expression
//   source, in order. A step is either
//
//   [matcher, replacer]            handed to `String.replace`
//   [matcher, replacer, required]  the same, but skipped outright unless
//                                    `required` appears in the string, which
//                                    the matcher cannot match without
//   [DIRECT, transform]            plain string work, taking (source, pattern)
//
// The `required` character is only ever a shortcut: finding it does not mean
//   the matcher will match, and not finding it means it cannot. It is there
//   because scanning for one character costs a fraction of running a matcher
//   that then finds nothing -- for the wildcard step, whose `[^\\]+`
//   backtracks its way through the whole string before giving up, 11ns
//   against 400ns.
const REPLACERS = [

  // Replace (\ ) with ' '
  // Only a space: an escaped tab or other whitespace is already a literal by
  //   the time it reaches here, and a bare tab must be left as one, not turned
  //   into a space.
  // (\ ) -> ' '
  // (\\ ) -> '\\ '
  // (\\\ ) -> '\\ '
  [
    // A run of backslashes is taken whole, from its first one, so no match
    //   ever starts again inside it -- `(\\+?) ` did, which made a long run
    //   quadratic.
    /(\\+)( ?)/g,
    (_, run, space) => space
      ? run.slice(0, run.length - run.length % 2) + SPACE
      : run,
    ESCAPE + SPACE
  ],

  // git's wildmatch() reads a run of two or more asterisks as one globstar
  //   whenever the run fills a path segment: it starts the pattern or follows
  //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
  //   already `**`; a longer one is folded into `**` here, so the steps
  //   below only ever have to know `**`.
  // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
  // git also takes a run beside a literal prefix (`a***/b`) or beside an
  //   escaped slash (`***\/b`) as a globstar, and this does not; the README
  //   lists both, under "A run of asterisks".
  [
    /(^|\/)\*{3,}(?=\/|$)/g,
    (_, start) => `${start}**`,
    '*'
  ],

  // Escape metacharacters
  // which is written down by users but means special for regular expressions.

  // > There are 12 characters with special meanings:
  // > - the backslash \,
  // > - the caret ^,
  // > - the dollar sign $,
  // > - the period or dot .,
  // > - the vertical bar or pipe symbol |,
  // > - the question mark ?,
  // > - the asterisk or star *,
  // > - the plus sign +,
  // > - the opening parenthesis (,
  // > - the closing parenthesis ),
  // > - and the opening square bracket [,
  // > - the opening curly brace {,
  // > These special characters are often called "metacharacters".
  [
    /[\\$.|*+(){^]/g,
    match => `\\${match}`
  ],

  [
    // > a question mark (?) matches a single character
    /(?!\\)\?/g,
    () => '[^/]',
    '?'
  ],

  // leading slash
  [

    // > A leading slash matches the beginning of the pathname.
    // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
    // A leading slash matches the beginning of the pathname
    /^\//,
    () => '^',
    SLASH
  ],

  // replace special metacharacter slash after the leading slash
  [
    /\//g,
    () => '\\/',
    SLASH
  ],

  [
    // > A leading "**" followed by a slash means match in all directories.
    // > For example, "**/foo" matches file or directory "foo" anywhere,
    // > the same as pattern "foo".
    // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
    // >   under directory "foo".
    // Notice that the '*'s have been replaced as '\\*'
    /^\^*(?:\\\*\\\*\\\/)+/,

    // '**/foo' <-> 'foo'
    () => '(?:^|\\/)',
    '*'
  ],

  // starting
  [
    // there will be no leading '/'
    //   (which has been replaced by section "leading slash")
    // If starts with '**', adding a '^' to the regular expression also works
    DIRECT,
    (source, pattern) => {
      // Nothing to anchor to, or already anchored (`^` or `(?:^|\/)`)
      if (!source || source[0] === '^' || source[0] === '(') {
        return source
      }

      // If has a slash `/` at the beginning or middle
      const anchor = !REGEX_INNER_SLASH.test(pattern)
        // > Prior to 2.22.1
        // > If the pattern does not contain a slash /,
        // >   Git treats it as a shell glob pattern
        // Actually, if there is only a trailing slash,
        //   git also treats it as a shell glob pattern

        // After 2.22.1 (compatible but clearer)
        // > If there is a separator at the beginning or middle (or both)
        // > of the pattern, then the pattern is relative to the directory
        // > level of the particular .gitignore file itself.
        // > Otherwise the pattern may also match at any level below
        // > the .gitignore level.
        ? '(?:^|\\/)'

        // > Otherwise, Git treats the pattern as a shell glob suitable for
        // >   consumption by fnmatch(3)
        : '^'

      return anchor + source
    }
  ],

  // two globstars
  [
    // Use lookahead assertions so that we could match more than one `'/**'`
    /\\\/\\\*\\\*(?=\\\/|$)/g,

    // Zero, one or several directories
    // should not use '*', or it will be replaced by the next replacer

    // Check if it is not the last `'/**'`
    (_, index, str) => index + 6 < str.length

      // case: /**/ at the end of the pattern, i.e. a trailing `'/**/'`
      // > A trailing `"/**/"` (a trailing `"/**"` restricted to directories)
      // >   matches everything inside, but it should not match the current
      // >   folder itself, so it requires at least one directory segment.
      // 'a/**/' matches 'a/b/', 'a/x/y/' but not 'a/'
      ? str.slice(index + 6) === '\\/'
        ? '(?:\\/[^\\/]+)+'

        // case: /**/
        // > A slash followed by two consecutive asterisks then a slash matches
        // >   zero or more directories.
        // > For example, "a/**/b" matches "a/b", "a/x/b", "a/x/y/b" and so on.
        // '/**/'
        : '(?:\\/[^\\/]+)*'

      // case: /**
      // > A trailing `"/**"` matches everything inside.

      // #21: everything inside but it should not include the current folder,
      //   resolved by `_make`
      : `\\/${TRAILING_DOUBLESTAR}`,
    '*'
  ],

  // normal intermediate wildcards
  [
    // Never replace escaped '*'
    // ignore rule '\*' will match the path '*'

    // 'abc.*/' -> go
    // 'abc.*'  -> skip this rule,
    //    coz trailing single wildcard will be handed by [trailing wildcard]
    /(^|[^\\])(?:\\\*)+(?!$)/g,

    // '*.js' matches '.js'
    // '*.js' doesn't match 'abc'
    // 1. An asterisk "*" matches anything except a slash.
    // 2. Other consecutive asterisks are considered regular asterisks
    //    and collapse into one non-slash wildcard run.
    (_, p1) => p1 + WILDCARD,
    '*'
  ],

  // trailing wildcard, held apart from a literal star
  [
    // The step above leaves a trailing `*` alone, so a single `\*` is all that
    //   can be left at the end here, and what stands in front of it says which
    //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
    //   nothing before it; a literal arrives as the user's own escape, which
    //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
    //   There is no third case: every backslash still reaching the chain is
    //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
    //   own character, so a longer run can never form. This runs while the
    //   two are still distinct, before the unescape steps below collapse the
    //   literal onto the very `\*` a wildcard leaves behind.
    /(^|[^\\])((?:\\\\)*)\\\*$/,

    (match, p1, p2) =>
      p2 === EMPTY
        // A real wildcard: carry it to `_make` as the marker, so the unescape
        //   steps and the trailing-wildcard rewrite can never mistake it for a
        //   literal `\*` (nor the reverse).
        ? p1 + TRAILING_WILDCARD
        // A literal star: leave it exactly as it stands for the unescape steps.
        : match,
    '*'
  ],

  [
    // unescape, revert step 3 except for back slash
    // For example, if a user escape a '\\*',
    // after step 3, the result will be '\\\\\\*'
    /\\\\\\(?=[$.|*+(){^])/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // '\\\\' -> '\\'
    /\\\\/g,
    () => ESCAPE,
    ESCAPE + ESCAPE
  ],

  [
    // Every real bracket expression -- POSIX classes included -- has already
    //   been held aside by `extractBrackets`, so the only `[` left in the
    //   pattern is an escaped, literal one.

    // A backslash could only stand at the end of the range if it quoted the
    //   `]`, and `\]` is held aside long before this.
    /\\\[([^\]/]*?)($|\])/g,

    // '\\[bar]' -> '\\\\[bar]'
    (match, range, close) => `\\[${range}${close}`,
    '['
  ],

  // ending
  [
    // 'js' will not match 'js.'
    // 'ab' will not match 'abc'
    DIRECT,

    // WTF!
    // https://git-scm.com/docs/gitignore
    // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
    // which re-fixes #24, #38

    // > If there is a separator at the end of the pattern then the pattern
    // > will only match directories, otherwise the pattern can match both
    // > files and directories.

    // 'js*' will not match 'a.js'
    // 'js/' will not match 'a.js'
    // 'js' will match 'a.js' and 'a.js/'
    source => {
      const last = source[source.length - 1]

      // The pattern is empty, or ends in a pending marker `_make` owns --
      //   the trailing wildcard, or a trailing "/**". A trailing `*` that is
      //   not the marker is a literal star, which anchors like any other
      //   final character.
      if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
        return source
      }

      return last === SLASH
        // foo/ will not match 'foo'
        ? `${source}$`
        // foo matches 'foo' and 'foo/'
        : `${source}(?=$|\\/$)`
    }
  ]
]

const REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/
const MODE_IGNORE = 'regex'
const MODE_CHECK_IGNORE = 'checkRegex'
const UNDERSCORE = '_'

const replaceTrailingWildcard = (_, p1) => {
  const prefix = p1
    // '\^':
    // '/*' does not match EMPTY
    // '/*' does not match everything

    // '\\\/':
    // 'abc/*' does not match 'abc/'
    ? `${p1}[^/]+`

    // 'a*' matches 'a'
    // 'a*' matches 'aa'
    : '[^/]*'

  return `${prefix}(?=$|\\/$)`
}

const REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/

// 'abc/**' matches everything under 'abc', but not 'abc/' itself (#21):
//   requiring one arbitrary character (line terminators included, #176)
//   after 'abc/' is necessary and sufficient for `.test(path)`.
const replaceTrailingDoublestar = () => '[\\s\\S]'

// The fixed piece between the wildcard at `at` and the next wildcard of the
//   run: the tokens that separate them, joined as they appear in the source.
//   A run never holds two wildcards in a row, so there is always at least one
//   token.
const separatorAfter = (run, at) => {
  let separator = EMPTY

  for (let index = at + 1; index < run.length && !run[index].wildcard; index ++) {
    separator += run[index].single
  }

  return separator
}

// Where a run of non-slash wildcards is split by fixed pieces --
//   `[^/]*ab[^/]*cd...` -- the engine has many equivalent ways to lay the
//   input across the wildcards, and on input that does not match it works
//   through all of them, so the time grows with the number of wildcards
//   rather than the length of the path. Every wildcard but the last in such a
//   run can be pinned to stop where the piece after it begins, which leaves
//   one way to lay out the input and no rewinding, without changing which
//   paths match: the fixed pieces still bound the count, and the last
//   wildcard still absorbs the rest.
//
// A wildcard is pinned to the whole piece, never to the piece's first
//   character. The pin leaves no way back, so a wildcard that stopped at that
//   first character would hand over wherever the character happens to turn
//   up, including the places the rest of the piece cannot follow -- which is
//   how `f*o/*/*` came to miss `foo/b/c`, the first `o` of `foo` not being
//   the one the `o/` after it needs. Every token of a piece matches exactly
//   one character, so the first place the whole piece fits is the leftmost
//   place it can sit, and whatever is left over goes to the wildcards that
//   follow.
//
// The source is read one token at a time -- a wildcard, a single-character
//   piece (a literal, an escape, a class), or a parenthesised group or anchor
//   that ends the run -- so only a genuine wildcard is touched.
const pinWildcards = source => {
  if (source.indexOf(WILDCARD) < 0) {
    return source
  }

  const tokens = []
  const {length} = source
  let index = 0

  while (index < length) {
    const char = source[index]

    if (source.startsWith(WILDCARD, index)) {
      tokens.push({wildcard: true})
      index += WILDCARD.length
    } else if (char === '[') {
      let end = index + 1

      if (source[end] === '^') {
        end ++
      }

      if (source[end] === ']') {
        end ++
      }

      while (end < length && source[end] !== ']') {
        end += source[end] === ESCAPE
          ? 2
          : 1
      }

      end ++
      tokens.push({single: source.slice(index, end)})
      index = end
    } else if (char === ESCAPE) {
      tokens.push({single: source.slice(index, index + 2)})
      index += 2
    } else if (char === '(') {
      let depth = 0
      let end = index

      do {
        if (source[end] === ESCAPE) {
          end ++
        } else if (source[end] === '(') {
          depth ++
        } else if (source[end] === ')') {
          depth --
        }

        end ++
      } while (end < length && depth > 0)

      if ('*+?'.indexOf(source[end]) >= 0) {
        end ++
      }

      tokens.push({boundary: source.slice(index, end)})
      index = end
    } else if (char === '^' || char === '$') {
      tokens.push({boundary: char})
      index ++
    } else {
      tokens.push({single: char})
      index ++
    }
  }

  let out = EMPTY
  let run = []

  const flush = () => {
    let lastWildcard

    run.forEach((token, at) => {
      if (token.wildcard) {
        lastWildcard = at
      }
    })

    run.forEach((token, at) => {
      if (!token.wildcard) {
        out += token.single
        return
      }

      // Every wildcard but the last is pinned to the whole piece that
      //   follows it, for the reason set out above this function. The last
      //   one stays as it is and takes up the rest.
      out += at === lastWildcard
        ? WILDCARD
        : `(?:(?!${separatorAfter(run, at)})[^\\/])*`
    })

    run = []
  }

  tokens.forEach(token => {
    if (token.boundary === undefined) {
      run.push(token)
      return
    }

    flush()
    out += token.boundary
  })

  flush()

  return out
}

// @param {pattern}
const makeRegexPrefix = pattern => {
  // `/**` matches every path, as `**` does. The translation below only finds
  //   a globstar beside a slash it keeps, and the leading one is turned into
  //   an anchor, so `/**` would come out as `/*` and match one level only.
  //   Here rather than in `createRule`, so that `checkSourceOf`, which
  //   compiles `/**/` again without its trailing slash, gets it too.
  if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
    pattern = '**'
  }

  const {source, sources} = extractBrackets(pattern)

  const replaced = REPLACERS.reduce(
    // A pass whose matcher finds nothing hands back the very string it was
    //   given, so asking first costs a search and saves a rewrite. Ten of the
    //   fifteen passes never fire for a typical .gitignore line, and between
    //   them they were 45% of this chain.
    (prev, [matcher, replacer, required]) => {
      if (matcher === DIRECT) {
        return replacer(prev, pattern)
      }

      if (required !== UNDEFINED && prev.indexOf(required) < 0) {
        return prev
      }

      // A pass whose matcher finds nothing hands back the very string it was
      //   given, so asking first costs a search and saves a rewrite.
      return matcher.test(prev)
        ? prev.replace(matcher, replacer.bind(pattern))
        : prev
    },
    source
  )

  // Most patterns hold no bracket expression at all, and then there is
  //   nothing to put back.
  return sources.length
    ? replaced.replace(
      REGEX_RESTORE_PLACEHOLDER,
      (match, index) => sources[index]
    )
    : replaced
}

// `checkRegex` tests a path with a trailing slash, 'abc/', the way
//   `git check-ignore` matches that literal string once the directory itself
//   is known not to be excluded (see `checkIgnore`): a trailing '/' of the
//   pattern is dropped, a basename pattern sees an empty basename, and only a
//   pattern whose last segment is a pending wildcard can match what is left
//   after the final slash -- 'abc/*' and 'abc/**' match 'abc/', and 'abc/**'
//   also matches 'abc/d/' (#77, #169).
const checkSourceOf = (body, prefix) => {
  if (body[body.length - 1] === SLASH) {
    prefix = makeRegexPrefix(body.slice(0, - 1))
  }

  const head = prefix.slice(0, - 1)
  const last = prefix[prefix.length - 1]

  return last === TRAILING_WILDCARD
    ? `${head}$`
    : last === TRAILING_DOUBLESTAR
      ? head
      : NEVER_MATCH
}

// A trailing slash does not stop a pattern being basename-only: it restricts
//   the match to a directory, it does not let the pattern reach across one.
//   Everything else a pattern can hold -- a wildcard, a character class, an
//   escape -- stays inside a single path segment too, so a pattern with no
//   separator in it can only ever describe the last one.
const matchesBasename = body => {
  const index = body.indexOf(SLASH)

  return index < 0 || index === body.length - 1
}

// The last segment of a path, keeping a trailing slash, because a pattern that
//   ends in one matches only a directory.
// 'a/b/c.js' -> 'c.js';  'a/b/' -> 'b/';  'c.js' -> 'c.js' (no copy made)
const basenameOf = path => {
  const end = path.length - 1

  const index = path.lastIndexOf(
    SLASH,
    path[end] === SLASH
      ? end - 1
      : end
  )

  return index < 0
    ? path
    : path.slice(index + 1)
}

// The parent directory of a path, with its trailing separator, or EMPTY when
//   the path has none.
// 'a/b/c' -> 'a/b/';  'a/b/' -> 'a/';  'a' -> EMPTY;  'a/' -> EMPTY
//
// A path holding an empty segment has to be taken apart, because its
//   ancestors are not prefixes of it: the parent of 'a//b' is 'a/', not
//   'a//', and the parent of '/a/' is nothing at all. Both shapes reach here
//   -- 'a//b' is accepted outright, and `checkIgnore` does not put the path
//   it is given through the relative-path check.
//
// Every other path is a prefix of itself, and cutting one costs a fraction of
//   splitting it into an array and joining that back at every level: 73ns
//   against 207ns.
const parentOf = path => {
  if (
    path.charCodeAt(0) === SLASH_CODE
    || path.indexOf(DOUBLE_SLASH) >= 0
  ) {
    const slices = path.split(SLASH).filter(Boolean)

    slices.pop()

    return slices.length
      ? slices.join(SLASH) + SLASH
      : EMPTY
  }

  const end = path.length - 1

  // Look back from before a trailing separator, since that one belongs to the
  //   path itself.
  //
  // A negative place to start would be a trap here: `lastIndexOf` clamps one
  //   to 0 and searches there rather than reporting no match, so '/' would
  //   come back as its own parent and the walk would never end. It cannot
  //   happen -- that is the only path short enough to produce one, and the
  //   test above has already sent it the other way.
  const cut = path.lastIndexOf(
    SLASH,
    path.charCodeAt(end) === SLASH_CODE
      ? end - 1
      : end
  )

  return cut < 0
    ? EMPTY
    : path.slice(0, cut + 1)
}

const isString = subject => typeof subject === 'string'

// Blank lines, comments and trailing lone backslashes are told by
//   `createRule`, once the pattern is normalized.
const checkPattern = pattern => pattern
  && isString(pattern)

// Git drops one CR before each LF, and one at the end of a final line that
//   has no LF after it.
const splitPattern = pattern => (
  pattern[pattern.length - 1] === '\r'
    ? pattern.slice(0, - 1)
    : pattern
)
.split(REGEX_SPLITALL_CRLF)
.filter(Boolean)

class IgnoreRule {
  constructor (
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    prefix
  ) {
    this.pattern = pattern
    this.mark = mark
    this.negative = negative

    define(this, 'body', body)
    define(this, 'ignoreCase', ignoreCase)
    define(this, 'regexPrefix', prefix)
  }

  // Worked out on first use and kept behind an own property, the way `regex`
  //   caches itself in `_regex`. Deciding it in the constructor instead would
  //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
  //   every compile -- including the compiles of rules that are never matched
  //   against anything.
  get _basenameOnly () {
    return define(this, '_basenameOnly', matchesBasename(this.body))
  }

  get regex () {
    const key = UNDERSCORE + MODE_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_IGNORE, key)
  }

  get checkRegex () {
    const key = UNDERSCORE + MODE_CHECK_IGNORE

    if (this[key]) {
      return this[key]
    }

    return this._make(MODE_CHECK_IGNORE, key)
  }

  _make (mode, key) {
    const str = pinWildcards(
      mode === MODE_IGNORE
        ? this.regexPrefix
        .replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard)
        .replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar)
        : checkSourceOf(this.body, this.regexPrefix)
    )

    const regex = this.ignoreCase
      ? new RegExp(str, 'i')
      : new RegExp(str)

    return define(this, key, regex)
  }
}

const hasTrailingBackslash = str => {
  let count = 0

  while (str[str.length - count - 1] === ESCAPE) {
    count ++
  }

  return count % 2 === 1
}

// Read a line the way git does: when `stripLineEnd` is set (an unsplit array
//   or object pattern), drop any trailing blank lines along with the LF
//   before each and at most one CR at the end of the line; then trim trailing
//   spaces in the same backward pass. Git trims spaces only, and a space
//   escaped by an odd run of backslashes stays, unescaped, as the last one.
// Scanned from the end: a regular expression can only try each start in
//   turn, which is quadratic over a long run of spaces or backslashes.
// 'a  ' -> 'a';  'a\ ' -> 'a ';  'a\\ ' -> 'a\\';  'a\t' -> 'a\t'
// 'a\r\n' -> 'a';  'a\r\r' -> 'a\r';  'a\n\r' -> 'a'
const trimEnd = (body, stripLineEnd) => {
  let lineEnd = body.length
  let end

  for (;;) {
    if (stripLineEnd && body[lineEnd - 1] === '\r') {
      lineEnd --
    }

    end = lineEnd

    while (body[end - 1] === SPACE) {
      end --
    }

    if (!stripLineEnd || body[end - 1] !== '\n') {
      break
    }

    lineEnd = end - 1
  }

  if (end === lineEnd) {
    return body.slice(0, lineEnd)
  }

  let backslashes = 0

  while (body[end - backslashes - 1] === ESCAPE) {
    backslashes ++
  }

  return backslashes % 2
    ? body.slice(0, end - 1) + SPACE
    : body.slice(0, end)
}

const createRule = (
  pattern,
  mark,
  ignoreCase,
  stripLineEnd,
  stripBOM
) => {
  // Git drops a BOM before it reads the first line, so before anything else.
  let body = stripBOM && pattern[0] === BOM
    ? pattern.slice(1)
    : pattern

  // > A line starting with # serves as a comment.
  if (body[0] === '#') {
    return
  }

  let negative = false

  // > An optional prefix "!" which negates the pattern;
  if (body[0] === '!') {
    negative = true
    body = body.slice(1)
  }

  // Normalize the body before checking which slashes anchor the pattern.
  //   Otherwise `bar/ ` is mistaken for a pattern containing an inner slash.
  //   A line from `splitPattern` has already lost its line ending, so only a
  //   trailing space remains to trim there.
  const last = body[body.length - 1]

  if (
    last === SPACE
    || stripLineEnd && (last === '\r' || last === '\n')
  ) {
    body = trimEnd(body, stripLineEnd)
  }

  // > A blank line matches no files, so it can serve as a separator for
  // >   readability.
  // Nor does a lone "!", a pattern ending on an unpaired backslash, or
  //   anything else left empty here: an empty pattern would compile to a
  //   regex matching every path.
  if (!body || hasTrailingBackslash(body)) {
    return
  }

  body = body
  // > Put a backslash ("\") in front of the first "!" for patterns that
  // >   begin with a literal "!", for example, `"\!important!.txt"`.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, '!')
  // > Put a backslash ("\") in front of the first hash for patterns that
  // >   begin with a hash.
  .replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, '#')

  const regexPrefix = makeRegexPrefix(body)

  return new IgnoreRule(
    pattern,
    mark,
    body,
    ignoreCase,
    negative,
    regexPrefix
  )
}

class RuleManager {
  constructor (ignoreCase) {
    this._ignoreCase = ignoreCase
    this._rules = []

    // How many of the rules git would tag `EXC_FLAG_NODIR`.
    //
    // The scan uses it to decide, once for the whole set, whether handing
    //   those rules the basename is worth what it costs the others. The
    //   shortcut saves a full-path scan on every rule it applies to and costs
    //   a check on every rule it does not, so a set where almost nothing is
    //   basename-only comes out behind -- a 955 pattern set with 44 of them
    //   measured 19% slower with the shortcut always on.
    //
    // Deciding this by measurement rather than by meaning is safe: a
    //   basename-only pattern gives the very same answer against the whole
    //   path, it just takes longer to say so. The choice can only change how
    //   fast the scan runs, never what it returns.
    this._basenameCount = 0
  }

  _add (pattern, index) {
    // #32
    if (pattern && pattern[KEY_IGNORE]) {
      this._rules = this._rules.concat(pattern._rules._rules)
      this._basenameCount += pattern._rules._basenameCount
      this._added = true
      return
    }

    const isStr = isString(pattern)
    const raw = isStr
      ? pattern
      : pattern.pattern

    const rule = checkPattern(raw)
      && createRule(
        raw,
        isStr ? UNDEFINED : pattern.mark,
        this._ignoreCase,
        !this._split,
        this._stripBOM && !index
      )

    if (rule) {
      this._added = true
      this._rules.push(rule)

      // Deliberately not `rule._basenameOnly`: reading that would materialise
      //   the rule's own copy, and the whole point of leaving it lazy is that
      //   a rule which is compiled and never matched never pays for it.
      if (matchesBasename(rule.body)) {
        this._basenameCount ++
      }
    }
  }

  // @param {Array<string> | string | Ignore} pattern
  add (pattern) {
    this._added = false
    this._split = isString(pattern)
    this._stripBOM = !this._split || pattern[0] === BOM

    makeArray(
      this._split
        ? splitPattern(pattern)
        : pattern
    ).forEach(this._add, this)

    if (this._added) {
      this._literalRules = UNDEFINED
    }

    return this._added
  }

  // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
  //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
  //   are left out once, rather than tested or compiled for every path.
  testLiteral (path) {
    const rules = this._literalRules || (
      this._literalRules = this._rules.filter(
        ({body}) => body[body.length - (
          body[body.length - 1] === SLASH ? 2 : 1
        )] === '*'
      )
    )

    let ignored = false
    let unignored = false
    let matchedRule

    for (let index = rules.length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule.checkRegex.test(path)) {
        ignored = !rule.negative
        unignored = rule.negative
        matchedRule = rule.negative
          ? UNDEFINED
          : rule
        break
      }
    }

    const ret = {
      ignored,
      unignored
    }

    if (matchedRule) {
      ret.rule = matchedRule
    }

    return ret
  }

  // Test one single path without recursively checking parent directories
  //
  // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`

  // @returns {TestResult}
  test (path, mode) {
    // Most of a .gitignore is patterns with no slash in them, and running
    //   those against the whole path makes the regular expression engine walk
    //   every directory name on the way to the only segment that could match.
    //   Handing them the basename instead is what git does, and it is where
    //   the time in a directory walk goes: the rule scan was two thirds of it.
    const rules = this._rules
    const {length} = rules

    const shortcut = this._basenameCount * 2 >= length

    const basename = shortcut
      ? basenameOf(path)
      : path

    // The last rule to match decides, as in git, and it is the rule
    //   `git check-ignore -v` reports, so the scan runs from the end and stops
    //   at the first match.
    // A plain loop rather than `forEach`, so that `path`, `basename` and
    //   `shortcut` are locals. As a callback they became closure variables,
    //   and reaching for one of those once per rule cost 10% of a scan over a
    //   large rule set -- more than the shortcut they were there to serve.
    for (let index = length - 1; index >= 0; index --) {
      const rule = rules[index]

      if (rule[mode].test(
        shortcut && rule._basenameOnly
          ? basename
          : path
      )) {
        const {negative} = rule

        const ret = {
          ignored: !negative,
          unignored: negative
        }

        if (!negative) {
          ret.rule = rule
        }

        return ret
      }
    }

    return {
      ignored: false,
      unignored: false
    }
  }
}

const throwError = (message, Ctor) => {
  throw new Ctor(message)
}

const checkPath = (path, originalPath, doThrow) => {
  if (!isString(path)) {
    return doThrow(
      `path must be a string, but got \`${originalPath}\``,
      TypeError
    )
  }

  // We don't know if we should ignore EMPTY, so throw
  if (!path) {
    return doThrow(`path must not be empty`, TypeError)
  }

  // Check if it is a relative path
  if (checkPath.isNotRelative(path)) {
    const r = '`path.relative()`d'
    return doThrow(
      `path should be a ${r} string, but got "${originalPath}"`,
      RangeError
    )
  }

  return true
}

// > pathname should be a `path.relative()`d one
//
// The same thing `REGEX_TEST_INVALID_PATH` says, spelled out: a path is not
//   relative if it begins with a separator, or with `./` or `../`, or is
//   nothing but `.` or `..`. Every match is decided by the first three
//   characters, and this runs on every path handed to the library -- where it
//   was 55% of a cached lookup, more than the cache lookup itself.
const isNotRelative = path => {
  const first = path.charCodeAt(0)

  if (first === SLASH_CODE) {
    return true
  }

  if (first !== DOT_CODE) {
    return false
  }

  // '.'
  if (path.length === 1) {
    return true
  }

  const second = path.charCodeAt(1)

  // './'
  if (second === SLASH_CODE) {
    return true
  }

  if (second !== DOT_CODE) {
    return false
  }

  // '..' or '../'
  return path.length === 2 || path.charCodeAt(2) === SLASH_CODE
}

checkPath.isNotRelative = isNotRelative

// On windows, the following function will be replaced
/* istanbul ignore next */
checkPath.convert = p => p


const convertPath = target =>
  isString(target) && checkPath.convert(target)


class Ignore {
  constructor ({
    ignorecase = true,
    ignoreCase = ignorecase,
    allowRelativePaths = false
  } = {}) {
    define(this, KEY_IGNORE, true)

    this._rules = new RuleManager(ignoreCase)
    this._strictPathCheck = !allowRelativePaths
    this._initCache()
  }

  _initCache () {
    // A cache for the result of `.ignores()`
    this._ignoreCache = Object.create(null)

    // A cache for the result of `.test()`
    this._testCache = Object.create(null)
  }

  add (pattern) {
    if (this._rules.add(pattern)) {
      // Some rules have just added to the ignore,
      //   making the behavior changed,
      //   so we need to re-initialize the result cache
      this._initCache()
    }

    return this
  }

  // legacy
  addPattern (pattern) {
    return this.add(pattern)
  }

  // @returns {TestResult}
  _test (originalPath, cache, path) {
    checkPath(
      path,
      originalPath,
      this._strictPathCheck
        ? throwError
        : RETURN_FALSE
    )

    return path
      ? this._t(path, cache)
      : {
        ignored: false,
        unignored: false
      }
  }

  checkIgnore (target) {
    // A Windows path is converted first, so that a directory given with a
    //   trailing separator, `\` or `/`, is told the same way
    const path = convertPath(target)

    // If the path does not end with a slash, `.ignores()` is much equivalent
    //   to `git check-ignore`
    if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
      return this._test(target, this._testCache, path)
    }

    // Like `git check-ignore`: a directory excluded by itself or by an
    //   ancestor settles it, and only then is the literal 'abc/' matched
    //   against the rules (see `checkSourceOf`).
    const dir = this._t(path, this._testCache)

    if (dir.ignored) {
      return dir
    }

    const literal = this._rules.testLiteral(path)

    return literal.ignored || literal.unignored
      ? literal
      : dir
  }

  _t (
    // The path to be tested
    path,

    // The cache for the result of a certain checking
    cache
  ) {
    if (path in cache) {
      return cache[path]
    }

    const parentPath = parentOf(path)

    // If the path contains a parent directory, check the parent first
    const parent = parentPath
      ? this._t(parentPath, cache)
      : UNDEFINED

    return cache[path] = parent && parent.ignored
      // > It is not possible to re-include a file if a parent directory of
      // >   that file is excluded.
      ? parent
      : this._rules.test(path, MODE_IGNORE)
  }

  ignores (path) {
    return this._test(path, this._ignoreCache, convertPath(path)).ignored
  }

  createFilter () {
    return path => !this.ignores(path)
  }

  filter (paths) {
    return makeArray(paths).filter(this.createFilter())
  }

  // @returns {TestResult}
  test (path) {
    return this._test(path, this._testCache, convertPath(path))
  }
}

const factory = options => new Ignore(options)

const isPathValid = path =>
  checkPath(convertPath(path), path, RETURN_FALSE)

/* istanbul ignore next */
const setupWindows = () => {
  /* eslint no-control-regex: "off" */
  const makePosix = str => /^\\\\\?\\/.test(str)
  || /["<>|\u0000-\u001F]+/u.test(str)
    ? str
    : str.replace(/\\/g, '/')

  checkPath.convert = makePosix

  // 'C:\\foo'     <- 'C:\\foo' has been converted to 'C:/'
  // 'd:\\foo'
  const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i
  checkPath.isNotRelative = path =>
    REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path)
    || isNotRelative(path)
}


// Windows
// --------------------------------------------------------------
/* istanbul ignore next */
if (
  // Detect `process` so that it can run in browsers.
  typeof process !== 'undefined'
  && process.platform === 'win32'
) {
  setupWindows()
}

// COMMONJS_EXPORTS ////////////////////////////////////////////////////////////

module.exports = factory

// Although it is an anti-pattern,
//   it is still widely misused by a lot of libraries in github
// Ref: https://github.com/search?q=ignore.default%28%29&type=code
factory.default = factory

module.exports.isPathValid = isPathValid

// For testing purposes
define(module.exports, Symbol.for('setupWindows'), setupWindows)


/***/ }),

/***/ 4006:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const pico = __nccwpck_require__(8016);
const utils = __nccwpck_require__(4059);

function picomatch(glob, options, returnState = false) {
  // default to os.platform()
  if (options && (options.windows === null || options.windows === undefined)) {
    // don't mutate the original options object
    options = { ...options, windows: utils.isWindows() };
  }

  return pico(glob, options, returnState);
}

Object.assign(picomatch, pico);
module.exports = picomatch;


/***/ }),

/***/ 5595:
/***/ ((module) => {



const WIN_SLASH = '\\\\/';
const WIN_NO_SLASH = `[^${WIN_SLASH}]`;

const DEFAULT_MAX_EXTGLOB_RECURSION = 0;

/**
 * Posix glob regex
 */

const DOT_LITERAL = '\\.';
const PLUS_LITERAL = '\\+';
const QMARK_LITERAL = '\\?';
const SLASH_LITERAL = '\\/';
const ONE_CHAR = '(?=.)';
const QMARK = '[^/]';
const END_ANCHOR = `(?:${SLASH_LITERAL}|$)`;
const START_ANCHOR = `(?:^|${SLASH_LITERAL})`;
const DOTS_SLASH = `${DOT_LITERAL}{1,2}${END_ANCHOR}`;
const NO_DOT = `(?!${DOT_LITERAL})`;
const NO_DOTS = `(?!${START_ANCHOR}${DOTS_SLASH})`;
const NO_DOT_SLASH = `(?!${DOT_LITERAL}{0,1}${END_ANCHOR})`;
const NO_DOTS_SLASH = `(?!${DOTS_SLASH})`;
const QMARK_NO_DOT = `[^.${SLASH_LITERAL}]`;
const STAR = `${QMARK}*?`;
const SEP = '/';

const POSIX_CHARS = {
  DOT_LITERAL,
  PLUS_LITERAL,
  QMARK_LITERAL,
  SLASH_LITERAL,
  ONE_CHAR,
  QMARK,
  END_ANCHOR,
  DOTS_SLASH,
  NO_DOT,
  NO_DOTS,
  NO_DOT_SLASH,
  NO_DOTS_SLASH,
  QMARK_NO_DOT,
  STAR,
  START_ANCHOR,
  SEP
};

/**
 * Windows glob regex
 */

const WINDOWS_CHARS = {
  ...POSIX_CHARS,

  SLASH_LITERAL: `[${WIN_SLASH}]`,
  QMARK: WIN_NO_SLASH,
  STAR: `${WIN_NO_SLASH}*?`,
  DOTS_SLASH: `${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$)`,
  NO_DOT: `(?!${DOT_LITERAL})`,
  NO_DOTS: `(?!(?:^|[${WIN_SLASH}])${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  NO_DOT_SLASH: `(?!${DOT_LITERAL}{0,1}(?:[${WIN_SLASH}]|$))`,
  NO_DOTS_SLASH: `(?!${DOT_LITERAL}{1,2}(?:[${WIN_SLASH}]|$))`,
  QMARK_NO_DOT: `[^.${WIN_SLASH}]`,
  START_ANCHOR: `(?:^|[${WIN_SLASH}])`,
  END_ANCHOR: `(?:[${WIN_SLASH}]|$)`,
  SEP: '\\'
};

/**
 * POSIX Bracket Regex
 */

const POSIX_REGEX_SOURCE = {
  __proto__: null,
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7F',
  blank: ' \\t',
  cntrl: '\\x00-\\x1F\\x7F',
  digit: '0-9',
  graph: '\\x21-\\x7E',
  lower: 'a-z',
  print: '\\x20-\\x7E ',
  punct: '\\-!"#$%&\'()\\*+,./:;<=>?@[\\]^_`{|}~',
  space: ' \\t\\r\\n\\v\\f',
  upper: 'A-Z',
  word: 'A-Za-z0-9_',
  xdigit: 'A-Fa-f0-9'
};

module.exports = {
  DEFAULT_MAX_EXTGLOB_RECURSION,
  MAX_LENGTH: 1024 * 64,
  POSIX_REGEX_SOURCE,

  // regular expressions
  REGEX_BACKSLASH: /\\(?![*+?^${}(|)[\]])/g,
  REGEX_NON_SPECIAL_CHARS: /^[^@![\].,$*+?^{}()|\\/]+/,
  REGEX_SPECIAL_CHARS: /[-*+?.^${}(|)[\]]/,
  REGEX_SPECIAL_CHARS_BACKREF: /(\\?)((\W)(\3*))/g,
  REGEX_SPECIAL_CHARS_GLOBAL: /([-*+?.^${}(|)[\]])/g,
  REGEX_REMOVE_BACKSLASH: /(?:\[.*?[^\\]\]|\\(?=.))/g,

  // Replace globs with equivalent patterns to reduce parsing time.
  REPLACEMENTS: {
    __proto__: null,
    '***': '*',
    '**/**': '**',
    '**/**/**': '**'
  },

  // Digits
  CHAR_0: 48, /* 0 */
  CHAR_9: 57, /* 9 */

  // Alphabet chars.
  CHAR_UPPERCASE_A: 65, /* A */
  CHAR_LOWERCASE_A: 97, /* a */
  CHAR_UPPERCASE_Z: 90, /* Z */
  CHAR_LOWERCASE_Z: 122, /* z */

  CHAR_LEFT_PARENTHESES: 40, /* ( */
  CHAR_RIGHT_PARENTHESES: 41, /* ) */

  CHAR_ASTERISK: 42, /* * */

  // Non-alphabetic chars.
  CHAR_AMPERSAND: 38, /* & */
  CHAR_AT: 64, /* @ */
  CHAR_BACKWARD_SLASH: 92, /* \ */
  CHAR_CARRIAGE_RETURN: 13, /* \r */
  CHAR_CIRCUMFLEX_ACCENT: 94, /* ^ */
  CHAR_COLON: 58, /* : */
  CHAR_COMMA: 44, /* , */
  CHAR_DOT: 46, /* . */
  CHAR_DOUBLE_QUOTE: 34, /* " */
  CHAR_EQUAL: 61, /* = */
  CHAR_EXCLAMATION_MARK: 33, /* ! */
  CHAR_FORM_FEED: 12, /* \f */
  CHAR_FORWARD_SLASH: 47, /* / */
  CHAR_GRAVE_ACCENT: 96, /* ` */
  CHAR_HASH: 35, /* # */
  CHAR_HYPHEN_MINUS: 45, /* - */
  CHAR_LEFT_ANGLE_BRACKET: 60, /* < */
  CHAR_LEFT_CURLY_BRACE: 123, /* { */
  CHAR_LEFT_SQUARE_BRACKET: 91, /* [ */
  CHAR_LINE_FEED: 10, /* \n */
  CHAR_NO_BREAK_SPACE: 160, /* \u00A0 */
  CHAR_PERCENT: 37, /* % */
  CHAR_PLUS: 43, /* + */
  CHAR_QUESTION_MARK: 63, /* ? */
  CHAR_RIGHT_ANGLE_BRACKET: 62, /* > */
  CHAR_RIGHT_CURLY_BRACE: 125, /* } */
  CHAR_RIGHT_SQUARE_BRACKET: 93, /* ] */
  CHAR_SEMICOLON: 59, /* ; */
  CHAR_SINGLE_QUOTE: 39, /* ' */
  CHAR_SPACE: 32, /*   */
  CHAR_TAB: 9, /* \t */
  CHAR_UNDERSCORE: 95, /* _ */
  CHAR_VERTICAL_LINE: 124, /* | */
  CHAR_ZERO_WIDTH_NOBREAK_SPACE: 65279, /* \uFEFF */

  /**
   * Create EXTGLOB_CHARS
   */

  extglobChars(chars) {
    return {
      '!': { type: 'negate', open: '(?:(?!(?:', close: `))${chars.STAR})` },
      '?': { type: 'qmark', open: '(?:', close: ')?' },
      '+': { type: 'plus', open: '(?:', close: ')+' },
      '*': { type: 'star', open: '(?:', close: ')*' },
      '@': { type: 'at', open: '(?:', close: ')' }
    };
  },

  /**
   * Create GLOB_CHARS
   */

  globChars(win32) {
    return win32 === true ? WINDOWS_CHARS : POSIX_CHARS;
  }
};


/***/ }),

/***/ 8265:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const constants = __nccwpck_require__(5595);
const utils = __nccwpck_require__(4059);

/**
 * Constants
 */

const {
  MAX_LENGTH,
  POSIX_REGEX_SOURCE,
  REGEX_NON_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_BACKREF,
  REPLACEMENTS
} = constants;

/**
 * Helpers
 */

const expandRange = (args, options) => {
  if (typeof options.expandRange === 'function') {
    return options.expandRange(...args, options);
  }

  args.sort();
  const value = `[${args.join('-')}]`;

  try {
    /* eslint-disable-next-line no-new */
    new RegExp(value);
  } catch (ex) {
    return args.map(v => utils.escapeRegex(v)).join('..');
  }

  return value;
};

/**
 * Create the message for a syntax error
 */

const syntaxError = (type, char) => {
  return `Missing ${type}: "${char}" - use "\\\\${char}" to match literal characters`;
};

const splitTopLevel = input => {
  const parts = [];
  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let value = '';
  let escaped = false;

  for (const ch of input) {
    if (escaped === true) {
      value += ch;
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      value += ch;
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      value += ch;
      continue;
    }

    if (quote === 0) {
      if (ch === '[') {
        bracket++;
      } else if (ch === ']' && bracket > 0) {
        bracket--;
      } else if (bracket === 0) {
        if (ch === '(') {
          paren++;
        } else if (ch === ')' && paren > 0) {
          paren--;
        } else if (ch === '|' && paren === 0) {
          parts.push(value);
          value = '';
          continue;
        }
      }
    }

    value += ch;
  }

  parts.push(value);
  return parts;
};

const isPlainBranch = branch => {
  let escaped = false;

  for (const ch of branch) {
    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (/[?*+@!()[\]{}]/.test(ch)) {
      return false;
    }
  }

  return true;
};

const normalizeSimpleBranch = branch => {
  let value = branch.trim();
  let changed = true;

  while (changed === true) {
    changed = false;

    if (/^@\([^\\()[\]{}|]+\)$/.test(value)) {
      value = value.slice(2, -1);
      changed = true;
    }
  }

  if (!isPlainBranch(value)) {
    return;
  }

  return value.replace(/\\(.)/g, '$1');
};

const hasRepeatedCharPrefixOverlap = branches => {
  const values = branches.map(normalizeSimpleBranch).filter(Boolean);

  for (let i = 0; i < values.length; i++) {
    for (let j = i + 1; j < values.length; j++) {
      const a = values[i];
      const b = values[j];
      const char = a[0];

      if (!char || a !== char.repeat(a.length) || b !== char.repeat(b.length)) {
        continue;
      }

      if (a === b || a.startsWith(b) || b.startsWith(a)) {
        return true;
      }
    }
  }

  return false;
};

const parseRepeatedExtglob = (pattern, requireEnd = true) => {
  if ((pattern[0] !== '+' && pattern[0] !== '*') || pattern[1] !== '(') {
    return;
  }

  let bracket = 0;
  let paren = 0;
  let quote = 0;
  let escaped = false;

  for (let i = 1; i < pattern.length; i++) {
    const ch = pattern[i];

    if (escaped === true) {
      escaped = false;
      continue;
    }

    if (ch === '\\') {
      escaped = true;
      continue;
    }

    if (ch === '"') {
      quote = quote === 1 ? 0 : 1;
      continue;
    }

    if (quote === 1) {
      continue;
    }

    if (ch === '[') {
      bracket++;
      continue;
    }

    if (ch === ']' && bracket > 0) {
      bracket--;
      continue;
    }

    if (bracket > 0) {
      continue;
    }

    if (ch === '(') {
      paren++;
      continue;
    }

    if (ch === ')') {
      paren--;

      if (paren === 0) {
        if (requireEnd === true && i !== pattern.length - 1) {
          return;
        }

        return {
          type: pattern[0],
          body: pattern.slice(2, i),
          end: i
        };
      }
    }
  }
};

const buildCharClassStar = chars => {
  const source = chars.length === 1
    ? utils.escapeRegex(chars[0])
    : `[${chars.map(ch => utils.escapeRegex(ch)).join('')}]`;

  return `${source}*`;
};

const getStarExtglobSequenceChars = pattern => {
  let index = 0;
  const chars = [];

  while (index < pattern.length) {
    const match = parseRepeatedExtglob(pattern.slice(index), false);

    if (!match || match.type !== '*') {
      return;
    }

    const branches = splitTopLevel(match.body).map(branch => branch.trim());
    if (branches.length !== 1) {
      return;
    }

    const branch = normalizeSimpleBranch(branches[0]);
    if (!branch || branch.length !== 1) {
      return;
    }

    chars.push(branch);
    index += match.end + 1;
  }

  if (chars.length < 1) {
    return;
  }

  return chars;
};

const repeatedExtglobRecursion = pattern => {
  let depth = 0;
  let value = pattern.trim();
  let match = parseRepeatedExtglob(value);

  while (match) {
    depth++;
    value = match.body.trim();
    match = parseRepeatedExtglob(value);
  }

  return depth;
};

const analyzeRepeatedExtglob = (body, options) => {
  if (options.maxExtglobRecursion === false) {
    return { risky: false };
  }

  const max =
    typeof options.maxExtglobRecursion === 'number'
      ? options.maxExtglobRecursion
      : constants.DEFAULT_MAX_EXTGLOB_RECURSION;

  const branches = splitTopLevel(body).map(branch => branch.trim());

  if (branches.length > 1) {
    if (
      branches.some(branch => branch === '') ||
      branches.some(branch => /^[*?]+$/.test(branch)) ||
      hasRepeatedCharPrefixOverlap(branches)
    ) {
      return { risky: true };
    }
  }

  // A repeated extglob is "risky" (prone to catastrophic backtracking) when a
  // branch is itself a `*(...)` sequence, since that nests an unbounded quantifier
  // inside the outer `+(...)`/`*(...)`. When *every* branch reduces to single
  // characters we can emit one flat, ReDoS-safe character class that preserves the
  // meaning of ALL branches (e.g. `+(*(a)|*(b))` -> `[ab]*`), rather than dropping
  // every branch but the first.
  const safeChars = [];
  let sawStarSequence = false;
  let combinable = true;

  for (const branch of branches) {
    const chars = getStarExtglobSequenceChars(branch);
    if (chars) {
      sawStarSequence = true;
      safeChars.push(...chars);
      continue;
    }

    const literal = normalizeSimpleBranch(branch);
    if (literal && literal.length === 1) {
      safeChars.push(literal);
      continue;
    }

    combinable = false;

    if (repeatedExtglobRecursion(branch) > max) {
      return { risky: true };
    }
  }

  if (sawStarSequence) {
    return combinable
      ? { risky: true, safeOutput: buildCharClassStar([...new Set(safeChars)]) }
      : { risky: true };
  }

  return { risky: false };
};

/**
 * Parse the given input string.
 * @param {String} input
 * @param {Object} options
 * @return {Object}
 */

const parse = (input, options) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected a string');
  }

  input = REPLACEMENTS[input] || input;

  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;

  let len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  const bos = { type: 'bos', value: '', output: opts.prepend || '' };
  const tokens = [bos];

  const capture = opts.capture ? '' : '?:';

  // create constants based on platform, for windows or posix
  const PLATFORM_CHARS = constants.globChars(opts.windows);
  const EXTGLOB_CHARS = constants.extglobChars(PLATFORM_CHARS);

  const {
    DOT_LITERAL,
    PLUS_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOT_SLASH,
    NO_DOTS_SLASH,
    QMARK,
    QMARK_NO_DOT,
    STAR,
    START_ANCHOR
  } = PLATFORM_CHARS;

  const globstar = opts => {
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const nodot = opts.dot ? '' : NO_DOT;
  const qmarkNoDot = opts.dot ? QMARK : QMARK_NO_DOT;
  let star = opts.bash === true ? globstar(opts) : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  // minimatch options support
  if (typeof opts.noext === 'boolean') {
    opts.noextglob = opts.noext;
  }

  const state = {
    input,
    index: -1,
    start: 0,
    dot: opts.dot === true,
    consumed: '',
    output: '',
    prefix: '',
    backtrack: false,
    negated: false,
    brackets: 0,
    braces: 0,
    parens: 0,
    quotes: 0,
    globstar: false,
    tokens
  };

  input = utils.removePrefix(input, state);
  len = input.length;

  const extglobs = [];
  const braces = [];
  const stack = [];
  let prev = bos;
  let value;

  /**
   * Tokenizing helpers
   */

  const eos = () => state.index === len - 1;
  const peek = state.peek = (n = 1) => input[state.index + n];
  const advance = state.advance = () => input[++state.index] || '';
  const remaining = () => input.slice(state.index + 1);
  const consume = (value = '', num = 0) => {
    state.consumed += value;
    state.index += num;
  };

  const append = token => {
    state.output += token.output != null ? token.output : token.value;
    consume(token.value);
  };

  const negate = () => {
    let count = 1;

    while (peek() === '!' && (peek(2) !== '(' || peek(3) === '?')) {
      advance();
      state.start++;
      count++;
    }

    if (count % 2 === 0) {
      return false;
    }

    state.negated = true;
    state.start++;
    return true;
  };

  const increment = type => {
    state[type]++;
    stack.push(type);
  };

  const decrement = type => {
    state[type]--;
    stack.pop();
  };

  /**
   * Push tokens onto the tokens array. This helper speeds up
   * tokenizing by 1) helping us avoid backtracking as much as possible,
   * and 2) helping us avoid creating extra tokens when consecutive
   * characters are plain text. This improves performance and simplifies
   * lookbehinds.
   */

  const push = tok => {
    if (prev.type === 'globstar') {
      const isBrace = state.braces > 0 && (tok.type === 'comma' || tok.type === 'brace');
      const isExtglob = tok.extglob === true || (extglobs.length && (tok.type === 'pipe' || tok.type === 'paren'));

      if (tok.type !== 'slash' && tok.type !== 'paren' && !isBrace && !isExtglob) {
        state.output = state.output.slice(0, -prev.output.length);
        prev.type = 'star';
        prev.value = '*';
        prev.output = star;
        state.output += prev.output;
      }
    }

    if (extglobs.length && tok.type !== 'paren') {
      extglobs[extglobs.length - 1].inner += tok.value;
    }

    if (tok.value || tok.output) append(tok);
    if (prev && prev.type === 'text' && tok.type === 'text') {
      prev.output = (prev.output || prev.value) + tok.value;
      prev.value += tok.value;
      return;
    }

    tok.prev = prev;
    tokens.push(tok);
    prev = tok;
  };

  const extglobOpen = (type, value) => {
    const token = { ...EXTGLOB_CHARS[value], conditions: 1, inner: '' };

    token.prev = prev;
    token.parens = state.parens;
    token.output = state.output;
    token.startIndex = state.index;
    token.tokensIndex = tokens.length;
    const output = (opts.capture ? '(' : '') + token.open;

    increment('parens');
    push({ type, value, output: state.output ? '' : ONE_CHAR });
    push({ type: 'paren', extglob: true, value: advance(), output });
    extglobs.push(token);
  };

  const extglobClose = token => {
    const literal = input.slice(token.startIndex, state.index + 1);
    const body = input.slice(token.startIndex + 2, state.index);
    const analysis = analyzeRepeatedExtglob(body, opts);

    if ((token.type === 'plus' || token.type === 'star') && analysis.risky) {
      const safeOutput = analysis.safeOutput
        ? (token.output ? '' : ONE_CHAR) + (opts.capture ? `(${analysis.safeOutput})` : analysis.safeOutput)
        : undefined;
      const open = tokens[token.tokensIndex];

      open.type = 'text';
      open.value = literal;
      open.output = safeOutput || utils.escapeRegex(literal);

      for (let i = token.tokensIndex + 1; i < tokens.length; i++) {
        tokens[i].value = '';
        tokens[i].output = '';
        delete tokens[i].suffix;
      }

      state.output = token.output + open.output;
      state.backtrack = true;

      push({ type: 'paren', extglob: true, value, output: '' });
      decrement('parens');
      return;
    }

    let output = token.close + (opts.capture ? ')' : '');
    let rest;

    if (token.type === 'negate') {
      let extglobStar = star;

      if (token.inner && token.inner.length > 1 && token.inner.includes('/')) {
        extglobStar = globstar(opts);
      }

      if (extglobStar !== star || eos() || /^\)+$/.test(remaining())) {
        output = token.close = `)$))${extglobStar}`;
      }

      if (token.inner.includes('*') && (rest = remaining()) && /^\.[^\\/.]+$/.test(rest)) {
        // Any non-magical string (`.ts`) or even nested expression (`.{ts,tsx}`) can follow after the closing parenthesis.
        // In this case, we need to parse the string and use it in the output of the original pattern.
        // Suitable patterns: `/!(*.d).ts`, `/!(*.d).{ts,tsx}`, `**/!(*-dbg).@(js)`.
        //
        // Disabling the `fastpaths` option due to a problem with parsing strings as `.ts` in the pattern like `**/!(*.d).ts`.
        const expression = parse(rest, { ...options, fastpaths: false }).output;

        output = token.close = `)${expression})${extglobStar})`;
      }

      if (token.prev.type === 'bos') {
        state.negatedExtglob = true;
      }
    }

    push({ type: 'paren', extglob: true, value, output });
    decrement('parens');
  };

  /**
   * Fast paths
   */

  if (opts.fastpaths !== false && !/(^[*!]|[/()[\]{}"])/.test(input)) {
    let backslashes = false;

    let output = input.replace(REGEX_SPECIAL_CHARS_BACKREF, (m, esc, chars, first, rest, index) => {
      if (first === '\\') {
        backslashes = true;
        return m;
      }

      if (first === '?') {
        if (esc) {
          return esc + first + (rest ? QMARK.repeat(rest.length) : '');
        }
        if (index === 0) {
          return qmarkNoDot + (rest ? QMARK.repeat(rest.length) : '');
        }
        return QMARK.repeat(chars.length);
      }

      if (first === '.') {
        return DOT_LITERAL.repeat(chars.length);
      }

      if (first === '*') {
        if (esc) {
          return esc + first + (rest ? star : '');
        }
        return star;
      }
      return esc ? m : `\\${m}`;
    });

    if (backslashes === true) {
      if (opts.unescape === true) {
        output = output.replace(/\\/g, '');
      } else {
        output = output.replace(/\\+/g, m => {
          return m.length % 2 === 0 ? '\\\\' : (m ? '\\' : '');
        });
      }
    }

    if (output === input && opts.contains === true) {
      state.output = input;
      return state;
    }

    state.output = utils.wrapOutput(output, state, options);
    return state;
  }

  /**
   * Tokenize input until we reach end-of-string
   */

  while (!eos()) {
    value = advance();

    if (value === '\u0000') {
      continue;
    }

    /**
     * Escaped characters
     */

    if (value === '\\') {
      const next = peek();

      if (next === '/' && opts.bash !== true) {
        continue;
      }

      if (next === '.' || next === ';') {
        continue;
      }

      if (!next) {
        value += '\\';
        push({ type: 'text', value });
        continue;
      }

      // collapse slashes to reduce potential for exploits
      const match = /^\\+/.exec(remaining());
      let slashes = 0;

      if (match && match[0].length > 2) {
        slashes = match[0].length;
        state.index += slashes;
        if (slashes % 2 !== 0) {
          value += '\\';
        }
      }

      if (opts.unescape === true) {
        value = advance();
      } else {
        value += advance();
      }

      if (state.brackets === 0) {
        push({ type: 'text', value });
        continue;
      }
    }

    /**
     * If we're inside a regex character class, continue
     * until we reach the closing bracket.
     */

    if (state.brackets > 0 && (value !== ']' || prev.value === '[' || prev.value === '[^')) {
      if (opts.posix !== false && value === ':') {
        const inner = prev.value.slice(1);
        if (inner.includes('[')) {
          prev.posix = true;

          if (inner.includes(':')) {
            const idx = prev.value.lastIndexOf('[');
            const pre = prev.value.slice(0, idx);
            const rest = prev.value.slice(idx + 2);
            const posix = POSIX_REGEX_SOURCE[rest];
            if (posix) {
              prev.value = pre + posix;
              state.backtrack = true;
              advance();

              if (!bos.output && tokens.indexOf(prev) === 1) {
                bos.output = ONE_CHAR;
              }
              continue;
            }
          }
        }
      }

      if ((value === '[' && peek() !== ':') || (value === '-' && peek() === ']')) {
        value = `\\${value}`;
      }

      if (value === ']' && (prev.value === '[' || prev.value === '[^')) {
        value = `\\${value}`;
      }

      if (opts.posix === true && value === '!' && prev.value === '[') {
        value = '^';
      }

      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * If we're inside a quoted string, continue
     * until we reach the closing double quote.
     */

    if (state.quotes === 1 && value !== '"') {
      value = utils.escapeRegex(value);
      prev.value += value;
      append({ value });
      continue;
    }

    /**
     * Double quotes
     */

    if (value === '"') {
      state.quotes = state.quotes === 1 ? 0 : 1;
      if (opts.keepQuotes === true) {
        push({ type: 'text', value });
      }
      continue;
    }

    /**
     * Parentheses
     */

    if (value === '(') {
      increment('parens');
      push({ type: 'paren', value });
      continue;
    }

    if (value === ')') {
      if (state.parens === 0 && opts.strictBrackets === true) {
        throw new SyntaxError(syntaxError('opening', '('));
      }

      const extglob = extglobs[extglobs.length - 1];
      if (extglob && state.parens === extglob.parens + 1) {
        extglobClose(extglobs.pop());
        continue;
      }

      push({ type: 'paren', value, output: state.parens ? ')' : '\\)' });
      decrement('parens');
      continue;
    }

    /**
     * Square brackets
     */

    if (value === '[') {
      if (opts.nobracket === true || !remaining().includes(']')) {
        if (opts.nobracket !== true && opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('closing', ']'));
        }

        value = `\\${value}`;
      } else {
        increment('brackets');
      }

      push({ type: 'bracket', value });
      continue;
    }

    if (value === ']') {
      if (opts.nobracket === true || (prev && prev.type === 'bracket' && prev.value.length === 1)) {
        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      if (state.brackets === 0) {
        if (opts.strictBrackets === true) {
          throw new SyntaxError(syntaxError('opening', '['));
        }

        push({ type: 'text', value, output: `\\${value}` });
        continue;
      }

      decrement('brackets');

      const prevValue = prev.value.slice(1);
      if (prev.posix !== true && prevValue[0] === '^' && !prevValue.includes('/')) {
        value = `/${value}`;
      }

      prev.value += value;
      append({ value });

      // when literal brackets are explicitly disabled
      // assume we should match with a regex character class
      if (opts.literalBrackets === false || utils.hasRegexChars(prevValue)) {
        continue;
      }

      const escaped = utils.escapeRegex(prev.value);
      state.output = state.output.slice(0, -prev.value.length);

      // when literal brackets are explicitly enabled
      // assume we should escape the brackets to match literal characters
      if (opts.literalBrackets === true) {
        state.output += escaped;
        prev.value = escaped;
        continue;
      }

      // when the user specifies nothing, try to match both
      prev.value = `(${capture}${escaped}|${prev.value})`;
      state.output += prev.value;
      continue;
    }

    /**
     * Braces
     */

    if (value === '{' && opts.nobrace !== true) {
      increment('braces');

      const open = {
        type: 'brace',
        value,
        output: '(',
        outputIndex: state.output.length,
        tokensIndex: state.tokens.length
      };

      braces.push(open);
      push(open);
      continue;
    }

    if (value === '}') {
      const brace = braces[braces.length - 1];

      if (opts.nobrace === true || !brace) {
        push({ type: 'text', value, output: value });
        continue;
      }

      let output = ')';

      if (brace.dots === true) {
        const arr = tokens.slice();
        const range = [];

        for (let i = arr.length - 1; i >= 0; i--) {
          tokens.pop();
          if (arr[i].type === 'brace') {
            break;
          }
          if (arr[i].type !== 'dots') {
            range.unshift(arr[i].value);
          }
        }

        output = expandRange(range, opts);
        state.backtrack = true;
      }

      if (brace.comma !== true && brace.dots !== true) {
        const out = state.output.slice(0, brace.outputIndex);
        const toks = state.tokens.slice(brace.tokensIndex);
        brace.value = brace.output = '\\{';
        value = output = '\\}';
        state.output = out;
        for (const t of toks) {
          state.output += (t.output || t.value);
        }
      }

      push({ type: 'brace', value, output });
      decrement('braces');
      braces.pop();
      continue;
    }

    /**
     * Pipes
     */

    if (value === '|') {
      if (extglobs.length > 0) {
        extglobs[extglobs.length - 1].conditions++;
      }
      push({ type: 'text', value });
      continue;
    }

    /**
     * Commas
     */

    if (value === ',') {
      let output = value;

      const brace = braces[braces.length - 1];
      if (brace && stack[stack.length - 1] === 'braces') {
        brace.comma = true;
        output = '|';
      }

      push({ type: 'comma', value, output });
      continue;
    }

    /**
     * Slashes
     */

    if (value === '/') {
      // if the beginning of the glob is "./", advance the start
      // to the current index, and don't add the "./" characters
      // to the state. This greatly simplifies lookbehinds when
      // checking for BOS characters like "!" and "." (not "./")
      if (prev.type === 'dot' && state.index === state.start + 1) {
        state.start = state.index + 1;
        state.consumed = '';
        state.output = '';
        tokens.pop();
        prev = bos; // reset "prev" to the first token
        continue;
      }

      push({ type: 'slash', value, output: SLASH_LITERAL });
      continue;
    }

    /**
     * Dots
     */

    if (value === '.') {
      if (state.braces > 0 && prev.type === 'dot') {
        if (prev.value === '.') prev.output = DOT_LITERAL;
        const brace = braces[braces.length - 1];
        prev.type = 'dots';
        prev.output += value;
        prev.value += value;
        brace.dots = true;
        continue;
      }

      if ((state.braces + state.parens) === 0 && prev.type !== 'bos' && prev.type !== 'slash') {
        push({ type: 'text', value, output: DOT_LITERAL });
        continue;
      }

      push({ type: 'dot', value, output: DOT_LITERAL });
      continue;
    }

    /**
     * Question marks
     */

    if (value === '?') {
      const isGroup = prev && prev.value === '(';
      if (!isGroup && opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('qmark', value);
        continue;
      }

      if (prev && prev.type === 'paren') {
        const next = peek();
        let output = value;

        if ((prev.value === '(' && !/[!=<:]/.test(next)) || (next === '<' && !/<([!=]|\w+>)/.test(remaining()))) {
          output = `\\${value}`;
        }

        push({ type: 'text', value, output });
        continue;
      }

      if (opts.dot !== true && (prev.type === 'slash' || prev.type === 'bos')) {
        push({ type: 'qmark', value, output: QMARK_NO_DOT });
        continue;
      }

      push({ type: 'qmark', value, output: QMARK });
      continue;
    }

    /**
     * Exclamation
     */

    if (value === '!') {
      if (opts.noextglob !== true && peek() === '(') {
        if (peek(2) !== '?' || !/[!=<:]/.test(peek(3))) {
          extglobOpen('negate', value);
          continue;
        }
      }

      if (opts.nonegate !== true && state.index === 0) {
        negate();
        continue;
      }
    }

    /**
     * Plus
     */

    if (value === '+') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        extglobOpen('plus', value);
        continue;
      }

      if ((prev && prev.value === '(') || opts.regex === false) {
        push({ type: 'plus', value, output: PLUS_LITERAL });
        continue;
      }

      if ((prev && (prev.type === 'bracket' || prev.type === 'paren' || prev.type === 'brace')) || state.parens > 0) {
        push({ type: 'plus', value });
        continue;
      }

      push({ type: 'plus', value: PLUS_LITERAL });
      continue;
    }

    /**
     * Plain text
     */

    if (value === '@') {
      if (opts.noextglob !== true && peek() === '(' && peek(2) !== '?') {
        push({ type: 'at', extglob: true, value, output: '' });
        continue;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Plain text
     */

    if (value !== '*') {
      if (value === '$' || value === '^') {
        value = `\\${value}`;
      }

      const match = REGEX_NON_SPECIAL_CHARS.exec(remaining());
      if (match) {
        value += match[0];
        state.index += match[0].length;
      }

      push({ type: 'text', value });
      continue;
    }

    /**
     * Stars
     */

    if (prev && (prev.type === 'globstar' || prev.star === true)) {
      prev.type = 'star';
      prev.star = true;
      prev.value += value;
      prev.output = star;
      state.backtrack = true;
      state.globstar = true;
      consume(value);
      continue;
    }

    let rest = remaining();
    if (opts.noextglob !== true && /^\([^?]/.test(rest)) {
      extglobOpen('star', value);
      continue;
    }

    if (prev.type === 'star') {
      if (opts.noglobstar === true) {
        consume(value);
        continue;
      }

      const prior = prev.prev;
      const before = prior.prev;
      const isStart = prior.type === 'slash' || prior.type === 'bos';
      const afterStar = before && (before.type === 'star' || before.type === 'globstar');

      if (opts.bash === true && (!isStart || (rest[0] && rest[0] !== '/'))) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      const isBrace = state.braces > 0 && (prior.type === 'comma' || prior.type === 'brace');
      const isExtglob = extglobs.length && (prior.type === 'pipe' || prior.type === 'paren');
      if (!isStart && prior.type !== 'paren' && !isBrace && !isExtglob) {
        push({ type: 'star', value, output: '' });
        continue;
      }

      // strip consecutive `/**/`
      while (rest.slice(0, 3) === '/**') {
        const after = input[state.index + 4];
        if (after && after !== '/') {
          break;
        }
        rest = rest.slice(3);
        consume('/**', 3);
      }

      // A globstar followed only by balanced closing parens is at the logical end of patterns like
      // `test(/utils/**)` and `test?(/utils/**)`. Treat it as EOS so the trailing `/**` can match its
      // parent path, except in negated extglobs where that would change the exclusion semantics.
      const isEnd = eos() || (
        state.parens > 0
        && rest === ')'.repeat(state.parens)
        && !extglobs.some(extglob => extglob.type === 'negate')
      );

      if (prior.type === 'bos' && eos()) {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = globstar(opts);
        state.output = prev.output;
        state.globstar = true;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && !afterStar && isEnd) {
        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = globstar(opts) + (opts.strictSlashes ? ')' : '|$)');
        prev.value += value;
        state.globstar = true;
        state.output += prior.output + prev.output;
        consume(value);
        continue;
      }

      if (prior.type === 'slash' && prior.prev.type !== 'bos' && rest[0] === '/') {
        const end = rest[1] !== void 0 ? '|$' : '';

        state.output = state.output.slice(0, -(prior.output + prev.output).length);
        prior.output = `(?:${prior.output}`;

        prev.type = 'globstar';
        prev.output = `${globstar(opts)}${SLASH_LITERAL}|${SLASH_LITERAL}${end})`;
        prev.value += value;

        state.output += prior.output + prev.output;
        state.globstar = true;

        consume(value + advance());

        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      if (prior.type === 'bos' && rest[0] === '/') {
        prev.type = 'globstar';
        prev.value += value;
        prev.output = `(?:^|${SLASH_LITERAL}|${globstar(opts)}${SLASH_LITERAL})`;
        state.output = prev.output;
        state.globstar = true;
        consume(value + advance());
        push({ type: 'slash', value: '/', output: '' });
        continue;
      }

      // remove single star from output
      state.output = state.output.slice(0, -prev.output.length);

      // reset previous token to globstar
      prev.type = 'globstar';
      prev.output = globstar(opts);
      prev.value += value;

      // reset output with globstar
      state.output += prev.output;
      state.globstar = true;
      consume(value);
      continue;
    }

    const token = { type: 'star', value, output: star };

    if (opts.bash === true) {
      token.output = '.*?';
      if (prev.type === 'bos' || prev.type === 'slash') {
        token.output = nodot + token.output;
      }
      push(token);
      continue;
    }

    if (prev && (prev.type === 'bracket' || prev.type === 'paren') && opts.regex === true) {
      token.output = value;
      push(token);
      continue;
    }

    if (state.index === state.start || prev.type === 'slash' || prev.type === 'dot') {
      if (prev.type === 'dot') {
        state.output += NO_DOT_SLASH;
        prev.output += NO_DOT_SLASH;

      } else if (opts.dot === true) {
        state.output += NO_DOTS_SLASH;
        prev.output += NO_DOTS_SLASH;

      } else {
        state.output += nodot;
        prev.output += nodot;
      }

      if (peek() !== '*') {
        state.output += ONE_CHAR;
        prev.output += ONE_CHAR;
      }
    }

    push(token);
  }

  while (state.brackets > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ']'));
    state.output = utils.escapeLast(state.output, '[');
    decrement('brackets');
  }

  while (state.parens > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', ')'));
    state.output = utils.escapeLast(state.output, '(');
    decrement('parens');
  }

  while (state.braces > 0) {
    if (opts.strictBrackets === true) throw new SyntaxError(syntaxError('closing', '}'));
    state.output = utils.escapeLast(state.output, '{');
    decrement('braces');
  }

  if (opts.strictSlashes !== true && (prev.type === 'star' || prev.type === 'bracket')) {
    push({ type: 'maybe_slash', value: '', output: `${SLASH_LITERAL}?` });
  }

  // rebuild the output if we had to backtrack at any point
  if (state.backtrack === true) {
    state.output = '';

    for (const token of state.tokens) {
      state.output += token.output != null ? token.output : token.value;

      if (token.suffix) {
        state.output += token.suffix;
      }
    }
  }

  return state;
};

/**
 * Fast paths for creating regular expressions for common glob patterns.
 * This can significantly speed up processing and has very little downside
 * impact when none of the fast paths match.
 */

parse.fastpaths = (input, options) => {
  const opts = { ...options };
  const max = typeof opts.maxLength === 'number' ? Math.min(MAX_LENGTH, opts.maxLength) : MAX_LENGTH;
  const len = input.length;
  if (len > max) {
    throw new SyntaxError(`Input length: ${len}, exceeds maximum allowed length: ${max}`);
  }

  input = REPLACEMENTS[input] || input;

  // create constants based on platform, for windows or posix
  const {
    DOT_LITERAL,
    SLASH_LITERAL,
    ONE_CHAR,
    DOTS_SLASH,
    NO_DOT,
    NO_DOTS,
    NO_DOTS_SLASH,
    STAR,
    START_ANCHOR
  } = constants.globChars(opts.windows);

  const nodot = opts.dot ? NO_DOTS : NO_DOT;
  const slashDot = opts.dot ? NO_DOTS_SLASH : NO_DOT;
  const capture = opts.capture ? '' : '?:';
  const state = { negated: false, prefix: '' };
  let star = opts.bash === true ? '.*?' : STAR;

  if (opts.capture) {
    star = `(${star})`;
  }

  const globstar = opts => {
    if (opts.noglobstar === true) return star;
    return `(${capture}(?:(?!${START_ANCHOR}${opts.dot ? DOTS_SLASH : DOT_LITERAL}).)*?)`;
  };

  const create = str => {
    switch (str) {
      case '*':
        return `${nodot}${ONE_CHAR}${star}`;

      case '.*':
        return `${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*.*':
        return `${nodot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '*/*':
        return `${nodot}${star}${SLASH_LITERAL}${ONE_CHAR}${slashDot}${star}`;

      case '**':
        return nodot + globstar(opts);

      case '**/*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${ONE_CHAR}${star}`;

      case '**/*.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${slashDot}${star}${DOT_LITERAL}${ONE_CHAR}${star}`;

      case '**/.*':
        return `(?:${nodot}${globstar(opts)}${SLASH_LITERAL})?${DOT_LITERAL}${ONE_CHAR}${star}`;

      default: {
        const match = /^(.*?)\.(\w+)$/.exec(str);
        if (!match) return;

        const source = create(match[1]);
        if (!source) return;

        return source + DOT_LITERAL + match[2];
      }
    }
  };

  const output = utils.removePrefix(input, state);
  let source = create(output);

  if (source && opts.strictSlashes !== true) {
    source += `${SLASH_LITERAL}?`;
  }

  return source;
};

module.exports = parse;


/***/ }),

/***/ 8016:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const scan = __nccwpck_require__(1781);
const parse = __nccwpck_require__(8265);
const utils = __nccwpck_require__(4059);
const constants = __nccwpck_require__(5595);
const isObject = val => val && typeof val === 'object' && !Array.isArray(val);

/**
 * Creates a matcher function from one or more glob patterns. The
 * returned function takes a string to match as its first argument,
 * and returns true if the string is a match. The returned matcher
 * function also takes a boolean as the second argument that, when true,
 * returns an object with additional information.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch(glob[, options]);
 *
 * const isMatch = picomatch('*.!(*a)');
 * console.log(isMatch('a.a')); //=> false
 * console.log(isMatch('a.b')); //=> true
 *
 * // For environments without `node.js`, `picomatch/posix` provides you a dependency-free matcher, without automatic OS detection.
 * const picomatch = require('picomatch/posix');
 * // the same API, defaulting to posix paths
 * const isMatch = picomatch('a/*');
 * console.log(isMatch('a\\b')); //=> false
 * console.log(isMatch('a/b')); //=> true
 *
 * // you can still configure the matcher function to accept windows paths
 * const isMatch = picomatch('a/*', { options: windows });
 * console.log(isMatch('a\\b')); //=> true
 * console.log(isMatch('a/b')); //=> true
 * ```
 * @name picomatch
 * @param {String|Array} `globs` One or more glob patterns.
 * @param {Object=} `options`
 * @return {Function=} Returns a matcher function.
 * @api public
 */

const picomatch = (glob, options, returnState = false) => {
  if (Array.isArray(glob)) {
    const fns = glob.map(input => picomatch(input, options, returnState));
    const arrayMatcher = str => {
      for (const isMatch of fns) {
        const state = isMatch(str);
        if (state) return state;
      }
      return false;
    };
    return arrayMatcher;
  }

  const isState = isObject(glob) && glob.tokens && glob.input;

  if (glob === '' || (typeof glob !== 'string' && !isState)) {
    throw new TypeError('Expected pattern to be a non-empty string');
  }

  const opts = options || {};
  const posix = opts.windows;
  const regex = isState
    ? picomatch.compileRe(glob, options)
    : picomatch.makeRe(glob, options, false, true);

  const state = regex.state;
  delete regex.state;

  let isIgnored = () => false;
  if (opts.ignore) {
    const ignoreOpts = { ...options, ignore: null, onMatch: null, onResult: null };
    isIgnored = picomatch(opts.ignore, ignoreOpts, returnState);
  }

  const matcher = (input, returnObject = false) => {
    const { isMatch, match, output } = picomatch.test(input, regex, options, { glob, posix });
    const result = { glob, state, regex, posix, input, output, match, isMatch };

    if (typeof opts.onResult === 'function') {
      opts.onResult(result);
    }

    if (isMatch === false) {
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (isIgnored(input)) {
      if (typeof opts.onIgnore === 'function') {
        opts.onIgnore(result);
      }
      result.isMatch = false;
      return returnObject ? result : false;
    }

    if (typeof opts.onMatch === 'function') {
      opts.onMatch(result);
    }
    return returnObject ? result : true;
  };

  if (returnState) {
    matcher.state = state;
  }

  return matcher;
};

/**
 * Test `input` with the given `regex`. This is used by the main
 * `picomatch()` function to test the input string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.test(input, regex[, options]);
 *
 * console.log(picomatch.test('foo/bar', /^(?:([^/]*?)\/([^/]*?))$/));
 * // { isMatch: true, match: [ 'foo/', 'foo', 'bar' ], output: 'foo/bar' }
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp} `regex`
 * @return {Object} Returns an object with matching info.
 * @api public
 */

picomatch.test = (input, regex, options, { glob, posix } = {}) => {
  if (typeof input !== 'string') {
    throw new TypeError('Expected input to be a string');
  }

  if (input === '') {
    return { isMatch: false, output: '' };
  }

  const opts = options || {};
  const format = opts.format || (posix ? utils.toPosixSlashes : null);
  let match = input === glob;
  let output = (match && format) ? format(input) : input;

  if (match === false) {
    output = format ? format(input) : input;
    match = output === glob;
  }

  if (match === false || opts.capture === true) {
    if (opts.matchBase === true || opts.basename === true) {
      match = picomatch.matchBase(input, regex, options, posix);
    } else {
      match = regex.exec(output);
    }
  }

  return { isMatch: Boolean(match), match, output };
};

/**
 * Match the basename of a filepath.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.matchBase(input, glob[, options]);
 * console.log(picomatch.matchBase('foo/bar.js', '*.js'); // true
 * ```
 * @param {String} `input` String to test.
 * @param {RegExp|String} `glob` Glob pattern or regex created by [.makeRe](#makeRe).
 * @return {Boolean}
 * @api public
 */

picomatch.matchBase = (input, glob, options, posix = options && options.windows) => {
  const regex = glob instanceof RegExp ? glob : picomatch.makeRe(glob, options);
  return regex.test(utils.basename(input, { windows: posix }));
};

/**
 * Returns true if **any** of the given glob `patterns` match the specified `string`.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.isMatch(string, patterns[, options]);
 *
 * console.log(picomatch.isMatch('a.a', ['b.*', '*.a'])); //=> true
 * console.log(picomatch.isMatch('a.a', 'b.*')); //=> false
 * ```
 * @param {String|Array} str The string to test.
 * @param {String|Array} patterns One or more glob patterns to use for matching.
 * @param {Object} [options] See available [options](#options).
 * @return {Boolean} Returns true if any patterns match `str`
 * @api public
 */

picomatch.isMatch = (str, patterns, options) => picomatch(patterns, options)(str);

/**
 * Parse a glob pattern to create the source string for a regular
 * expression.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const result = picomatch.parse(pattern[, options]);
 * ```
 * @param {String} `pattern`
 * @param {Object} `options`
 * @return {Object} Returns an object with useful properties and output to be used as a regex source string.
 * @api public
 */

picomatch.parse = (pattern, options) => {
  if (Array.isArray(pattern)) return pattern.map(p => picomatch.parse(p, options));
  return parse(pattern, { ...options, fastpaths: false });
};

/**
 * Scan a glob pattern to separate the pattern into segments.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.scan(input[, options]);
 *
 * const result = picomatch.scan('!./foo/*.js');
 * console.log(result);
 * { prefix: '!./',
 *   input: '!./foo/*.js',
 *   start: 3,
 *   base: 'foo',
 *   glob: '*.js',
 *   isBrace: false,
 *   isBracket: false,
 *   isGlob: true,
 *   isExtglob: false,
 *   isGlobstar: false,
 *   negated: true }
 * ```
 * @param {String} `input` Glob pattern to scan.
 * @param {Object} `options`
 * @return {Object} Returns an object with
 * @api public
 */

picomatch.scan = (input, options) => scan(input, options);

/**
 * Compile a regular expression from the `state` object returned by the
 * [parse()](#parse) method.
 *
 * ```js
 * const picomatch = require('picomatch');
 * const state = picomatch.parse('*.js');
 * // picomatch.compileRe(state[, options]);
 *
 * console.log(picomatch.compileRe(state));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {Object} `state`
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Intended for implementors, this argument allows you to return the raw output from the parser.
 * @param {Boolean} `returnState` Adds the state to a `state` property on the returned regex. Useful for implementors and debugging.
 * @return {RegExp}
 * @api public
 */

picomatch.compileRe = (state, options, returnOutput = false, returnState = false) => {
  if (returnOutput === true) {
    return state.output;
  }

  const opts = options || {};
  const prepend = opts.contains ? '' : '^';
  const append = opts.contains ? '' : '$';

  let source = `${prepend}(?:${state.output})${append}`;
  if (state && state.negated === true) {
    source = `^(?!${source}).*$`;
  }

  const regex = picomatch.toRegex(source, options);
  if (returnState === true) {
    regex.state = state;
  }

  return regex;
};

/**
 * Create a regular expression from a parsed glob pattern.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.makeRe(state[, options]);
 *
 * const result = picomatch.makeRe('*.js');
 * console.log(result);
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `state` The object returned from the `.parse` method.
 * @param {Object} `options`
 * @param {Boolean} `returnOutput` Implementors may use this argument to return the compiled output, instead of a regular expression. This is not exposed on the options to prevent end-users from mutating the result.
 * @param {Boolean} `returnState` Implementors may use this argument to return the state from the parsed glob with the returned regular expression.
 * @return {RegExp} Returns a regex created from the given pattern.
 * @api public
 */

picomatch.makeRe = (input, options = {}, returnOutput = false, returnState = false) => {
  if (!input || typeof input !== 'string') {
    throw new TypeError('Expected a non-empty string');
  }

  let parsed = { negated: false, fastpaths: true };

  if (options.fastpaths !== false && (input[0] === '.' || input[0] === '*')) {
    parsed.output = parse.fastpaths(input, options);
  }

  if (!parsed.output) {
    parsed = parse(input, options);
  }

  return picomatch.compileRe(parsed, options, returnOutput, returnState);
};

/**
 * Create a regular expression from the given regex source string.
 *
 * ```js
 * const picomatch = require('picomatch');
 * // picomatch.toRegex(source[, options]);
 *
 * const { output } = picomatch.parse('*.js');
 * console.log(picomatch.toRegex(output));
 * //=> /^(?:(?!\.)(?=.)[^/]*?\.js)$/
 * ```
 * @param {String} `source` Regular expression source string.
 * @param {Object} `options`
 * @return {RegExp}
 * @api public
 */

picomatch.toRegex = (source, options) => {
  try {
    const opts = options || {};
    return new RegExp(source, opts.flags || (opts.nocase ? 'i' : ''));
  } catch (err) {
    if (options && options.debug === true) throw err;
    return /$^/;
  }
};

/**
 * Picomatch constants.
 * @return {Object}
 */

picomatch.constants = constants;

/**
 * Expose "picomatch"
 */

module.exports = picomatch;


/***/ }),

/***/ 1781:
/***/ ((module, __unused_webpack_exports, __nccwpck_require__) => {



const utils = __nccwpck_require__(4059);
const {
  CHAR_ASTERISK,             /* * */
  CHAR_AT,                   /* @ */
  CHAR_BACKWARD_SLASH,       /* \ */
  CHAR_COMMA,                /* , */
  CHAR_DOT,                  /* . */
  CHAR_EXCLAMATION_MARK,     /* ! */
  CHAR_FORWARD_SLASH,        /* / */
  CHAR_LEFT_CURLY_BRACE,     /* { */
  CHAR_LEFT_PARENTHESES,     /* ( */
  CHAR_LEFT_SQUARE_BRACKET,  /* [ */
  CHAR_PLUS,                 /* + */
  CHAR_QUESTION_MARK,        /* ? */
  CHAR_RIGHT_CURLY_BRACE,    /* } */
  CHAR_RIGHT_PARENTHESES,    /* ) */
  CHAR_RIGHT_SQUARE_BRACKET  /* ] */
} = __nccwpck_require__(5595);

const isPathSeparator = code => {
  return code === CHAR_FORWARD_SLASH || code === CHAR_BACKWARD_SLASH;
};

const depth = token => {
  if (token.isPrefix !== true) {
    token.depth = token.isGlobstar ? Infinity : 1;
  }
};

/**
 * Quickly scans a glob pattern and returns an object with a handful of
 * useful properties, like `isGlob`, `path` (the leading non-glob, if it exists),
 * `glob` (the actual pattern), `negated` (true if the path starts with `!` but not
 * with `!(`) and `negatedExtglob` (true if the path starts with `!(`).
 *
 * ```js
 * const pm = require('picomatch');
 * console.log(pm.scan('foo/bar/*.js'));
 * { isGlob: true, input: 'foo/bar/*.js', base: 'foo/bar', glob: '*.js' }
 * ```
 * @param {String} `str`
 * @param {Object} `options`
 * @return {Object} Returns an object with tokens and regex source string.
 * @api public
 */

const scan = (input, options) => {
  const opts = options || {};

  const length = input.length - 1;
  const scanToEnd = opts.parts === true || opts.tokens === true || opts.scanToEnd === true;
  const slashes = [];
  const tokens = [];
  const parts = [];

  let str = input;
  let index = -1;
  let start = 0;
  let lastIndex = 0;
  let isBrace = false;
  let isBracket = false;
  let isGlob = false;
  let isExtglob = false;
  let isGlobstar = false;
  let braceEscaped = false;
  let backslashes = false;
  let negated = false;
  let negatedExtglob = false;
  let finished = false;
  let braces = 0;
  let prev;
  let code;
  let token = { value: '', depth: 0, isGlob: false };

  const eos = () => index >= length;
  const peek = () => str.charCodeAt(index + 1);
  const advance = () => {
    prev = code;
    return str.charCodeAt(++index);
  };

  while (index < length) {
    code = advance();
    let next;

    if (code === CHAR_BACKWARD_SLASH) {
      backslashes = token.backslashes = true;
      code = advance();

      if (code === CHAR_LEFT_CURLY_BRACE) {
        braceEscaped = true;
      }
      continue;
    }

    if (braceEscaped === true || code === CHAR_LEFT_CURLY_BRACE) {
      braces++;

      while (eos() !== true && (code = advance())) {
        if (code === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (code === CHAR_LEFT_CURLY_BRACE) {
          braces++;
          continue;
        }

        if (braceEscaped !== true && code === CHAR_DOT && (code = advance()) === CHAR_DOT) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (braceEscaped !== true && code === CHAR_COMMA) {
          isBrace = token.isBrace = true;
          isGlob = token.isGlob = true;
          finished = true;

          if (scanToEnd === true) {
            continue;
          }

          break;
        }

        if (code === CHAR_RIGHT_CURLY_BRACE) {
          braces--;

          if (braces === 0) {
            braceEscaped = false;
            isBrace = token.isBrace = true;
            finished = true;
            break;
          }
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (code === CHAR_FORWARD_SLASH) {
      slashes.push(index);
      tokens.push(token);
      token = { value: '', depth: 0, isGlob: false };

      if (finished === true) continue;
      if (prev === CHAR_DOT && index === (start + 1)) {
        start += 2;
        continue;
      }

      lastIndex = index + 1;
      continue;
    }

    if (opts.noext !== true) {
      const isExtglobChar = code === CHAR_PLUS
        || code === CHAR_AT
        || code === CHAR_ASTERISK
        || code === CHAR_QUESTION_MARK
        || code === CHAR_EXCLAMATION_MARK;

      if (isExtglobChar === true && peek() === CHAR_LEFT_PARENTHESES) {
        isGlob = token.isGlob = true;
        isExtglob = token.isExtglob = true;
        finished = true;
        if (code === CHAR_EXCLAMATION_MARK && index === start) {
          negatedExtglob = true;
        }

        if (scanToEnd === true) {
          let parens = 0;

          while (eos() !== true && (code = advance())) {
            if (code === CHAR_BACKWARD_SLASH) {
              backslashes = token.backslashes = true;
              advance();
              continue;
            }

            if (code === CHAR_LEFT_PARENTHESES) {
              parens++;
              continue;
            }

            if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
              finished = true;
              break;
            }
          }
          continue;
        }
        break;
      }
    }

    if (code === CHAR_ASTERISK) {
      if (prev === CHAR_ASTERISK) isGlobstar = token.isGlobstar = true;
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_QUESTION_MARK) {
      isGlob = token.isGlob = true;
      finished = true;

      if (scanToEnd === true) {
        continue;
      }
      break;
    }

    if (code === CHAR_LEFT_SQUARE_BRACKET) {
      while (eos() !== true && (next = advance())) {
        if (next === CHAR_BACKWARD_SLASH) {
          backslashes = token.backslashes = true;
          advance();
          continue;
        }

        if (next === CHAR_RIGHT_SQUARE_BRACKET) {
          isBracket = token.isBracket = true;
          isGlob = token.isGlob = true;
          finished = true;
          break;
        }
      }

      if (scanToEnd === true) {
        continue;
      }

      break;
    }

    if (opts.nonegate !== true && code === CHAR_EXCLAMATION_MARK && index === start) {
      negated = token.negated = true;
      start++;
      continue;
    }

    if (opts.noparen !== true && code === CHAR_LEFT_PARENTHESES) {
      isGlob = token.isGlob = true;

      if (scanToEnd === true) {
        let parens = 1;

        while (eos() !== true && (code = advance())) {
          if (code === CHAR_BACKWARD_SLASH) {
            backslashes = token.backslashes = true;
            advance();
            continue;
          }

          if (code === CHAR_LEFT_PARENTHESES) {
            parens++;
            continue;
          }

          if (code === CHAR_RIGHT_PARENTHESES && --parens === 0) {
            finished = true;
            break;
          }
        }
        continue;
      }
      break;
    }

    if (isGlob === true) {
      finished = true;

      if (scanToEnd === true) {
        continue;
      }

      break;
    }
  }

  if (opts.noext === true) {
    isExtglob = false;
    isGlob = false;
  }

  let base = str;
  let prefix = '';
  let glob = '';

  if (start > 0) {
    prefix = str.slice(0, start);
    str = str.slice(start);
    lastIndex -= start;
  }

  if (base && isGlob === true && lastIndex > 0) {
    base = str.slice(0, lastIndex);
    glob = str.slice(lastIndex);
  } else if (isGlob === true) {
    base = '';
    glob = str;
  } else {
    base = str;
  }

  if (base && base !== '' && base !== '/' && base !== str) {
    if (isPathSeparator(base.charCodeAt(base.length - 1))) {
      base = base.slice(0, -1);
    }
  }

  if (opts.unescape === true) {
    if (glob) glob = utils.removeBackslashes(glob);

    if (base && backslashes === true) {
      base = utils.removeBackslashes(base);
    }
  }

  const state = {
    prefix,
    input,
    start,
    base,
    glob,
    isBrace,
    isBracket,
    isGlob,
    isExtglob,
    isGlobstar,
    negated,
    negatedExtglob
  };

  if (opts.tokens === true) {
    state.maxDepth = 0;
    if (!isPathSeparator(code)) {
      tokens.push(token);
    }
    state.tokens = tokens;
  }

  if (opts.parts === true || opts.tokens === true) {
    let prevIndex;

    for (let idx = 0; idx < slashes.length; idx++) {
      const n = prevIndex !== undefined ? prevIndex + 1 : start;
      const i = slashes[idx];
      const value = input.slice(n, i);
      if (opts.tokens) {
        if (idx === 0 && start !== 0) {
          tokens[idx].isPrefix = true;
          tokens[idx].value = prefix;
        } else {
          tokens[idx].value = value;
        }
        depth(tokens[idx]);
        state.maxDepth += tokens[idx].depth;
      }
      if (i >= start) {
        parts.push(value);
        prevIndex = i;
      }
    }

    const n = prevIndex !== undefined ? prevIndex + 1 : start;
    const value = input.slice(n);
    parts.push(value);

    if (opts.tokens && prevIndex && prevIndex + 1 < input.length) {
      tokens[tokens.length - 1].value = value;
      depth(tokens[tokens.length - 1]);
      state.maxDepth += tokens[tokens.length - 1].depth;
    }

    state.slashes = slashes;
    state.parts = parts;
  }

  return state;
};

module.exports = scan;


/***/ }),

/***/ 4059:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

/*global navigator*/


const {
  REGEX_BACKSLASH,
  REGEX_REMOVE_BACKSLASH,
  REGEX_SPECIAL_CHARS,
  REGEX_SPECIAL_CHARS_GLOBAL
} = __nccwpck_require__(5595);

exports.isObject = val => val !== null && typeof val === 'object' && !Array.isArray(val);
exports.hasRegexChars = str => REGEX_SPECIAL_CHARS.test(str);
exports.isRegexChar = str => str.length === 1 && exports.hasRegexChars(str);
exports.escapeRegex = str => str.replace(REGEX_SPECIAL_CHARS_GLOBAL, '\\$1');
exports.toPosixSlashes = str => str.replace(REGEX_BACKSLASH, '/');

exports.isWindows = () => {
  if (typeof navigator !== 'undefined' && navigator.platform) {
    const platform = navigator.platform.toLowerCase();
    return platform === 'win32' || platform === 'windows';
  }

  if (typeof process !== 'undefined' && process.platform) {
    return process.platform === 'win32';
  }

  return false;
};

exports.removeBackslashes = str => {
  return str.replace(REGEX_REMOVE_BACKSLASH, match => {
    return match === '\\' ? '' : match;
  });
};

exports.escapeLast = (input, char, lastIdx) => {
  const idx = input.lastIndexOf(char, lastIdx);
  if (idx === -1) return input;
  if (input[idx - 1] === '\\') return exports.escapeLast(input, char, idx - 1);
  return `${input.slice(0, idx)}\\${input.slice(idx)}`;
};

exports.removePrefix = (input, state = {}) => {
  let output = input;
  if (output.startsWith('./')) {
    output = output.slice(2);
    state.prefix = './';
  }
  return output;
};

exports.wrapOutput = (input, state = {}, options = {}) => {
  const prepend = options.contains ? '' : '^';
  const append = options.contains ? '' : '$';

  let output = `${prepend}(?:${input})${append}`;
  if (state.negated === true) {
    output = `(?:^(?!${output}).*$)`;
  }
  return output;
};

exports.basename = (path, { windows } = {}) => {
  const segs = path.split(windows ? /[\\/]/ : '/');
  const last = segs[segs.length - 1];

  if (last === '') {
    return segs[segs.length - 2];
  }

  return last;
};


/***/ }),

/***/ 8132:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  gx: () => (/* reexport */ CONSUMER_DEFAULT_WEIGHT),
  vk: () => (/* reexport */ CONSUMER_WEIGHTS_KEY),
  zr: () => (/* reexport */ DISABLE_JEMALLOC_KEY),
  Fs: () => (/* reexport */ FlinkError),
  KU: () => (/* reexport */ JAVA_OPTS_ENV),
  Dq: () => (/* reexport */ JVM_LIMIT_OF_FLAG),
  F9: () => (/* reexport */ options_OptionReader),
  ED: () => (/* reexport */ backendMemoryPrefix),
  rI: () => (/* reexport */ defaultConsumerWeights),
  vS: () => (/* reexport */ defaultNetworkBytes),
  F2: () => (/* reexport */ defaultStateBackend),
  XL: () => (/* reexport */ demandFor),
  CX: () => (/* reexport */ derive_derive),
  WC: () => (/* reexport */ derive_deriveJobManager),
  MC: () => (/* reexport */ derive_deriveTaskManager),
  jT: () => (/* reexport */ failureArithmetic),
  $K: () => (/* reexport */ options_findOption),
  xS: () => (/* reexport */ config_files_flinkConfReading),
  UQ: () => (/* reexport */ flinkImageVersion),
  Xq: () => (/* reexport */ formatSize),
  z4: () => (/* reexport */ imageAllocator),
  jR: () => (/* reexport */ imageDefaultConf),
  nt: () => (/* reexport */ isMemoryKey),
  fA: () => (/* reexport */ isOptionNamespace),
  kx: () => (/* reexport */ javaDoubleToString),
  hB: () => (/* reexport */ javaOptsKeys),
  _W: () => (/* reexport */ jvmSizeBytes),
  Yj: () => (/* reexport */ largestServableBuffersPerChannel),
  tT: () => (/* reexport */ legacy_keys_legacyKeyReading),
  Vh: () => (/* reexport */ memorySizeToString),
  ON: () => (/* reexport */ network_buffer_options_networkBufferSettings),
  tH: () => (/* reexport */ options_optionRegistry),
  PZ: () => (/* reexport */ parseJavaDouble),
  rz: () => (/* reexport */ parseJavaInt),
  vq: () => (/* reexport */ parseMemorySize),
  OX: () => (/* reexport */ preMemoryModelKeys),
  pR: () => (/* reexport */ processSizeKeys),
  iL: () => (/* reexport */ options_rawText),
  dN: () => (/* reexport */ readFlinkVersion),
  U_: () => (/* reexport */ readsDataprocWeight),
  qx: () => (/* reexport */ rememberedSolve),
  oH: () => (/* reexport */ runtimeModeOfArgs),
  JE: () => (/* reexport */ runtimeModeOption),
  _p: () => (/* reexport */ sizeInSentence),
  Zh: () => (/* reexport */ sizeInUnitsOf),
  Ug: () => (/* reexport */ state_backend_stateBackendKeys),
  J4: () => (/* reexport */ state_backend_stateBackendName),
  _1: () => (/* reexport */ suppliedKey),
  vw: () => (/* reexport */ tryParseMemorySize),
  Zq: () => (/* reexport */ usesManagedMemory),
  EU: () => (/* reexport */ versionCode)
});

// UNUSED EXPORTS: DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH, Edits, FORMAT_IMPLIED, INTEGER_MAX_VALUE, JAVA_INT_MAX, JAVA_INT_MIN, MAX_MEMORY_SIZE, NETWORK_BUFFER_OPTIONS, NETWORK_BUFFER_OPTION_VERSIONS, RUNTIME_MODES, addBytes, convertValue, defaultConfigFile, deriveJobManagerPlain, deriveTaskManagerPlain, diffVersions, dumpFlinkYaml, effectiveOption, failure, flinkImage, formatChange, gateBuffers, gateModel, iae, ice, insufficientBuffersMessage, javaFloatToString, javaHashMapOrder, javaTrim, jvmArgs, keepSizes, legacyHeapTarget, longOverflow, mapLegacyHeap, memorySizeToHumanReadable, migrateConfigFile, minorLineOf, multiplyBytes, networkBufferDemand, networkBufferOption, operatorFlinkVersion, optionToString, parseFlinkVersion, parseJavaFloat, parseJavaLong, parseMebiBytes, resultPartitionBuffers, retagFlinkImage, sameVersion, segmentSize, sizeLike, sizeValue, smallestDefaultNetworkBuffers, solveSizing, stateBackendSetting, subtractBytes, traitsOf, upgradeEdits, versionOptions

;// CONCATENATED MODULE: ./src/flink/java-number.ts
/**
 * Java's number parsing and printing, as Flink's typed options see them: `Float.parseFloat`,
 * `Double.parseDouble`, `Integer.parseInt`, `Long.parseLong` and `Double.toString`.
 * Parsers return `undefined` where Java throws a `NumberFormatException`.
 */
/** Java `String.trim()`: only code units up to U+0020 count as white space. */
function java_number_javaTrim(s) {
    let from = 0;
    let to = s.length;
    while (from < to && s.charCodeAt(from) <= 0x20)
        from++;
    while (to > from && s.charCodeAt(to - 1) <= 0x20)
        to--;
    return from === 0 && to === s.length ? s : s.slice(from, to);
}
/** Java `Double.toString(d)`: shortest round-trip digits, scientific outside [10^-3, 10^7). */
function javaDoubleToString(d) {
    if (Number.isNaN(d))
        return 'NaN';
    if (d === Infinity)
        return 'Infinity';
    if (d === -Infinity)
        return '-Infinity';
    if (d === 0)
        return Object.is(d, -0) ? '-0.0' : '0.0';
    const abs = Math.abs(d);
    const sign = d < 0 ? '-' : '';
    if (abs >= 1e-3 && abs < 1e7) {
        const s = String(abs);
        return sign + (s.includes('.') ? s : `${s}.0`);
    }
    const [mantissa, exp] = abs.toExponential().split('e');
    const m = mantissa.includes('.') ? mantissa : `${mantissa}.0`;
    return `${sign}${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}
/** Java `Float.toString(f)`: the shortest digits that read back as the same float32. */
function javaFloatToString(f) {
    if (!Number.isFinite(f) || f === 0)
        return javaDoubleToString(f);
    for (let digits = 1; digits <= 9; digits++) {
        const candidate = Number(f.toPrecision(digits));
        if (Math.fround(candidate) === f)
            return javaDoubleToString(candidate);
    }
    return javaDoubleToString(f);
}
const PLUS = 43;
const MINUS = 45;
const DOT = 46;
function isDigit(c) {
    return c >= 48 && c <= 57;
}
function hexValue(c) {
    if (c >= 48 && c <= 57)
        return c - 48;
    if (c >= 97 && c <= 102)
        return c - 87;
    if (c >= 65 && c <= 70)
        return c - 55;
    return -1;
}
function isTypeSuffix(c) {
    return c === 102 || c === 70 || c === 100 || c === 68; // f F d D
}
const FLOAT32 = { precision: 24, minUnitExp: -149, maxExp: 128 };
const FLOAT64 = { precision: 53, minUnitExp: -1074, maxExp: 1024 };
function bitLength(n) {
    return n === 0n ? 0 : n.toString(2).length;
}
/** Correctly rounds the positive rational num/den to the format (round half to even). */
function roundRational(num, den, fmt) {
    if (num === 0n)
        return 0;
    const s = bitLength(num) - bitLength(den) - (fmt.precision + 2);
    let q;
    let r;
    if (s >= 0) {
        const d = den << BigInt(s);
        q = num / d;
        r = num % d;
    }
    else {
        const n = num << BigInt(-s);
        q = n / den;
        r = n % den;
    }
    const top = s + bitLength(q); // value < 2^top
    const unit = Math.max(top - fmt.precision, fmt.minUnitExp);
    const shift = unit - s;
    let m;
    if (shift > 0) {
        const b = BigInt(shift);
        m = q >> b;
        const rest = q & ((1n << b) - 1n);
        const half = 1n << (b - 1n);
        if (rest > half || (rest === half && (r !== 0n || (m & 1n) === 1n)))
            m += 1n;
    }
    else {
        m = q << BigInt(-shift);
    }
    if (bitLength(m) + unit > fmt.maxExp)
        return Infinity;
    return Number(m) * 2 ** unit;
}
/**
 * Java's `FloatingDecimal.readJavaFormatString`: optional sign, `NaN`, `Infinity`, decimal with
 * optional exponent, or hex with a binary exponent; one trailing `f`/`F`/`d`/`D` allowed.
 */
function parseJavaFloating(text, fmt) {
    const s = java_number_javaTrim(text);
    const n = s.length;
    if (n === 0)
        return undefined;
    let i = 0;
    let negative = false;
    const c0 = s.charCodeAt(0);
    if (c0 === PLUS || c0 === MINUS) {
        negative = c0 === MINUS;
        i++;
    }
    const rest = s.slice(i);
    if (rest === 'NaN')
        return NaN;
    if (rest === 'Infinity')
        return negative ? -Infinity : Infinity;
    const scanned = rest.startsWith('0x') || rest.startsWith('0X')
        ? scanHex(s, i + 2, fmt, negative)
        : scanDecimal(s, i, fmt, negative);
    return scanned === undefined ? undefined : scanned.negative ? -scanned.value : scanned.value;
}
/** A signed exponent from `start`, an optional type suffix, then the end of the text. */
function scanExponentAndEnd(s, start) {
    const n = s.length;
    let i = start;
    let negative = false;
    if (i < n && (s.charCodeAt(i) === PLUS || s.charCodeAt(i) === MINUS)) {
        negative = s.charCodeAt(i) === MINUS;
        i++;
    }
    const digitsStart = i;
    while (i < n && isDigit(s.charCodeAt(i)))
        i++;
    if (i === digitsStart)
        return undefined;
    // Java saturates huge exponents; anything this large already means 0 or infinity.
    const e = Math.min(Number(s.slice(digitsStart, i)), 100000);
    if (i < n && isTypeSuffix(s.charCodeAt(i)))
        i++;
    if (i !== n)
        return undefined;
    return negative ? -e : e;
}
function scanDecimal(s, start, fmt, negative) {
    const n = s.length;
    let i = start;
    let digits = '';
    let fractionDigits = 0;
    let seenDot = false;
    let any = false;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (isDigit(c)) {
            any = true;
            digits += s[i];
            if (seenDot)
                fractionDigits++;
        }
        else if (c === DOT && !seenDot) {
            seenDot = true;
        }
        else
            break;
    }
    if (!any)
        return undefined;
    let exp = 0;
    if (i < n && (s.charCodeAt(i) === 101 || s.charCodeAt(i) === 69)) {
        const scanned = scanExponentAndEnd(s, i + 1);
        if (scanned === undefined)
            return undefined;
        exp = scanned;
    }
    else {
        if (i < n && isTypeSuffix(s.charCodeAt(i)))
            i++;
        if (i !== n)
            return undefined;
    }
    const value = decimalToBinary(digits, exp - fractionDigits, fmt);
    return { negative, value };
}
function decimalToBinary(digits, exp10, fmt) {
    const d = Number(`${digits}e${exp10}`);
    if (fmt === FLOAT64)
        return d;
    const f = Math.fround(d);
    if (f === d || !Number.isFinite(d))
        return f;
    // Double rounding can only go wrong when the double lands exactly on a midpoint between floats.
    const other = nextFloat(f, d > f);
    const mid = Number.isFinite(other) ? (f + other) / 2 : 2 ** 128 - 2 ** 103;
    if (d !== mid)
        return f;
    const big = BigInt(digits.replace(/^0+(?=\d)/, ''));
    return exp10 >= 0
        ? roundRational(big * 10n ** BigInt(exp10), 1n, fmt)
        : roundRational(big, 10n ** BigInt(-exp10), fmt);
}
const f32 = new Float32Array(1);
const u32 = new Uint32Array(f32.buffer);
function nextFloat(f, up) {
    if (f === 0)
        return up ? 2 ** -149 : -(2 ** -149);
    f32[0] = f;
    u32[0] += f > 0 === up ? 1 : -1;
    return f32[0];
}
function scanHex(s, start, fmt, negative) {
    const n = s.length;
    let i = start;
    let mantissa = 0n;
    let fractionDigits = 0;
    let seenDot = false;
    let any = false;
    for (; i < n; i++) {
        const c = s.charCodeAt(i);
        const h = hexValue(c);
        if (h >= 0) {
            any = true;
            mantissa = (mantissa << 4n) | BigInt(h);
            if (seenDot)
                fractionDigits++;
        }
        else if (c === DOT && !seenDot) {
            seenDot = true;
        }
        else
            break;
    }
    if (!any || i >= n || (s.charCodeAt(i) !== 112 && s.charCodeAt(i) !== 80))
        return undefined; // p P required
    const e = scanExponentAndEnd(s, i + 1);
    if (e === undefined)
        return undefined;
    const exp2 = e - 4 * fractionDigits;
    const value = exp2 >= 0
        ? roundRational(mantissa << BigInt(exp2), 1n, fmt)
        : roundRational(mantissa, 1n << BigInt(-exp2), fmt);
    return { negative, value };
}
/** Java `Float.parseFloat`, as a JS number holding the float32 value. */
function parseJavaFloat(text) {
    return parseJavaFloating(text, FLOAT32);
}
/** Java `Double.parseDouble`. */
function parseJavaDouble(text) {
    return parseJavaFloating(text, FLOAT64);
}
const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const LONG_MAX = 2n ** 63n - 1n;
function parseJavaInteger(text, min, max) {
    const n = text.length;
    if (n === 0)
        return undefined;
    let i = 0;
    const c0 = text.charCodeAt(0);
    if (c0 === PLUS || c0 === MINUS) {
        i = 1;
        if (n === 1)
            return undefined;
    }
    for (let j = i; j < n; j++)
        if (!isDigit(text.charCodeAt(j)))
            return undefined;
    const v = BigInt(text);
    return v < min || v > max ? undefined : v;
}
/** Java `Integer.parseInt`: no trimming, optional sign, ASCII decimal digits, 32-bit range. */
function parseJavaInt(text) {
    const v = parseJavaInteger(text, INT_MIN, INT_MAX);
    return v === undefined ? undefined : Number(v);
}
/** Java `Long.parseLong`. */
function parseJavaLong(text) {
    return parseJavaInteger(text, LONG_MIN, LONG_MAX);
}
const JAVA_INT_MIN = INT_MIN;
const JAVA_INT_MAX = INT_MAX;

;// CONCATENATED MODULE: ./src/flink/flink-error.ts
/** Java exception classes Flink's derivation raises, by simple name. */
const QUALIFIED = {
    IllegalConfigurationException: 'org.apache.flink.configuration.IllegalConfigurationException',
    IllegalArgumentException: 'java.lang.IllegalArgumentException',
    NumberFormatException: 'java.lang.NumberFormatException',
    ArithmeticException: 'java.lang.ArithmeticException',
    NullPointerException: 'java.lang.NullPointerException',
    RuntimeException: 'java.lang.RuntimeException',
};
/**
 * The one error a derivation raises: what Flink's Java code would throw, with the exception's
 * simple class name and the chain of causes (each as Java's `Throwable.toString()`).
 */
class FlinkError extends Error {
    errorType;
    cause;
    constructor(errorType, message, cause) {
        // Rejections are ordinary results here, not bugs: a stack trace would cost more than the derivation.
        const limit = Error.stackTraceLimit;
        Error.stackTraceLimit = 0;
        super(message);
        Error.stackTraceLimit = limit;
        this.name = 'FlinkError';
        this.errorType = errorType;
        this.cause = cause;
    }
    /** Messages of the cause chain, outermost first, each as Java's `Throwable.toString()`. */
    get causes() {
        return this.cause ? [this.cause.javaString(), ...this.cause.causes] : [];
    }
    /** `Throwable.toString()`: the qualified class name, then the message. */
    javaString() {
        return `${QUALIFIED[this.errorType] ?? this.errorType}: ${this.message}`;
    }
}
/** A derivation result for a `FlinkError`; anything else is a bug and is re-thrown. */
function flink_error_failure(err) {
    if (!(err instanceof FlinkError))
        throw err;
    return {
        ok: false,
        error: err.message,
        errorType: err.errorType,
        ...(err.causes.length > 0 && { causes: err.causes }),
    };
}
const ice = (message, cause) => new FlinkError('IllegalConfigurationException', message, cause);
const iae = (message, cause) => new FlinkError('IllegalArgumentException', message, cause);
const longOverflow = () => new FlinkError('ArithmeticException', 'long overflow');

;// CONCATENATED MODULE: ./src/flink/memory-size.ts


/** Flink's `MemorySize`: a byte count that is a non-negative signed 64-bit value. */
const MAX_MEMORY_SIZE = 2n ** 63n - 1n;
const KB = 1024n;
const MB = KB * KB;
const GB = MB * KB;
const TB = GB * KB;
const UNITS = {
    '': 1n,
    b: 1n,
    bytes: 1n,
    k: KB,
    kb: KB,
    kibibytes: KB,
    m: MB,
    mb: MB,
    mebibytes: MB,
    g: GB,
    gb: GB,
    gibibytes: GB,
    t: TB,
    tb: TB,
    tebibytes: TB,
};
const UNIT_LIST = '(b | bytes) / (k | kb | kibibytes) / (m | mb | mebibytes) / (g | gb | gibibytes) / (t | tb | tebibytes)';
/** `MemorySize.parse(text)`: Java trim, leading ASCII digits, optional binary unit. */
function parseMemorySize(text) {
    if (text === null || text === undefined)
        throw new FlinkError('NullPointerException', 'text cannot be null');
    const t = java_number_javaTrim(text);
    if (t.length === 0)
        throw iae('argument is an empty- or whitespace-only string');
    let end = 0;
    while (end < t.length) {
        const c = t.charCodeAt(end);
        if (c < 48 || c > 57)
            break;
        end++;
    }
    if (end === 0)
        throw new FlinkError('NumberFormatException', 'text does not start with a number');
    const numberText = t.slice(0, end);
    const value = BigInt(numberText);
    if (value > MAX_MEMORY_SIZE) {
        throw iae(`The value '${numberText}' cannot be re represented as 64bit number (numeric overflow).`);
    }
    const unit = end === t.length ? '' : java_number_javaTrim(t.slice(end)).toLowerCase();
    const multiplier = UNITS[unit];
    if (multiplier === undefined || !Object.hasOwn(UNITS, unit)) {
        throw iae(`Memory size unit '${unit}' does not match any of the recognized units: ${UNIT_LIST}`);
    }
    const bytes = value * multiplier;
    if (bytes > MAX_MEMORY_SIZE) {
        throw iae(`The value '${text}' cannot be re represented as 64bit number of bytes (numeric overflow).`);
    }
    return bytes;
}
/** `MemorySize.parse(text, MEGA_BYTES)`: a plain number means mebibytes. */
function parseMebiBytes(text) {
    const t = javaTrim(text);
    let end = 0;
    while (end < t.length && t.charCodeAt(end) >= 48 && t.charCodeAt(end) <= 57)
        end++;
    return parseMemorySize(end === t.length && end > 0 ? `${t}m` : text);
}
/** `MemorySize.parse(text)` returning `undefined` instead of throwing. */
function tryParseMemorySize(text) {
    try {
        return parseMemorySize(text);
    }
    catch {
        return undefined;
    }
}
const PRINT_UNITS = [
    [1n, 'bytes'],
    [KB, 'kb'],
    [MB, 'mb'],
    [GB, 'gb'],
    [TB, 'tb'],
];
/** `MemorySize.toString()`: the largest unit that divides the size exactly, bytes for multiples of 1 TiB. */
function memorySizeToString(bytes) {
    let chosen = PRINT_UNITS[0];
    for (let i = 1; i < PRINT_UNITS.length; i++) {
        if (bytes % PRINT_UNITS[i][0] !== 0n) {
            chosen = PRINT_UNITS[i - 1];
            break;
        }
    }
    return `${bytes / chosen[0]} ${chosen[1]}`;
}
/** `MemorySize.toHumanReadableString()`, e.g. `1.688gb (1811939328 bytes)`. */
function memorySizeToHumanReadable(bytes) {
    let unit;
    for (let i = PRINT_UNITS.length - 1; i >= 1; i--) {
        if (PRINT_UNITS[i][0] < bytes) {
            unit = PRINT_UNITS[i];
            break;
        }
    }
    if (!unit)
        return `${bytes} bytes`;
    return `${(Number(bytes) / Number(unit[0])).toFixed(3)}${unit[1]} (${bytes} bytes)`;
}
/** Exact `long` addition: Java's `Math.addExact`. */
function addBytes(a, b) {
    const sum = a + b;
    if (sum > MAX_MEMORY_SIZE)
        throw longOverflow();
    return sum;
}
/** `MemorySize.subtract`: a negative result is rejected by the constructor. */
function subtractBytes(a, b) {
    const diff = a - b;
    if (diff < 0n)
        throw iae('bytes must be >= 0');
    return diff;
}
/** The exact decimal of `BigDecimal.valueOf(d)` (Java `Double.toString`) as digits × 10^exponent. */
function decimalOf(d) {
    const text = javaDoubleToString(d);
    const e = text.indexOf('E');
    const mantissa = e < 0 ? text : text.slice(0, e);
    const dot = mantissa.indexOf('.');
    const fraction = dot < 0 ? '' : mantissa.slice(dot + 1);
    const digits = BigInt((dot < 0 ? mantissa : mantissa.slice(0, dot)) + fraction);
    const exponent = (e < 0 ? 0 : Number(text.slice(e + 1))) - fraction.length;
    return { digits, exponent, scale: 10n ** BigInt(Math.abs(exponent)) };
}
/**
 * `MemorySize.multiply(double)`: the exact product of the bytes and the decimal Java prints for the
 * multiplier, truncated toward zero.
 */
function multiplyBytes(bytes, multiplier) {
    if (multiplier < 0)
        throw iae('multiplier must be >= 0');
    if (!Number.isFinite(multiplier))
        throw new FlinkError('NumberFormatException', 'Infinite or NaN');
    let decimal = decimals.get(multiplier);
    if (!decimal) {
        decimal = decimalOf(multiplier);
        if (decimals.size > 4096)
            decimals.clear();
        decimals.set(multiplier, decimal);
    }
    const { digits, exponent, scale } = decimal;
    let product;
    if (exponent >= 0) {
        product = bytes * digits * scale;
        if (product > MAX_MEMORY_SIZE)
            throw longOverflow();
    }
    else {
        const exact = bytes * digits;
        // Java compares the exact product with Long.MAX_VALUE before truncating.
        if (exact > MAX_MEMORY_SIZE * scale)
            throw longOverflow();
        product = exact / scale;
    }
    return product;
}
const decimals = new Map();

;// CONCATENATED MODULE: ./src/flink/human-size.ts
const MIB = 1n << 20n;
const GIB = 1n << 30n;
/** From here on sizes read better in GiB. */
const GIB_FROM = 10n * GIB;
/** `value / unit` rounded half up to `digits` decimals, trailing zeros dropped. */
function scaled(value, unit, digits) {
    const factor = 10n ** BigInt(digits);
    const units = (value * factor * 2n + unit) / (unit * 2n);
    const whole = units / factor;
    const fraction = (units % factor).toString().padStart(digits, '0').replace(/0+$/, '');
    return fraction ? `${whole}.${fraction}` : `${whole}`;
}
function magnitude(bytes) {
    if (bytes >= GIB_FROM)
        return `${scaled(bytes, GIB, 2)} GiB`;
    const mib = scaled(bytes, MIB, 1);
    // A few bytes would round to `0 MiB`, which hides that there are some.
    if (mib === '0' && bytes > 0n)
        return `${bytes} B`;
    return `${mib} MiB`;
}
/**
 * A size for people: below 10 GiB in MiB with at most one decimal (`1728 MiB`, `384.5 MiB`),
 * from 10 GiB in GiB with at most two (`16 GiB`).
 */
function formatSize(bytes) {
    return bytes < 0n ? `-${magnitude(-bytes)}` : magnitude(bytes);
}
/** A signed change between two sizes: `+2368 MiB`, `-512 MiB`, `±0`. */
function formatChange(delta) {
    if (delta === 0n)
        return '±0';
    return delta > 0n ? `+${magnitude(delta)}` : `-${magnitude(-delta)}`;
}

// EXTERNAL MODULE: ./src/model/index.ts + 4 modules
var model = __nccwpck_require__(8228);
;// CONCATENATED MODULE: ./src/flink/versions.ts

/** Patches a minor line counts up to: a minor line stands for its latest patch. */
const LATEST_PATCH = 999;
/**
 * Where a version lies on the line of releases: the minor line's position, then the patch. A
 * version given as a minor line is its latest patch; a table row given as a minor line starts at
 * its first patch, so that the rows of a line hold for all of its patch releases.
 */
function position(version, as) {
    const cache = as === 'version' ? VERSION_POSITIONS : SINCE_POSITIONS;
    const known = cache.get(version);
    if (known !== undefined)
        return known;
    const [major, minor, patch] = version.split('.');
    const line = model/* FLINK_VERSIONS */.tf.indexOf(`${major}.${minor}`);
    if (line < 0)
        throw new RangeError(`Unsupported Flink version ${version}`);
    const within = patch !== undefined ? Number(patch) : as === 'version' ? LATEST_PATCH : 0;
    const at = line * (LATEST_PATCH + 1) + within;
    cache.set(version, at);
    return at;
}
// Every table lookup compares versions; the strings come from a small closed set, so each is
// parsed once.
const VERSION_POSITIONS = new Map();
const SINCE_POSITIONS = new Map();
/** Position of a version among the versions the tool judges, for ordering them. */
function versionIndex(version) {
    return position(version, 'version');
}
/** Whether a version has reached a table row's version (a row at `'1.10'` holds from 1.10.0 on). */
function versions_atLeast(version, since) {
    return position(version, 'version') >= position(since, 'since');
}
/** Every version the tool judges, oldest first: a patch release comes before its minor line. */
const versions_JUDGED_VERSIONS = [...model/* PATCH_RELEASES */.WO, ...model/* FLINK_VERSIONS */.tf].sort((a, b) => versionIndex(a) - versionIndex(b));
/** The row of a `[since, value]` table that holds for a version: the last one it has reached. */
function versions_sinceRow(rows, version) {
    let value;
    for (const [since, v] of rows)
        if (versions_atLeast(version, since))
            value = v;
    return value;
}
/** major × 100 + minor (1.17 → 117, 2.0 → 200): the Facts document's `config.versionCode`. */
function versionCode(version) {
    const [major, minor] = version.split('.').map(Number);
    return major * 100 + minor;
}
const VERSION_TEXT = /^\s*(?:flink[-_]?)?v?(\d+)[._](\d+)(?!\d)(?:\.(\d+)(?!\d))?/i;
/**
 * `'1.18'`, `'1.18.1'`, `'v1_18'`, `'flink-1.18'`, `'2.0-preview1'` → the minor it names; one
 * outside 1.10–newest is clamped into the range (and says so). Undefined for anything else.
 */
function readFlinkVersion(text) {
    const match = VERSION_TEXT.exec(text);
    if (!match)
        return undefined;
    const major = Number(match[1]);
    const minor = Number(match[2]);
    const release = model/* PATCH_RELEASES */.WO.find((v) => match[3] !== undefined && v === `${major}.${minor}.${Number(match[3])}`);
    if (release)
        return { version: release, clamped: false, beforeModel: false };
    const exact = model/* FLINK_VERSIONS */.tf.find((v) => v === `${major}.${minor}`);
    if (exact)
        return { version: exact, clamped: false, beforeModel: false };
    const older = major < 1 || (major === 1 && minor < 10);
    return { version: older ? model/* FLINK_VERSIONS */.tf[0] : model/* NEWEST_FLINK_VERSION */.Xv, clamped: true, beforeModel: older };
}
/** `'1.18'`, `'1.18.1'`, `'v1_18'`, `'flink-1.18'` → `'1.18'`; undefined when not a supported minor. */
function parseFlinkVersion(text) {
    const read = readFlinkVersion(text);
    return read && !read.clamped ? read.version : undefined;
}
const MODERN_MISSING = "Either required fine-grained memory (taskmanager.memory.task.heap.size and taskmanager.memory.managed.size), or Total Flink Memory size (Key: 'taskmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'taskmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.";
const LEGACY_MISSING = 'Either Task Heap Memory size (taskmanager.memory.task.heap.size) and Managed Memory size (taskmanager.memory.managed.size), or Total Flink Memory size (taskmanager.memory.flink.size), or Total Process Memory size (taskmanager.memory.process.size) need to be configured explicitly.';
/** Each row applies from its version on, until a later row overrides a field. */
const TRAIT_CHANGES = [
    [
        '1.10',
        {
            tmPrefix: '',
            jmPrefix: '',
            tmMissingSizesMessage: LEGACY_MISSING,
            checkProcessCoversFlink: false,
            legacyNetworkBuffers: true,
            legacyHeap: true,
            tmLegacyMapPrefix: '',
            jobManagerModel: false,
            slotsAndExternalResources: false,
            dynamicMetaspaceAndOverhead: false,
            dynamicTrailingSpace: true,
            jobManagerDynamicConfigs: false,
            quoteExternalResources: false,
        },
    ],
    [
        '1.11',
        {
            tmPrefix: 'TaskManager memory configuration failed: ',
            jmPrefix: 'JobManager memory configuration failed: ',
            tmMissingSizesMessage: MODERN_MISSING,
            checkProcessCoversFlink: true,
            tmLegacyMapPrefix: 'TaskManager failed to map legacy JVM heap option to the new one: ',
            jobManagerModel: true,
        },
    ],
    [
        '1.12',
        { dynamicMetaspaceAndOverhead: true, dynamicTrailingSpace: false, jobManagerDynamicConfigs: true },
    ],
    ['1.13', { slotsAndExternalResources: true }],
    ['1.15', { quoteExternalResources: true }],
    ['2.0', { jmPrefix: '', legacyNetworkBuffers: false, legacyHeap: false }],
];
const TRAITS = new Map(versions_JUDGED_VERSIONS.map((version) => [
    version,
    Object.assign({}, ...TRAIT_CHANGES.filter(([since]) => versions_atLeast(version, since)).map(([, t]) => t)),
]));
function traitsOf(version) {
    const traits = TRAITS.get(version);
    if (!traits)
        throw new RangeError(`Unsupported Flink version ${String(version)}`);
    return traits;
}
/** Whether two versions are judged alike (the same minor line, or the same patch release). */
function sameVersion(a, b) {
    return versionIndex(a) === versionIndex(b);
}
/** The minor line a version text names (`1.18.1-java11` → `1.18`), supported or not; undefined for other text. */
function minorLineOf(text) {
    const match = VERSION_TEXT.exec(text);
    return match ? `${Number(match[1])}.${Number(match[2])}` : undefined;
}

;// CONCATENATED MODULE: ./src/flink/options.ts




const always = (value) => [['1.10', value]];
/** The options of Flink's memory model, with defaults and deprecated keys per version (spec §1). */
const OPTION_ROWS = [
    { key: 'taskmanager.memory.process.size', type: 'memory' },
    { key: 'taskmanager.memory.flink.size', type: 'memory' },
    { key: 'taskmanager.memory.framework.heap.size', type: 'memory', defaults: always('128m') },
    { key: 'taskmanager.memory.framework.off-heap.size', type: 'memory', defaults: always('128m') },
    { key: 'taskmanager.memory.task.heap.size', type: 'memory' },
    { key: 'taskmanager.memory.task.off-heap.size', type: 'memory', defaults: always('0') },
    { key: 'taskmanager.memory.managed.size', type: 'memory', deprecatedKeys: ['taskmanager.memory.size'] },
    { key: 'taskmanager.memory.managed.fraction', type: 'float', defaults: always('0.4') },
    {
        key: 'taskmanager.memory.network.min',
        type: 'memory',
        defaults: always('64m'),
        deprecatedKeys: ['taskmanager.network.memory.min'],
    },
    {
        key: 'taskmanager.memory.network.max',
        type: 'memory',
        // FLINK-30472: unbounded from 1.17 on.
        defaults: [
            ['1.10', '1g'],
            ['1.17', String(MAX_MEMORY_SIZE)],
        ],
        deprecatedKeys: ['taskmanager.network.memory.max'],
    },
    {
        key: 'taskmanager.memory.network.fraction',
        type: 'float',
        defaults: always('0.1'),
        deprecatedKeys: ['taskmanager.network.memory.fraction'],
    },
    {
        key: 'taskmanager.memory.jvm-metaspace.size',
        type: 'memory',
        // FLINK-16406 (apache/flink#11300, the 1.10.1 release notes) raised 1.10.0's 96m.
        defaults: [
            ['1.10', '96m'],
            ['1.10.1', '256m'],
        ],
    },
    { key: 'taskmanager.memory.jvm-overhead.min', type: 'memory', defaults: always('192m') },
    { key: 'taskmanager.memory.jvm-overhead.max', type: 'memory', defaults: always('1g') },
    { key: 'taskmanager.memory.jvm-overhead.fraction', type: 'float', defaults: always('0.1') },
    { key: 'taskmanager.memory.segment-size', type: 'memory', defaults: always('32kb') },
    { key: 'taskmanager.network.numberOfBuffers', type: 'int', defaults: always('2048'), removedIn: '2.0' },
    { key: 'taskmanager.numberOfTaskSlots', type: 'int', defaults: always('1') },
    { key: 'taskmanager.cpu.cores', type: 'double' },
    { key: 'taskmanager.heap.size', type: 'memory', removedIn: '2.0' },
    { key: 'taskmanager.heap.mb', type: 'int', removedIn: '2.0' },
    { key: 'external-resources', type: 'string', since: '1.11' },
    { key: 'jobmanager.memory.process.size', type: 'memory', since: '1.11' },
    { key: 'jobmanager.memory.flink.size', type: 'memory', since: '1.11' },
    { key: 'jobmanager.memory.heap.size', type: 'memory', since: '1.11' },
    { key: 'jobmanager.memory.off-heap.size', type: 'memory', defaults: always('128m'), since: '1.11' },
    { key: 'jobmanager.memory.jvm-metaspace.size', type: 'memory', defaults: always('256m'), since: '1.11' },
    { key: 'jobmanager.memory.jvm-overhead.min', type: 'memory', defaults: always('192m'), since: '1.11' },
    { key: 'jobmanager.memory.jvm-overhead.max', type: 'memory', defaults: always('1g'), since: '1.11' },
    { key: 'jobmanager.memory.jvm-overhead.fraction', type: 'float', defaults: always('0.1'), since: '1.11' },
    {
        key: 'jobmanager.memory.enable-jvm-direct-memory-limit',
        type: 'boolean',
        defaults: always('false'),
        since: '1.11',
    },
    {
        key: 'jobmanager.heap.size',
        type: 'memory',
        defaults: [
            ['1.10', '1024m'],
            ['1.11', undefined],
        ],
        removedIn: '2.0',
    },
    {
        key: 'jobmanager.heap.mb',
        type: 'int',
        defaults: [
            ['1.10', '1024'],
            ['1.11', undefined],
        ],
        removedIn: '2.0',
    },
    {
        key: 'containerized.heap-cutoff-ratio',
        type: 'float',
        defaults: always('0.25'),
        deprecatedKeys: ['yarn.heap-cutoff-ratio'],
        removedIn: '1.11',
    },
    {
        key: 'containerized.heap-cutoff-min',
        type: 'int',
        defaults: always('600'),
        deprecatedKeys: ['yarn.heap-cutoff-min'],
        removedIn: '1.11',
    },
    // Options the rules read beside the memory model: limit factors (spec §9.4), how managed memory is
    // shared out (§10.3), RocksDB/ForSt memory (§10.1), PyFlink's managed-memory switch.
    {
        key: 'kubernetes.taskmanager.memory.limit-factor',
        type: 'double',
        defaults: always('1.0'),
        since: '1.15',
    },
    {
        key: 'kubernetes.jobmanager.memory.limit-factor',
        type: 'double',
        defaults: always('1.0'),
        since: '1.15',
    },
    {
        key: 'taskmanager.memory.managed.consumer-weights',
        type: 'string',
        defaults: [
            ['1.12', 'DATAPROC:70,PYTHON:30'],
            ['1.13', 'OPERATOR:70,STATE_BACKEND:70,PYTHON:30'],
        ],
        since: '1.12',
    },
    { key: 'state.backend.rocksdb.memory.managed', type: 'boolean', defaults: always('true') },
    { key: 'state.backend.rocksdb.memory.fixed-per-slot', type: 'memory' },
    { key: 'state.backend.rocksdb.memory.fixed-per-tm', type: 'memory' },
    { key: 'state.backend.rocksdb.memory.write-buffer-ratio', type: 'double', defaults: always('0.5') },
    { key: 'state.backend.rocksdb.memory.high-prio-pool-ratio', type: 'double', defaults: always('0.1') },
    { key: 'state.backend.forst.memory.managed', type: 'boolean', defaults: always('true') },
    { key: 'state.backend.forst.memory.fixed-per-slot', type: 'memory' },
    { key: 'state.backend.forst.memory.fixed-per-tm', type: 'memory' },
    { key: 'python.fn-execution.memory.managed', type: 'boolean', defaults: always('true') },
    { key: 'taskmanager.memory.min-segment-size', type: 'memory' },
    { key: 'taskmanager.memory.framework.off-heap.batch-shuffle.size', type: 'memory' },
];
function typedDefault(type, text) {
    switch (type) {
        case 'memory':
            return parseMemorySize(text);
        case 'float':
            return Math.fround(Number(text));
        case 'double':
            return Number(text);
        case 'int':
            return Number(text);
        case 'long':
            return BigInt(text);
        case 'boolean':
            return text === 'true';
        case 'string':
            return text;
    }
}
function defaultToString(type, value, text) {
    if (value === undefined || text === undefined)
        return 'null';
    // Float defaults print as Java's Float.toString, which for these literals is the literal itself.
    return type === 'memory' ? memorySizeToString(value) : text;
}
function buildRegistry(version) {
    const registry = new Map();
    for (const row of OPTION_ROWS) {
        if (row.since && !versions_atLeast(version, row.since))
            continue;
        if (row.removedIn && versions_atLeast(version, row.removedIn))
            continue;
        let text;
        for (const [since, value] of row.defaults ?? [])
            if (versions_atLeast(version, since))
                text = value;
        const defaultValue = text === undefined ? undefined : typedDefault(row.type, text);
        registry.set(row.key, {
            key: row.key,
            type: row.type,
            defaultValue,
            defaultText: defaultToString(row.type, defaultValue, text),
            fallbackKeys: (row.deprecatedKeys ?? []).map((key) => ({ key, deprecated: true })),
        });
    }
    return registry;
}
// Built on first use: start-up should not pay for every version a run does not judge.
const REGISTRIES = new Map();
const NO_OPTIONS = new Map();
/** The memory-related options a Flink version defines, keyed by main key. */
function options_optionRegistry(version) {
    let registry = REGISTRIES.get(version);
    if (!registry) {
        if (!versions_JUDGED_VERSIONS.includes(version))
            return NO_OPTIONS;
        REGISTRIES.set(version, (registry = buildRegistry(version)));
    }
    return registry;
}
/** The option by its main key for a version; undefined where that version lacks it. */
function options_findOption(version, key) {
    return options_optionRegistry(version).get(key);
}
/** The option by its main key; a programming error when the version lacks it. */
function options_requireOption(version, key) {
    const option = options_findOption(version, key);
    if (!option)
        throw new RangeError(`${key} is not an option of Flink ${version}`);
    return option;
}
/** `ConfigOption.toString()`, as it appears inside two of Flink's messages. */
function optionToString(option) {
    const fallbacks = option.fallbackKeys.map((f) => `{key=${f.key}, isDeprecated=${f.deprecated}}`).join(', ');
    return `Key: '${option.key}' , default: ${option.defaultText} (fallback keys: [${fallbacks}])`;
}
/** `rawValue.toString()` in Java: how a raw value appears in messages and typed conversions. */
function options_rawText(raw) {
    return typeof raw === 'number' ? javaDoubleToString(raw) : String(raw);
}
/** Which key of an option is set in a configuration: the main key, then fallback keys in order. */
function suppliedKey(config, option) {
    if (config.has(option.key))
        return option.key;
    for (const fallback of option.fallbackKeys)
        if (config.has(fallback.key))
            return fallback.key;
    return undefined;
}
const forInputString = (s) => new FlinkError('NumberFormatException', `For input string: "${s}"`);
/** Flink's `ConfigurationUtils.convertValue` for one raw value; throws the parser's exception. */
function convertValue(type, raw) {
    switch (type) {
        case 'memory':
            return parseMemorySize(options_rawText(raw));
        case 'float': {
            if (typeof raw === 'number') {
                const abs = Math.abs(raw);
                if (raw === 0 || (abs >= 2 ** -149 && abs <= 3.4028234663852886e38))
                    return Math.fround(raw);
                throw iae(`Configuration value ${options_rawText(raw)} overflows/underflows the float type.`);
            }
            const text = options_rawText(raw);
            const v = parseJavaFloat(text);
            if (v === undefined) {
                throw text.trim() === ''
                    ? new FlinkError('NumberFormatException', 'empty String')
                    : forInputString(text);
            }
            return v;
        }
        case 'double': {
            if (typeof raw === 'number')
                return raw;
            const text = options_rawText(raw);
            const v = parseJavaDouble(text);
            if (v === undefined) {
                throw text.trim() === ''
                    ? new FlinkError('NumberFormatException', 'empty String')
                    : forInputString(text);
            }
            return v;
        }
        case 'int': {
            if (typeof raw === 'bigint' && (raw < JAVA_INT_MIN || raw > JAVA_INT_MAX)) {
                throw iae(`Configuration value ${raw} overflows/underflows the integer type.`);
            }
            const text = options_rawText(raw);
            const v = parseJavaInt(text);
            if (v === undefined)
                throw forInputString(text);
            return v;
        }
        case 'long': {
            const text = options_rawText(raw);
            const v = parseJavaLong(text);
            if (v === undefined)
                throw forInputString(text);
            return v;
        }
        case 'boolean': {
            if (typeof raw === 'boolean')
                return raw;
            const upper = options_rawText(raw).toUpperCase();
            if (upper === 'TRUE')
                return true;
            if (upper === 'FALSE')
                return false;
            throw iae(`Unrecognized option for boolean: ${options_rawText(raw)}. Expected either true or false(case insensitive)`);
        }
        case 'string':
            return options_rawText(raw);
    }
}
/** The effective value of an option after fallback keys and the default, and which key supplied it. */
function effectiveOption(config, version, key) {
    const option = options_findOption(version, key);
    if (!option)
        return undefined;
    const reader = new options_OptionReader(config);
    try {
        return { option, value: reader.get(option), suppliedBy: suppliedKey(config, option) };
    }
    catch (err) {
        if (err instanceof FlinkError)
            return { option, suppliedBy: suppliedKey(config, option), error: err };
        throw err;
    }
}
/** Reads typed options from a configuration the way `Configuration.get` does. */
class options_OptionReader {
    config;
    constructor(config) {
        this.config = config;
    }
    /** `Configuration.contains(option)`: the main key or any fallback key is present. */
    contains(option) {
        if (this.config.has(option.key))
            return true;
        for (const fallback of option.fallbackKeys)
            if (this.config.has(fallback.key))
                return true;
        return false;
    }
    /** `Configuration.get(option)`; conversion failures as `Could not parse value ...`. */
    get(option) {
        let raw = this.config.get(option.key);
        if (raw === undefined) {
            for (const fallback of option.fallbackKeys) {
                raw = this.config.get(fallback.key);
                if (raw !== undefined)
                    break;
            }
        }
        if (raw === undefined)
            return option.defaultValue;
        try {
            return convertValue(option.type, raw);
        }
        catch (err) {
            if (!(err instanceof FlinkError))
                throw err;
            throw iae(`Could not parse value '${options_rawText(raw)}' for key '${option.key}'.`, err);
        }
    }
    /** `ProcessMemoryUtils.getMemorySizeFromConfig`: any failure becomes `Cannot read memory size ...`. */
    memory(option) {
        try {
            const value = this.get(option);
            if (value === undefined)
                throw new FlinkError('NullPointerException', `${option.key} is not set`);
            return value;
        }
        catch (err) {
            if (!(err instanceof FlinkError))
                throw err;
            throw ice(`Cannot read memory size from config option '${option.key}'.`, err);
        }
    }
    /** Float, int, double and boolean options: their parse failure escapes unwrapped. */
    number(option) {
        return this.get(option);
    }
    boolean(option) {
        return this.get(option);
    }
}

;// CONCATENATED MODULE: ./src/flink/failure-arithmetic.ts
/**
 * The sums behind Flink's memory configuration errors, read back from its own messages: each size
 * there is written as `MemorySize.toHumanReadableString` (`128.000mb (134217728 bytes)`, `0 bytes`),
 * named by the component it is (`TaskExecutorFlinkMemoryUtils`, `ProcessMemoryUtils`,
 * `JobManagerFlinkMemoryUtils`).
 */
const SIZE = String.raw `(?:\d+\.\d{3}[kmgtp]?b \((\d+) bytes\)|(\d+) bytes)`;
const NAMED = new RegExp(String.raw `(?:the )?(?:configured |derived |configured or default )?([A-Z][A-Za-z-]*(?: [A-Z][A-Za-z-]*)*?)(?: size)?\s+\(${SIZE}\)`, 'g');
function bytesOf(match, at) {
    return BigInt(match[at] ?? match[at + 1]);
}
function namedParts(text) {
    return [...text.matchAll(NAMED)].map((m) => ({ name: m[1], bytes: bytesOf(m, 2) }));
}
const RULES = [
    [
        /Sum of (?:the )?configured (.+) (exceed|does not match) (?:the )?configured (.+)$/,
        (m) => {
            const parts = namedParts(m[1]);
            const [total] = namedParts(m[3]);
            if (parts.length === 0 || !total)
                return undefined;
            return { kind: m[2] === 'exceed' ? 'exceeds' : 'mismatch', parts, total };
        },
    ],
    [
        /The configured (Total Process Memory .+) is less than the sum of (.+)$/,
        (m) => ({ kind: 'exceeds', parts: namedParts(m[2]), total: namedParts(m[1])[0] }),
    ],
    [
        /The configured (Total Flink Memory .+) is less than the configured (.+)$/,
        (m) => ({ kind: 'exceeds', parts: namedParts(m[2]), total: namedParts(m[1])[0] }),
    ],
    [
        /The configured (JVM Heap Memory .+) exceeds the configured (Total Flink Memory .+)$/,
        (m) => ({ kind: 'exceeds', parts: namedParts(m[1]), total: namedParts(m[2])[0] }),
    ],
    [
        new RegExp(String.raw `Derived ([A-Za-z -]+?) size \(${SIZE}\) is not in configured .+? range \[${SIZE}, ${SIZE}\]`),
        (m) => ({
            kind: 'out-of-range',
            derived: { name: m[1], bytes: bytesOf(m, 2) },
            min: bytesOf(m, 4),
            max: bytesOf(m, 6),
        }),
    ],
];
/**
 * The arithmetic of a derivation failure, from its message and then its causes (the network
 * remainder's range is in the cause); undefined for errors that are not about sizes.
 */
function failureArithmetic(messages) {
    for (const message of messages) {
        for (const [pattern, read] of RULES) {
            const m = pattern.exec(message);
            const arithmetic = m && read(m);
            if (arithmetic)
                return arithmetic;
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/flink/jobmanager-1.10.ts



const REASON = 'Flink 1.10 has no JobManager memory model: its start-up scripts only set the JVM heap from jobmanager.heap.size.';
const INVALID = "[ERROR] Configured JobManager memory size is not a valid value. Please set 'jobmanager.heap.size' in flink-conf.yaml.";
const MIB_SHIFT = {
    '': 0n,
    b: 0n,
    bytes: 0n,
    k: 10n,
    kb: 10n,
    kibibytes: 10n,
    m: 20n,
    mb: 20n,
    mebibytes: 20n,
    g: 30n,
    gb: 30n,
    gibibytes: 30n,
    t: 40n,
    tb: 40n,
    tebibytes: 40n,
};
/** The bash port of `MemorySize.parseBytes` in 1.10's `config.sh`, in MiB; undefined when invalid. */
function scriptMebiBytes(text) {
    const t = java_number_javaTrim(text);
    const match = /^(\d+)\s*([A-Za-z]*)$/.exec(t);
    if (!match)
        return undefined;
    const shift = MIB_SHIFT[match[2].toLowerCase()];
    if (shift === undefined)
        return undefined;
    return (BigInt(match[1]) << shift) >> 20n;
}
/**
 * What Flink 1.10 does for the JobManager (spec §5.6): standalone scripts pass `-Xms/-Xmx` from
 * `FLINK_JM_HEAP` / `jobmanager.heap.size` / `jobmanager.heap.mb`; YARN and Kubernetes subtract a cut-off.
 */
function jobManager110(config, deployment, env) {
    const base = { ok: false, unsupported: true, reason: REASON };
    const size = config.get('jobmanager.heap.size');
    const mb = config.get('jobmanager.heap.mb');
    let mib;
    if (deployment === 'standalone') {
        let text = env.FLINK_JM_HEAP ?? (size === undefined ? '0' : options_rawText(size));
        if (java_number_javaTrim(text) === '0')
            text = mb === undefined ? '0' : `${options_rawText(mb)}m`;
        mib = scriptMebiBytes(text);
    }
    else {
        const container = size !== undefined
            ? scriptMebiBytes(options_rawText(size))
            : mb !== undefined
                ? scriptMebiBytes(`${options_rawText(mb)}m`)
                : 1024n;
        if (container !== undefined) {
            const reader = new options_OptionReader(config);
            let ratio;
            let min;
            try {
                ratio = reader.number(options_findOption('1.10', 'containerized.heap-cutoff-ratio'));
                min = BigInt(reader.number(options_findOption('1.10', 'containerized.heap-cutoff-min')));
            }
            catch (err) {
                if (!(err instanceof FlinkError))
                    throw err;
                return { ...base, error: err.message };
            }
            if (!(ratio >= 0 && ratio <= 1)) {
                return {
                    ...base,
                    error: `The configuration value 'containerized.heap-cutoff-ratio' must be between 0 and 1. Value given=${javaFloatToString(ratio)}`,
                };
            }
            if (min > container) {
                return {
                    ...base,
                    error: `The configuration value 'containerized.heap-cutoff-min' is higher (${min}) than the requested amount of memory ${container}`,
                };
            }
            const cutoff = BigInt(Math.floor(Math.fround(Number(container) * Math.fround(ratio))));
            mib = container - (cutoff > min ? cutoff : min);
        }
    }
    if (mib === undefined || mib < 0n)
        return { ...base, error: INVALID };
    return mib > 0n ? { ...base, jvmArgs: `-Xms${mib}m -Xmx${mib}m` } : base;
}

;// CONCATENATED MODULE: ./src/flink/jvm.ts
/** Java `String.hashCode()`. */
function javaHash(s) {
    let h = 0;
    for (let i = 0; i < s.length; i++)
        h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
    return h;
}
const orders = new Map();
/** Iteration order of a default `java.util.HashMap` into which `keys` were put in this order. */
function jvm_javaHashMapOrder(keys) {
    const cacheKey = keys.join('\n');
    const cached = orders.get(cacheKey);
    if (cached)
        return cached;
    let capacity = 16;
    while (keys.length > capacity * 0.75)
        capacity *= 2;
    const bucketOf = (k) => {
        const h = javaHash(k);
        return (h ^ (h >>> 16)) & (capacity - 1);
    };
    const order = keys
        .map((key, index) => ({ key, index, bucket: bucketOf(key) }))
        .sort((a, b) => a.bucket - b.bucket || a.index - b.index)
        .map((e) => e.key);
    orders.set(cacheKey, order);
    return order;
}
/** The JVM memory flags line (spec §6.1). */
function jvmArgs(heap, direct, metaspace) {
    const directFlag = direct === undefined ? '' : ` -XX:MaxDirectMemorySize=${direct}`;
    return `-Xmx${heap} -Xms${heap}${directFlag} -XX:MaxMetaspaceSize=${metaspace}`;
}
/**
 * Sets `dynamicConfigs` on a result as a property computed on first read: most callers never
 * look at it, and it is the costliest string of a derivation.
 */
function withDynamicConfigs(result, entries, trailingSpace) {
    let text;
    return Object.defineProperty(result, 'dynamicConfigs', {
        enumerable: true,
        configurable: true,
        get: () => (text ??= dynamicConfigs(entries(), trailingSpace)),
    });
}
/** The `-D key=value` line, entries in `HashMap` order (spec §6.2). */
function dynamicConfigs(entries, trailingSpace) {
    const values = new Map(entries);
    const order = jvm_javaHashMapOrder(entries.map(([k]) => k));
    return trailingSpace
        ? order.map((k) => `-D ${k}=${values.get(k)} `).join('')
        : order.map((k) => `-D ${k}=${values.get(k)}`).join(' ');
}

;// CONCATENATED MODULE: ./src/flink/process-memory.ts





function processOptions(version, prefix) {
    const opt = (suffix) => options_requireOption(version, `${prefix}.memory.${suffix}`);
    return {
        process: opt('process.size'),
        flink: opt('flink.size'),
        metaspace: opt('jvm-metaspace.size'),
        overheadMin: opt('jvm-overhead.min'),
        overheadMax: opt('jvm-overhead.max'),
        overheadFraction: opt('jvm-overhead.fraction'),
    };
}
function checkedRangeFraction(min, max, fraction, fractionOption) {
    let problem;
    if (min > max)
        problem = 'min value must be less or equal to max value';
    else if (!(fraction >= 0 && fraction < 1))
        problem = 'fraction must be in range [0, 1)';
    if (problem) {
        throw ice(`Inconsistently configured ${optionToString(fractionOption)} (${javaDoubleToString(fraction)}) and its min (${memorySizeToHumanReadable(min)}), max (${memorySizeToHumanReadable(max)}) value`, iae(problem));
    }
    return { min, max, fraction, fractionOption };
}
/** Reads min, max and fraction in Flink's order and validates them. */
function rangeFraction(reader, minOption, maxOption, fractionOption) {
    const min = reader.memory(minOption);
    const max = reader.memory(maxOption);
    return checkedRangeFraction(min, max, reader.number(fractionOption), fractionOption);
}
/** Managed memory: a fraction between 0 and `MemorySize.MAX_VALUE`. */
function unboundedFraction(reader, fractionOption) {
    return checkedRangeFraction(0n, MAX_MEMORY_SIZE, reader.number(fractionOption), fractionOption);
}
function cap(bytes, range) {
    return bytes > range.max ? range.max : bytes < range.min ? range.min : bytes;
}
function deriveWithFraction(base, range) {
    return cap(multiplyBytes(base, range.fraction), range);
}
/** For a base that excludes the component: the component is then about `fraction` of base + component. */
function deriveWithInverseFraction(base, range) {
    return cap(multiplyBytes(base, range.fraction / (1 - range.fraction)), range);
}
function overheadRange(reader, options) {
    return rangeFraction(reader, options.overheadMin, options.overheadMax, options.overheadFraction);
}
/** Case C: overhead from the process size, and what is left for total Flink memory. */
function deriveFromTotalProcess(reader, options, totalProcess) {
    const metaspace = reader.memory(options.metaspace);
    const overhead = deriveWithFraction(totalProcess, overheadRange(reader, options));
    const jvm = addBytes(metaspace, overhead);
    if (jvm > totalProcess) {
        throw ice(`Sum of configured JVM Metaspace (${memorySizeToHumanReadable(metaspace)}) and JVM Overhead (${memorySizeToHumanReadable(overhead)}) exceed configured Total Process Memory (${memorySizeToHumanReadable(totalProcess)}).`);
    }
    return { metaspace, overhead, totalFlink: totalProcess - jvm };
}
/** Step 3: metaspace and overhead around a known total Flink size. */
function deriveMetaspaceAndOverhead(reader, options, version, totalFlink) {
    const metaspace = reader.memory(options.metaspace);
    const flinkAndMetaspace = addBytes(totalFlink, metaspace);
    if (!reader.contains(options.process)) {
        return {
            metaspace,
            overhead: deriveWithInverseFraction(flinkAndMetaspace, overheadRange(reader, options)),
        };
    }
    const totalProcess = reader.memory(options.process);
    if (traitsOf(version).checkProcessCoversFlink && totalProcess < flinkAndMetaspace) {
        throw ice(`The configured Total Process Memory size (${memorySizeToHumanReadable(totalProcess)}) is less than the sum of the derived Total Flink Memory size (${memorySizeToHumanReadable(totalFlink)}) and the configured or default JVM Metaspace size  (${memorySizeToHumanReadable(metaspace)}).`);
    }
    const overhead = subtractBytes(totalProcess, flinkAndMetaspace);
    const range = overheadRange(reader, options);
    if (overhead > range.max || overhead < range.min) {
        throw ice(`Derived JVM Overhead size (${memorySizeToHumanReadable(overhead)}) is not in configured JVM Overhead range [${memorySizeToHumanReadable(range.min)}, ${memorySizeToHumanReadable(range.max)}].`);
    }
    return { metaspace, overhead };
}

;// CONCATENATED MODULE: ./src/flink/jobmanager.ts






const OPTIONS = new Map();
function jmOptions(version) {
    let options = OPTIONS.get(version);
    if (!options) {
        const opt = (key) => options_requireOption(version, key);
        options = {
            ...processOptions(version, 'jobmanager'),
            heap: opt('jobmanager.memory.heap.size'),
            offHeap: opt('jobmanager.memory.off-heap.size'),
            directLimit: opt('jobmanager.memory.enable-jvm-direct-memory-limit'),
        };
        OPTIONS.set(version, options);
    }
    return options;
}
/**
 * `JobManagerProcessUtils.processSpecFromConfig` (1.11+) then the JVM flags and dynamic configs;
 * throws `FlinkError`, unprefixed.
 */
function runJobManager(config, version) {
    const r = new options_OptionReader(config);
    const o = jmOptions(version);
    let heap;
    let offHeap;
    let metaspace;
    let overhead;
    if (r.contains(o.heap)) {
        heap = r.memory(o.heap);
        offHeap = r.memory(o.offHeap);
        if (r.contains(o.flink)) {
            const totalFlink = r.memory(o.flink);
            if (r.contains(o.offHeap)) {
                if (addBytes(heap, offHeap) !== totalFlink) {
                    throw ice(`Sum of the configured JVM Heap Memory (${memorySizeToHumanReadable(heap)}) and the configured Off-heap Memory (${memorySizeToHumanReadable(offHeap)}) does not match the configured Total Flink Memory (${memorySizeToHumanReadable(totalFlink)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`);
                }
            }
            else {
                if (totalFlink < heap) {
                    throw ice(`The configured JVM Heap Memory (${memorySizeToHumanReadable(heap)}) exceeds the configured Total Flink Memory (${memorySizeToHumanReadable(totalFlink)}). Please, make the configuration consistent or configure only one option: either JVM Heap or Total Flink Memory.`);
                }
                offHeap = totalFlink - heap;
            }
        }
        ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, version, addBytes(heap, offHeap)));
    }
    else if (r.contains(o.flink)) {
        const totalFlink = r.memory(o.flink);
        ({ heap, offHeap } = fromTotalFlink(r, o, totalFlink));
        ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, version, totalFlink));
    }
    else if (r.contains(o.process)) {
        const derived = deriveFromTotalProcess(r, o, r.memory(o.process));
        ({ metaspace, overhead } = derived);
        ({ heap, offHeap } = fromTotalFlink(r, o, derived.totalFlink));
    }
    else {
        throw ice("Either required fine-grained memory (jobmanager.memory.heap.size), or Total Flink Memory size (Key: 'jobmanager.memory.flink.size' , default: null (fallback keys: [])), or Total Process Memory size (Key: 'jobmanager.memory.process.size' , default: null (fallback keys: [])) need to be configured explicitly.");
    }
    const totalFlink = heap + offHeap;
    const memory = {
        jvmHeap: heap,
        offHeap,
        jvmMetaspace: metaspace,
        jvmOverhead: overhead,
        totalFlink,
        totalProcess: totalFlink + metaspace + overhead,
    };
    // The direct-memory switch is read only when the JVM flags are generated, after the derivation.
    const directMemory = r.boolean(o.directLimit) ? offHeap : undefined;
    const result = {
        ok: true,
        memory,
        jvm: {
            heap,
            ...(directMemory !== undefined && { directMemory }),
            metaspace,
            args: jvmArgs(heap, directMemory, metaspace),
        },
    };
    if (!traitsOf(version).jobManagerDynamicConfigs)
        return result;
    const b = (v) => `${v}b`;
    return withDynamicConfigs(result, () => [
        ['jobmanager.memory.heap.size', b(heap)],
        ['jobmanager.memory.off-heap.size', b(offHeap)],
        ['jobmanager.memory.jvm-metaspace.size', b(metaspace)],
        ['jobmanager.memory.jvm-overhead.min', b(overhead)],
        ['jobmanager.memory.jvm-overhead.max', b(overhead)],
    ], false);
}
function fromTotalFlink(r, o, totalFlink) {
    const offHeap = r.memory(o.offHeap);
    if (totalFlink <= offHeap) {
        throw ice(`The configured Total Flink Memory (${memorySizeToHumanReadable(totalFlink)}) is less than the configured Off-heap Memory (${memorySizeToHumanReadable(offHeap)}).`);
    }
    return { heap: subtractBytes(totalFlink, offHeap), offHeap };
}
/** Plain JobManager derivation (`JobManagerProcessUtils.processSpecFromConfig`), no legacy heap mapping. */
function deriveJobManagerPlain(config, version) {
    try {
        return runJobManager(config, version);
    }
    catch (err) {
        return flink_error_failure(err);
    }
}

;// CONCATENATED MODULE: ./src/flink/legacy-heap.ts



/** Where 1.x reads a process's legacy heap setting, and which new option it becomes (spec §5.1–5.2). */
const LEGACY_HEAP = {
    taskmanager: {
        envVar: 'FLINK_TM_HEAP',
        sizeKey: 'taskmanager.heap.size',
        mbKey: 'taskmanager.heap.mb',
        // The standalone scripts (BashJavaUtils) read it as total Flink memory; active resource managers as the process size.
        target: {
            standalone: 'taskmanager.memory.flink.size',
            kubernetes: 'taskmanager.memory.process.size',
            yarn: 'taskmanager.memory.process.size',
        },
    },
    jobmanager: {
        envVar: 'FLINK_JM_HEAP',
        sizeKey: 'jobmanager.heap.size',
        mbKey: 'jobmanager.heap.mb',
        target: {
            standalone: 'jobmanager.memory.heap.size',
            kubernetes: 'jobmanager.memory.process.size',
            yarn: 'jobmanager.memory.process.size',
        },
    },
};
function legacyHeapTarget(process, deployment) {
    return LEGACY_HEAP[process].target[deployment];
}
/**
 * `getConfigurationWithLegacyHeapSizeMappedToNewConfigOption`: unless `target` is set, the legacy heap
 * (env variable, then the size key, then the MiB key) becomes `target`. Throws `FlinkError` unprefixed.
 */
function mapLegacyHeap(config, version, process, target, env) {
    if (config.has(target))
        return config;
    const legacy = LEGACY_HEAP[process];
    let bytes;
    const envValue = env[legacy.envVar];
    if (envValue !== undefined) {
        try {
            bytes = parseMemorySize(envValue);
        }
        catch (err) {
            if (!(err instanceof FlinkError))
                throw err;
            throw ice(`Cannot read total process memory size from environment variable value ${envValue}.`, err);
        }
    }
    else {
        const reader = new options_OptionReader(config);
        const sizeOption = options_findOption(version, legacy.sizeKey);
        const mbOption = options_findOption(version, legacy.mbKey);
        if (sizeOption && config.has(sizeOption.key))
            bytes = reader.memory(sizeOption);
        else if (mbOption && config.has(mbOption.key)) {
            const mb = reader.number(mbOption);
            if (mb < 0)
                throw ice(`Configured total process memory size (${mb}MB) must not be less than 0.`);
            bytes = BigInt(mb) << 20n;
        }
    }
    if (bytes === undefined)
        return config;
    const mapped = new Map(config);
    mapped.set(target, `${bytes}b`);
    return mapped;
}

;// CONCATENATED MODULE: ./src/flink/taskmanager.ts







const taskmanager_OPTIONS = new Map();
function tmOptions(version) {
    let options = taskmanager_OPTIONS.get(version);
    if (!options) {
        const opt = (key) => options_requireOption(version, key);
        options = {
            ...processOptions(version, 'taskmanager'),
            frameworkHeap: opt('taskmanager.memory.framework.heap.size'),
            frameworkOffHeap: opt('taskmanager.memory.framework.off-heap.size'),
            taskHeap: opt('taskmanager.memory.task.heap.size'),
            taskOffHeap: opt('taskmanager.memory.task.off-heap.size'),
            managed: opt('taskmanager.memory.managed.size'),
            managedFraction: opt('taskmanager.memory.managed.fraction'),
            networkMin: opt('taskmanager.memory.network.min'),
            networkMax: opt('taskmanager.memory.network.max'),
            networkFraction: opt('taskmanager.memory.network.fraction'),
            segmentSize: opt('taskmanager.memory.segment-size'),
            numberOfBuffers: options_findOption(version, 'taskmanager.network.numberOfBuffers'),
            cpuCores: opt('taskmanager.cpu.cores'),
            slots: opt('taskmanager.numberOfTaskSlots'),
            externalResources: options_findOption(version, 'external-resources'),
        };
        taskmanager_OPTIONS.set(version, options);
    }
    return options;
}
/** One TaskManager derivation: the configuration, its version's options and behaviour. */
class TaskManagerDerivation {
    r;
    version;
    o;
    traits;
    constructor(r, version) {
        this.r = r;
        this.version = version;
        this.o = tmOptions(version);
        this.traits = traitsOf(version);
    }
    /** `TaskExecutorProcessUtils.processSpecFromConfig` without any legacy heap mapping; throws `FlinkError`. */
    run() {
        const { r, o } = this;
        let internal;
        let metaspace;
        let overhead;
        try {
            if (r.contains(o.taskHeap) && r.contains(o.managed)) {
                internal = this.fromFineGrained();
                ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, this.version, totalOf(internal)));
            }
            else if (r.contains(o.flink)) {
                const totalFlink = r.memory(o.flink);
                internal = this.fromTotalFlink(totalFlink);
                ({ metaspace, overhead } = deriveMetaspaceAndOverhead(r, o, this.version, totalFlink));
            }
            else if (r.contains(o.process)) {
                const derived = deriveFromTotalProcess(r, o, r.memory(o.process));
                ({ metaspace, overhead } = derived);
                internal = this.fromTotalFlink(derived.totalFlink);
            }
            else {
                throw ice(this.traits.tmMissingSizesMessage);
            }
            const cpu = this.cpuCores();
            return this.result(internal, metaspace, overhead, cpu);
        }
        catch (err) {
            if (err instanceof FlinkError &&
                err.errorType === 'IllegalConfigurationException' &&
                this.traits.tmPrefix) {
                throw ice(this.traits.tmPrefix + err.message, err);
            }
            throw err;
        }
    }
    fromFineGrained() {
        const { r, o } = this;
        const taskHeap = r.memory(o.taskHeap);
        const managed = r.memory(o.managed);
        const frameworkHeap = r.memory(o.frameworkHeap);
        const frameworkOffHeap = r.memory(o.frameworkOffHeap);
        const taskOffHeap = r.memory(o.taskOffHeap);
        const parts = { frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed };
        let network;
        if (r.contains(o.flink)) {
            network = this.networkRemainder(parts, r.memory(o.flink));
        }
        else {
            const withoutNetwork = sum(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
            network = this.usingLegacyNetwork()
                ? this.legacyNetwork()
                : deriveWithInverseFraction(withoutNetwork, this.networkRange());
        }
        return { ...parts, network };
    }
    /** With task heap and total Flink both known, network is what is left, and must fit its range. */
    networkRemainder(parts, totalFlink) {
        const { frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed } = parts;
        const withoutNetwork = sum(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed);
        if (withoutNetwork > totalFlink) {
            throw this.sumExceedsWithTaskHeap(frameworkHeap, frameworkOffHeap, taskHeap, taskOffHeap, managed, totalFlink);
        }
        const network = totalFlink - withoutNetwork;
        this.checkNetworkRemainder(network);
        return network;
    }
    fromTotalFlink(totalFlink) {
        const { r, o } = this;
        const frameworkHeap = r.memory(o.frameworkHeap);
        const frameworkOffHeap = r.memory(o.frameworkOffHeap);
        const taskOffHeap = r.memory(o.taskOffHeap);
        if (r.contains(o.taskHeap)) {
            const taskHeap = r.memory(o.taskHeap);
            const parts = {
                frameworkHeap,
                frameworkOffHeap,
                taskHeap,
                taskOffHeap,
                managed: this.managed(totalFlink),
            };
            return { ...parts, network: this.networkRemainder(parts, totalFlink) };
        }
        const managed = this.managed(totalFlink);
        const network = this.usingLegacyNetwork()
            ? this.legacyNetwork()
            : deriveWithFraction(totalFlink, this.networkRange());
        const withoutTaskHeap = sum(frameworkHeap, frameworkOffHeap, taskOffHeap, managed, network);
        if (withoutTaskHeap > totalFlink) {
            throw ice(`Sum of configured Framework Heap Memory (${memorySizeToHumanReadable(frameworkHeap)}), Framework Off-Heap Memory (${memorySizeToHumanReadable(frameworkOffHeap)}), Task Off-Heap Memory (${memorySizeToHumanReadable(taskOffHeap)}), Managed Memory (${memorySizeToHumanReadable(managed)}) and Network Memory (${memorySizeToHumanReadable(network)}) exceed configured Total Flink Memory (${memorySizeToHumanReadable(totalFlink)}).`);
        }
        return {
            frameworkHeap,
            frameworkOffHeap,
            taskHeap: totalFlink - withoutTaskHeap,
            taskOffHeap,
            network,
            managed,
        };
    }
    sumExceedsWithTaskHeap(fh, foh, th, toh, man, flink) {
        return ice(`Sum of configured Framework Heap Memory (${memorySizeToHumanReadable(fh)}), Framework Off-Heap Memory (${memorySizeToHumanReadable(foh)}), Task Heap Memory (${memorySizeToHumanReadable(th)}), Task Off-Heap Memory (${memorySizeToHumanReadable(toh)}) and Managed Memory (${memorySizeToHumanReadable(man)}) exceed configured Total Flink Memory (${memorySizeToHumanReadable(flink)}).`);
    }
    managed(totalFlink) {
        const { r, o } = this;
        return r.contains(o.managed)
            ? r.memory(o.managed)
            : deriveWithFraction(totalFlink, unboundedFraction(r, o.managedFraction));
    }
    networkRange() {
        const { r, o } = this;
        return rangeFraction(r, o.networkMin, o.networkMax, o.networkFraction);
    }
    usingLegacyNetwork() {
        const { r, o } = this;
        return (this.traits.legacyNetworkBuffers &&
            o.numberOfBuffers !== undefined &&
            !r.contains(o.networkMax) &&
            !r.contains(o.networkMin) &&
            !r.contains(o.networkFraction) &&
            r.contains(o.numberOfBuffers));
    }
    /** `numberOfBuffers × segment-size`, the 1.x network size when only the buffer count is set. */
    legacyNetwork() {
        const { r, o } = this;
        const buffers = BigInt(r.number(o.numberOfBuffers));
        const pageSize = r.get(o.segmentSize);
        if (pageSize > 2147483647n)
            throw iae(`Cannot downcast long value ${pageSize} to integer.`);
        const invalid = (why) => ice(`Invalid configuration value for taskmanager.memory.segment-size : ${pageSize} - ${why}`);
        if (pageSize < 4096n)
            throw invalid('Minimum memory segment size is 4096');
        if ((pageSize & (pageSize - 1n)) !== 0n)
            throw invalid('Memory segment size must be a power of 2.');
        const bytes = buffers * pageSize;
        if (bytes < 0n)
            throw iae('bytes must be >= 0');
        return bytes;
    }
    /** Network is what is left of total Flink memory: it must still fit its configuration. */
    checkNetworkRemainder(network) {
        try {
            if (this.usingLegacyNetwork()) {
                const configured = this.legacyNetwork();
                if (configured !== network) {
                    throw ice(`Derived Network Memory size (${memorySizeToHumanReadable(network)}) does not match configured Network Memory size (${memorySizeToHumanReadable(configured)}).`);
                }
                return;
            }
            const range = this.networkRange();
            if (network > range.max || network < range.min) {
                throw ice(`Derived Network Memory size (${memorySizeToHumanReadable(network)}) is not in configured Network Memory range [${memorySizeToHumanReadable(range.min)}, ${memorySizeToHumanReadable(range.max)}].`);
            }
        }
        catch (err) {
            if (err instanceof FlinkError && err.errorType === 'IllegalConfigurationException') {
                throw ice('If Total Flink, Task Heap and (or) Managed Memory sizes are explicitly configured then the Network Memory size is the rest of the Total Flink memory after subtracting all other configured types of memory, but the derived Network Memory is inconsistent with its configuration.', err);
            }
            throw err;
        }
    }
    cpuCores() {
        const { r, o } = this;
        const cpu = r.contains(o.cpuCores) ? r.number(o.cpuCores) : r.number(o.slots);
        if (cpu <= 0) {
            throw ice('TaskExecutors need to be started with a positive number of CPU cores. Please configure taskmanager.cpu.cores accordingly.');
        }
        if (!Number.isFinite(cpu)) {
            // `new CPUResource(cpu)` goes through BigDecimal, which has no NaN or infinity.
            throw new FlinkError('NumberFormatException', `Character ${javaDoubleToString(cpu)[0]} is neither a decimal digit number, decimal point, nor "e" notation exponential mark.`);
        }
        return cpu;
    }
    result(internal, metaspace, overhead, cpu) {
        const { traits } = this;
        const memory = {
            ...internal,
            jvmMetaspace: metaspace,
            jvmOverhead: overhead,
            totalFlink: totalOf(internal),
            totalProcess: 0n,
        };
        memory.totalProcess = memory.totalFlink + metaspace + overhead;
        const heap = internal.frameworkHeap + internal.taskHeap;
        const direct = internal.frameworkOffHeap + internal.taskOffHeap + internal.network;
        // Slots and external resources are read (and may fail) as part of the spec, so eagerly.
        const slots = traits.slotsAndExternalResources ? this.r.number(this.o.slots) : undefined;
        const externalResources = traits.slotsAndExternalResources ? this.externalResources() : [];
        const result = {
            ok: true,
            memory,
            jvm: { heap, directMemory: direct, metaspace, args: jvmArgs(heap, direct, metaspace) },
            cpuCores: cpu,
            ...(slots !== undefined && {
                numSlots: slots,
                externalResources: Object.fromEntries(externalResources),
            }),
        };
        const entries = () => {
            const b = (v) => `${v}b`;
            const list = [
                ['taskmanager.cpu.cores', javaDoubleToString(cpu)],
                ['taskmanager.memory.framework.heap.size', b(internal.frameworkHeap)],
                ['taskmanager.memory.framework.off-heap.size', b(internal.frameworkOffHeap)],
                ['taskmanager.memory.task.heap.size', b(internal.taskHeap)],
                ['taskmanager.memory.task.off-heap.size', b(internal.taskOffHeap)],
                ['taskmanager.memory.network.min', b(internal.network)],
                ['taskmanager.memory.network.max', b(internal.network)],
                ['taskmanager.memory.managed.size', b(internal.managed)],
            ];
            if (traits.dynamicMetaspaceAndOverhead) {
                list.push(['taskmanager.memory.jvm-metaspace.size', b(metaspace)], ['taskmanager.memory.jvm-overhead.min', b(overhead)], ['taskmanager.memory.jvm-overhead.max', b(overhead)]);
            }
            if (slots !== undefined) {
                const names = externalResources.map(([name]) => (traits.quoteExternalResources ? `"${name}"` : name));
                list.push(['taskmanager.numberOfTaskSlots', String(slots)], ['external-resources', names.length === 0 ? 'none' : names.join(';')], ...externalResources.map(([name, amount]) => [
                    `external-resource.${name}.amount`,
                    String(amount),
                ]));
            }
            return list;
        };
        return withDynamicConfigs(result, entries, traits.dynamicTrailingSpace);
    }
    /** Names from `external-resources` with a positive `external-resource.<name>.amount`, in HashMap order. */
    externalResources() {
        const option = this.o.externalResources;
        if (!option)
            return [];
        const raw = this.r.get(option);
        const names = raw === undefined ? [] : parseList(raw);
        if (names.length === 1 && names[0] === 'none')
            return [];
        const unique = jvm_javaHashMapOrder([...new Set(names)]);
        const result = [];
        for (const name of unique) {
            const amountKey = `external-resource.${name}.amount`;
            const amountRaw = this.r.config.get(amountKey);
            if (amountRaw === undefined)
                continue;
            const amount = parseLongOption(amountRaw, amountKey);
            if (amount > 0n)
                result.push([name, amount]);
        }
        return jvm_javaHashMapOrder(result.map(([n]) => n)).map((n) => result.find(([m]) => m === n));
    }
}
function parseLongOption(raw, key) {
    const text = typeof raw === 'string' ? raw : String(raw);
    if (typeof raw === 'bigint')
        return raw;
    if (!/^[+-]?\d+$/.test(text)) {
        throw iae(`Could not parse value '${text}' for key '${key}'.`);
    }
    return BigInt(text);
}
/** Flink's list syntax: `;`-separated (flow-style `[a, b]` from config.yaml too). */
function parseList(raw) {
    const text = raw.trim();
    const inner = text.startsWith('[') && text.endsWith(']') ? text.slice(1, -1).split(',') : text.split(';');
    return inner.map((s) => s.trim().replace(/^(['"])(.*)\1$/, '$2')).filter((s) => s.length > 0);
}
function sum(...values) {
    let total = 0n;
    for (const v of values)
        total = addBytes(total, v);
    return total;
}
function totalOf(m) {
    return sum(m.frameworkHeap, m.frameworkOffHeap, m.taskHeap, m.taskOffHeap, m.network, m.managed);
}
/** Plain TaskManager derivation (`TaskExecutorProcessUtils.processSpecFromConfig`), no legacy heap mapping. */
function deriveTaskManagerPlain(config, version) {
    try {
        return new TaskManagerDerivation(new options_OptionReader(config), version).run();
    }
    catch (err) {
        return flink_error_failure(err);
    }
}

;// CONCATENATED MODULE: ./src/flink/derive.ts






/** The TaskManager as Flink's start-up for that deployment derives it (legacy heap mapping on 1.x). */
function derive_deriveTaskManager(config, options) {
    const { flinkVersion: version, deployment = 'standalone', env = {} } = options;
    const traits = traitsOf(version);
    let effective = config;
    if (traits.legacyHeap) {
        try {
            effective = mapLegacyHeap(config, version, 'taskmanager', legacyHeapTarget('taskmanager', deployment), env);
        }
        catch (err) {
            if (err instanceof FlinkError &&
                err.errorType === 'IllegalConfigurationException' &&
                traits.tmLegacyMapPrefix) {
                return flink_error_failure(ice(traits.tmLegacyMapPrefix + err.message, err));
            }
            return flink_error_failure(err);
        }
    }
    return deriveTaskManagerPlain(effective, version);
}
/** The JobManager as Flink's start-up for that deployment derives it; 1.10 had no memory model. */
function derive_deriveJobManager(config, options) {
    const { flinkVersion: version, deployment = 'standalone', env = {} } = options;
    const traits = traitsOf(version);
    if (!traits.jobManagerModel)
        return jobManager110(config, deployment, env);
    if (!traits.legacyHeap)
        return deriveJobManagerPlain(config, version);
    // Every 1.x entry point maps the legacy heap and prefixes whatever configuration error follows.
    try {
        const mapped = mapLegacyHeap(config, version, 'jobmanager', legacyHeapTarget('jobmanager', deployment), env);
        return runJobManager(mapped, version);
    }
    catch (err) {
        return prefixed(err, traits.jmPrefix);
    }
}
function prefixed(err, prefix) {
    if (err instanceof FlinkError && err.errorType === 'IllegalConfigurationException') {
        return flink_error_failure(ice(prefix + err.message, err));
    }
    return flink_error_failure(err);
}
/** Both processes of one configuration; never throws for any configuration. */
function derive_derive(config, options) {
    return {
        flinkVersion: options.flinkVersion,
        taskmanager: derive_deriveTaskManager(config, options),
        jobmanager: derive_deriveJobManager(config, options),
    };
}

;// CONCATENATED MODULE: ./src/flink/legacy-keys.ts



const LEGACY_KEYS = [
    { key: 'taskmanager.heap.size', heap: { process: 'taskmanager', unit: 'size' } },
    { key: 'taskmanager.heap.mb', heap: { process: 'taskmanager', unit: 'mb' } },
    { key: 'jobmanager.heap.size', heap: { process: 'jobmanager', unit: 'size' } },
    { key: 'jobmanager.heap.mb', heap: { process: 'jobmanager', unit: 'mb' } },
    // Up to 1.4 a Long with default -1 ("-1 or > 0", else a fraction of the heap: TaskManagerServices);
    // 1.5-1.9 a String with default "0", compared as text (`equals(defaultValue())`,
    // ConfigurationParserUtils.getManagedMemorySize), which refuses -1. 1.10 made it the deprecated
    // key of taskmanager.memory.managed.size, a MemorySize: -1 is refused; 0 is no managed memory,
    // which today's heap backends want, so 0 keeps its successor.
    {
        key: 'taskmanager.memory.size',
        unset: { '-1': 'up to Flink 1.4, -1 meant "not set" (a fraction of the heap)' },
    },
    { key: 'taskmanager.network.memory.min' },
    { key: 'taskmanager.network.memory.max' },
    { key: 'taskmanager.network.memory.fraction' },
    { key: 'taskmanager.memory.fraction', ignoredFrom: '1.10' },
    { key: 'taskmanager.memory.off-heap', ignoredFrom: '1.10' },
    { key: 'taskmanager.memory.preallocate', ignoredFrom: '1.10' },
    // Read by the 1.10 scripts for a JobManager in a container (spec §5.6), by nothing after.
    { key: 'containerized.heap-cutoff-ratio', ignoredFrom: '1.11' },
    { key: 'containerized.heap-cutoff-min', ignoredFrom: '1.11' },
    { key: 'yarn.heap-cutoff-ratio', ignoredFrom: '1.11' },
    { key: 'yarn.heap-cutoff-min', ignoredFrom: '1.11' },
    // The 1.x network stack's options that 2.0 removed (FLINK-33750 and the 2.0 release notes).
    { key: 'taskmanager.network.numberOfBuffers', removedIn: '2.0' },
    { key: 'taskmanager.network.memory.buffers-per-channel', removedIn: '2.0' },
    { key: 'taskmanager.network.memory.floating-buffers-per-gate', removedIn: '2.0' },
    { key: 'taskmanager.network.memory.max-buffers-per-channel', removedIn: '2.0' },
];
const ROWS = new Map(LEGACY_KEYS.map((row) => [row.key, row]));
/** The option a deprecated key is a fallback of, in a version. */
function fallbackOwner(version, key) {
    for (const option of options_optionRegistry(version).values())
        if (option.fallbackKeys.some((f) => f.key === key))
            return option.key;
    return undefined;
}
/**
 * How `version` reads `key` for this deployment mode, given the configuration it sits in (a newer
 * key or the heap environment variable can shadow it); undefined for keys that are not legacy.
 */
function legacy_keys_legacyKeyReading(key, value, version, deployment, config, env = {}) {
    const row = ROWS.get(key);
    if (!row)
        return undefined;
    if (row.heap)
        return heapReading(row, row.heap, value, version, deployment, config, env);
    const owner = fallbackOwner(version, key);
    if (owner) {
        if (config.has(owner))
            return { reading: 'ignored', because: `${owner} is set` };
        const unset = row.unset?.[value.trim()];
        return unset
            ? { reading: 'read-as', readAs: owner, unset }
            : { reading: 'read-as', readAs: owner, successor: { key: owner, value } };
    }
    if (row.removedIn && versions_atLeast(version, row.removedIn))
        return { reading: 'removed' };
    if (row.ignoredFrom && versions_atLeast(version, row.ignoredFrom))
        return { reading: 'ignored', because: `Flink ${row.ignoredFrom} dropped it` };
    return { reading: 'read' };
}
const HEAP_ENV = { taskmanager: 'FLINK_TM_HEAP', jobmanager: 'FLINK_JM_HEAP' };
function heapReading(row, heap, value, version, deployment, config, env) {
    const target = legacyHeapTarget(heap.process, deployment);
    const successor = { key: target, value: heap.unit === 'mb' ? `${value}m` : value };
    const traits = traitsOf(version);
    if (!traits.legacyHeap)
        return { reading: 'removed', successor };
    // The 1.10 JobManager has no memory model: its scripts size the JVM heap from this key itself.
    if (heap.process === 'jobmanager' && !traits.jobManagerModel)
        return { reading: 'read' };
    // `mapLegacyHeap`: the new option wins, then the environment variable, then `.size` over `.mb`.
    if (config.has(target))
        return { reading: 'ignored', because: `${target} is set` };
    if (env[HEAP_ENV[heap.process]] !== undefined)
        return { reading: 'ignored', because: `${HEAP_ENV[heap.process]} is set` };
    const sizeKey = `${heap.process}.heap.size`;
    if (row.key !== sizeKey && config.has(sizeKey))
        return { reading: 'ignored', because: `${sizeKey} is set` };
    return { reading: 'read-as', readAs: target, successor };
}
/** Keys that size a process in a version: a config that sets none of them is a fragment. */
function processSizeKeys(process, version) {
    const keys = [`${process}.memory.process.size`, `${process}.memory.flink.size`];
    keys.push(process === 'taskmanager' ? 'taskmanager.memory.task.heap.size' : 'jobmanager.memory.heap.size');
    // The legacy heap keys size a process only while Flink maps them (1.x).
    if (traitsOf(version).legacyHeap)
        keys.push(`${process}.heap.size`, `${process}.heap.mb`);
    return keys;
}
/** Keys that size a process only in the memory model before 1.10 (mem_migration.md, "Migrate Task Manager Memory Configuration"). */
const PRE_MODEL_SIZE_KEYS = new Set(['taskmanager.heap.mb', 'taskmanager.heap.size', 'jobmanager.heap.mb']);
/** A key of the memory model 1.10 brought in: `taskmanager.memory.*`/`jobmanager.memory.*`, not an old one of the same prefix. */
const isModelKey = (key) => /^(?:taskmanager|jobmanager)\.memory\./.test(key) && !LEGACY_KEYS.some((row) => row.key === key);
/**
 * The keys that show a configuration written for the memory model before Flink 1.10, in the order
 * given: its old heap keys, where it has no key of the newer model. Empty otherwise.
 */
function preMemoryModelKeys(keys) {
    if (keys.some(isModelKey))
        return [];
    return keys.filter((key) => PRE_MODEL_SIZE_KEYS.has(key));
}

;// CONCATENATED MODULE: ./src/flink/memory-keys.ts
/** Keys that size a Flink process's memory, current and legacy (spec §1.1–1.2). */
const MEMORY_KEY = /^(?:taskmanager|jobmanager)\.(?:memory\.|heap\.(?:size|mb)$|network\.memory\.|network\.numberOfBuffers$)|^containerized\.heap-cutoff-/;
function isMemoryKey(key) {
    return MEMORY_KEY.test(key);
}

;// CONCATENATED MODULE: ./src/flink/images.ts

/**
 * Memory settings of the configuration file the official images ship (the distribution's default
 * `flink-conf.yaml` / `config.yaml`), which `FLINK_PROPERTIES` lines are appended to.
 */
const IMAGE_DEFAULT_CONF = [
    ['1.10', { 'jobmanager.heap.size': '1024m', 'taskmanager.memory.process.size': '1568m' }],
    // The shipped file grew by the metaspace that 1.10.1 added (FLINK-16406, apache/flink#11300).
    ['1.10.1', { 'jobmanager.heap.size': '1024m', 'taskmanager.memory.process.size': '1728m' }],
    ['1.11', { 'jobmanager.memory.process.size': '1600m', 'taskmanager.memory.process.size': '1728m' }],
];
function imageDefaultConf(version) {
    return versions_sinceRow(IMAGE_DEFAULT_CONF, version) ?? {};
}
/** Flink's images preload jemalloc from 1.12 on (FLINK-19125) unless `DISABLE_JEMALLOC` is true. */
function imageAllocator(version) {
    return versions_atLeast(version, '1.12') ? 'jemalloc' : 'glibc';
}
/** The option that, set to true, makes the image's entrypoint skip jemalloc for the TaskManager. */
const DISABLE_JEMALLOC_KEY = 'containerized.taskmanager.env.DISABLE_JEMALLOC';

;// CONCATENATED MODULE: ./src/flink/flink-image.ts
/**
 * Which image references are Flink's own images (or images built on them under Flink's name), and
 * the Flink version their tag names. Only these count as version evidence: an application image
 * (`flink-app:1.0`), the Kubernetes operator (`flink-kubernetes-operator:1.9`) or Stateful
 * Functions (`flink-statefun:3.3`) carry versions of something else.
 *
 * Image reference grammar: distribution/reference (reference.go): `[registry[:port]/]path[:tag][@digest]`.
 */
/**
 * Repositories that publish Flink itself, by path (registry host removed). Official image
 * (docker-library/official-images library/flink), apache/flink (the Apache images, apache/flink-docker),
 * ghcr.io/apache/flink-docker (snapshot builds), bitnami/flink, Ververica Platform's
 * `registry.ververica.com/v2.x/flink` and `ververica/flink*`, Confluent Platform for Apache Flink
 * (`confluentinc/cp-flink`). Any `<namespace>/flink` is a Flink image rebuilt under its own name.
 */
const FLINK_REPOSITORIES = [
    /^(?:.+\/)?flink$/,
    /^apache\/flink-docker$/,
    /^ververica\/flink[a-z0-9._-]*$/,
    /^confluentinc\/cp-flink$/,
];
/** Flink's other projects, whose versions are not Flink's. */
const NOT_FLINK = /operator|statefun|agents|cdc/;
/** A tag naming a Flink release: `1.18`, `1.18.1`, `1.18.1-scala_2.12-java11`, `2.0.0-java17`, `1.17.2-stream1-…`. */
const FLINK_TAG = /^v?(\d+\.\d+(?:\.\d+)?)(?![\d.])(?:[-_].*)?$/;
/** A registry host: the first path component when it has a dot or a port, or is `localhost`. */
function withoutRegistry(path) {
    const slash = path.indexOf('/');
    if (slash < 0)
        return path;
    const first = path.slice(0, slash);
    return /[.:]/.test(first) || first === 'localhost' ? path.slice(slash + 1) : path;
}
/** The Flink image an image reference names, or undefined for any other image or a reference without a tag. */
function flinkImage(reference) {
    const text = reference.trim().replace(/^["']|["']$/g, '');
    const at = text.indexOf('@');
    const ref = at >= 0 ? text.slice(0, at) : text;
    const colon = ref.lastIndexOf(':');
    if (colon < 0 || ref.lastIndexOf('/') > colon)
        return undefined;
    const repository = withoutRegistry(ref.slice(0, colon)).toLowerCase();
    const tag = ref.slice(colon + 1);
    if (NOT_FLINK.test(repository) || !FLINK_REPOSITORIES.some((r) => r.test(repository)))
        return undefined;
    const version = FLINK_TAG.exec(tag)?.[1];
    return version ? { repository, tag, version } : undefined;
}
/** The Flink version an image reference names, where it is a Flink image. */
function flinkImageVersion(reference) {
    return flinkImage(reference)?.version;
}
/**
 * The reference with the Flink version of its tag moved to `version`, the rest of the tag kept
 * (`flink:1.17.2-scala_2.12-java11` → `flink:2.0.0-scala_2.12-java11`): a tag that names a patch
 * release gets the target's first one. Undefined for other images and for a reference pinned by
 * digest (a digest names one build: no tag edit can move it).
 */
function retagFlinkImage(reference, version) {
    const image = flinkImage(reference);
    if (!image || reference.includes('@'))
        return undefined;
    const patch = /^\d+\.\d+\.\d+$/.test(image.version);
    const target = patch && /^\d+\.\d+$/.test(version) ? `${version}.0` : version;
    const colon = reference.lastIndexOf(':');
    const tag = reference.slice(colon + 1);
    const at = tag.indexOf(image.version);
    if (colon < 0 || at < 0)
        return undefined;
    return `${reference.slice(0, colon + 1)}${tag.slice(0, at)}${target}${tag.slice(at + image.version.length)}`;
}
/** The Kubernetes operator's `spec.flinkVersion` for a version (`FlinkVersion` enum: `v1_17`, `v2_0`). */
function operatorFlinkVersion(version) {
    const [major, minor] = version.split('.');
    return `v${major}_${minor}`;
}

;// CONCATENATED MODULE: ./src/flink/config-files.ts


const FLINK_CONF_READING = [
    ['1.10', 'read'],
    ['1.19', 'deprecated'],
    ['2.0', 'ignored'],
];
function config_files_flinkConfReading(version) {
    return versions_sinceRow(FLINK_CONF_READING, version) ?? 'read';
}
/** The file a version's distribution ships its configuration in. */
function defaultConfigFile(version) {
    return atLeast(version, '2.0') ? 'config-yaml' : 'flink-conf';
}
/** What the file format alone says about the version that reads it, where nothing else says. */
const FORMAT_IMPLIED = {
    'flink-conf': { version: '1.20', reason: 'format: flink-conf.yaml is read only up to 1.20' },
    'config-yaml': {
        version: model/* NEWEST_FLINK_VERSION */.Xv,
        reason: `format: config.yaml, newest supported (${model/* NEWEST_FLINK_VERSION */.Xv})`,
    },
    none: {
        version: model/* NEWEST_FLINK_VERSION */.Xv,
        reason: `no version given: newest supported (${model/* NEWEST_FLINK_VERSION */.Xv})`,
    },
};
/**
 * Top-level namespaces of Flink's own options (the first segment of the keys in Flink's
 * configuration reference), and of the file systems' options Flink forwards: a `config.yaml` made
 * of these is Flink's.
 */
const OPTION_NAMESPACES = new Set([
    'akka',
    'azure',
    'blob',
    'checkpointing',
    'classloader',
    'client',
    'cluster',
    'containerized',
    'env',
    'execution',
    'external-resource',
    'external-resources',
    'fs',
    'gs',
    'hadoop',
    'heartbeat',
    'high-availability',
    'historyserver',
    'io',
    'jobmanager',
    'jobstore',
    'kubernetes',
    'local',
    'metrics',
    'oss',
    'parallelism',
    'pekko',
    'pipeline',
    'plugin',
    'presto',
    'process',
    'python',
    'query',
    'resourcemanager',
    'rest',
    'restart-strategy',
    'rocksdb',
    's3',
    's3a',
    'scheduler-mode',
    'security',
    'slot',
    'slotmanager',
    'sql-gateway',
    'state',
    'table',
    'task',
    'taskmanager',
    'web',
    'yarn',
    'zookeeper',
]);
function isOptionNamespace(segment) {
    return OPTION_NAMESPACES.has(segment);
}

;// CONCATENATED MODULE: ./src/flink/state-backend.ts

/** The keys Flink reads the state backend from, first wins, and its default (spec §10.1). */
const BACKEND_OPTION = [
    ['1.10', { keys: ['state.backend'], default: 'jobmanager' }],
    ['1.13', { keys: ['state.backend'], default: 'hashmap' }],
    ['1.17', { keys: ['state.backend.type', 'state.backend'], default: 'hashmap' }],
];
const row = (version) => versions_sinceRow(BACKEND_OPTION, version) ?? BACKEND_OPTION[0][1];
function state_backend_stateBackendKeys(version) {
    return row(version).keys;
}
function defaultStateBackend(version) {
    return row(version).default;
}
const SHORTCUTS = ['hashmap', 'rocksdb', 'forst', 'jobmanager', 'filesystem'];
const CLASSES = [
    [/RocksDB/i, 'rocksdb'],
    [/ForSt/i, 'forst'],
    [/HashMap/i, 'hashmap'],
    [/MemoryStateBackend/, 'jobmanager'],
    [/FsStateBackend/, 'filesystem'],
];
/**
 * How a version reads the old backends, by shortcut name and by class: 1.13–1.20 load them as the
 * HashMap backend where they were file-system backed; 2.x knows neither old shortcut and tries it
 * as a class name (spec §10.1).
 */
const SHORTCUT_READING = [
    ['1.10', {}],
    ['1.13', { filesystem: 'hashmap' }],
    ['2.0', { jobmanager: 'custom', filesystem: 'custom' }],
];
const CLASS_READING = [
    ['1.10', {}],
    ['1.13', { filesystem: 'hashmap' }],
    ['2.0', {}],
];
/**
 * The backend a written value selects: `hashmap`, `rocksdb`, `forst`, `jobmanager`, `filesystem`,
 * or `custom` for a factory class Flink does not ship.
 */
function state_backend_stateBackendName(value, version) {
    const lower = value.toLowerCase();
    const shortcut = SHORTCUTS.includes(lower);
    const name = shortcut ? lower : (CLASSES.find(([re]) => re.test(value))?.[1] ?? 'custom');
    return versions_sinceRow(shortcut ? SHORTCUT_READING : CLASS_READING, version)?.[name] ?? name;
}
/** Backends that keep their state in native memory Flink budgets as managed memory. */
function usesManagedMemory(backend) {
    return backend === 'rocksdb' || backend === 'forst';
}
/** The prefix of a native backend's memory options (`state.backend.rocksdb.memory.managed`...). */
function backendMemoryPrefix(backend) {
    return backend === 'forst' ? 'state.backend.forst.memory.' : 'state.backend.rocksdb.memory.';
}
/**
 * The name to write for a backend the sizing command is asked for, per version (spec §10.1): the
 * heap backend is `filesystem` before 1.13 (FsStateBackend), `hashmap` from 1.13; ForSt ships from
 * 2.0. Undefined where the version has no such backend.
 */
const BACKEND_NAMES = [
    ['1.10', { hashmap: 'filesystem', rocksdb: 'rocksdb' }],
    ['1.13', { hashmap: 'hashmap', rocksdb: 'rocksdb' }],
    ['2.0', { hashmap: 'hashmap', rocksdb: 'rocksdb', forst: 'forst' }],
];
function stateBackendSetting(backend, version) {
    return sinceRow(BACKEND_NAMES, version)?.[backend];
}

;// CONCATENATED MODULE: ./src/flink/managed-consumers.ts


/** `taskmanager.memory.managed.consumer-weights` (1.12+): how managed memory is shared out. */
const CONSUMER_WEIGHTS_KEY = 'taskmanager.memory.managed.consumer-weights';
/** The option's default in a version (spec §10.3); undefined before 1.12, which has no such option. */
function defaultConsumerWeights(version) {
    return options_findOption(version, CONSUMER_WEIGHTS_KEY)?.defaultText;
}
/** The weight each consumer has by default, for those an explicit list leaves out (spec §10.3). */
const CONSUMER_DEFAULT_WEIGHT = {
    OPERATOR: 70,
    STATE_BACKEND: 70,
    PYTHON: 30,
};
/** 1.x still reads the 1.12 name `DATAPROC` as the weight of both operators and state backends. */
function readsDataprocWeight(version) {
    return !versions_atLeast(version, '2.0');
}

;// CONCATENATED MODULE: ./src/flink/runtime-mode.ts

/** `execution.runtime-mode` (FLIP-134, `ExecutionOptions.RUNTIME_MODE`, 1.12+): `STREAMING` by default. */
const RUNTIME_MODE_OPTION = [
    ['1.12', { key: 'execution.runtime-mode', default: 'STREAMING' }],
];
/** The key a version reads the runtime mode from, undefined before 1.12 (DataSet jobs were batch). */
function runtimeModeOption(version) {
    return versions_sinceRow(RUNTIME_MODE_OPTION, version);
}
/** `RuntimeExecutionMode`'s values: `AUTOMATIC` runs a job in BATCH mode when all its sources are bounded. */
const RUNTIME_MODES = ['STREAMING', 'BATCH', 'AUTOMATIC'];
/**
 * The runtime mode program arguments choose: a dynamic property (`-Dexecution.runtime-mode=BATCH`,
 * `-D execution.runtime-mode=BATCH`), the `--execution-mode` of Flink's own examples
 * (flink-examples-streaming `wordcount/util/CLI.java`), or a Beam pipeline on the FlinkRunner, which
 * runs in batch mode unless `--streaming` is set or a source is unbounded (Beam's
 * `FlinkPipelineOptions`): AUTOMATIC in Flink's terms.
 */
function runtimeModeOfArgs(args) {
    const words = args.flatMap((arg) => arg.split(/\s+/)).filter((w) => w !== '');
    const mode = (text) => {
        const upper = text
            .trim()
            .replace(/^["']|["']$/g, '')
            .toUpperCase();
        return RUNTIME_MODES.includes(upper) ? upper : undefined;
    };
    for (let i = 0; i < words.length; i++) {
        const word = words[i];
        const property = /^-D(?:execution\.runtime-mode=(.*))?$/.exec(word);
        if (property) {
            const value = property[1] ?? /^execution\.runtime-mode=(.*)$/.exec(words[i + 1] ?? '')?.[1];
            const found = value === undefined ? undefined : mode(value);
            if (found)
                return { mode: found, written: property[1] ? word : `${word} ${words[i + 1]}` };
            continue;
        }
        const example = /^--?execution-mode(?:=(.*))?$/.exec(word);
        if (example) {
            const value = example[1] ?? words[i + 1];
            const found = value === undefined ? undefined : mode(value);
            if (found)
                return { mode: found, written: example[1] !== undefined ? word : `${word} ${value}` };
        }
    }
    const runner = words.find((w, i) => /^--runner=(.*FlinkRunner)$/.test(w) || (w === '--runner' && /FlinkRunner$/.test(words[i + 1] ?? '')));
    if (runner) {
        const streaming = words.find((w) => /^--streaming(=true)?$/i.test(w));
        return streaming
            ? { mode: 'STREAMING', written: streaming }
            : { mode: 'AUTOMATIC', written: runner === '--runner' ? '--runner FlinkRunner' : runner };
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/flink/java-opts.ts

/**
 * Where Flink's scripts take a process's extra JVM options from (spec §8.4), with the version that
 * first reads each key: these keys all land after Flink's own memory flags on the command line
 * (`FLINK_ENV_JAVA_OPTS` in `flink-daemon.sh`, `%jvmopts%` after `%jvmmem%` in the container start
 * command), so a memory flag in them wins. The administrator options `env.java.default-opts.*` came
 * with FLINK-33221 (apache/flink#24098) in 1.19.
 */
const JAVA_OPTS_KEY_ROWS = {
    taskmanager: [
        ['env.java.opts', '1.10'],
        ['env.java.opts.all', '1.10'],
        ['env.java.default-opts.all', '1.19'],
        ['env.java.opts.taskmanager', '1.10'],
        ['env.java.default-opts.taskmanager', '1.19'],
    ],
    jobmanager: [
        ['env.java.opts', '1.10'],
        ['env.java.opts.all', '1.10'],
        ['env.java.default-opts.all', '1.19'],
        ['env.java.opts.jobmanager', '1.10'],
        ['env.java.default-opts.jobmanager', '1.19'],
    ],
};
/** The keys a version's start scripts read a process's extra JVM options from. */
function javaOptsKeys(process, version) {
    return JAVA_OPTS_KEY_ROWS[process].filter(([, since]) => versions_atLeast(version, since)).map(([key]) => key);
}
/** Environment variables with JVM options: `FLINK_ENV_JAVA_OPTS` comes after Flink's flags, the others before. */
const JAVA_OPTS_ENV = {
    FLINK_ENV_JAVA_OPTS: true,
    JVM_ARGS: false,
    JAVA_TOOL_OPTIONS: false,
    JAVA_OPTS: false,
};
/** The JVM limit each memory flag sets, as Flink computes it. */
const JVM_LIMIT_OF_FLAG = {
    '-Xmx': 'heap',
    '-Xms': 'heap',
    '-XX:MaxDirectMemorySize': 'directMemory',
    '-XX:MaxMetaspaceSize': 'metaspace',
};
const JVM_UNITS = { '': 0n, k: 10n, m: 20n, g: 30n, t: 40n };
/** The bytes of a JVM size argument (`2g`, `512M`, `1073741824`): digits and an optional k/m/g/t. */
function jvmSizeBytes(text) {
    const m = /^(\d+)([kmgt]?)$/i.exec(text.trim());
    return m ? BigInt(m[1]) << JVM_UNITS[m[2].toLowerCase()] : undefined;
}

;// CONCATENATED MODULE: ./src/flink/network-buffer-options.ts





const NETWORK_BUFFER_OPTIONS = {
    buffersPerChannel: {
        key: 'taskmanager.network.memory.buffers-per-channel',
        defaults: [['1.10', '2']],
        since: '1.10',
        removedIn: '2.0',
        hardCoded: 2,
        minimum: { since: '1.17', value: 0, message: 'Must be non-negative.' },
    },
    floatingBuffersPerGate: {
        key: 'taskmanager.network.memory.floating-buffers-per-gate',
        defaults: [['1.10', '8']],
        since: '1.10',
        removedIn: '2.0',
        hardCoded: 8,
        minimum: {
            since: '1.17',
            value: 1,
            message: 'The configured floating buffer should be at least 1, please increase the value of taskmanager.network.memory.floating-buffers-per-gate.',
        },
    },
    maxBuffersPerChannel: {
        key: 'taskmanager.network.memory.max-buffers-per-channel',
        defaults: [['1.11', '10']],
        since: '1.11',
        removedIn: '2.0',
        hardCoded: 10,
    },
    maxOverdraftBuffersPerGate: {
        key: 'taskmanager.network.memory.max-overdraft-buffers-per-gate',
        defaults: [['1.16', '5']],
        since: '1.16',
        removedIn: '2.0',
        hardCoded: 20,
    },
    maxRequiredBuffersPerGate: {
        key: 'taskmanager.network.memory.read-buffer.required-per-gate.max',
        defaults: [['1.17', undefined]],
        since: '1.17',
        minimum: {
            since: '1.17',
            value: 1,
            message: 'At least one buffer is required for each gate, please increase the value of taskmanager.network.memory.read-buffer.required-per-gate.max.',
        },
    },
    sortShuffleMinParallelism: {
        key: 'taskmanager.network.sort-shuffle.min-parallelism',
        defaults: [
            ['1.12', String(JAVA_INT_MAX)],
            ['1.15', '1'],
        ],
        since: '1.12',
        removedIn: '2.0',
        hardCoded: 1,
    },
    sortShuffleMinBuffers: {
        key: 'taskmanager.network.sort-shuffle.min-buffers',
        defaults: [
            ['1.12', '64'],
            ['1.15', '512'],
        ],
        since: '1.12',
    },
};
/** The option as `version` defines it. */
function networkBufferOption(version, name) {
    const row = NETWORK_BUFFER_OPTIONS[name];
    if (!versions_atLeast(version, row.since))
        return { kind: 'absent' };
    if (row.removedIn && versions_atLeast(version, row.removedIn)) {
        return row.hardCoded === undefined ? { kind: 'absent' } : { kind: 'hard-coded', value: row.hardCoded };
    }
    let text;
    for (const [since, value] of row.defaults)
        if (versions_atLeast(version, since))
            text = value;
    return {
        kind: 'read',
        option: {
            key: row.key,
            type: 'int',
            ...(text !== undefined && { defaultValue: Number(text) }),
            defaultText: text ?? 'null',
            fallbackKeys: [],
        },
    };
}
const segmentSizeKey = 'taskmanager.memory.segment-size';
/** Java's `Integer.MAX_VALUE`, the bound of every buffer count Flink keeps. */
const INTEGER_MAX_VALUE = Number(JAVA_INT_MAX);
/** `ConfigurationParserUtils.getPageSize`: an int, at least 4096 and a power of two. */
function segmentSize(reader, version) {
    const bytes = reader.get(options_requireOption(version, segmentSizeKey));
    if (bytes > BigInt(JAVA_INT_MAX))
        throw iae(`Cannot downcast long value ${bytes} to integer.`);
    const invalid = (why) => ice(`Invalid configuration value for ${segmentSizeKey} : ${bytes} - ${why}`);
    if (bytes < 4096n)
        throw invalid('Minimum memory segment size is 4096');
    if ((bytes & (bytes - 1n)) !== 0n)
        throw invalid('Memory segment size must be a power of 2.');
    return Number(bytes);
}
/**
 * The settings `NettyShuffleEnvironmentConfiguration.fromConfiguration` reads, in its order, for a
 * TaskManager with `networkBytes` of network memory; throws the `FlinkError` it would fail to start with.
 */
function network_buffer_options_networkBufferSettings(config, version, networkBytes) {
    const reader = new options_OptionReader(config);
    const pageSize = segmentSize(reader, version);
    // calculateNumberOfNetworkBuffers: offcuts below one segment stay unused.
    const totalBuffers = networkBytes / BigInt(pageSize);
    if (totalBuffers > BigInt(JAVA_INT_MAX)) {
        throw iae(`The given number of memory bytes (${networkBytes}) corresponds to more than MAX_INT pages.`);
    }
    const ignoredKeys = [];
    const value = (name, absent) => {
        const state = networkBufferOption(version, name);
        if (state.kind === 'hard-coded') {
            if (config.has(NETWORK_BUFFER_OPTIONS[name].key))
                ignoredKeys.push(NETWORK_BUFFER_OPTIONS[name].key);
            return state.value;
        }
        return state.kind === 'read' ? reader.number(state.option) : absent;
    };
    const buffersPerChannel = value('buffersPerChannel', 0);
    const floatingBuffersPerGate = value('floatingBuffersPerGate', 0);
    const required = networkBufferOption(version, 'maxRequiredBuffersPerGate');
    const maxRequiredBuffersPerGate = required.kind === 'read' ? reader.get(required.option) : undefined;
    value('maxBuffersPerChannel', 0);
    value('maxOverdraftBuffersPerGate', 0);
    const sortShuffleMinBuffers = value('sortShuffleMinBuffers', 0);
    const sortShuffleMinParallelism = value('sortShuffleMinParallelism', INTEGER_MAX_VALUE);
    const checked = [
        ['buffersPerChannel', buffersPerChannel],
        ['maxRequiredBuffersPerGate', maxRequiredBuffersPerGate],
        ['floatingBuffersPerGate', floatingBuffersPerGate],
    ];
    for (const [name, configured] of checked) {
        const row = NETWORK_BUFFER_OPTIONS[name];
        const state = networkBufferOption(version, name);
        if (row.minimum && state.kind === 'read' && versions_atLeast(version, row.minimum.since)) {
            if (configured !== undefined && configured < row.minimum.value)
                throw iae(row.minimum.message);
        }
    }
    return {
        segmentSize: pageSize,
        totalBuffers: Number(totalBuffers),
        buffersPerChannel,
        floatingBuffersPerGate,
        ...(maxRequiredBuffersPerGate !== undefined && { maxRequiredBuffersPerGate }),
        sortShuffleMinParallelism,
        sortShuffleMinBuffers,
        ignoredKeys,
    };
}
/** Versions whose TaskManagers read each option key, for rules that flag keys a version ignores. */
const NETWORK_BUFFER_OPTION_VERSIONS = new Map(Object.values(NETWORK_BUFFER_OPTIONS).map((row) => [
    row.key,
    model/* FLINK_VERSIONS */.tf.filter((v) => versions_atLeast(v, row.since) && !(row.removedIn && versions_atLeast(v, row.removedIn))),
]));

;// CONCATENATED MODULE: ./src/flink/network-buffers.ts





const GATE_MODELS = [
    ['1.10', 'floating-0'],
    ['1.12', 'floating-1'],
    ['1.17', 'required-threshold'],
    ['1.20', 'expected-pool'],
];
function gateModel(version) {
    let model = GATE_MODELS[0][1];
    for (const [since, m] of GATE_MODELS)
        if (versions_atLeast(version, since))
            model = m;
    return model;
}
/** `InputGateSpecUtils.DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH` (1.17+). */
const DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH = 1000;
/** Java `int` arithmetic: what Flink computes, overflow included. */
const network_buffers_int = (n) => n | 0;
/** Per-gate buffers as `version` computes them; throws where Flink's own checks fail the task. */
function gateBuffers(version, settings, mode, channels) {
    const model = gateModel(version);
    const { buffersPerChannel: perChannel, floatingBuffersPerGate: floating } = settings;
    if (model === 'floating-0' || model === 'floating-1') {
        return { poolRequired: model === 'floating-0' ? 0 : 1, exclusivePerChannel: perChannel };
    }
    const threshold = settings.maxRequiredBuffersPerGate ??
        (mode === 'streaming' ? INTEGER_MAX_VALUE : DEFAULT_MAX_REQUIRED_BUFFERS_PER_GATE_FOR_BATCH);
    const required = Math.min(threshold, network_buffers_int(Math.imul(channels, perChannel) + 1));
    if (required < 1)
        throw iae('Require at least 1 buffer per gate.');
    const exclusive = Math.min(perChannel, Math.trunc((required - 1) / channels));
    if (model === 'expected-pool')
        return { poolRequired: required, exclusivePerChannel: exclusive };
    const exclusivePerGate = Math.imul(exclusive, channels);
    const requiredFloating = network_buffers_int(required - exclusivePerGate);
    const totalFloating = network_buffers_int(network_buffers_int(Math.imul(channels, perChannel) + floating) - exclusivePerGate);
    if (requiredFloating > totalFloating) {
        throw new FlinkError('IllegalStateException', 'Wrong number of floating buffers.');
    }
    return { poolRequired: requiredFloating, exclusivePerChannel: exclusive };
}
/**
 * A result partition's `LocalBufferPool` minimum (`NettyShuffleUtils
 * .getMinMaxNetworkBuffersPerResultPartition`; `ResultPartitionFactory` before 1.13): one buffer per
 * subpartition plus one, or `sort-shuffle.min-buffers` for a sort-merge blocking partition.
 */
function resultPartitionBuffers(settings, mode, subpartitions) {
    const sortShuffle = mode === 'batch' && subpartitions >= settings.sortShuffleMinParallelism;
    return { required: sortShuffle ? settings.sortShuffleMinBuffers : network_buffers_int(subpartitions + 1), sortShuffle };
}
/** `NetworkBufferPool`'s message, identical from 1.10 to 2.x (`createBufferPool`, `tryRedistributeBuffers`). */
function insufficientBuffersMessage(required, available, total, segmentSize) {
    return `Insufficient number of network buffers: required ${required}, but only ${available} available. The total number of network buffers is currently set to ${total} of ${segmentSize} bytes each. You can increase this number by setting the configuration keys 'taskmanager.memory.network.fraction', 'taskmanager.memory.network.min', and 'taskmanager.memory.network.max'.`;
}
/**
 * The network buffers one TaskManager needs for `job`, against what its network memory holds.
 *
 * Requests are replayed in the order a task sets itself up (`Task.setupPartitionsAndGates`: result
 * partitions, then gates; `SingleInputGate.setup`: the pool, then each remote channel's exclusive
 * buffers), slot by slot with the producer first. Flink deploys a TaskManager's tasks concurrently,
 * so a real log may show another "available" figure; the refused request is the same kind.
 */
function networkBufferDemand(config, job, options) {
    const version = options.flinkVersion;
    const tm = deriveTaskManager(config, options);
    if (!tm.ok)
        return tm;
    try {
        const settings = networkBufferSettings(config, version, tm.memory.network);
        const slots = job.slots ?? configuredSlots(config, version);
        return {
            ok: true,
            demand: demandFor(version, settings, tm.memory.network, job.mode, job.parallelism, slots),
        };
    }
    catch (err) {
        return failure(err);
    }
}
function configuredSlots(config, version) {
    return new OptionReader(config).number(findOption(version, 'taskmanager.numberOfTaskSlots'));
}
/** The demand for a TaskManager whose settings and network memory are known. */
function demandFor(version, settings, networkBytes, mode, parallelism, slots) {
    const subtasks = Math.min(slots, parallelism);
    const remote = parallelism - subtasks;
    const partition = resultPartitionBuffers(settings, mode, parallelism);
    const total = settings.totalBuffers;
    let gate = { poolRequired: 0, exclusivePerChannel: 0 };
    let deploymentFailure;
    try {
        gate = gateBuffers(version, settings, mode, parallelism);
    }
    catch (err) {
        if (!(err instanceof FlinkError))
            throw err;
        deploymentFailure = { errorType: err.errorType, message: err.message };
    }
    const exclusivePerSubtask = remote * gate.exclusivePerChannel;
    const resultPartitions = subtasks * partition.required;
    const gatePools = subtasks * gate.poolRequired;
    const exclusive = subtasks * exclusivePerSubtask;
    const consumers = gatePools + exclusive;
    // A consumer sets up its gate's pool, then each remote channel's exclusive buffers.
    const consumer = [
        [1, gate.poolRequired],
        [remote, gate.exclusivePerChannel],
    ];
    const stages = mode === 'streaming'
        ? [{ times: subtasks, block: [[1, partition.required], ...consumer] }]
        : [
            { times: subtasks, block: [[1, partition.required]] },
            { times: subtasks, block: consumer },
        ];
    deploymentFailure ??= firstRefusal(stages, total, settings.segmentSize);
    return {
        flinkVersion: version,
        gateModel: gateModel(version),
        mode,
        parallelism,
        slots,
        subtasksPerVertex: subtasks,
        channelsPerGate: parallelism,
        remoteChannelsPerGate: remote,
        resultPartition: { requiredPerSubtask: partition.required, sortShuffle: partition.sortShuffle },
        inputGate: { ...gate, exclusivePerSubtask },
        required: {
            resultPartitions,
            gatePools,
            exclusive,
            total: mode === 'streaming' ? resultPartitions + consumers : Math.max(resultPartitions, consumers),
        },
        available: { networkBytes, segmentSize: settings.segmentSize, buffers: total },
        settings,
        ...(deploymentFailure && { deploymentFailure }),
    };
}
/**
 * Replays the requests with `NetworkBufferPool`'s `int` bookkeeping; each stage starts empty. Runs
 * of requests that stay within the total are counted at once rather than one by one: the answer is
 * the same, overflow included, and the cost does not grow with slots and channels.
 */
function firstRefusal(stages, total, segmentSize) {
    for (const { times, block } of stages) {
        const perBlock = block.reduce((sum, [count, size]) => sum + count * size, 0);
        // Whole blocks whose running sum stays within the total all pass.
        const passing = perBlock === 0 ? times : Math.min(times, Math.floor(total / perBlock));
        let reserved = passing * perBlock;
        for (let i = passing; i < times; i++) {
            for (const [count, size] of block) {
                let left = count;
                while (left > 0 && size > 0) {
                    const fit = Math.min(left, Math.floor((total - reserved) / size));
                    reserved += fit * size;
                    left -= fit;
                    if (left === 0)
                        break;
                    // The next request exceeds the total unless Flink's `int` sum wraps below it.
                    const next = network_buffers_int(reserved + size);
                    if (next > total) {
                        const available = network_buffers_int(total - reserved);
                        return {
                            errorType: 'IOException',
                            message: insufficientBuffersMessage(size, available, total, segmentSize),
                            required: size,
                            available,
                        };
                    }
                    reserved = next;
                    left--;
                }
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/flink/network-buffer-limits.ts





/**
 * Network buffers of the smallest network memory a TaskManager gets without configuring it:
 * `taskmanager.memory.network.min` (64m) over `taskmanager.memory.segment-size` (32kb), i.e. 2048.
 * Flink's fraction (0.1 of total Flink memory) gives less than the minimum below 640m of Flink
 * memory, so every default TaskManager has at least this many buffers.
 */
function smallestDefaultNetworkBuffers(version) {
    const min = requireOption(version, 'taskmanager.memory.network.min').defaultValue;
    const segment = requireOption(version, 'taskmanager.memory.segment-size').defaultValue;
    return Number(min / segment);
}
/**
 * The network memory a TaskManager of `totalFlink` gets from the version's defaults: 0.1 of Total
 * Flink memory within `taskmanager.memory.network.min` and `.max` (1 GiB before 1.17).
 */
function defaultNetworkBytes(version, totalFlink) {
    const option = (key) => options_requireOption(version, key);
    const fractionOption = option('taskmanager.memory.network.fraction');
    return deriveWithFraction(totalFlink, {
        min: option('taskmanager.memory.network.min').defaultValue,
        max: option('taskmanager.memory.network.max').defaultValue,
        fraction: fractionOption.defaultValue,
        fractionOption,
    });
}
/** Whether a TaskManager with `settings` deploys `slots` producer/consumer pairs of parallelism `parallelism`. */
function fits(version, settings, mode, parallelism, slots) {
    const bytes = BigInt(settings.totalBuffers) * BigInt(settings.segmentSize);
    return !demandFor(version, settings, bytes, mode, parallelism, slots).deploymentFailure;
}
/**
 * The largest `buffers-per-channel` with which a TaskManager of `settings.totalBuffers` buffers and
 * `slots` slots still deploys one producer and one consumer per slot when each consumer reads one
 * channel from another TaskManager (parallelism `slots + 1`, the least remote traffic there is).
 * Anything above it fails with "Insufficient number of network buffers" on any job that crosses
 * TaskManagers. Undefined where the version does not read the key (2.x hard-codes 2).
 */
function largestServableBuffersPerChannel(version, settings, slots, mode = 'streaming') {
    if (networkBufferOption(version, 'buffersPerChannel').kind !== 'read')
        return undefined;
    // The answer depends on nothing but these figures, and a tree repeats them config after config.
    const key = [
        version,
        mode,
        slots,
        settings.totalBuffers,
        settings.floatingBuffersPerGate,
        settings.maxRequiredBuffersPerGate,
        settings.sortShuffleMinParallelism,
        settings.sortShuffleMinBuffers,
    ].join();
    const known = LARGEST_SERVABLE.get(key);
    if (known !== undefined)
        return known;
    if (LARGEST_SERVABLE.size >= MAX_REMEMBERED)
        LARGEST_SERVABLE.clear();
    const largest = searchLargestServable(version, settings, slots, mode);
    LARGEST_SERVABLE.set(key, largest);
    return largest;
}
const LARGEST_SERVABLE = new Map();
const MAX_REMEMBERED = 10_000;
function searchLargestServable(version, settings, slots, mode) {
    const parallelism = slots + 1;
    const servable = (buffersPerChannel) => {
        try {
            return fits(version, { ...settings, buffersPerChannel }, mode, parallelism, slots);
        }
        catch (err) {
            if (err instanceof FlinkError)
                return false;
            throw err;
        }
    };
    if (!servable(0))
        return -1;
    // Above this, Flink's int arithmetic (channels × buffers-per-channel + floating) overflows.
    const noOverflow = Math.floor((INTEGER_MAX_VALUE - Math.max(1, settings.floatingBuffersPerGate)) / parallelism);
    let low = 0;
    let high = noOverflow;
    while (low < high) {
        const mid = low + Math.ceil((high - low) / 2);
        if (servable(mid))
            low = mid;
        else
            high = mid - 1;
    }
    return low;
}

;// CONCATENATED MODULE: ./src/flink/config-edits.ts
const config_edits_MIB = 1n << 20n;
/** A size as a configuration value: whole MiB as `3072m`, anything else as exact bytes (`123b`). */
function config_edits_sizeValue(bytes) {
    if (bytes === 0n)
        return '0';
    return bytes % config_edits_MIB === 0n ? `${bytes / config_edits_MIB}m` : `${bytes}b`;
}
/** Keys to set and remove, each with the sentence that says why. */
class config_edits_Edits {
    set = new Map();
    remove = new Set();
    why = new Map();
    put(key, value, why) {
        this.remove.delete(key);
        this.set.set(key, value);
        this.why.set(key, why);
    }
    drop(key, why) {
        this.set.delete(key);
        this.remove.add(key);
        this.why.set(key, why);
    }
    /** Whether this plan writes or deletes the key. */
    touches(key) {
        return this.set.has(key) || this.remove.has(key);
    }
    copy() {
        const next = new config_edits_Edits();
        for (const [k, v] of this.set)
            next.set.set(k, v);
        for (const k of this.remove)
            next.remove.add(k);
        for (const [k, v] of this.why)
            next.why.set(k, v);
        return next;
    }
    /** The configuration with the edits applied: removals first, then writes. */
    apply(config) {
        const out = new Map(config);
        for (const key of this.remove)
            out.delete(key);
        for (const [key, value] of this.set)
            out.set(key, value);
        return out;
    }
}

;// CONCATENATED MODULE: ./src/flink/legacy-network.ts


const legacy_network_LEGACY_BUFFERS_KEY = 'taskmanager.network.numberOfBuffers';
/**
 * Whether a 1.x configuration sizes the network by the legacy buffer count: the count is set and
 * none of network min, max and fraction (nor their deprecated keys) is (spec §3.3).
 */
function legacy_network_usesLegacyBuffers(config, version) {
    if (!traitsOf(version).legacyNetworkBuffers || !options_findOption(version, legacy_network_LEGACY_BUFFERS_KEY))
        return false;
    if (!config.has(legacy_network_LEGACY_BUFFERS_KEY))
        return false;
    return ['min', 'max', 'fraction'].every((part) => {
        const option = options_findOption(version, `taskmanager.memory.network.${part}`);
        return option !== undefined && suppliedKey(config, option) === undefined;
    });
}
/** The legacy network size, buffers × segment size; undefined where either is unreadable. */
function legacy_network_legacyNetworkBytes(config, version) {
    const buffers = effectiveOption(config, version, legacy_network_LEGACY_BUFFERS_KEY);
    const segment = effectiveOption(config, version, 'taskmanager.memory.segment-size');
    if (!buffers || buffers.error || !segment || segment.error)
        return undefined;
    const bytes = BigInt(buffers.value) * segment.value;
    return bytes >= 0n ? bytes : undefined;
}

;// CONCATENATED MODULE: ./src/flink/sizing/plan.ts









const LABEL = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };
/** Planning state shared by both processes. */
class Planner {
    version;
    deployment;
    process;
    config;
    edits = new config_edits_Edits();
    constructor(version, deployment, process, config) {
        this.version = version;
        this.deployment = deployment;
        this.process = process;
        this.config = config;
    }
    key(suffix) {
        return `${this.process}.memory.${suffix}`;
    }
    /** A memory option's value in bytes, undefined when unset without default or unreadable. */
    bytes(key) {
        return this.bytesIn(this.config, key);
    }
    bytesIn(config, key) {
        const effective = effectiveOption(config, this.version, key);
        if (!effective || effective.error)
            return undefined;
        return effective.value;
    }
    /** Makes a memory option at least `atLeast`, replacing the deprecated key that set it. */
    raise(key, atLeast, why) {
        const effective = effectiveOption(this.config, this.version, key);
        const current = effective && !effective.error ? effective.value : undefined;
        if (current !== undefined && current >= atLeast)
            return;
        this.edits.put(key, config_edits_sizeValue(atLeast), why);
        if (effective?.suppliedBy && effective.suppliedBy !== key)
            this.edits.drop(effective.suppliedBy, `Deprecated key of ${key}, which now sets the value.`);
    }
    /** The legacy heap keys of this process that the version maps onto the new options and the configuration sets. */
    legacyKeys() {
        const { config, version, deployment } = this;
        return processSizeKeys(this.process, version).filter((key) => {
            const value = config.get(key);
            return (value !== undefined &&
                legacy_keys_legacyKeyReading(key, options_rawText(value), version, deployment, config) !== undefined);
        });
    }
    legacyTarget() {
        return traitsOf(this.version).legacyHeap ? legacyHeapTarget(this.process, this.deployment) : undefined;
    }
    /**
     * The totals are what the solver decides: it sizes through the process size, so total Flink
     * memory and legacy heap keys read as a total give way to it.
     */
    ownTotals() {
        const flink = this.key('flink.size');
        const processKey = this.key('process.size');
        if (this.config.has(flink)) {
            this.edits.drop(flink, `It fixes total Flink memory and takes precedence over ${processKey} in Flink's derivation; the process size now decides it.`);
        }
        const target = this.legacyTarget();
        if (target === this.key('heap.size'))
            return;
        for (const legacy of this.legacyKeys()) {
            this.edits.drop(legacy, `Legacy heap key: Flink ${this.version} (${this.deployment}) reads it as ${target} unless that is set; ${processKey} now sizes the ${LABEL[this.process]} (Flink 2.0 removed the key).`);
        }
    }
    metaspaceAndOverhead(targets) {
        if (targets.metaspace !== undefined) {
            this.raise(this.key('jvm-metaspace.size'), targets.metaspace, `The metaspace target is ${formatSize(targets.metaspace)}.`);
        }
        if (targets.overhead !== undefined) {
            const why = `The JVM overhead target is ${formatSize(targets.overhead)}: the overhead is a fraction of the process size kept within [min, max].`;
            this.raise(this.key('jvm-overhead.min'), targets.overhead, why);
            this.raise(this.key('jvm-overhead.max'), targets.overhead, why);
        }
    }
    /** Keys of the configuration this plan leaves alone and the process's derivation reads. */
    kept(readKeys) {
        const processKey = this.key('process.size');
        const external = (k) => this.process === 'taskmanager' && isExternalResourceKey(k);
        const read = (k) => (k.startsWith(`${this.process}.`) && readKeys.has(k)) || external(k);
        return [...this.config.keys()].filter((k) => k !== processKey && !this.edits.touches(k) && read(k));
    }
}
function isExternalResourceKey(key) {
    return key === 'external-resources' || key.startsWith('external-resource.');
}
/** Every key a version's derivation reads: options and their fallback keys. */
function readKeysOf(version) {
    const keys = new Set();
    for (const option of options_optionRegistry(version).values()) {
        keys.add(option.key);
        for (const fallback of option.fallbackKeys)
            keys.add(fallback.key);
    }
    return keys;
}
function perSlot(component, slots) {
    return component / BigInt(slots);
}
/** A missed target in a sentence; in bytes where MiB with one decimal would show both the same. */
function missText(what, value, target) {
    const close = formatSize(value) === formatSize(target);
    const show = (bytes) => (close ? `${bytes} bytes` : formatSize(bytes));
    return `${what} ${show(value)} is below the ${show(target)} target`;
}
function tmMisses(m, targets, slots) {
    const out = [];
    const check = (value, target, what) => {
        if (target !== undefined && value < target)
            out.push(missText(what, value, target));
    };
    check(perSlot(m.taskHeap, slots), targets.taskHeapPerSlot, 'task heap per slot');
    check(m.taskHeap, targets.taskHeap, 'task heap');
    check(m.managed, targets.managed, 'managed memory');
    check(perSlot(m.managed, slots), targets.managedPerSlot, 'managed memory per slot');
    check(m.network, targets.network, 'network memory');
    check(m.jvmMetaspace, targets.metaspace, 'JVM metaspace');
    check(m.jvmOverhead, targets.overhead, 'JVM overhead');
    return out;
}
function jmMisses(m, targets) {
    const out = [];
    const check = (value, target, what) => {
        if (target !== undefined && value < target)
            out.push(missText(what, value, target));
    };
    check(m.jvmHeap, targets.heap, 'JVM heap');
    check(m.offHeap, targets.offHeap, 'off-heap memory');
    check(m.jvmMetaspace, targets.metaspace, 'JVM metaspace');
    check(m.jvmOverhead, targets.overhead, 'JVM overhead');
    return out;
}
/** The slots the request means: its own, else the configuration's (1 where that is unreadable). */
function requestedSlots(request, config) {
    if (request.slots !== undefined)
        return request.slots;
    const effective = effectiveOption(config, request.version, 'taskmanager.numberOfTaskSlots');
    const slots = effective && !effective.error ? effective.value : 1;
    return Number.isInteger(slots) && slots >= 1 ? slots : 1;
}
function planTaskManager(request, config) {
    const { version } = request;
    const deployment = request.deployment ?? 'standalone';
    const p = new Planner(version, deployment, 'taskmanager', config);
    const targets = request.targets ?? {};
    const slots = requestedSlots(request, config);
    p.ownTotals();
    const slotsKey = 'taskmanager.numberOfTaskSlots';
    const configured = effectiveOption(config, version, slotsKey);
    if (request.slots !== undefined && (configured?.error || configured?.value !== request.slots)) {
        p.edits.put(slotsKey, String(request.slots), `The requested ${request.slots} slots per TaskManager.`);
    }
    const taskHeap = p.key('task.heap.size');
    if (targets.taskHeapPerSlot !== undefined && config.has(taskHeap)) {
        const need = targets.taskHeapPerSlot * BigInt(slots);
        p.raise(taskHeap, need, `The task heap target is ${formatSize(targets.taskHeapPerSlot)} per slot × ${slots} slots.`);
    }
    if (targets.taskHeap !== undefined && config.has(taskHeap)) {
        p.raise(taskHeap, targets.taskHeap, `The task heap target is ${formatSize(targets.taskHeap)}.`);
    }
    planManaged(p, request.stateBackend, targets.managedPerSlot, slots, targets.managed);
    if (targets.network !== undefined)
        planNetwork(p, targets.network);
    p.metaspaceAndOverhead(targets);
    return {
        process: 'taskmanager',
        version,
        deployment,
        base: config,
        edits: p.edits,
        processKey: p.key('process.size'),
        label: LABEL.taskmanager,
        derive: (c) => derive_deriveTaskManager(c, { flinkVersion: version, deployment }),
        misses: (r) => (r.ok ? tmMisses(r.memory, targets, slots) : []),
        kept: p.kept(readKeysOf(version)),
    };
}
const BACKEND_LABEL = { hashmap: 'HashMapStateBackend', rocksdb: 'RocksDB', forst: 'ForSt' };
/**
 * Managed memory for the backend (spec §10): none for the heap backend, Flink's default fraction or
 * the per-slot target for RocksDB and ForSt. A fraction is changed rather than `managed.size` where
 * the configuration has none, because `managed.size` with `task.heap.size` switches Flink to its
 * fine-grained path, where the process size no longer sizes the components.
 */
function planManaged(p, backend, perSlotTarget, slots, wholeTarget) {
    const sizeKey = p.key('managed.size');
    const fractionKey = p.key('managed.fraction');
    const sizeOption = options_findOption(p.version, sizeKey);
    const supplied = sizeOption ? suppliedKey(p.config, sizeOption) : undefined;
    const replaceDeprecated = (why) => {
        if (supplied && supplied !== sizeKey)
            p.edits.drop(supplied, why);
    };
    // A target of 0 asks for nothing: the backend decides (RocksDB must not lose its managed memory).
    const perSlotNeed = perSlotTarget !== undefined ? perSlotTarget * BigInt(slots) : 0n;
    const need = wholeTarget !== undefined && wholeTarget > perSlotNeed ? wholeTarget : perSlotNeed;
    if (need > 0n) {
        const current = supplied ? p.bytes(sizeKey) : undefined;
        if (current !== undefined && current >= need)
            return;
        p.edits.put(sizeKey, config_edits_sizeValue(need), need === perSlotNeed
            ? `The managed memory target is ${formatSize(perSlotTarget)} per slot × ${slots} slots; a fixed size keeps it there at any process size.`
            : `The managed memory target is ${formatSize(need)}; a fixed size keeps it there at any process size.`);
        replaceDeprecated(`Deprecated key of ${sizeKey}, which now sets managed memory.`);
        return;
    }
    if (backend === undefined)
        return;
    const fraction = effectiveOption(p.config, p.version, fractionKey);
    const fractionValue = fraction && !fraction.error ? fraction.value : undefined;
    if (backend === 'hashmap') {
        const why = `${BACKEND_LABEL.hashmap} keeps state on the JVM heap and uses no managed memory; what it would take goes to the task heap.`;
        if (supplied) {
            if (p.bytes(sizeKey) === 0n)
                return;
            p.edits.put(sizeKey, '0', why);
            replaceDeprecated(`Deprecated key of ${sizeKey}, which now sets managed memory.`);
        }
        else if (fractionValue !== 0) {
            p.edits.put(fractionKey, '0', `${why} The fraction keeps the sizing path: ${sizeKey} together with task.heap.size would switch Flink to fixed component sizes.`);
        }
        return;
    }
    const why = `${BACKEND_LABEL[backend]} keeps its block cache and write buffers in managed memory, which this value leaves at 0 (or unreadable); Flink's default fraction applies instead.`;
    if (supplied) {
        if (p.bytes(sizeKey) !== 0n && p.bytes(sizeKey) !== undefined)
            return;
        p.edits.drop(supplied, why);
    }
    if (fraction?.suppliedBy && fractionValue === 0)
        p.edits.drop(fraction.suppliedBy, why);
}
/** Network memory of at least `target`: its floor, or instead of the 1.x legacy buffer count. */
function planNetwork(p, target) {
    const minKey = p.key('network.min');
    const maxKey = p.key('network.max');
    const why = `The network memory target is ${formatSize(target)}: network memory is a fraction of total Flink memory kept within [min, max].`;
    if (legacy_network_usesLegacyBuffers(p.config, p.version)) {
        const legacy = legacy_network_legacyNetworkBytes(p.config, p.version);
        if (legacy !== undefined && legacy >= target)
            return;
        p.edits.drop(legacy_network_LEGACY_BUFFERS_KEY, `Flink 1.x sizes the network from the legacy buffer count only while network min, max and fraction are unset; ${minKey} now sets its floor (Flink 2.0 removed the key).`);
    }
    p.raise(minKey, target, why);
    p.raise(maxKey, target, why);
}
function planJobManager(request, config) {
    const { version } = request;
    const deployment = request.deployment ?? 'standalone';
    const p = new Planner(version, deployment, 'jobmanager', config);
    const targets = request.targets ?? {};
    p.ownTotals();
    if (targets.heap !== undefined)
        planHeap(p, targets.heap);
    if (targets.offHeap !== undefined) {
        p.raise(p.key('off-heap.size'), targets.offHeap, `The off-heap target is ${formatSize(targets.offHeap)}.`);
    }
    p.metaspaceAndOverhead(targets);
    return {
        process: 'jobmanager',
        version,
        deployment,
        base: config,
        edits: p.edits,
        processKey: p.key('process.size'),
        label: LABEL.jobmanager,
        derive: (c) => derive_deriveJobManager(c, { flinkVersion: version, deployment }),
        misses: (r) => (r.ok ? jmMisses(r.memory, targets) : []),
        kept: p.kept(readKeysOf(version)),
    };
}
/**
 * A JVM heap of at least `target`. An explicit heap (the modern key, or on standalone 1.x a legacy
 * key that Flink reads as the heap) is raised; otherwise the heap is what the process size leaves.
 */
function planHeap(p, target) {
    const heapKey = p.key('heap.size');
    const why = `The JVM heap target is ${formatSize(target)}.`;
    if (p.config.has(heapKey)) {
        p.raise(heapKey, target, why);
        return;
    }
    const legacy = p.legacyKeys();
    if (p.legacyTarget() !== heapKey || legacy.length === 0)
        return;
    let current;
    try {
        const mapped = mapLegacyHeap(p.config, p.version, 'jobmanager', heapKey, {});
        current = p.bytesIn(mapped, heapKey);
    }
    catch (err) {
        if (!(err instanceof FlinkError))
            throw err;
    }
    if (current !== undefined && current >= target)
        return;
    for (const key of legacy) {
        p.edits.drop(key, `Legacy heap key: Flink ${p.version} (standalone) reads it as ${heapKey}, which replaces it to meet the heap target (Flink 2.0 removed the key).`);
    }
    p.edits.put(heapKey, config_edits_sizeValue(target), why);
}
function planSizing(request, config) {
    return request.process === 'taskmanager'
        ? planTaskManager(request, config)
        : planJobManager(request, config);
}

;// CONCATENATED MODULE: ./src/flink/sizing/direction.ts
/** The byte counts a message quotes, in order (`... (201326592 bytes) ...`, `0 bytes`). */
function quotedBytes(text) {
    return [...text.matchAll(/(\d+) bytes/g)].map((m) => BigInt(m[1]));
}
/** `x` against `[min, max]` (or against one value: min = max). */
function outside(x, min, max) {
    if (x === undefined || min === undefined || max === undefined)
        return 'fixed';
    return x < min ? 'small' : x > max ? 'large' : 'fixed';
}
/**
 * Flink's size-dependent failures (spec §7.1–7.2), by the messages the derivation raises: every one
 * is a sum or a remainder checked against a total or a range, so each has one direction.
 */
const direction_RULES = [
    // T2: metaspace + overhead exceed the process size.
    ['exceed configured Total Process Memory', () => 'small'],
    // T3: the process size is below total Flink + metaspace.
    ['is less than the sum of the derived Total Flink Memory size', () => 'small'],
    // T7, T8: the fixed components exceed total Flink memory.
    ['exceed configured Total Flink Memory', () => 'small'],
    // J4: total Flink memory at most the off-heap size.
    ['is less than the configured Off-heap Memory', () => 'small'],
    // 1.10's underflow where later versions raise T3.
    ['bytes must be >= 0', () => 'small'],
    ['long overflow', () => 'large'],
    // T4: the overhead remainder outside its range.
    [
        'Derived JVM Overhead size',
        (f) => {
            const [x, min, max] = quotedBytes(f.error);
            return outside(x, min, max);
        },
    ],
    // T9: the network remainder outside its range, or unlike the legacy buffer count.
    [
        'but the derived Network Memory is inconsistent',
        (f) => {
            // The range message is the innermost cause (under the prefixed and the unprefixed T9).
            const cause = f.causes?.[f.causes.length - 1] ?? '';
            const [x, a, b] = quotedBytes(cause);
            if (cause.includes('is not in configured Network Memory range'))
                return outside(x, a, b);
            if (cause.includes('does not match configured Network Memory size'))
                return outside(x, a, a);
            return 'fixed';
        },
    ],
];
function direction(failure) {
    for (const [needle, rule] of direction_RULES)
        if (failure.error.includes(needle))
            return rule(failure);
    return 'fixed';
}

;// CONCATENATED MODULE: ./src/flink/sizing/search.ts


const search_MIB = 1n << 20n;
/** The largest process size Flink can represent, in whole MiB. */
const MAX_MIB = MAX_MEMORY_SIZE / search_MIB;
/** Derives the plan at one process size (cached: the searches ask for some sizes twice). */
class Prober {
    plan;
    cache = new Map();
    derivations = 0;
    constructor(plan) {
        this.plan = plan;
    }
    at(mib) {
        let probe = this.cache.get(mib);
        if (!probe) {
            probe = this.derive(mib);
            this.cache.set(mib, probe);
        }
        return probe;
    }
    derive(mib) {
        const { plan } = this;
        const edits = plan.edits.copy();
        edits.put(plan.processKey, `${mib}m`, '');
        const config = edits.apply(plan.base);
        const result = plan.derive(config);
        this.derivations++;
        if (result.ok) {
            const missed = plan.misses(result);
            return missed.length === 0
                ? { mib, config, result, state: 'good' }
                : { mib, config, result, state: 'below', problem: missed.join('; ') };
        }
        if ('unsupported' in result)
            return { mib, config, result, state: 'fixed', problem: result.reason };
        const way = direction(result);
        const state = way === 'small' ? 'below' : way === 'large' ? 'above' : 'fixed';
        return { mib, config, result, state, problem: failureText(result) };
    }
}
/** Flink's message, with the innermost cause where the message alone does not say what is wrong. */
function failureText(failure) {
    const innermost = failure.causes?.[failure.causes.length - 1];
    const cause = innermost?.slice(innermost.indexOf(': ') + 2);
    if (!cause || failure.error.includes(cause))
        return failure.error;
    return `${failure.error.replace(/\.$/, '')} (${cause.replace(/\.$/, '')})`;
}
/** The first size in (lo, hi] that is not `below`, given that lo is below (or 0) and hi is not. */
function firstNotBelow(prober, lo, hi) {
    while (hi - lo > 1n) {
        const mid = (lo + hi) / 2n;
        if (prober.at(mid).state === 'below')
            lo = mid;
        else
            hi = mid;
    }
    return prober.at(hi);
}
/**
 * The smallest good size. The states run below… good… above… along the size (each failure and
 * each target is monotone in it), so a doubling search brackets the end of `below` and a binary
 * search finds it; that size is the answer if it is good, and proves there is none otherwise.
 */
function smallestGood(prober) {
    let lo = 0n;
    let mib = 1n;
    while (mib < MAX_MIB) {
        const probe = prober.at(mib);
        if (probe.state === 'fixed')
            return probe;
        if (probe.state !== 'below')
            return firstNotBelow(prober, lo, mib);
        lo = mib;
        mib *= 2n;
    }
    const last = prober.at(MAX_MIB);
    return last.state === 'below' ? last : firstNotBelow(prober, lo, MAX_MIB);
}
/** The largest good size up to `cap`; the probe that says why not where there is none. */
function largestGood(prober, cap) {
    const top = prober.at(cap);
    if (top.state !== 'above')
        return top;
    // Bracket the start of `above`: 1 MiB is at worst too small (spec §7: overhead alone is larger).
    let lo = 1n;
    if (prober.at(lo).state === 'above')
        return prober.at(lo);
    let hi = cap;
    while (hi - lo > 1n) {
        const mid = (lo + hi) / 2n;
        if (prober.at(mid).state === 'above')
            hi = mid;
        else
            lo = mid;
    }
    return prober.at(lo);
}

;// CONCATENATED MODULE: ./src/flink/sizing/solve.ts







function attempt(request, config) {
    const plan = planSizing(request, config);
    const prober = new Prober(plan);
    if (request.container === undefined) {
        return { request, question: 'minimum', plan, prober, probe: smallestGood(prober) };
    }
    return { request, question: 'fit', plan, prober, probe: largestGood(prober, request.container / search_MIB) };
}
/** How a refused or short size reads in a sentence. */
function problemAt(probe) {
    const size = `${probe.mib}m`;
    const problem = (probe.problem ?? '').replace(/\.$/, '');
    return probe.result.ok ? `at ${size} ${problem}` : `at ${size} Flink refuses it: ${problem}`;
}
/** The edits of an attempt with its process size, which is left out where the value is already that size. */
function finalEdits(a, why) {
    const { plan, probe } = a;
    const edits = plan.edits.copy();
    const current = effectiveOption(plan.base, plan.version, plan.processKey);
    if (current?.error || current?.value !== probe.mib * search_MIB)
        edits.put(plan.processKey, `${probe.mib}m`, why);
    return edits;
}
function hasTargets(request) {
    return Object.values(request.targets ?? {}).some((t) => t !== undefined);
}
function processWhy(a) {
    const { probe, prober, plan } = a;
    if (a.question === 'minimum') {
        return probe.mib === 1n
            ? 'The smallest process size there is in whole MiB.'
            : `The smallest ${plan.label} process size ${hasTargets(a.request) ? 'that meets the targets' : 'Flink accepts with these settings'}: ${problemAt(prober.at(probe.mib - 1n))}.`;
    }
    const container = a.request.container;
    if (probe.mib === container / search_MIB)
        return `The ${formatSize(container)} container in whole MiB: Flink sizes the ${plan.label} by its total process memory.`;
    return `The largest size within the ${formatSize(container)} container that Flink accepts with these settings: ${problemAt(prober.at(probe.mib + 1n))}.`;
}
function answerParts(edits, config) {
    return {
        set: Object.fromEntries(edits.set),
        remove: [...edits.remove],
        why: Object.fromEntries(edits.why),
        config,
    };
}
function feasible(a) {
    const edits = finalEdits(a, processWhy(a));
    return {
        question: a.question,
        process: a.plan.process,
        feasible: true,
        ...answerParts(edits, edits.apply(a.plan.base)),
        result: a.probe.result,
        processSize: a.probe.mib * search_MIB,
    };
}
/** Why an attempt found nothing, in one sentence. */
function reasonOf(a, minimum) {
    const { probe, prober, plan } = a;
    if (probe.state === 'fixed')
        return `Flink refuses the ${plan.label} configuration at every process size: ${probe.problem}`;
    const [low, high] = probe.state === 'above' ? [prober.at(probe.mib - 1n), probe] : [probe, prober.at(probe.mib + 1n)];
    if (low.state === 'below' && high.state === 'above')
        return `No process size is both accepted by Flink and large enough: ${problemAt(low)}, and ${problemAt(high)}.`;
    if (a.question === 'minimum') {
        return probe.result.ok
            ? `No process size Flink can represent meets the targets: ${problemAt(probe)}.`
            : `Flink refuses the ${plan.label} configuration at every process size: ${problemAt(probe)}.`;
    }
    const container = formatSize(a.request.container);
    const smallest = minimum ? ` The smallest container that works is ${formatSize(minimum.processSize)}.` : '';
    return `The ${container} container is too small: ${problemAt(probe)}.${smallest}`;
}
function without(config, keys) {
    const out = new Map(config);
    for (const key of keys)
        out.delete(key);
    return out;
}
function isFeasible(request, config) {
    return attempt(request, config).probe.state === 'good';
}
/**
 * The kept keys the request fails on: each key whose removal alone makes it possible; where no
 * single key does, the smallest set found by removing keys one by one and putting back those not
 * needed.
 */
function blockingKeys(a, config) {
    const single = a.plan.kept.filter((key) => isFeasible(a.request, without(config, [key])));
    if (single.length > 0)
        return single.map((key) => [key]);
    const removed = [];
    for (const key of a.plan.kept) {
        removed.push(key);
        if (isFeasible(a.request, without(config, removed))) {
            const needed = removed.filter((k) => !isFeasible(a.request, without(config, removed.filter((r) => r !== k))));
            return needed.length > 0 ? [needed] : [];
        }
    }
    return [];
}
function blockerWhy(a, key, together, reason) {
    const { plan, request } = a;
    const value = options_rawText(plan.base.get(key));
    const own = effectiveOption(plan.base, plan.version, key);
    if (request.container !== undefined &&
        own?.option.type === 'memory' &&
        own.suppliedBy === key &&
        !own.error &&
        own.value >= request.container) {
        return `${key}: ${value} alone exceeds the ${formatSize(request.container)} container.`;
    }
    const others = together.filter((k) => k !== key);
    const partners = others.length > 0 ? ` together with ${others.join(', ')}` : '';
    return `With ${key}: ${value}${partners} the request cannot be met; without it, it can. ${reason}`;
}
function infeasible(a, config, withBlockers) {
    const minimum = a.question === 'fit' && a.probe.state === 'below' && a.prober.at(a.probe.mib + 1n).state !== 'above'
        ? solveQuietly({ ...a.request, container: undefined }, config)
        : undefined;
    const reason = reasonOf(a, minimum);
    const edits = a.plan.edits.copy();
    edits.put(a.plan.processKey, `${a.probe.mib}m`, `The size that shows the problem: ${problemAt(a.probe)}.`);
    const blockers = [];
    let withoutBlockers;
    if (withBlockers) {
        const groups = blockingKeys(a, config);
        for (const group of groups)
            for (const key of group)
                blockers.push({
                    key,
                    value: options_rawText(config.get(key)),
                    why: blockerWhy(a, key, group, reason),
                });
        if (blockers.length > 0) {
            const relieved = attempt(a.request, without(config, groups[0]));
            if (relieved.probe.state === 'good')
                withoutBlockers = feasible(relieved);
        }
    }
    return {
        question: a.question,
        process: a.plan.process,
        feasible: false,
        reason,
        ...answerParts(edits, a.probe.config),
        result: a.probe.result,
        blockers,
        ...(minimum && { minimumContainer: minimum.processSize }),
        ...(withoutBlockers && { withoutBlockers }),
    };
}
function solveQuietly(request, config) {
    const a = attempt(request, config);
    return a.probe.state === 'good' ? feasible(a) : undefined;
}
/** Why a request cannot even be asked, or undefined. */
function malformed(request) {
    // Patch releases judged with their own defaults (1.10.0) are versions of their own.
    if (!versions_JUDGED_VERSIONS.includes(request.version))
        return `Flink ${String(request.version)} is not a supported version (${model/* FLINK_VERSIONS */.tf[0]} to ${model/* FLINK_VERSIONS */.tf[model/* FLINK_VERSIONS */.tf.length - 1]}).`;
    if (request.deployment !== undefined && !model/* DEPLOYMENTS */.$i.includes(request.deployment))
        return `Unknown deployment ${String(request.deployment)}.`;
    if (request.process !== 'taskmanager' && request.process !== 'jobmanager')
        return `Unknown process ${String(request.process)}.`;
    if (request.process === 'jobmanager' && !traitsOf(request.version).jobManagerModel)
        return `Flink ${request.version} has no JobManager memory model: its scripts only set the JVM heap from jobmanager.heap.size.`;
    if (request.container !== undefined && request.container < search_MIB)
        return `A container of ${request.container} bytes is smaller than 1 MiB.`;
    if (request.process === 'taskmanager' && request.slots !== undefined) {
        if (!Number.isInteger(request.slots) || request.slots < 1 || request.slots > 2147483647)
            return `Slots must be a positive int, not ${request.slots}.`;
    }
    for (const [name, bytes] of Object.entries(request.targets ?? {})) {
        if (bytes !== undefined && bytes < 0n)
            return `The ${name} target is negative.`;
    }
    return undefined;
}
/**
 * The inverse of Flink's memory derivation: the configuration edits that make a TaskManager or
 * JobManager fit a container as well as it can ("fit"), or the smallest process that meets the
 * targets ("minimum"), verified with the same derivation `derive` uses. Never throws.
 */
function solve_solveSizing(request, options = {}) {
    const config = request.config ?? new Map();
    const problem = malformed(request);
    if (problem !== undefined) {
        return {
            question: request.container === undefined ? 'minimum' : 'fit',
            process: request.process,
            feasible: false,
            reason: problem,
            ...answerParts(new config_edits_Edits(), config),
            blockers: [],
        };
    }
    const a = attempt(request, config);
    // Finding the blocking keys derives the request once per kept key: callers that only want an answer skip it.
    return a.probe.state === 'good' ? feasible(a) : infeasible(a, config, options.blockers !== false);
}

;// CONCATENATED MODULE: ./src/flink/sizing/remembered.ts

/**
 * `solveSizing` for callers that ask the same question many times, as a lint run does for every
 * config of a tree that repeats its settings: the answer is a pure function of the request, and
 * answers are never changed by their callers.
 */
function rememberedSolve(request, options = {}) {
    const key = JSON.stringify([request, options.blockers !== false], (_, value) => typeof value === 'bigint'
        ? { bigint: String(value) }
        : value instanceof Map
            ? [...value].map(([k, v]) => [k, typeof v, String(v)])
            : value);
    const known = ANSWERS.get(key);
    if (known)
        return known;
    if (ANSWERS.size >= remembered_MAX_REMEMBERED)
        ANSWERS.clear();
    const answer = solve_solveSizing(request, options);
    ANSWERS.set(key, answer);
    return answer;
}
const ANSWERS = new Map();
const remembered_MAX_REMEMBERED = 2_000;

;// CONCATENATED MODULE: ./src/flink/sizing/index.ts



;// CONCATENATED MODULE: ./src/flink/option-history.ts


const option_history_always = (value) => [['1.10', value]];
const HISTORY_ROWS = [
    // FLINK-29372 (1.17, apache/flink#20867): keys that were a prefix of other keys got a suffix, the
    // old key kept as deprecated. FLINK-33935 (1.19): the backend defaults to hashmap.
    { key: 'state.backend', removedIn: '1.17' },
    {
        key: 'state.backend.type',
        since: '1.17',
        deprecatedKeys: ['state.backend'],
        defaults: [
            ['1.17', undefined],
            ['1.19', 'hashmap'],
        ],
    },
    { key: 'high-availability', defaults: option_history_always('NONE'), removedIn: '1.17' },
    {
        key: 'high-availability.type',
        since: '1.17',
        defaults: option_history_always('NONE'),
        deprecatedKeys: ['high-availability'],
    },
    { key: 'restart-strategy', removedIn: '1.17' },
    { key: 'restart-strategy.type', since: '1.17', deprecatedKeys: ['restart-strategy'] },
    { key: 'metrics.scope.jm.job', defaults: option_history_always('<host>.jobmanager.<job_name>'), removedIn: '1.17' },
    {
        key: 'metrics.scope.jm-job',
        since: '1.17',
        defaults: option_history_always('<host>.jobmanager.<job_name>'),
        deprecatedKeys: ['metrics.scope.jm.job'],
    },
    {
        key: 'metrics.scope.tm.job',
        defaults: option_history_always('<host>.taskmanager.<tm_id>.<job_name>'),
        removedIn: '1.17',
    },
    {
        key: 'metrics.scope.tm-job',
        since: '1.17',
        defaults: option_history_always('<host>.taskmanager.<tm_id>.<job_name>'),
        deprecatedKeys: ['metrics.scope.tm.job'],
    },
    { key: 'env.java.opts', defaults: option_history_always(''), removedIn: '1.17' },
    { key: 'env.java.opts.all', since: '1.17', defaults: option_history_always(''), deprecatedKeys: ['env.java.opts'] },
    { key: 'kubernetes.jobmanager.cpu', defaults: option_history_always('1.0'), removedIn: '1.17' },
    {
        key: 'kubernetes.jobmanager.cpu.amount',
        since: '1.17',
        defaults: option_history_always('1.0'),
        deprecatedKeys: ['kubernetes.jobmanager.cpu'],
    },
    { key: 'kubernetes.taskmanager.cpu', defaults: option_history_always('-1.0'), removedIn: '1.17' },
    {
        key: 'kubernetes.taskmanager.cpu.amount',
        since: '1.17',
        defaults: option_history_always('-1.0'),
        deprecatedKeys: ['kubernetes.taskmanager.cpu'],
    },
];
function build(version) {
    const options = new Map();
    for (const option of optionRegistry(version).values()) {
        options.set(option.key, {
            key: option.key,
            ...(option.defaultValue !== undefined && { defaultText: option.defaultText }),
            deprecatedKeys: option.fallbackKeys.map((f) => f.key),
        });
    }
    for (const row of HISTORY_ROWS) {
        if (row.since && !atLeast(version, row.since))
            continue;
        if (row.removedIn && atLeast(version, row.removedIn))
            continue;
        const text = sinceRow(row.defaults ?? [], version);
        options.set(row.key, {
            key: row.key,
            ...(text !== undefined && { defaultText: text }),
            deprecatedKeys: row.deprecatedKeys ?? [],
        });
    }
    const roles = new Map();
    for (const option of options.values()) {
        for (const key of option.deprecatedKeys)
            roles.set(key, { option: option.key, deprecated: true });
    }
    for (const option of options.values())
        roles.set(option.key, { option: option.key, deprecated: false });
    return { options, roles };
}
// Built on first use: a run asks for a version or two, and start-up should not pay for all of them.
const BY_VERSION = new Map();
/** The registry's options of a version and the renamed ones above. */
function option_history_versionOptions(version) {
    let options = BY_VERSION.get(version);
    if (!options)
        BY_VERSION.set(version, (options = build(version)));
    return options;
}

;// CONCATENATED MODULE: ./src/flink/version-diff.ts









/** The versions from one to the other, both included, in the order an upgrade (or downgrade) passes them. */
function path(from, to) {
    const a = JUDGED_VERSIONS.indexOf(from);
    const b = JUDGED_VERSIONS.indexOf(to);
    return a <= b ? JUDGED_VERSIONS.slice(a, b + 1) : JUDGED_VERSIONS.slice(b, a + 1).reverse();
}
/** The configuration files a version reads (spec §8.1), in the order it looks for them. */
const CONFIG_FILES = {
    read: ['flink-conf.yaml'],
    deprecated: ['flink-conf.yaml', 'config.yaml'],
    ignored: ['config.yaml'],
};
/** The heap backend's name in versions that no longer know the old ones (spec §10.1). */
const HEAP_BACKEND = 'hashmap';
/** Why a key the target no longer reads goes away, and what takes its place. */
function removedWhy(key, version) {
    if (key.startsWith('containerized.heap-cutoff'))
        return `Flink ${version} replaced the container cut-off by the JobManager memory model (JVM overhead and metaspace).`;
    return `Flink ${version} does not read it.`;
}
class DiffBuilder {
    config;
    from;
    to;
    deployment;
    removed = [];
    renamed = [];
    readDifferently = [];
    edits = new Edits();
    steps;
    constructor(config, from, to, deployment) {
        this.config = config;
        this.from = from;
        this.to = to;
        this.deployment = deployment;
        this.steps = path(from, to);
    }
    value(key) {
        return rawText(this.config.get(key));
    }
    /** The first version after `from` on the way where `test` holds. */
    firstWhere(test) {
        return this.steps.slice(1).find(test);
    }
    /** How a version reads a legacy key of the configuration (`legacy-keys.ts`), undefined for other keys. */
    legacy(key, version) {
        return legacyKeyReading(key, this.value(key), version, this.deployment, this.config);
    }
    keys() {
        const to = versionOptions(this.to).roles;
        const from = versionOptions(this.from).roles;
        for (const key of this.config.keys()) {
            const target = to.get(key);
            const before = this.legacy(key, this.from);
            const after = this.legacy(key, this.to);
            if (target?.deprecated)
                this.rename(key, target.option);
            else if ((!target && from.has(key)) || (after?.reading === 'removed' && before?.reading !== 'removed'))
                this.remove(key, before, after);
            else if (before && after && (before.reading !== after.reading || before.readAs !== after.readAs))
                this.readAnew(key, before, after);
        }
    }
    rename(key, successor) {
        const deprecated = (v) => versionOptions(v).roles.get(key)?.deprecated === true;
        const since = deprecated(this.from) ? undefined : this.firstWhere(deprecated);
        const when = since ? ` from Flink ${since}` : '';
        if (this.config.has(successor)) {
            const why = `Deprecated key of ${successor}${when}, which the configuration sets: Flink ignores this one.`;
            this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), successor, why });
            this.edits.drop(key, why);
            return;
        }
        const unset = this.legacy(key, this.from)?.unset;
        if (unset) {
            // The old model's "not set": the successor would read it as a value (legacy-keys.ts `unset`).
            const why = `Deprecated key of ${successor}${when}; ${unset}: removed, nothing takes its place.`;
            this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), why });
            this.edits.drop(key, why);
            return;
        }
        const why = `Deprecated key of ${successor}${when}; Flink reads it only while ${successor} is unset.`;
        this.renamed.push({ key, value: this.value(key), ...(since && { in: since }), successor, why });
        this.edits.put(successor, this.value(key), `Takes the value of its deprecated key ${key}.`);
        this.edits.drop(key, why);
    }
    remove(key, before, after) {
        const gone = this.firstWhere((v) => !versionOptions(v).roles.has(key) || this.legacy(key, v)?.reading === 'removed');
        if (key === LEGACY_BUFFERS_KEY)
            return this.removeLegacyBuffers(gone);
        // A legacy heap key becomes the option `from` read it as; the 1.10 JobManager read it itself.
        const successor = before?.reading === 'ignored' ? undefined : (before?.successor ?? after?.successor);
        if (!successor) {
            const why = before?.reading === 'ignored'
                ? `Flink ${this.from} ignores it (${before.because}); Flink ${gone} does not read it.`
                : removedWhy(key, gone);
            this.removed.push({ key, value: this.value(key), in: gone, why });
            this.edits.drop(key, why);
            return;
        }
        const why = `Legacy key: Flink ${this.from} (${this.deployment}) reads it as ${successor.key}; Flink ${gone} does not read it.`;
        this.removed.push({ key, value: this.value(key), in: gone, successor: successor.key, why });
        this.edits.drop(key, why);
        this.edits.put(successor.key, successor.value, `The value Flink ${this.from} (${this.deployment}) read from ${key}.`);
    }
    /** A legacy key the target reads another way than `from` does. */
    readAnew(key, before, after) {
        const reading = (r) => r.reading === 'read-as'
            ? `as ${r.readAs}`
            : r.reading === 'read'
                ? 'as itself'
                : `not at all (${r.because})`;
        const since = this.firstWhere((v) => {
            const r = this.legacy(key, v);
            return r?.reading !== before.reading || r.readAs !== before.readAs;
        });
        const why = `Flink ${this.from} (${this.deployment}) reads it ${reading(before)}, Flink ${since} ${reading(after)}.`;
        this.readDifferently.push({ key, value: this.value(key), ...(since && { in: since }), why });
    }
    /** The legacy buffer count becomes a fixed network size, where it sized the network. */
    removeLegacyBuffers(gone) {
        const key = LEGACY_BUFFERS_KEY;
        const bytes = usesLegacyBuffers(this.config, this.from)
            ? legacyNetworkBytes(this.config, this.from)
            : undefined;
        if (bytes === undefined) {
            const why = `Flink ${this.from} ignores it while network min, max or fraction is set; Flink ${gone} removed it.`;
            this.removed.push({ key, value: this.value(key), in: gone, why });
            this.edits.drop(key, why);
            return;
        }
        const successor = 'taskmanager.memory.network.min';
        const why = `Legacy buffer count: Flink ${this.from} sizes the network as buffers × segment size (${sizeValue(bytes)}); Flink ${gone} removed it.`;
        this.removed.push({ key, value: this.value(key), in: gone, successor, why });
        this.edits.drop(key, why);
        const fixed = `The network size the legacy buffer count gave, as a fixed range.`;
        this.edits.put(successor, sizeValue(bytes), fixed);
        this.edits.put('taskmanager.memory.network.max', sizeValue(bytes), fixed);
    }
    /**
     * State backend names that a version on the way reads as another backend, one entry per change;
     * heap backends the target no longer knows become hashmap.
     */
    backends() {
        const loads = (name) => name === 'custom'
            ? 'no backend: it tries the name as a factory class and fails'
            : `the ${name} backend`;
        for (const key of new Set([...stateBackendKeys(this.from), ...stateBackendKeys(this.to)])) {
            if (!this.config.has(key))
                continue;
            const value = this.value(key);
            let previous = stateBackendName(value, this.from);
            let previousVersion = this.from;
            for (const version of this.steps.slice(1)) {
                const name = stateBackendName(value, version);
                if (name === previous)
                    continue;
                const why = `Flink ${previousVersion} loads ${loads(previous)} for it, Flink ${version} ${loads(name)} (spec §10.1).`;
                this.readDifferently.push({ key, value, in: version, why });
                previous = name;
                previousVersion = version;
            }
            const heap = ['jobmanager', 'filesystem', HEAP_BACKEND].includes(stateBackendName(value, this.from));
            if (heap && stateBackendName(value, this.to) === 'custom') {
                const successor = stateBackendKeys(this.to)[0];
                const why = `Flink ${this.to} does not know the name ${value}; the heap state backend is ${HEAP_BACKEND}.`;
                if (key !== successor)
                    this.edits.drop(key, why);
                this.edits.put(successor, HEAP_BACKEND, why);
            }
        }
    }
    defaults() {
        const changes = [];
        const before = versionOptions(this.from).options;
        const roles = versionOptions(this.to).roles;
        for (const option of versionOptions(this.to).options.values()) {
            const predecessor = before.get(option.key) ?? findRenamed(before, option);
            if (!predecessor || predecessor.defaultText === option.defaultText)
                continue;
            const lineage = (v) => {
                const options = versionOptions(v).options;
                return (options.get(option.key) ?? findRenamed(options, option))?.defaultText;
            };
            const since = this.firstWhere((v) => lineage(v) !== predecessor.defaultText);
            const overridden = [...this.config.keys()].some((k) => roles.get(k)?.option === option.key);
            changes.push({
                key: option.key,
                ...(predecessor.defaultText !== undefined && { before: predecessor.defaultText }),
                ...(option.defaultText !== undefined && { after: option.defaultText }),
                in: since,
                overridden,
            });
        }
        return changes;
    }
}
/** The option of an earlier version that `option` renamed (its old key is now a deprecated key). */
function findRenamed(options, option) {
    for (const key of option.deprecatedKeys) {
        const old = options.get(key);
        if (old)
            return old;
    }
    return undefined;
}
/**
 * What changes for a configuration between the version it is judged as and another: keys removed,
 * renamed (deprecated for a successor) and read differently, defaults that changed, the edits that
 * keep its meaning, and both derivations. Pure data from the option registry and the tables above.
 */
function diffVersions(request) {
    const { config, from, to } = request;
    const deployment = request.deployment ?? 'standalone';
    const b = new DiffBuilder(config, from, to, deployment);
    b.keys();
    b.backends();
    const defaults = b.defaults();
    const filesFrom = CONFIG_FILES[flinkConfReading(from)];
    const filesTo = CONFIG_FILES[flinkConfReading(to)];
    const edited = b.edits.apply(config);
    return {
        from,
        to,
        deployment,
        removed: b.removed,
        renamed: b.renamed,
        readDifferently: b.readDifferently,
        defaults,
        ...(filesFrom.join() !== filesTo.join() && { configFile: { from: filesFrom, to: filesTo } }),
        edits: {
            set: Object.fromEntries(b.edits.set),
            remove: [...b.edits.remove],
            why: Object.fromEntries(b.edits.why),
        },
        before: derive(config, { flinkVersion: from, deployment }),
        after: derive(config, { flinkVersion: to, deployment }),
        afterEdits: derive(edited, { flinkVersion: to, deployment }),
    };
}
/** The edits of `diffVersions` alone, without the derivations. */
function version_diff_upgradeEdits(request) {
    const b = new DiffBuilder(request.config, request.from, request.to, request.deployment ?? 'standalone');
    b.keys();
    b.backends();
    return b.edits;
}

;// CONCATENATED MODULE: ./src/flink/flink-yaml-writer.ts
/**
 * How Flink 2.x writes a configuration as nested YAML (`YamlParserUtils.convertAndDumpYamlFromFlatMap`,
 * apache/flink flink-core): snakeyaml-engine's block dumper with the YAML 1.2 Core schema, no line
 * splitting, every value a string. Ported from snakeyaml-engine's `Emitter` (`analyzeScalar`,
 * `chooseScalarStyle`, the scalar writers) and `CoreScalarResolver`, for maps of strings only.
 */
/** snakeyaml-engine's `maxSimpleKeyLength`: longer keys are written as `? key`. */
const MAX_SIMPLE_KEY_LENGTH = 128;
const NULL_BL_T = new Set([0, 0x20, 0x09]);
const isLineBreak = (c) => c === 0x0a;
/** `Emitter.analyzeScalar`, with Unicode allowed (the dumper's default). */
function analyze(scalar) {
    if (scalar.length === 0) {
        return {
            empty: true,
            multiline: false,
            allowBlockPlain: true,
            allowSingleQuoted: true,
            allowBlock: false,
        };
    }
    let blockIndicators = scalar.startsWith('---') || scalar.startsWith('...');
    let lineBreaks = false;
    let special = false;
    let leadingSpace = false;
    let leadingBreak = false;
    let trailingSpace = false;
    let trailingBreak = false;
    let breakSpace = false;
    let spaceBreak = false;
    let precededByWhitespace = true;
    let followedByWhitespace = scalar.length === 1 || isNullBlTLinebr(scalar.codePointAt(1));
    let previousSpace = false;
    let previousBreak = false;
    let index = 0;
    while (index < scalar.length) {
        const c = scalar.codePointAt(index);
        const ch = String.fromCodePoint(c);
        if (index === 0) {
            if ('#,[]{}&*!|>\'"%@`'.includes(ch))
                blockIndicators = true;
            if ((c === 0x3f || c === 0x3a) && followedByWhitespace)
                blockIndicators = true;
            if (c === 0x2d && followedByWhitespace)
                blockIndicators = true;
        }
        else {
            if (c === 0x3a && followedByWhitespace)
                blockIndicators = true;
            if (c === 0x23 && precededByWhitespace)
                blockIndicators = true;
        }
        const lineBreak = isLineBreak(c);
        if (lineBreak)
            lineBreaks = true;
        if (!(c === 0x0a || (c >= 0x20 && c <= 0x7e))) {
            const unicode = c === 0x85 || (c >= 0xa0 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || c >= 0x10000;
            if (!unicode)
                special = true;
        }
        if (c === 0x20) {
            if (index === 0)
                leadingSpace = true;
            if (index === scalar.length - 1)
                trailingSpace = true;
            if (previousBreak)
                breakSpace = true;
            previousSpace = true;
            previousBreak = false;
        }
        else if (lineBreak) {
            if (index === 0)
                leadingBreak = true;
            if (index === scalar.length - 1)
                trailingBreak = true;
            if (previousSpace)
                spaceBreak = true;
            previousSpace = false;
            previousBreak = true;
        }
        else {
            previousSpace = false;
            previousBreak = false;
        }
        index += ch.length;
        precededByWhitespace = NULL_BL_T.has(c) || lineBreak;
        followedByWhitespace = true;
        // snakeyaml-engine looks one code point past the next one here; kept as it is.
        if (index + 1 < scalar.length) {
            const next = index + String.fromCodePoint(scalar.codePointAt(index)).length;
            if (next < scalar.length)
                followedByWhitespace = NULL_BL_T.has(scalar.codePointAt(next)) || lineBreak;
        }
    }
    let allowBlockPlain = true;
    let allowSingleQuoted = true;
    let allowBlock = true;
    if (leadingSpace || leadingBreak || trailingSpace || trailingBreak)
        allowBlockPlain = false;
    if (trailingSpace)
        allowBlock = false;
    if (breakSpace)
        allowBlockPlain = allowSingleQuoted = false;
    if (spaceBreak || special)
        allowBlockPlain = allowSingleQuoted = allowBlock = false;
    if (blockIndicators)
        allowBlockPlain = false;
    return { empty: false, multiline: lineBreaks, allowBlockPlain, allowSingleQuoted, allowBlock };
}
function isNullBlTLinebr(c) {
    return NULL_BL_T.has(c) || c === 0x0a || c === 0x0d;
}
const INT = /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/;
const FLOAT = /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const BOOL = /^(?:true|True|TRUE|false|False|FALSE)$/;
const NULL = /^(?:~|null|Null|NULL| )$/;
const ENV = /^\$\{[ \t\n\v\f\r]*(?:\w+(?::?[-?]\w*)?)?[ \t\n\v\f\r]*\}$/;
/**
 * Whether the Core schema would read `value` written plain as a string (`CoreScalarResolver`:
 * resolvers chosen by the first character, then the ones for any character).
 */
function readsAsString(value) {
    if (value.length === 0)
        return false;
    const first = value[0];
    if ('tfTF'.includes(first) && BOOL.test(value))
        return false;
    if ('-+0123456789'.includes(first) && INT.test(value))
        return false;
    if ('-+0123456789.'.includes(first) && FLOAT.test(value))
        return false;
    if (first === 'n' && NULL.test(value))
        return false;
    if (first === '$' && ENV.test(value))
        return false;
    if (value === '<<')
        return false;
    return !NULL.test(value);
}
/** The Emitter's escapes inside double quotes. */
const ESCAPES = {
    0x00: '0',
    0x07: 'a',
    0x08: 'b',
    0x09: 't',
    0x0a: 'n',
    0x0b: 'v',
    0x0c: 'f',
    0x0d: 'r',
    0x1b: 'e',
    0x22: '"',
    0x5c: '\\',
    0x85: 'N',
    0xa0: '_',
};
function printable(c) {
    return ((c >= 0x20 && c <= 0x7e) ||
        c === 0x09 ||
        c === 0x0a ||
        c === 0x0d ||
        c === 0x85 ||
        (c >= 0xa0 && c <= 0xd7ff) ||
        (c >= 0xe000 && c <= 0xfffd) ||
        (c >= 0x10000 && c <= 0x10ffff));
}
function doubleQuoted(text) {
    let out = '"';
    for (let i = 0; i < text.length; i++) {
        const ch = text.charCodeAt(i);
        const plainAscii = ch >= 0x20 && ch <= 0x7e && ch !== 0x22 && ch !== 0x5c;
        if (plainAscii) {
            out += text[i];
            continue;
        }
        if (ESCAPES[ch] !== undefined) {
            out += `\\${ESCAPES[ch]}`;
            continue;
        }
        const code = text.codePointAt(i);
        const pair = code > 0xffff;
        if (printable(code)) {
            out += String.fromCodePoint(code);
        }
        else if (ch <= 0xff) {
            out += `\\x${ch.toString(16).padStart(2, '0')}`;
        }
        else if (pair) {
            out += `\\U${code.toString(16).padStart(8, '0')}`;
        }
        else {
            out += `\\u${ch.toString(16).padStart(4, '0')}`;
        }
        if (pair)
            i++;
    }
    return `${out}"`;
}
const singleQuoted = (text) => `'${text.replace(/'/g, "''")}'`;
/** A string scalar as the dumper writes it; `literal` values (with U+0085) need their own lines. */
function scalar(text, key) {
    const a = analyze(text);
    // The representer asks for a literal block when the string has a line break or U+0085.
    const wantsLiteral = /[\n\u0085]/.test(text);
    if (!wantsLiteral && readsAsString(text) && !(key && (a.empty || a.multiline)) && a.allowBlockPlain) {
        return { text };
    }
    if (wantsLiteral) {
        if (!key && a.allowBlock)
            return { text, literal: true };
        return { text: doubleQuoted(text) };
    }
    if (a.allowSingleQuoted && !(key && a.multiline))
        return { text: singleQuoted(text) };
    return { text: doubleQuoted(text) };
}
/** A literal block (`|-`) as `writeLiteral` lays it out, for values without line breaks. */
function literalLines(text, indent) {
    const hint = text.startsWith(' ') ? '2' : '';
    return { head: `|${hint}-`, body: ' '.repeat(indent) + text };
}
function simpleKey(key) {
    const a = analyze(key);
    return key.length < MAX_SIMPLE_KEY_LENGTH && !a.empty && !a.multiline;
}
function writeValue(lines, prefix, value, indent) {
    const v = scalar(value, false);
    if (!v.literal) {
        lines.push(`${prefix} ${v.text}`);
        return;
    }
    const { head, body } = literalLines(v.text, indent + 2);
    lines.push(`${prefix} ${head}`, body);
}
function writeMapping(lines, tree, indent, firstPrefix) {
    let first = true;
    for (const [key, value] of tree) {
        const pad = first && firstPrefix !== undefined ? firstPrefix : ' '.repeat(indent);
        first = false;
        if (simpleKey(key)) {
            const head = `${pad}${scalar(key, true).text}:`;
            if (typeof value === 'string')
                writeValue(lines, head, value, indent);
            else {
                lines.push(head);
                writeMapping(lines, value, indent + 2);
            }
            continue;
        }
        // A complex key: `? key` on its own line, then `:` and the value (`ExpectBlockMappingValue`).
        lines.push(`${pad}? ${scalar(key, false).text}`);
        const colon = `${' '.repeat(indent)}:`;
        if (typeof value === 'string')
            writeValue(lines, colon, value, indent);
        else
            writeMapping(lines, value, indent + 2, `${colon} `);
    }
}
/**
 * The lines Flink's block dumper writes for a nested map of strings: an empty map is `{}`, the
 * way snakeyaml-engine writes an empty mapping.
 */
function flink_yaml_writer_dumpFlinkYaml(tree) {
    if (tree.size === 0)
        return ['{}'];
    const lines = [];
    writeMapping(lines, tree, 0);
    return lines;
}

;// CONCATENATED MODULE: ./src/flink/migrate-config-file.ts





/** Java's `key.split("\\.")`: trailing empty parts dropped. */
function javaSplitDots(key) {
    const parts = key.split('.');
    while (parts.length > 0 && parts[parts.length - 1] === '')
        parts.pop();
    return parts;
}
function leaves(tree, prefix) {
    return [...tree].flatMap(([k, v]) => typeof v === 'string' ? [`${prefix}${k}`] : leaves(v, `${prefix}${k}.`));
}
/**
 * `convertAndDumpYamlFromFlatMap`'s nesting, in the flat map's order: a key under a path that
 * holds a value fails (`ClassCastException`); a value put where a mapping is replaces it.
 */
function nest(entries) {
    const tree = new Map();
    const owners = new Map();
    const dropped = [];
    for (const [key, value] of entries) {
        const parts = javaSplitDots(key);
        if (parts.length === 0) {
            return {
                key,
                reason: `The key ${key} has no part between its dots: Java's split leaves nothing to nest (ArrayIndexOutOfBoundsException).`,
            };
        }
        let node = tree;
        let path = '';
        for (const part of parts.slice(0, -1)) {
            path = path === '' ? part : `${path}.${part}`;
            const child = node.get(part);
            if (typeof child === 'string') {
                return {
                    key,
                    reason: `${owners.get(path) ?? path} holds a value where ${key} needs a mapping (ClassCastException in YamlParserUtils.convertAndDumpYamlFromFlatMap).`,
                };
            }
            if (child)
                node = child;
            else {
                const created = new Map();
                node.set(part, created);
                node = created;
            }
        }
        const last = parts[parts.length - 1];
        const existing = node.get(last);
        if (existing !== undefined && typeof existing !== 'string')
            dropped.push(...leaves(existing, `${key}.`));
        node.set(last, value);
        owners.set(parts.join('.'), key);
    }
    return { tree, dropped };
}
function apply(flat, answer, changes) {
    if (!answer.feasible)
        return;
    for (const key of answer.remove)
        flat.delete(key);
    for (const [key, value] of Object.entries(answer.set))
        flat.set(key, value);
    Object.assign(changes, answer.why);
}
/** The TaskManager task heap and managed memory and the JobManager heap of `from`, solved for on `to`. */
function keepSizes(original, flat, upgrade, changes) {
    const { from, to } = upgrade;
    const deployment = upgrade.deployment ?? 'standalone';
    const sizes = {};
    const options = { flinkVersion: from, deployment };
    const tm = deriveTaskManager(original, options);
    const onTarget = { flinkVersion: to, deployment };
    const tmAfter = deriveTaskManager(flat, onTarget);
    // Where the target already derives the same sizes, there is nothing to keep.
    const tmKept = tm.ok &&
        tmAfter.ok &&
        tmAfter.memory.taskHeap === tm.memory.taskHeap &&
        tmAfter.memory.managed === tm.memory.managed;
    if (tm.ok && !tmKept) {
        // Whole targets: per-slot ones would round the managed memory up to a multiple of the slots.
        sizes.taskmanager = solveSizing({
            version: to,
            deployment,
            process: 'taskmanager',
            config: flat,
            ...(tm.numSlots !== undefined && { slots: tm.numSlots }),
            targets: { taskHeap: tm.memory.taskHeap, managed: tm.memory.managed },
        });
        apply(flat, sizes.taskmanager, changes);
    }
    const jm = deriveJobManager(original, options);
    const jmAfter = deriveJobManager(flat, onTarget);
    if (jm.ok && !(jmAfter.ok && jmAfter.memory.jvmHeap === jm.memory.jvmHeap)) {
        sizes.jobmanager = solveSizing({
            version: to,
            deployment,
            process: 'jobmanager',
            config: flat,
            targets: { heap: jm.memory.jvmHeap },
        });
        apply(flat, sizes.jobmanager, changes);
    }
    return sizes;
}
/**
 * What Flink 2.x's `bin/migrate-config-file.sh` makes of a `flink-conf.yaml` (apache/flink
 * `ConfigurationFileMigrationUtils`, `ConfigurationUtils.convertConfigToWritableLines`,
 * `YamlParserUtils.convertAndDumpYamlFromFlatMap`): the legacy parser's entries (later lines win,
 * each key where it first appeared) go through a `HashMap`, every value stays a string, dotted
 * keys become nested mappings, and the dump is written as `config.yaml`. Lists and maps are not
 * converted: `a;b;c` stays a string, which Flink's list options still read.
 */
function migrateConfigFile(entries, options = {}) {
    let flat = new Map();
    for (const { key, value } of entries)
        flat.set(key, value);
    const changes = {};
    let sizes;
    const { upgrade } = options;
    if (upgrade) {
        const original = new Map(flat);
        const edits = upgradeEdits({
            config: original,
            from: upgrade.from,
            to: upgrade.to,
            deployment: upgrade.deployment,
        });
        flat = new Map([...edits.apply(original)].map(([k, v]) => [k, String(v)]));
        Object.assign(changes, Object.fromEntries(edits.why));
        if (upgrade.keepSizes)
            sizes = keepSizes(original, flat, upgrade, changes);
    }
    const order = javaHashMapOrder([...flat.keys()]);
    const ordered = order.map((key) => [key, flat.get(key)]);
    const base = { entries: ordered, changes, ...(sizes && { sizes }) };
    const nested = nest(ordered);
    if ('reason' in nested)
        return { ok: false, ...base, reason: nested.reason, key: nested.key };
    const lines = dumpFlinkYaml(nested.tree);
    return { ok: true, ...base, text: `${lines.join('\n')}\n`, dropped: nested.dropped };
}

;// CONCATENATED MODULE: ./src/flink/size-style.ts


/** Flink's binary units by power of 1024 (`MemorySize.MemoryUnit`), each spelling it accepts. */
const POWERS = {
    b: 0,
    bytes: 0,
    k: 1,
    kb: 1,
    kibibytes: 1,
    m: 2,
    mb: 2,
    mebibytes: 2,
    g: 3,
    gb: 3,
    gibibytes: 3,
    t: 4,
    tb: 4,
    tebibytes: 4,
};
/** The same unit at another power, spelled the way the example spells its own. */
const FAMILIES = [
    ['b', 'k', 'm', 'g', 't'],
    ['bytes', 'kb', 'mb', 'gb', 'tb'],
    ['bytes', 'kibibytes', 'mebibytes', 'gibibytes', 'tebibytes'],
];
/** Kubernetes binary suffixes by power of 1024 (`resource.memory` takes them too). */
const KUBERNETES = ['', 'Ki', 'Mi', 'Gi', 'Ti'];
function caseLike(unit, example) {
    return example !== '' && example === example.toUpperCase() ? unit.toUpperCase() : unit;
}
/**
 * A size written like `example` (a value as the user wrote it): the same unit where it divides the
 * size, else the same family one step down until one does, with the example's spacing and case.
 * Kubernetes quantities (`4Gi`) stay Kubernetes quantities. Without a usable example: `sizeValue`'s
 * `3072m`. The result always reads back, with `MemorySize.parse`, as exactly `bytes`.
 */
function sizeLike(bytes, example, fallback) {
    const text = example?.trim() ?? '';
    const k8s = /^\d+(Ki|Mi|Gi|Ti)$/.exec(text);
    if (k8s) {
        for (let power = KUBERNETES.indexOf(k8s[1]); power >= 1; power--) {
            const unit = 1024n ** BigInt(power);
            if (bytes % unit === 0n)
                return `${bytes / unit}${KUBERNETES[power]}`;
        }
        return fallback;
    }
    const flink = /^(\d+)(\s*)([a-zA-Z]+)$/.exec(text);
    if (!flink || tryParseMemorySize(text) === undefined)
        return fallback;
    const [, , space, written] = flink;
    const lower = written.toLowerCase();
    const family = FAMILIES.find((f) => f.includes(lower)) ?? FAMILIES[0];
    for (let power = POWERS[lower]; power >= 0; power--) {
        const unit = 1024n ** BigInt(power);
        if (bytes % unit !== 0n)
            continue;
        const out = `${bytes / unit}${space}${caseLike(family[power], written)}`;
        return tryParseMemorySize(out) === bytes ? out : fallback;
    }
    return fallback;
}
/** A size with a unit a file writes, that `sizeLike` can take as its example. */
const usable = (value) => typeof value === 'string' && /[a-zA-Z]\s*$/.test(value) && tryParseMemorySize(value) !== undefined;
/**
 * The size in `written` that `key`'s size is best written like: the key's own value, else the
 * first memory option of the same process, else the first memory option; sizes with a unit only.
 */
function exampleFor(key, version, written) {
    const own = key === undefined ? undefined : written.get(key);
    if (usable(own))
        return own;
    const sizes = [...written].filter((e) => usable(e[1]) && options_findOption(version, e[0])?.type === 'memory');
    const prefix = key === undefined ? undefined : key.slice(0, key.indexOf('.') + 1);
    return (sizes.find(([k]) => prefix !== undefined && k.startsWith(prefix)) ?? sizes[0])?.[1];
}
/**
 * A value for `key` in the units the configuration writes: like the key's own value, else like the
 * first memory option of the same process it sets, else like its first memory option. Values of
 * other options are returned as given. The one way sizes are written into a file: the solver's
 * fixes, policy fixes and the sentences that describe them (`sizeInSentence`) all come here.
 */
function sizeInUnitsOf(key, value, version, written) {
    if (options_findOption(version, key)?.type !== 'memory')
        return value;
    const bytes = tryParseMemorySize(value);
    if (bytes === undefined)
        return value;
    const example = exampleFor(key, version, written);
    return example === undefined ? value : sizeLike(bytes, example, value);
}
/**
 * A size in a sentence about a config (a finding's message, a fix's description): as the fix's
 * edit of the same size writes it, so that sentence and edit agree, else like the edits' first
 * memory key, else like the config's first memory option; Flink's own spelling (`4 gb`) where the
 * config writes no size with a unit.
 */
function sizeInSentence(bytes, edits, version, written) {
    const sized = Object.entries(edits).filter((e) => e[1] !== null && options_findOption(version, e[0])?.type === 'memory');
    const same = sized.find(([, v]) => tryParseMemorySize(v) === bytes);
    if (same)
        return same[1];
    const example = exampleFor(sized[0]?.[0], version, written);
    const flink = memorySizeToString(bytes);
    return example === undefined ? flink : sizeLike(bytes, example, flink);
}

;// CONCATENATED MODULE: ./src/flink/index.ts
// The door of src/flink: everything Flink itself decides, as the other stages may ask it.

































/***/ }),

/***/ 8228:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  $i: () => (/* reexport */ DEPLOYMENTS),
  B5: () => (/* reexport */ FACTS_VERSION),
  tf: () => (/* reexport */ FLINK_VERSIONS),
  Xv: () => (/* reexport */ NEWEST_FLINK_VERSION),
  WO: () => (/* reexport */ PATCH_RELEASES)
});

// UNUSED EXPORTS: SEVERITIES, TOOL

;// CONCATENATED MODULE: ./src/model/flink-version.ts
/** The Flink minor versions whose memory model this tool reproduces, oldest first. */
const FLINK_VERSIONS = [
    '1.10',
    '1.11',
    '1.12',
    '1.13',
    '1.14',
    '1.15',
    '1.16',
    '1.17',
    '1.18',
    '1.19',
    '1.20',
    '2.0',
    '2.1',
    '2.2',
    '2.3',
];
/**
 * Patch releases whose memory defaults differ from the later patches of their minor line, judged
 * with their own values (`src/flink` holds the differences); any other patch is judged as its
 * minor line, which stands for the line's latest patch.
 */
const PATCH_RELEASES = ['1.10.0'];
const NEWEST_FLINK_VERSION = FLINK_VERSIONS[FLINK_VERSIONS.length - 1];
const DEPLOYMENTS = ['standalone', 'kubernetes', 'yarn'];

;// CONCATENATED MODULE: ./src/model/facts.ts
/**
 * The Facts document: everything a policy may test about one config, as plain JSON (bytes are
 * JSON numbers). Users write policies against it, so every field is documented in docs/facts.md
 * and changes bump `factsVersion`.
 */
const FACTS_VERSION = 1;

;// CONCATENATED MODULE: ./package.json
const package_namespaceObject = /*#__PURE__*/JSON.parse('{"rE":"0.1.0","TB":"https://github.com/flink-memory-lint/flink-memory-lint"}');
;// CONCATENATED MODULE: ./src/model/tool.ts

const TOOL = { name: 'flink-memory-lint', version: package_namespaceObject.rE, homepage: package_namespaceObject.TB };

;// CONCATENATED MODULE: ./src/model/index.ts














/***/ }),

/***/ 6067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   R: () => (/* binding */ builtinPolicyDir)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(3136);
/* harmony import */ var node_url__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(node_url__WEBPACK_IMPORTED_MODULE_2__);



/** The built-in pack: `policies/` at the package root (beside `src/` and `dist/`). */
function builtinPolicyDir() {
    let dir = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname((0,node_url__WEBPACK_IMPORTED_MODULE_2__.fileURLToPath)(import.meta.url));
    for (;;) {
        const candidate = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'policies');
        if ((0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'package.json')) && (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(candidate))
            return candidate;
        const parent = node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(dir);
        if (parent === dir)
            throw new Error('the built-in policies folder was not found');
        dir = parent;
    }
}


/***/ }),

/***/ 8067:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ memoryBytes)
/* harmony export */ });
/* harmony import */ var _flink_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8132);

/** Bytes of a size given as a number of bytes or in Flink's `MemorySize` syntax (`2g`, `512 mb`). */
function memoryBytes(value) {
    if (typeof value === 'number')
        return Number.isFinite(value) ? value : undefined;
    if (typeof value !== 'string')
        return undefined;
    const bytes = (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_0__/* .tryParseMemorySize */ .vw)(value);
    return bytes === undefined ? undefined : Number(bytes);
}


/***/ }),

/***/ 9022:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   Me: () => (/* binding */ renderDefined),
/* harmony export */   XX: () => (/* binding */ render),
/* harmony export */   o1: () => (/* binding */ resolvePath),
/* harmony export */   w7: () => (/* binding */ unknownFilters)
/* harmony export */ });
/* harmony import */ var _flink_index_js__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(8132);


/**
 * `{path|filter}` placeholders in policy messages, fix values and `locate`. A path walks the Facts
 * document by dots; keys that contain dots themselves (`entries.taskmanager.memory.process.size`)
 * are matched longest-first, so users write keys as they appear in Flink.
 */
const PLACEHOLDER = /\{([^{}|]+)(?:\|([a-z]+))?\}/g;
const SPLIT = new Map();
/** Segments of the longest dotted key a path step matches (Flink's keys have at most 8). */
const MAX_KEY_PARTS = 12;
/** Resolves a dotted path; a key may itself contain dots (`entries.state.backend.type.value`). */
function resolvePath(root, path) {
    let parts = SPLIT.get(path);
    if (!parts)
        SPLIT.set(path, (parts = path.trim().split('.')));
    return walk(root, parts, 0);
}
function walk(node, parts, from) {
    if (from === parts.length)
        return node;
    if (node === null || typeof node !== 'object')
        return undefined;
    const obj = node;
    let key = '';
    // Shortest key first, backing off to longer ones when the rest of the path does not resolve;
    // a key is never longer than MAX_KEY_PARTS segments, so a path costs linear time.
    const last = Math.min(parts.length, from + MAX_KEY_PARTS);
    for (let j = from; j < last; j++) {
        key = j === from ? parts[j] : `${key}.${parts[j]}`;
        if (!Object.hasOwn(obj, key))
            continue;
        const found = walk(obj[key], parts, j + 1);
        if (found !== undefined)
            return found;
    }
    return undefined;
}
const FILTERS = {
    size: (v) => (typeof v === 'number' && Number.isFinite(v) ? (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_0__/* .formatSize */ .Xq)(BigInt(Math.trunc(v))) : show(v)),
    // Flink's own spelling, to paste into a config: `4 gb`, `1728 mb`.
    flink: (v) => typeof v === 'number' && Number.isSafeInteger(v) && v >= 0 ? (0,_flink_index_js__WEBPACK_IMPORTED_MODULE_0__/* .memorySizeToString */ .Vh)(BigInt(v)) : show(v),
    percent: (v) => (typeof v === 'number' ? `${Math.round(v * 100)}%` : show(v)),
    json: (v) => JSON.stringify(v) ?? 'undefined',
    list: (v) => (Array.isArray(v) ? v.map(show).join(', ') : show(v)),
    // A count of slots with its noun: `1 slot`, `4 slots`.
    slots: (v) => (typeof v === 'number' ? `${v} slot${v === 1 ? '' : 's'}` : show(v)),
};
function show(value) {
    if (value === undefined || value === null)
        return '(unset)';
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint')
        return String(value);
    return JSON.stringify(value) ?? '';
}
/**
 * Fills `{path|filter}` placeholders from `data`; unknown paths print `(unset)`. `spell`, where
 * given, writes the sizes of `|flink` (else Flink's own spelling).
 */
function render(template, data, spell) {
    return template.replace(PLACEHOLDER, (_all, path, filter) => {
        const value = resolvePath(data, path);
        if (filter === 'flink' && spell && typeof value === 'number' && Number.isSafeInteger(value) && value >= 0)
            return spell(BigInt(value));
        const format = filter ? FILTERS[filter] : undefined;
        return format ? format(value) : show(value);
    });
}
/** Like `render`, but undefined when a placeholder names a fact this config does not have. */
function renderDefined(template, data, spell) {
    for (const match of template.matchAll(PLACEHOLDER))
        if (resolvePath(data, match[1]) === undefined)
            return undefined;
    return render(template, data, spell);
}
/** The filters a template uses that do not exist (checked when a policy is loaded). */
function unknownFilters(template) {
    const unknown = [];
    for (const match of template.matchAll(PLACEHOLDER)) {
        if (match[2] && !FILTERS[match[2]])
            unknown.push(match[2]);
    }
    return unknown;
}


/***/ }),

/***/ 9008:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {

/* harmony export */ __nccwpck_require__.d(__webpack_exports__, {
/* harmony export */   _r: () => (/* binding */ settingsFile),
/* harmony export */   jP: () => (/* binding */ defaultSettingsFile),
/* harmony export */   sS: () => (/* binding */ EMPTY_SETTINGS),
/* harmony export */   t8: () => (/* binding */ settingsForFile),
/* harmony export */   tP: () => (/* binding */ SETTINGS_FILE)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __nccwpck_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__nccwpck_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __nccwpck_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__nccwpck_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2__ = __nccwpck_require__(4006);
/* harmony import */ var picomatch__WEBPACK_IMPORTED_MODULE_2___default = /*#__PURE__*/__nccwpck_require__.n(picomatch__WEBPACK_IMPORTED_MODULE_2__);



// What a run needs of settings without reading a settings file: the defaults, where the file is,
// and the settings that apply to each file. Reading and checking a file (settings.ts) needs ajv,
// loaded only where there is a file to read.
const SETTINGS_FILE = '.flink-memory-lint.yaml';
const EMPTY_SETTINGS = { policyDirs: [], parameters: {}, rules: {}, overrides: [] };
/**
 * The settings file a run in `cwd` reads: the one given (relative to `cwd`), else
 * `.flink-memory-lint.yaml` in `cwd` where there is one; as an absolute path.
 */
function settingsFile(cwd, given) {
    if (given !== undefined)
        return node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, given);
    const file = defaultSettingsFile(cwd);
    return (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.existsSync)(file) ? file : undefined;
}
/**
 * `.flink-memory-lint.yaml` in `cwd`. Written with `path.format`: the bundler rewrites a
 * `path.resolve(dir, 'name')` it can match against files present at build time into a path inside
 * the bundle, which would make every run read a file shipped with the tool instead.
 */
function defaultSettingsFile(cwd) {
    return node_path__WEBPACK_IMPORTED_MODULE_1___default().format({ dir: node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd), base: SETTINGS_FILE });
}
/**
 * The settings that apply to one file: global parameters and rules, then every override whose
 * globs match the file, in order. Compiled once per settings object.
 */
function settingsForFile(settings) {
    const matchers = settings.overrides.map((o) => picomatch__WEBPACK_IMPORTED_MODULE_2___default()(o.files, { dot: true }));
    // Files that match the same overrides share one object, so callers can cache per scope.
    const byMatch = new Map();
    return (file) => {
        const matched = settings.overrides.filter((_, i) => matchers[i](file));
        const key = matched.map((o) => settings.overrides.indexOf(o)).join(',');
        let scoped = byMatch.get(key);
        if (!scoped)
            byMatch.set(key, (scoped = scope([{ rules: settings.rules, parameters: settings.parameters }, ...matched])));
        return scoped;
    };
}
function scope(layers) {
    const parameters = Object.assign({}, ...layers.map((l) => l.parameters));
    const ruled = layers.some((l) => Object.keys(l.rules).length > 0);
    return {
        parameters,
        rule(id, severity) {
            if (!ruled)
                return { severity, regraded: false, parameters };
            let resolved = severity;
            let regraded = false;
            const ruleParameters = { ...parameters };
            for (const layer of layers) {
                const override = layer.rules[id];
                if (!override)
                    continue;
                if (override.severity) {
                    resolved = override.severity;
                    regraded = true;
                }
                Object.assign(ruleParameters, override.parameters);
            }
            return { severity: resolved, regraded, parameters: ruleParameters };
        },
    };
}


/***/ }),

/***/ 8240:
/***/ ((__unused_webpack_module, __webpack_exports__, __nccwpck_require__) => {


// EXPORTS
__nccwpck_require__.d(__webpack_exports__, {
  OR: () => (/* reexport */ confined_file_confinedPath),
  Yn: () => (/* reexport */ getPath),
  S2: () => (/* reexport */ dockerfile_name_isDockerfileName),
  o5: () => (/* reexport */ confined_file_lexicallyInside),
  ZN: () => (/* reexport */ loadFile),
  hD: () => (/* reexport */ locationOf),
  Z9: () => (/* reexport */ mapItems),
  bV: () => (/* reexport */ markOverrides),
  id: () => (/* reexport */ parseDocumentsWithinDepth),
  BU: () => (/* reexport */ parseYamlFile),
  zy: () => (/* reexport */ quantityBytes),
  lH: () => (/* reexport */ readCandidates),
  Hz: () => (/* reexport */ confined_file_readConfined),
  dU: () => (/* reexport */ confined_file_realRoot),
  ws: () => (/* reexport */ scalarText),
  Sg: () => (/* reexport */ seqItems),
  Q2: () => (/* reexport */ tooDeepMessage),
  Qk: () => (/* reexport */ unreadableReason)
});

// UNUSED EXPORTS: DEFAULT_NAMESPACE, GIT_ENV, MAX_FILE_BYTES, SAFE_GIT, changedFiles, dockerBytes, fileAtCommit, filesAtCommit, git, insidePaths, insideWorkTree, isCandidateName, listCandidates, processOf, readConfigYaml, readFlinkConf, resolveCommit, safeRelative, selectListed, trackedFileCount, wholeFileFormat

;// CONCATENATED MODULE: external "node:child_process"
const external_node_child_process_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:child_process");
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
var external_node_path_default = /*#__PURE__*/__nccwpck_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/sources/discover/git.ts



/**
 * Options in front of every git command: a git config may name hooks, an fsmonitor program, a
 * pager or an external diff, and none must ever run. Filter and textconv drivers are kept out by
 * how git is asked (see git-revision.ts): never about work-tree content, `--no-textconv`.
 */
const git_SAFE_GIT = (/* unused pure expression or super */ null && ([
    '--no-pager',
    '-c',
    'core.hooksPath=/dev/null',
    '-c',
    'core.fsmonitor=false',
    '-c',
    'core.pager=cat',
    '-c',
    'diff.external=',
]));
/** The environment of every git command: never prompting, never paging, never taking optional locks. */
const git_GIT_ENV = {
    GIT_TERMINAL_PROMPT: '0',
    GIT_ASKPASS: '',
    SSH_ASKPASS: '',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_PAGER: 'cat',
    GIT_EXTERNAL_DIFF: '',
};
/**
 * Runs git with an argument array (no shell), never prompting and never running hooks or
 * external diff/textconv drivers, so nothing from the repository is executed.
 */
function git_git(args, cwd, timeoutMs = 60_000) {
    return new Promise((resolve) => {
        execFile('git', [...git_SAFE_GIT, ...args], {
            cwd,
            encoding: 'buffer',
            maxBuffer: 64 * 1024 * 1024,
            timeout: timeoutMs,
            env: { ...process.env, ...git_GIT_ENV },
        }, (error, stdout, stderr) => {
            resolve({ ok: !error, stdout, stderr: stderr.toString('utf8').trim() });
        });
    });
}
/** Parses `git diff --name-status -z` output (renames and copies carry two paths). */
function git_parseNameStatus(output) {
    const fields = output.split('\0');
    const files = [];
    for (let i = 0; i + 1 < fields.length;) {
        const status = fields[i];
        if (status === '')
            break;
        if (status.startsWith('R') || status.startsWith('C')) {
            files.push({ path: fields[i + 2], basePath: status.startsWith('R') ? fields[i + 1] : undefined });
            i += 3;
        }
        else {
            const path = fields[i + 1];
            files.push({ path, basePath: status === 'A' ? undefined : path });
            i += 2;
        }
    }
    return files;
}
/**
 * How many files git tracks in the work tree holding `dir`, from the header of its index (12
 * bytes: `DIRC`, version, entry count), without running git: a run sizes itself by it before
 * listing. Undefined outside a work tree or for an index it does not know.
 */
function trackedFileCount(dir) {
    for (let at = path.resolve(dir);; at = path.dirname(at)) {
        const dotGit = path.join(at, '.git');
        let gitDir;
        try {
            gitDir = statSync(dotGit).isDirectory()
                ? dotGit
                : /^gitdir: (.+)$/m.exec(readFileSync(dotGit, 'utf8'))?.[1]?.trim();
        }
        catch {
            if (path.dirname(at) === at)
                return undefined;
            continue;
        }
        if (!gitDir)
            return undefined;
        return indexEntries(path.resolve(at, gitDir, 'index'));
    }
}
function indexEntries(file) {
    let fd;
    try {
        fd = openSync(file, 'r');
        const header = Buffer.alloc(12);
        if (readSync(fd, header, 0, 12, 0) < 12 || header.toString('latin1', 0, 4) !== 'DIRC')
            return undefined;
        return header.readUInt32BE(8);
    }
    catch {
        return undefined;
    }
    finally {
        if (fd !== undefined)
            closeSync(fd);
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/sources/discover/confined-file.ts


/**
 * The one way the tool opens a file of the repository it lints (configs, the settings file, user
 * policies, the baseline): its real path, symbolic links resolved, must lie inside one of the
 * allowed roots, it must be a regular file, and at most `maxBytes` are read. A refusal names the
 * path and why, never anything the file holds. Everything in a pull request's checkout is written
 * by its author, links included: see SECURITY.md.
 */
/** Files above this size are not read (reported as a notice). */
const confined_file_MAX_FILE_BYTES = 1024 * 1024;
/** The real path of a folder the tool may read under; undefined when it does not exist. */
function confined_file_realRoot(dir) {
    try {
        return external_node_fs_.realpathSync.native(dir);
    }
    catch {
        return undefined;
    }
}
/** Whether a real path lies in (or is) one of the real roots. */
function insideRoots(real, roots) {
    return roots.some((root) => real === root || real.startsWith(root.endsWith((external_node_path_default()).sep) ? root : root + (external_node_path_default()).sep));
}
/** Whether a path, as written, stays inside `dir` (no `..` out of it, not absolute elsewhere). */
function confined_file_lexicallyInside(dir, file) {
    const rel = external_node_path_default().relative(dir, external_node_path_default().resolve(dir, file));
    return rel === '' || (!rel.startsWith(`..${(external_node_path_default()).sep}`) && rel !== '..' && !external_node_path_default().isAbsolute(rel));
}
/**
 * The real path of `file` when it lies inside the roots; otherwise why not. Used for folders
 * (policy folders, linted paths) before they are listed.
 */
function confined_file_confinedPath(file, roots) {
    let real;
    try {
        real = external_node_fs_.realpathSync.native(file);
    }
    catch (err) {
        return failure(err);
    }
    if (!insideRoots(real, roots))
        return {
            ok: false,
            code: 'symlink-outside-root',
            message: 'A symbolic link out of the workspace; not followed',
        };
    return { ok: true, real };
}
/** Reads a file inside the roots; see the module comment. */
function confined_file_readConfined(file, roots, maxBytes = confined_file_MAX_FILE_BYTES, folders) {
    if (folders) {
        const dir = external_node_path_default().dirname(file);
        let realDir = folders.get(dir);
        if (realDir === undefined) {
            const where = confined_file_confinedPath(dir, roots);
            if (where.ok)
                folders.set(dir, (realDir = where.real));
        }
        // O_NOFOLLOW refuses a file that is itself a link: that one takes the whole path's resolution.
        if (realDir !== undefined) {
            const read = readReal(external_node_path_default().join(realDir, external_node_path_default().basename(file)), maxBytes);
            if (read !== LINK)
                return read;
        }
    }
    const where = confined_file_confinedPath(file, roots);
    if (!where.ok)
        return where;
    const read = readReal(where.real, maxBytes);
    return read === LINK ? LOOP : read;
}
const LINK = 'link';
const LOOP = { ok: false, code: 'unreadable', message: 'A loop of symbolic links; not read' };
/** Opens a path already known to lie inside the roots (its last part may still be a link). */
function readReal(real, maxBytes) {
    let fd;
    try {
        // Non-blocking: a named pipe opens at once (and is then refused) instead of waiting for a writer.
        fd = (0,external_node_fs_.openSync)(real, external_node_fs_.constants.O_RDONLY | external_node_fs_.constants.O_NONBLOCK | external_node_fs_.constants.O_NOFOLLOW);
        const stat = (0,external_node_fs_.fstatSync)(fd);
        const reason = unreadableReason(stat, maxBytes);
        if (reason)
            return { ok: false, code: stat.isFile() ? 'file-too-large' : 'not-a-file', message: reason };
        const bytes = Buffer.alloc(stat.size);
        let read = 0;
        while (read < bytes.length) {
            const n = (0,external_node_fs_.readSync)(fd, bytes, read, bytes.length - read, read);
            if (n === 0)
                break;
            read += n;
        }
        return { ok: true, bytes: read === bytes.length ? bytes : bytes.subarray(0, read) };
    }
    catch (err) {
        return err.code === 'ELOOP' ? LINK : failure(err);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function failure(err) {
    const code = err.code;
    if (code === 'ENOENT')
        return { ok: false, code: 'not-found', message: 'No such file (or a dangling symbolic link)' };
    if (code === 'ELOOP')
        return LOOP;
    // Node's message without the path it ends with.
    return {
        ok: false,
        code: 'unreadable',
        message: `Could not be read (${err.message.replace(/, \w+ '.*'$/, '')})`,
    };
}
/** Why a file is not read as text: not a regular file (a FIFO would block), or over the size limit. */
function unreadableReason(stat, maxBytes = confined_file_MAX_FILE_BYTES) {
    if (!stat.isFile())
        return `A ${fileKind(stat)}, not a regular file; not read`;
    if (stat.size > maxBytes)
        return `${stat.size} bytes, above the ${maxBytes}-byte limit; not read`;
    return undefined;
}
function fileKind(stat) {
    if (stat.isDirectory())
        return 'folder';
    if (stat.isFIFO())
        return 'named pipe (FIFO)';
    if (stat.isSocket())
        return 'socket';
    if (stat.isCharacterDevice() || stat.isBlockDevice())
        return 'device';
    return 'special file';
}

// EXTERNAL MODULE: ./node_modules/ignore/index.js
var node_modules_ignore = __nccwpck_require__(298);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __nccwpck_require__(8815);
// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __nccwpck_require__(8132);
;// CONCATENATED MODULE: ./src/sources/yaml/unique-keys.ts

/**
 * The YAML library's own duplicate-key check compares each key with every earlier one, so a map of
 * 100,000 keys takes minutes. This finds the same duplicates (the same key node, or scalars of the
 * same value) with one lookup a key, and adds the library's error at the later key, in file order.
 */
function addDuplicateKeyErrors(doc) {
    const found = [];
    // A walk over collections only (yaml's `visit` calls back for every node): every file read goes through here.
    const stack = [doc.contents];
    while (stack.length > 0) {
        const node = stack.pop();
        if ((0,dist/* isSeq */.oP)(node)) {
            for (const item of node.items)
                stack.push(item);
            continue;
        }
        if (!(0,dist/* isMap */.jh)(node))
            continue;
        const seen = new Set();
        for (const { key, value: child } of node.items) {
            stack.push(key, child);
            const value = (0,dist/* isScalar */.jn)(key) ? key.value : key;
            // NaN never equals itself, as in the library.
            if (typeof value === 'number' && Number.isNaN(value))
                continue;
            if (!seen.has(value)) {
                seen.add(value);
                continue;
            }
            const offset = ((0,dist/* isNode */.Ll)(key) ? key.range?.[0] : undefined) ?? node.range?.[0] ?? 0;
            found.push(new dist/* YAMLParseError */.XT([offset, offset + 1], 'DUPLICATE_KEY', 'Map keys must be unique'));
        }
    }
    if (found.length === 0)
        return;
    for (const error of found)
        doc.errors.push(error);
    doc.errors.sort((a, b) => a.pos[0] - b.pos[0]);
}

;// CONCATENATED MODULE: ./src/sources/yaml/depth.ts


/**
 * Deepest nesting of collections a YAML document may have to be read. The YAML composer and
 * every reader after it recurse once a level, so a deeper document (`[[[[...`) would exhaust the
 * stack; Flink's configurations nest a handful of levels.
 */
const MAX_YAML_DEPTH = 64;
const LONE_CR = /\r(?!\n)/g;
/** Says what is wrong with a document left out for its depth, and where. */
function tooDeepMessage(line, column) {
    return `Collections nest deeper than ${MAX_YAML_DEPTH} levels at line ${line}, column ${column}; the YAML document is not read`;
}
/**
 * Parses a YAML stream as `parseAllDocuments` does, but measures each document's nesting on the
 * parser's syntax tree (built with a stack, not recursion) before composing it: a document nested
 * deeper than `MAX_YAML_DEPTH` is never composed. `forceDoc` yields a document for an empty stream.
 */
function parseDocumentsWithinDepth(text, options, lineCounter, forceDoc = false) {
    const out = [];
    const slots = [];
    // Streamed to the composer: a document token arrives complete, and is measured then.
    function* measured(tokens) {
        let dropped = false;
        for (const token of tokens) {
            if (token.type === 'document') {
                const at = tooDeepAt(token);
                dropped = at !== undefined;
                if (at !== undefined) {
                    out.push({ tooDeepAt: at });
                    continue;
                }
                slots.push(out.length);
                out.push(undefined);
            }
            // The `...` of a document left out ends nothing the composer saw.
            if (token.type === 'doc-end' && dropped)
                continue;
            yield token;
        }
    }
    // YAML (and Flink's and Kubernetes' readers) end a line at a lone CR too; the parser only at LF.
    // The same length, so offsets stay.
    const source = text.replace(LONE_CR, '\n');
    const tokens = measured(new dist/* Parser */.iX(lineCounter.addNewLine).parse(source));
    let index = 0;
    // Warnings (a collection as a mapping key) would go to the process's stderr; callers report.
    const composer = new dist/* Composer */.Dk({ logLevel: 'error', ...options, uniqueKeys: false });
    for (const doc of composer.compose(tokens, forceDoc, source.length)) {
        if (options.uniqueKeys ?? true)
            addDuplicateKeyErrors(doc);
        if (index < slots.length)
            out[slots[index]] = { doc };
        else if (out.length === 0)
            out.push({ doc });
        index++;
    }
    return out.filter((d) => d !== undefined);
}
/** Offset of the first collection (in document order) that nests deeper than the limit. */
function tooDeepAt(document) {
    const tokens = [];
    const depths = [];
    if (document.value) {
        tokens.push(document.value);
        depths.push(0);
    }
    while (tokens.length > 0) {
        const token = tokens.pop();
        const depth = depths.pop();
        if (token.type !== 'block-map' && token.type !== 'block-seq' && token.type !== 'flow-collection')
            continue;
        if (depth >= MAX_YAML_DEPTH)
            return token.offset;
        // Pushed last to first, so that the first child is looked at first.
        for (let i = token.items.length - 1; i >= 0; i--) {
            const { key, value } = token.items[i];
            if (value) {
                tokens.push(value);
                depths.push(depth + 1);
            }
            if (key) {
                tokens.push(key);
                depths.push(depth + 1);
            }
        }
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/sources/yaml/document.ts


/** Guards against hostile YAML: alias bombs, deep nesting, files with thousands of documents. */
const YAML_LIMITS = { maxAliasCount: 100, maxDepth: MAX_YAML_DEPTH, maxDocuments: 500 };
/**
 * A line holding only template directives (`{{- if .Values.x }}`, `{{ end }}`) is not YAML; it is
 * emptied (line numbers stay). An inline expression (`name: {{ .Values.name }}-config`) becomes a
 * `${ .Values.name } ` placeholder of the same length, which YAML reads as text. One pass a line,
 * without regular expressions that backtrack: a hostile line of braces costs its length.
 */
function neutralizeTemplates(text) {
    if (!text.includes('{{'))
        return text;
    return text.split('\n').map(neutralizeLine).join('\n');
}
function neutralizeLine(line) {
    const open = line.indexOf('{{');
    if (open < 0)
        return line;
    const cr = line.endsWith('\r') ? '\r' : '';
    let from = 0;
    let to = line.length - cr.length;
    while (from < to && isBlank(line.charCodeAt(from)))
        from++;
    while (to > from && isBlank(line.charCodeAt(to - 1)))
        to--;
    if (to - from >= 4 && from === open && line.startsWith('}}', to - 2))
        return cr;
    let out = '';
    let done = 0;
    for (let start = open; start >= 0; start = line.indexOf('{{', done)) {
        const end = line.indexOf('}}', start + 2);
        // No later `{{` on the line has a `}}` after it either.
        if (end < 0)
            break;
        const inner = line
            .slice(start + 2, end)
            .replaceAll(': ', ':_')
            .replaceAll(' #', ' _');
        out += `${line.slice(done, start)}\${${inner}} `;
        done = end + 2;
    }
    return out + line.slice(done);
}
function isBlank(code) {
    return code === 0x20 || code === 0x09;
}
/** Parses every document of a YAML file; syntax errors become problems with the parser's line. */
function parseYamlFile(text, file) {
    const lineCounter = new dist/* LineCounter */.HN();
    const problems = [];
    const parsedText = neutralizeTemplates(text);
    const docs = parseDocumentsWithinDepth(parsedText, { prettyErrors: false, intAsBigInt: true }, lineCounter);
    const yaml = { file, text: parsedText, lineCounter, documents: [] };
    if (parsedText === text)
        yaml.parsed = { docs, lineCounter };
    const at = (offset) => locationAt(yaml, offset);
    const mayHoldAlias = parsedText.includes('*');
    if (docs.length > YAML_LIMITS.maxDocuments) {
        problems.push({
            code: 'limit',
            message: `The file has ${docs.length} YAML documents; only the first ${YAML_LIMITS.maxDocuments} are read`,
            location: at(0),
        });
    }
    docs.slice(0, YAML_LIMITS.maxDocuments).forEach((checked, index) => {
        if (!('doc' in checked)) {
            const location = at(checked.tooDeepAt);
            problems.push({ code: 'limit', message: tooDeepMessage(location.line, location.column), location });
            return;
        }
        const { doc } = checked;
        if (doc.errors.length > 0) {
            const error = doc.errors[0];
            problems.push({ code: 'yaml-error', message: firstLine(error.message), location: at(error.pos[0]) });
            return;
        }
        try {
            // Counts alias expansions (alias bombs) and throws on an alias to an undefined anchor; a
            // text without `*` has no alias, and the full conversion is skipped.
            if (mayHoldAlias)
                doc.toJS({ maxAliasCount: YAML_LIMITS.maxAliasCount });
        }
        catch (err) {
            const offset = doc.contents?.range[0] ?? 0;
            problems.push({
                code: 'yaml-error',
                message: firstLine(String(err.message)),
                location: at(offset),
            });
            return;
        }
        const root = resolve(doc, doc.contents);
        yaml.documents.push({ index, doc, root: root ?? undefined });
    });
    return { yaml, problems };
}
function firstLine(message) {
    return message.split('\n', 1)[0].trim();
}
function locationAt(yaml, offset) {
    const { line, col } = yaml.lineCounter.linePos(offset);
    return { file: yaml.file, line, column: col };
}
function locationOf(yaml, node, fallback) {
    const offset = node?.range?.[0];
    if (offset === undefined)
        return fallback ?? locationAt(yaml, 0);
    return locationAt(yaml, offset);
}
/** Follows aliases to the anchored node. */
function resolve(doc, node) {
    let current = node;
    for (let hops = 0; current && (0,dist/* isAlias */.Vj)(current) && hops < YAML_LIMITS.maxAliasCount; hops++) {
        current = current.resolve(doc);
    }
    return current ?? null;
}
/** A mapping's pairs with scalar keys, YAML merge keys (`<<: *anchor`) expanded; own keys win. */
function mapItems(doc, node, 
// Mappings being expanded: a merge key that reaches its own mapping (`&a <<: *a`) adds nothing.
expanding = new Set()) {
    const map = resolve(doc, node);
    if (!map || !(0,dist/* isMap */.jh)(map) || expanding.has(map))
        return [];
    expanding.add(map);
    const own = [];
    const merged = [];
    for (const pair of map.items) {
        const keyNode = pair.key;
        const key = (0,dist/* isScalar */.jn)(keyNode) ? String(keyNode.value) : undefined;
        if (key === undefined)
            continue;
        const value = resolve(doc, pair.value);
        if (key === '<<' && !((0,dist/* isScalar */.jn)(keyNode) && keyNode.type !== dist/* Scalar */.X5.PLAIN)) {
            const sources = value && (0,dist/* isSeq */.oP)(value) ? value.items.map((i) => resolve(doc, i)) : [value];
            for (const source of sources)
                merged.push(...mapItems(doc, source, expanding));
            continue;
        }
        own.push({ key, keyNode, value });
    }
    expanding.delete(map);
    const ownKeys = new Set(own.map((i) => i.key));
    return [...own, ...merged.filter((i) => !ownKeys.has(i.key))];
}
function getItem(doc, node, key) {
    return mapItems(doc, node).find((i) => i.key === key);
}
/** The node at a path of mapping keys. */
function getPath(doc, node, ...path) {
    let current = resolve(doc, node);
    for (const key of path) {
        current = getItem(doc, current, key)?.value;
        if (!current)
            return null;
    }
    return current ?? null;
}
function seqItems(doc, node) {
    const seq = resolve(doc, node);
    if (!seq || !(0,dist/* isSeq */.oP)(seq))
        return [];
    return seq.items.map((i) => resolve(doc, i)).filter((i) => i !== null);
}
/** A `%VAR%` placeholder (Windows-style templates). */
const PERCENT_PLACEHOLDER = /%[A-Z][A-Z0-9_]*%/;
/**
 * A template placeholder where a value should be: `{{ .Values.x }}` (both braces on one line),
 * `${VAR}` or `%VAR%`. Found with `indexOf`, not a lazy pattern tried from every `{{`: a hostile
 * value of thousands of unclosed `{{` or `${` costs its length once.
 */
function isPlaceholder(text) {
    const dollar = text.indexOf('${');
    if (dollar >= 0 && text.indexOf('}', dollar + 2) >= 0)
        return true;
    if (text.includes('{{'))
        for (const line of text.split(LINE_TERMINATORS)) {
            const open = line.indexOf('{{');
            if (open >= 0 && line.indexOf('}}', open + 2) >= 0)
                return true;
        }
    return PERCENT_PLACEHOLDER.test(text);
}
/** What ends a line for `.` in a pattern. */
const LINE_TERMINATORS = /\r\n|[\n\r\u2028\u2029]/;
/** A YAML scalar's value as text (numbers as JavaScript prints them, bigints exactly). */
function scalarString(value) {
    if (typeof value === 'string')
        return value;
    if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean')
        return String(value);
    return undefined;
}
/** A scalar as text, and whether it is a template placeholder. */
function scalarText(doc, node) {
    const resolved = resolve(doc, node);
    if (!resolved)
        return undefined;
    if ((0,dist/* isScalar */.jn)(resolved)) {
        const text = scalarString(resolved.value);
        return text === undefined ? undefined : { text, unresolved: isPlaceholder(text) };
    }
    return undefined;
}
function isStringScalar(doc, node) {
    const resolved = resolve(doc, node);
    return resolved !== null && (0,dist/* isScalar */.jn)(resolved) && typeof resolved.value === 'string';
}
/**
 * Maps positions inside a string scalar's value (an embedded `flink-conf.yaml`, a `FLINK_PROPERTIES`
 * block) to the real file: each value line is found in the source in order, so block scalars,
 * indentation and multi-line quoted strings all land on the line where the text is written.
 */
function embeddedPositionMap(yaml, node) {
    const [start, , end] = node.range ?? [0, 0, 0];
    const source = yaml.text.slice(0, end);
    const lines = String(node.value).split(/\r\n|\n|\r/);
    const found = [];
    let cursor = start;
    for (const line of lines) {
        const content = line.trimEnd();
        if (content.trim() === '') {
            found.push(undefined);
            continue;
        }
        const at = source.indexOf(content, cursor);
        if (at < 0) {
            found.push(undefined);
            continue;
        }
        found.push({ offset: at });
        cursor = at + content.length;
    }
    const fallback = yaml.lineCounter.linePos(start);
    return (line, column) => {
        const hit = found[line - 1];
        if (!hit)
            return { line: fallback.line, column: fallback.col };
        const pos = yaml.lineCounter.linePos(hit.offset + column - 1);
        return { line: pos.line, column: pos.col };
    };
}

;// CONCATENATED MODULE: ./src/sources/config-builder.ts

function buildConfig(draft) {
    const config = {
        id: `${draft.location.file}#${draft.part}`,
        file: draft.location.file,
        line: draft.location.line,
        column: draft.location.column,
        kind: draft.kind,
        evidence: draft.version,
        deployment: draft.deployment,
        entries: markOverrides(markPlaceholders(draft.entries, draft.problems)),
        container: draft.container ?? {},
        processes: draft.processes,
        problems: draft.problems,
    };
    if (draft.name !== undefined)
        config.name = draft.name;
    if (draft.kubernetes)
        config.kubernetes = draft.kubernetes;
    if (draft.appendsToImageConf)
        config.appendsToImageConf = draft.appendsToImageConf;
    if (draft.podTemplateLimits && Object.keys(draft.podTemplateLimits).length > 0)
        config.podTemplateLimits = draft.podTemplateLimits;
    if (draft.replicas && Object.keys(draft.replicas).length > 0)
        config.replicas = draft.replicas;
    if (draft.clusterMode)
        config.clusterMode = draft.clusterMode;
    if (draft.job)
        config.job = draft.job;
    if (draft.image !== undefined)
        config.image = draft.image;
    if (draft.annotations && Object.keys(draft.annotations).length > 0)
        config.annotations = draft.annotations;
    if (draft.env && Object.keys(draft.env).length > 0)
        config.env = draft.env;
    if (draft.envLocations && Object.keys(draft.envLocations).length > 0)
        config.envLocations = draft.envLocations;
    return config;
}
/** Values that are still template placeholders (`{{ .Values.x }}`, `${VAR}`) are not values yet. */
function markPlaceholders(entries, problems) {
    for (const entry of entries) {
        if (entry.unresolved || typeof entry.value !== 'string' || !isPlaceholder(entry.value))
            continue;
        entry.unresolved = true;
        problems.push({
            code: 'unresolved-template',
            message: `'${entry.key}' is a template placeholder, not a value: ${entry.value}`,
            location: entry.location,
        });
    }
    return entries;
}
/** Marks each entry a later one (in `entries`, then `later`) replaces, keeping marks already set. */
function markOverrides(entries, later = []) {
    const last = new Map();
    for (const entry of [...entries, ...later]) {
        const earlier = last.get(entry.key);
        if (earlier && !earlier.overriddenBy)
            earlier.overriddenBy = entry.location;
        last.set(entry.key, entry);
    }
    return entries;
}
/** Container memory limits, keeping only the processes that have one. */
function containerLimits(limits) {
    const result = {};
    for (const process of ['jobmanager', 'taskmanager']) {
        const limit = limits[process];
        if (limit)
            result[process] = limit;
    }
    return result;
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-conf.ts
const identityMap = (line, column) => ({ line, column });
function locate(file, map, line, column) {
    return { file, ...map(line, column) };
}
/** Java `String.trim()`: strips code units up to U+0020 only (not NBSP or other Unicode spaces). */
function trimStart(s, from, to) {
    while (from < to && s.charCodeAt(from) <= 0x20)
        from++;
    return from;
}
function trimEnd(s, from, to) {
    while (to > from && s.charCodeAt(to - 1) <= 0x20)
        to--;
    return to;
}
const BOM = 0xfeff;
/** Problems one file reports line by line; the rest are counted in one more. */
const MAX_LINE_PROBLEMS = 100;
/**
 * Flink's legacy `flink-conf.yaml` line reader (`GlobalConfiguration.loadYAMLResource`, 1.10–1.20):
 * cut at the first `#`, trim, split at the first `": "`, every value a string, later lines win.
 */
function readFlinkConf(text, file, map = identityMap) {
    const entries = [];
    const problems = [];
    const byKey = new Map();
    let lineNo = 0;
    let pos = 0;
    let unsaid = 0;
    const n = text.length;
    while (pos < n) {
        // Java's BufferedReader.readLine: \n, \r and \r\n all end a line.
        let end = pos;
        while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13)
            end++;
        const next = end < n && text.charCodeAt(end) === 13 && text.charCodeAt(end + 1) === 10 ? end + 2 : end + 1;
        lineNo++;
        // The line on its own: searches for '#' and ': ' stop at its end, not the file's.
        readLine(text.slice(pos, end), 0, end - pos, lineNo);
        pos = next;
    }
    if (unsaid > 0)
        problems.push({
            code: 'limit',
            message: `${unsaid} more lines have problems; only the first ${MAX_LINE_PROBLEMS} are reported`,
            location: locate(file, map, lineNo, 1),
        });
    return { entries, problems };
    /** A file of a million bad lines gives a hundred problems and a count, not a million. */
    function report(problem) {
        if (problems.length < MAX_LINE_PROBLEMS)
            problems.push(problem);
        else
            unsaid++;
    }
    function readLine(s, start, end, line) {
        const hash = s.indexOf('#', start);
        const cut = hash >= 0 && hash < end ? hash : end;
        const from = trimStart(s, start, cut);
        const to = trimEnd(s, from, cut);
        if (from === to)
            return;
        const at = (i) => locate(file, map, line, i - start + 1);
        const sep = s.indexOf(': ', from);
        if (sep < 0 || sep + 2 > to) {
            report({
                code: 'invalid-line',
                message: `Line is not a key-value pair (missing space after ':'?): ${s.slice(from, to)}`,
                location: at(from),
            });
            return;
        }
        const keyFrom = from;
        const keyTo = trimEnd(s, keyFrom, sep);
        const valueFrom = trimStart(s, sep + 2, to);
        if (keyFrom === keyTo || valueFrom === to) {
            report({
                code: 'empty-key-or-value',
                message: `Key or value was empty: ${s.slice(from, to)}`,
                location: at(from),
            });
            return;
        }
        const key = s.slice(keyFrom, keyTo);
        if (line === 1 && key.charCodeAt(0) === BOM) {
            report({
                code: 'other',
                message: `The file starts with a byte-order mark, which Flink reads as part of the first key ('${key.slice(1)}' is not set)`,
                location: at(keyFrom),
            });
        }
        const entry = { key, value: s.slice(valueFrom, to), location: at(keyFrom), origin: 'file' };
        const earlier = byKey.get(key);
        if (earlier) {
            earlier.overriddenBy = entry.location;
            report({
                code: 'duplicate-key',
                message: `Duplicate key '${key}': this line overrides line ${earlier.location.line}`,
                location: entry.location,
            });
        }
        byKey.set(key, entry);
        entries.push(entry);
    }
}

;// CONCATENATED MODULE: ./src/sources/formats/config-yaml.ts




/** Flink's own message when the standard YAML loader fails (its cause is stripped of details). */
const YAML_LOAD_ERROR = 'Error parsing YAML configuration.';
const MAX_ALIAS_COUNT = 100;
/** A YAML text parsed with the options Flink's reader uses (YAML 1.2, core schema, unique keys). */
function parseConfigYaml(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    const docs = parseDocumentsWithinDepth(text, { uniqueKeys: true, schema: 'core', version: '1.2', intAsBigInt: true, prettyErrors: false }, lineCounter, true);
    return { docs, lineCounter };
}
/**
 * Flink's standard YAML reader for `config.yaml` (1.19+): YAML 1.2 core schema, one document whose
 * root is a mapping, nested mappings flattened with `.`, scalars keeping their YAML type.
 */
function readConfigYaml(text, file, map = identityMap, { docs, lineCounter } = parseConfigYaml(text)) {
    const entries = [];
    const problems = [];
    const at = (offset) => {
        const { line, col } = lineCounter.linePos(offset);
        return locate(file, map, line, col);
    };
    const fail = (code, detail, offset) => problems.push({ code, message: `${YAML_LOAD_ERROR} ${detail}`, location: at(offset) });
    for (const checked of docs) {
        if (!('tooDeepAt' in checked))
            continue;
        const location = at(checked.tooDeepAt);
        problems.push({ code: 'limit', message: tooDeepMessage(location.line, location.column), location });
        return { entries, problems };
    }
    const [doc, ...more] = docs.flatMap((d) => ('doc' in d ? [d.doc] : []));
    if (more.length > 0) {
        fail('yaml-error', 'The file holds more than one YAML document.', more[0].range[0]);
        return { entries, problems };
    }
    if (!doc)
        return { entries, problems };
    if (doc.errors.length > 0) {
        // Flink stops at the first error; a hostile file can hold one per byte.
        fail('yaml-error', config_yaml_firstLine(doc.errors[0].message), doc.errors[0].pos[0]);
        return { entries, problems };
    }
    try {
        // Expands aliases with the alias-count guard; an alias to an undefined anchor throws here.
        doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
    }
    catch (err) {
        fail('yaml-error', config_yaml_firstLine(err instanceof Error ? err.message : String(err)), 0);
        return { entries, problems };
    }
    const root = doc.contents;
    if (root === null || ((0,dist/* isScalar */.jn)(root) && root.value === null))
        return { entries, problems };
    if (!(0,dist/* isMap */.jh)(root)) {
        fail('yaml-error', 'The root of the configuration must be a mapping.', root.range[0]);
        return { entries, problems };
    }
    const byKey = new Map();
    flatten(root.items, '');
    return { entries, problems };
    function flatten(items, prefix) {
        for (const pair of items) {
            const keyNode = pair.key;
            const keyOffset = keyNode?.range[0] ?? 0;
            const key = prefix + keyText(keyNode, doc);
            const valueNode = config_yaml_resolve(pair.value, doc);
            if ((0,dist/* isMap */.jh)(valueNode)) {
                flatten(valueNode.items, `${key}.`);
                continue;
            }
            if (valueNode === null || ((0,dist/* isScalar */.jn)(valueNode) && valueNode.value === null)) {
                fail('null-value', `The value of '${key}' is empty (Value must not be null).`, keyOffset);
                continue;
            }
            const entry = {
                key,
                value: scalarValue(valueNode, doc),
                location: at(keyOffset),
                origin: 'file',
            };
            const valueOffset = pair.value?.range[0];
            if (valueOffset !== undefined) {
                const valueLocation = at(valueOffset);
                if (valueLocation.line !== entry.location.line)
                    entry.valueLocation = valueLocation;
            }
            const earlier = byKey.get(key);
            if (earlier) {
                earlier.overriddenBy = entry.location;
                problems.push({
                    code: 'duplicate-key',
                    message: `Key '${key}' is also set on line ${earlier.location.line}; this later value wins`,
                    location: entry.location,
                });
            }
            byKey.set(key, entry);
            entries.push(entry);
        }
    }
}
function config_yaml_firstLine(message) {
    const line = message.split('\n', 1)[0].trim();
    return line.endsWith('.') || line.endsWith(':') ? line.replace(/:$/, '.') : `${line}.`;
}
function config_yaml_resolve(node, doc) {
    let current = node;
    // toJS() already proved every alias resolves; follow chains of aliases to the anchored node.
    while (current && (0,dist/* isAlias */.Vj)(current))
        current = current.resolve(doc);
    return current ?? null;
}
function keyText(node, doc) {
    const resolved = config_yaml_resolve(node, doc);
    if (resolved === null)
        return '';
    if ((0,dist/* isScalar */.jn)(resolved))
        return valueText(resolved.value);
    return flowText(resolved, doc);
}
/** A typed scalar as Flink's `Configuration` keeps it; collections become their flow-style text. */
function scalarValue(node, doc) {
    if ((0,dist/* isScalar */.jn)(node)) {
        const v = node.value;
        if (typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean' || typeof v === 'string')
            return v;
        return String(v);
    }
    return flowText(node, doc);
}
function valueText(v) {
    if (typeof v === 'number')
        return (0,flink/* javaDoubleToString */.kx)(v);
    return String(v);
}
/** Flink stores sequences as their flow-style YAML text (`[a, b]`), re-parsed only by list options. */
function flowText(node, doc) {
    const resolved = config_yaml_resolve(node, doc);
    if (resolved === null)
        return 'null';
    if ((0,dist/* isSeq */.oP)(resolved))
        return `[${resolved.items.map((item) => flowText(item, doc)).join(', ')}]`;
    if ((0,dist/* isMap */.jh)(resolved)) {
        const pairs = resolved.items.map((p) => `${flowText(p.key, doc)}: ${flowText(p.value, doc)}`);
        return `{${pairs.join(', ')}}`;
    }
    if ((0,dist/* isScalar */.jn)(resolved)) {
        const v = resolved.value;
        if (typeof v === 'string')
            return (0,dist/* stringify */.As)(v, { lineWidth: 0 }).trimEnd();
        return v === null ? 'null' : valueText(v);
    }
    return '';
}

;// CONCATENATED MODULE: ./src/sources/formats/whole-file.ts






/** `flink-conf.yaml`, also as a template (`flink-conf.yaml.tpl`, `flink-conf.yaml.template`). */
function whole_file_isFlinkConfName(path) {
    return /(?:^|\/)flink-conf\.ya?ml(?:\.[\w-]+)?$/i.test(path);
}
const CONFIG_YAML_NAME = /(?:^|\/)config\.ya?ml$/i;
/** `flink-conf.yaml` is read by its name, whatever it holds. */
const FLINK_CONF_MARKERS = { name: whole_file_isFlinkConfName };
/**
 * A `config.yaml` is Flink's when one of its keys, flattened, sizes or names a process
 * (`isFlinkConfigYaml`: `taskmanager.`, `jobmanager.` or a memory key, `containerized.heap-cutoff-…`
 * among them): nested or flat, quoted or not, the first segment is in the text as it is.
 */
const CONFIG_YAML_MARKERS = { text: ['taskmanager', 'jobmanager', 'containerized'] };
/**
 * Which reader Flink would use for a file given as one configuration: by its name, else by its
 * content (nesting, lists or quoted YAML values mean the standard YAML `config.yaml`).
 */
function wholeFileFormat(name, text) {
    if (name && CONFIG_YAML_NAME.test(name))
        return 'config-yaml';
    if (name && whole_file_isFlinkConfName(name))
        return 'flink-conf';
    const yamlOnly = text.split(/\r?\n/).some((line) => {
        const code = line.replace(/#.*/, '');
        if (!code.trim())
            return false;
        return (/^\s+\S/.test(code) || /^\s*-\s/.test(code) || /:\s*["'[{]/.test(code) || /^[^:\s]+:$/.test(code.trim()));
    });
    return yamlOnly ? 'config-yaml' : 'flink-conf';
}
/**
 * Whether a YAML document is a Flink `config.yaml` (standard YAML, 1.19+): its keys are Flink's,
 * at least one sizes or names a process, and nothing is shaped like another tool's config
 * (Flink options never hold lists of mappings).
 */
function isFlinkConfigYaml(document, path) {
    const { doc, root } = document;
    if (!root || !(0,dist/* isMap */.jh)(root) || hasListOfMaps(document, root, 0))
        return false;
    const keys = mapItems(doc, root).map((i) => i.key);
    if (keys.length === 0)
        return false;
    const flat = flattenKeys(document, root, '', 0);
    // A `config.yaml` that sets Flink's own memory options is Flink's, whatever else it holds.
    if (CONFIG_YAML_NAME.test(path) && flat.some(flink/* isMemoryKey */.nt))
        return true;
    const known = keys.filter((k) => (0,flink/* isOptionNamespace */.fA)(k.split('.')[0])).length;
    if (known * 3 < keys.length * 2)
        return false;
    const processKeys = flat.filter((k) => /^(taskmanager|jobmanager)\./.test(k));
    if (processKeys.length === 0)
        return false;
    return CONFIG_YAML_NAME.test(path) || flat.some(flink/* isMemoryKey */.nt);
}
function hasListOfMaps(document, node, depth) {
    const value = resolve(document.doc, node);
    if (!value || depth > 64)
        return false;
    if ((0,dist/* isSeq */.oP)(value))
        return value.items.some((item) => (0,dist/* isMap */.jh)(resolve(document.doc, item)));
    if ((0,dist/* isMap */.jh)(value))
        return mapItems(document.doc, value).some((i) => hasListOfMaps(document, i.value, depth + 1));
    return false;
}
function flattenKeys(document, node, prefix, depth) {
    if (depth > 64)
        return [];
    return mapItems(document.doc, node).flatMap((i) => {
        const value = resolve(document.doc, i.value);
        return value && (0,dist/* isMap */.jh)(value)
            ? flattenKeys(document, value, `${prefix}${i.key}.`, depth + 1)
            : [`${prefix}${i.key}`];
    });
}
/** A file that is one Flink configuration, read by the reader Flink uses for its format. */
function loadWholeFile(path, text, kind, parsed) {
    const read = kind === 'config-yaml' ? readConfigYaml(text, path, identityMap, parsed) : readFlinkConf(text, path);
    return buildConfig({
        part: '0',
        kind,
        location: { file: path, line: 1, column: 1 },
        deployment: 'standalone',
        entries: read.entries,
        processes: ['jobmanager', 'taskmanager'],
        problems: read.problems,
        version: { format: kind },
    });
}

;// CONCATENATED MODULE: ./src/sources/formats/dockerfile-name.ts
/** `Dockerfile`, `Dockerfile.<variant>`, `<variant>.Dockerfile` (any case): read as text for the image it builds on. */
function dockerfile_name_isDockerfileName(name) {
    const base = name.slice(name.lastIndexOf('/') + 1);
    return /^(?:dockerfile(?:\.[\w.-]+)?|[\w.-]+\.dockerfile)$/i.test(base) && !/\.dockerignore$/i.test(base);
}

;// CONCATENATED MODULE: ./src/sources/kubernetes-quantity.ts
/** Kubernetes quantity suffixes: binary powers of 1024, decimal SI powers of 1000. */
const SUFFIXES = {
    Ki: { base: 2n, exponent: 10 },
    Mi: { base: 2n, exponent: 20 },
    Gi: { base: 2n, exponent: 30 },
    Ti: { base: 2n, exponent: 40 },
    Pi: { base: 2n, exponent: 50 },
    Ei: { base: 2n, exponent: 60 },
    n: { base: 10n, exponent: -9 },
    u: { base: 10n, exponent: -6 },
    m: { base: 10n, exponent: -3 },
    '': { base: 10n, exponent: 0 },
    k: { base: 10n, exponent: 3 },
    M: { base: 10n, exponent: 6 },
    G: { base: 10n, exponent: 9 },
    T: { base: 10n, exponent: 12 },
    P: { base: 10n, exponent: 15 },
    E: { base: 10n, exponent: 18 },
};
const QUANTITY = /^([+-]?(?:\d+\.?\d*|\.\d+))((?:[KMGTPE]i)|[numkMGTPE]|[eE][+-]?\d+)?$/;
/** fabric8 computes suffix multipliers with `BigDecimal.pow(n, MathContext.DECIMAL64)`: 16 digits. */
const DECIMAL64_DIGITS = 16;
function parseDecimal(text) {
    const [whole, fraction = ''] = text.replace(/^\+/, '').split('.');
    return {
        unscaled: BigInt(`${whole === '' || whole === '-' ? `${whole}0` : whole}${fraction}`),
        scale: fraction.length,
    };
}
function roundToDigits(d, digits) {
    const negative = d.unscaled < 0n;
    let unscaled = negative ? -d.unscaled : d.unscaled;
    let scale = d.scale;
    const excess = unscaled.toString().length - digits;
    if (excess > 0) {
        const divisor = 10n ** BigInt(excess);
        const quotient = unscaled / divisor;
        const remainder = unscaled % divisor;
        const twice = remainder * 2n;
        const up = twice > divisor || (twice === divisor && quotient % 2n === 1n);
        unscaled = quotient + (up ? 1n : 0n);
        scale -= excess;
    }
    return { unscaled: negative ? -unscaled : unscaled, scale };
}
function multiplier(base, exponent) {
    if (exponent === 0)
        return { unscaled: 1n, scale: 0 };
    if (exponent < 0)
        return { unscaled: 1n, scale: -exponent };
    return roundToDigits({ unscaled: base ** BigInt(exponent), scale: 0 }, DECIMAL64_DIGITS);
}
/** `BigDecimal.toString()`: plain digits, or scientific notation when the exponent is out of range. */
function decimalToString(d) {
    const negative = d.unscaled < 0n;
    const digits = (negative ? -d.unscaled : d.unscaled).toString();
    const sign = negative ? '-' : '';
    const adjusted = digits.length - 1 - d.scale;
    if (d.scale >= 0 && adjusted >= -6) {
        if (d.scale === 0)
            return sign + digits;
        const padded = digits.padStart(d.scale + 1, '0');
        return `${sign}${padded.slice(0, padded.length - d.scale)}.${padded.slice(padded.length - d.scale)}`;
    }
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
}
function parseQuantity(text) {
    const match = QUANTITY.exec(text);
    if (!match)
        return undefined;
    const amount = parseDecimal(match[1]);
    const suffix = match[2] ?? '';
    const factor = /^[eE][+-]?\d+$/.test(suffix)
        ? multiplier(10n, Number(suffix.slice(1)))
        : multiplier(SUFFIXES[suffix].base, SUFFIXES[suffix].exponent);
    return { unscaled: amount.unscaled * factor.unscaled, scale: amount.scale + factor.scale };
}
/**
 * The text the Kubernetes operator stores for a quantity it could not read as a Flink memory size
 * (spec §9.3 step 2): whitespace removed, upper-cased, a trailing `B` dropped, `I` → `i`, then the
 * fabric8 `Quantity` amount as `BigDecimal.toString()`. Undefined when it is no quantity at all.
 */
function operatorQuantityText(memory) {
    let s = memory.trim().replace(/\s+/g, '').toUpperCase();
    if (s.endsWith('B'))
        s = s.slice(0, -1);
    if (s.endsWith('I'))
        s = `${s.slice(0, -1)}i`;
    // Upper-casing turned the lower-case suffixes (k, m, n, u) into others; fabric8 sees the same.
    const amount = parseQuantity(s);
    return amount && decimalToString(amount);
}
/** A Kubernetes memory quantity (`4Gi`, `1500M`, `2048Mi`) in bytes, rounded up; undefined if invalid. */
function quantityBytes(text) {
    const amount = parseQuantity(text.trim());
    if (!amount || amount.unscaled < 0n)
        return undefined;
    if (amount.scale <= 0)
        return amount.unscaled * 10n ** BigInt(-amount.scale);
    const divisor = 10n ** BigInt(amount.scale);
    return (amount.unscaled + divisor - 1n) / divisor;
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-properties.ts


const FLINK_PROPERTIES = 'FLINK_PROPERTIES';
/**
 * A `FLINK_PROPERTIES` value: the Flink image's entrypoint appends it, line by line, to the image's
 * configuration file, so it is read as `flink-conf.yaml` lines that win over the file.
 */
function readFlinkProperties(yaml, node) {
    const result = readFlinkConf(String(node.value), yaml.file, embeddedPositionMap(yaml, node));
    return {
        entries: result.entries.map((entry) => ({ ...entry, origin: 'environment' })),
        problems: result.problems,
    };
}

;// CONCATENATED MODULE: ./src/sources/formats/kubernetes-facts.ts



/** Where each workload kind keeps its pod spec (CronJob: its `jobTemplate`). */
const POD_SPEC_PATHS = {
    Pod: ['spec'],
    Deployment: ['spec', 'template', 'spec'],
    StatefulSet: ['spec', 'template', 'spec'],
    DaemonSet: ['spec', 'template', 'spec'],
    ReplicaSet: ['spec', 'template', 'spec'],
    Job: ['spec', 'template', 'spec'],
    CronJob: ['spec', 'jobTemplate', 'spec', 'template', 'spec'],
};
/** Kubernetes puts a resource without `metadata.namespace` in the namespace it is applied to: `default` unless told. */
const DEFAULT_NAMESPACE = 'default';
function namespaceOf(document) {
    const { doc, root } = document;
    const text = scalarText(doc, getPath(doc, root, 'metadata', 'namespace'));
    return text && !text.unresolved && text.text !== '' ? text.text : DEFAULT_NAMESPACE;
}
const kubernetes_facts_text = (document, node, ...path) => {
    const scalar = scalarText(document.doc, getPath(document.doc, node, ...path));
    return scalar && !scalar.unresolved ? scalar.text : undefined;
};
/**
 * The arguments of Flink's image entrypoint that start one process (flink-docker
 * `docker-entrypoint.sh`: `jobmanager`, `standalone-job` run the JobManager, `taskmanager` a
 * TaskManager), and the scripts behind them (`bin/jobmanager.sh start-foreground`).
 */
const ROLE_WORDS = [
    [/^(?:.*\/)?(?:jobmanager|standalone-job)(?:\.sh)?$/, 'jobmanager'],
    [/^(?:.*\/)?taskmanager(?:\.sh)?$/, 'taskmanager'],
];
/** Which process a container runs, and why: its arguments first, then its own name, then its workload's. */
function containerRole(args, names) {
    for (const arg of args)
        for (const word of arg.split(/\s+/))
            for (const [pattern, role] of ROLE_WORDS)
                if (pattern.test(word))
                    return { role, why: `from args ${word}` };
    for (const { what, name } of names) {
        const lower = (name ?? '').toLowerCase();
        const jm = /job-?manager/.test(lower);
        const tm = /task-?manager/.test(lower);
        if (jm !== tm)
            return { role: jm ? 'jobmanager' : 'taskmanager', why: `from the ${what} ${name}` };
    }
    return { role: 'both', why: 'not named by its args or names: both processes assumed' };
}
function quantity(yaml, document, container, kind) {
    const item = getItem(document.doc, getPath(document.doc, container, 'resources', kind), 'memory');
    const scalar = item && scalarText(document.doc, item.value);
    const bytes = scalar && !scalar.unresolved ? quantityBytes(scalar.text) : undefined;
    if (!item || !scalar || bytes === undefined)
        return undefined;
    const at = locationOf(yaml, item.value);
    const q = {
        bytes,
        text: scalar.text,
        evidence: { file: at.file, line: at.line, text: `resources.${kind}.memory` },
        column: at.column,
    };
    return q;
}
/** The containers of one workload document and the ConfigMaps each reads: mounted, or in its environment. */
function workloadContainerFacts(yaml, document) {
    const { doc, root } = document;
    const kind = kubernetes_facts_text(document, root ?? null, 'kind') ?? '';
    const path = POD_SPEC_PATHS[kind];
    if (!path || !root)
        return [];
    const workload = kubernetes_facts_text(document, root, 'metadata', 'name');
    const namespace = namespaceOf(document);
    const podSpec = getPath(doc, root, ...path);
    const replicas = kubernetes_facts_text(document, root, 'spec', 'replicas');
    // Volume name → the ConfigMap (and the keys it projects, where `items` lists them).
    const volumes = new Map();
    for (const volume of seqItems(doc, getPath(doc, podSpec, 'volumes'))) {
        const volumeName = kubernetes_facts_text(document, volume, 'name');
        if (volumeName === undefined)
            continue;
        const sources = [
            getPath(doc, volume, 'configMap'),
            ...seqItems(doc, getPath(doc, volume, 'projected', 'sources')).map((s) => getPath(doc, s, 'configMap')),
        ];
        const maps = sources.flatMap((source) => {
            const name = kubernetes_facts_text(document, source, 'name');
            if (name === undefined)
                return [];
            const items = seqItems(doc, getPath(doc, source, 'items'));
            const keys = items.map((i) => kubernetes_facts_text(document, i, 'key')).filter((k) => k !== undefined);
            return [items.length > 0 ? { name, keys } : { name }];
        });
        if (maps.length > 0)
            volumes.set(volumeName, maps);
    }
    const containers = [
        ...seqItems(doc, getPath(doc, podSpec, 'containers')),
        // An init container runs no Flink process: it is not linked.
    ];
    return containers.map((container) => {
        const name = kubernetes_facts_text(document, container, 'name');
        const mounts = seqItems(doc, getPath(doc, container, 'volumeMounts')).flatMap((mount) => volumes.get(kubernetes_facts_text(document, mount, 'name') ?? '') ?? []);
        const envFrom = [
            ...seqItems(doc, getPath(doc, container, 'envFrom')).flatMap((from) => {
                const map = kubernetes_facts_text(document, from, 'configMapRef', 'name');
                return map === undefined ? [] : [{ name: map, key: FLINK_PROPERTIES }];
            }),
            ...seqItems(doc, getPath(doc, container, 'env')).flatMap((variable) => {
                if (kubernetes_facts_text(document, variable, 'name') !== FLINK_PROPERTIES)
                    return [];
                const map = kubernetes_facts_text(document, variable, 'valueFrom', 'configMapKeyRef', 'name');
                const key = kubernetes_facts_text(document, variable, 'valueFrom', 'configMapKeyRef', 'key');
                return map === undefined || key === undefined ? [] : [{ name: map, key }];
            }),
        ];
        const words = (field) => seqItems(doc, getPath(doc, container, field)).map((n) => kubernetes_facts_text(document, n) ?? '');
        const { role, why } = containerRole([...words('command'), ...words('args')], [
            { what: 'container name', name },
            { what: `${kind} name`, name: workload },
        ]);
        const at = locationOf(yaml, container);
        const linked = {
            kind,
            name: [workload, 'container', name].filter((w) => w !== undefined).join(' '),
            at: { file: at.file, line: at.line, text: `container ${name ?? ''}`.trim() },
            role,
            roleReason: why,
        };
        const limit = quantity(yaml, document, container, 'limits');
        const request = quantity(yaml, document, container, 'requests');
        if (limit)
            linked.limit = limit;
        if (request)
            linked.request = request;
        const imageNode = getPath(doc, container, 'image');
        const image = kubernetes_facts_text(document, imageNode);
        if (image) {
            const where = locationOf(yaml, imageNode);
            linked.image = image;
            linked.imageEvidence = { file: where.file, line: where.line, text: `image: ${image}` };
        }
        if (replicas && /^\d+$/.test(replicas))
            linked.replicas = Number(replicas);
        return { namespace, mounts, envFrom, container: linked };
    });
}

;// CONCATENATED MODULE: ./src/sources/formats/kubernetes-workload.ts





function isWorkload(kind) {
    return kind in POD_SPEC_PATHS;
}
/** The containers of a Deployment, StatefulSet, Pod, Job...: process, limit, mounted ConfigMaps. */
function workloadContainers(yaml, document) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
    const path = POD_SPEC_PATHS[kind];
    if (!path)
        return [];
    const workload = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text ?? kind;
    const podSpec = getPath(doc, root, ...path);
    const replicasText = scalarText(doc, getPath(doc, root, 'spec', 'replicas'))?.text;
    const configMaps = seqItems(doc, getPath(doc, podSpec, 'volumes'))
        .map((volume) => scalarText(doc, getPath(doc, volume, 'configMap', 'name'))?.text)
        .filter((name) => name !== undefined);
    return seqItems(doc, getPath(doc, podSpec, 'containers')).map((container) => {
        const name = scalarText(doc, getPath(doc, container, 'name'))?.text;
        const words = [
            workload,
            name ?? '',
            ...seqItems(doc, getPath(doc, container, 'args')).map((n) => scalarText(doc, n)?.text ?? ''),
            ...seqItems(doc, getPath(doc, container, 'command')).map((n) => scalarText(doc, n)?.text ?? ''),
            ...seqItems(doc, getPath(doc, container, 'env'))
                .filter((e) => /^(ROLE|COMPONENT|FLINK_ROLE)$/.test(scalarText(doc, getPath(doc, e, 'name'))?.text ?? ''))
                .map((e) => scalarText(doc, getPath(doc, e, 'value'))?.text ?? ''),
        ];
        const limitItem = getItem(doc, getPath(doc, container, 'resources', 'limits'), 'memory');
        const limitText = limitItem && scalarText(doc, limitItem.value);
        const bytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
        const requestText = scalarText(doc, getPath(doc, container, 'resources', 'requests', 'memory'));
        const requestBytes = requestText && !requestText.unresolved ? quantityBytes(requestText.text) : undefined;
        return {
            workload,
            kind,
            container,
            name,
            image: scalarText(doc, getPath(doc, container, 'image'))?.text,
            process: processOf(words),
            limit: limitText && bytes !== undefined
                ? {
                    bytes,
                    text: limitText.text,
                    source: `${kind} ${workload} container ${name ?? ''} resources.limits.memory`.replace('  ', ' '),
                    location: locationOf(yaml, limitItem.value),
                    ...(requestBytes !== undefined ? { requestBytes } : {}),
                }
                : undefined,
            replicas: replicasText && /^\d+$/.test(replicasText) ? Number(replicasText) : undefined,
            configMaps,
        };
    });
}
/** Which Flink process a container runs, from words such as `taskmanager`, `standalone-job`, `worker`. */
function processOf(words) {
    const text = words.join(' ').toLowerCase();
    if (/task-?manager|\bworker\b/.test(text))
        return 'taskmanager';
    if (/job-?manager|standalone-job|\bmaster\b/.test(text))
        return 'jobmanager';
    return undefined;
}
/** A container's `env` names `FLINK_PROPERTIES`. */
const WORKLOAD_MARKERS = { text: [FLINK_PROPERTIES] };
/** One config per container that sets `FLINK_PROPERTIES` in its environment. */
function loadWorkload(document, { yaml }) {
    const { doc } = document;
    const configs = [];
    for (const c of workloadContainers(yaml, document)) {
        const variable = seqItems(doc, getPath(doc, c.container, 'env')).find((e) => scalarText(doc, getPath(doc, e, 'name'))?.text === FLINK_PROPERTIES);
        const value = variable && getPath(doc, variable, 'value');
        if (!variable || !isStringScalar(doc, value))
            continue;
        const problems = [];
        const read = readFlinkProperties(yaml, value);
        problems.push(...read.problems);
        const env = {};
        for (const e of seqItems(doc, getPath(doc, c.container, 'env'))) {
            const name = scalarText(doc, getPath(doc, e, 'name'))?.text;
            const text = scalarText(doc, getPath(doc, e, 'value'))?.text;
            if (name && text !== undefined && name !== FLINK_PROPERTIES)
                env[name] = text;
        }
        const processes = c.process ? [c.process] : ['jobmanager', 'taskmanager'];
        configs.push(buildConfig({
            part: `${document.index}/${c.name ?? configs.length}`,
            kind: 'kubernetes-workload',
            location: locationOf(yaml, c.container),
            name: `${c.workload}/${c.name ?? ''}`,
            // The image's entrypoint starts the process with Flink's standalone scripts.
            deployment: 'standalone',
            entries: read.entries,
            appendsToImageConf: locationOf(yaml, variable),
            processes,
            container: containerLimits(Object.fromEntries(processes.map((p) => [p, c.limit]))),
            replicas: c.replicas !== undefined && c.process ? { [c.process]: c.replicas } : undefined,
            image: c.image,
            env,
            problems,
            version: { images: c.image ? [c.image] : [], format: 'none' },
        }));
    }
    return configs;
}
function metadataAnnotations(document) {
    const { doc, root } = document;
    const annotations = {};
    for (const item of mapItems(doc, getPath(doc, root, 'metadata', 'annotations'))) {
        const value = scalarText(doc, item.value);
        if (value)
            annotations[item.key] = value.text;
    }
    return annotations;
}

;// CONCATENATED MODULE: ./src/sources/formats/configmap.ts







/** ConfigMap keys that hold a Flink configuration, and how Flink reads each. */
const EMBEDDED_FORMATS = {
    'flink-conf.yaml': 'flink-conf',
    'config.yaml': 'config-yaml',
    [FLINK_PROPERTIES]: 'properties',
};
/** It has one of the keys above under `data`. */
const CONFIGMAP_MARKERS = { text: Object.keys(EMBEDDED_FORMATS) };
function isFlinkConfigMap(document) {
    const { doc, root } = document;
    return mapItems(doc, getPath(doc, root, 'data')).some((item) => item.key in EMBEDDED_FORMATS);
}
/**
 * A ConfigMap embedding `flink-conf.yaml`, `config.yaml` or `FLINK_PROPERTIES` text, one config per
 * key. The link stage gives it the containers that mount it, in this file or elsewhere.
 */
function loadConfigMap(document, file) {
    const { yaml } = file;
    const { doc, root } = document;
    const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text;
    const namespace = namespaceOf(document);
    const configs = [];
    for (const item of mapItems(doc, getPath(doc, root, 'data'))) {
        const format = EMBEDDED_FORMATS[item.key];
        if (!format || !isStringScalar(doc, item.value))
            continue;
        const node = item.value;
        const problems = [];
        const text = String(node.value);
        const map = embeddedPositionMap(yaml, node);
        const read = format === 'properties'
            ? readFlinkProperties(yaml, node)
            : format === 'config-yaml'
                ? readConfigYaml(text, yaml.file, map)
                : readFlinkConf(text, yaml.file, map);
        problems.push(...read.problems);
        configs.push(buildConfig({
            part: `${document.index}/${item.key}`,
            kind: 'configmap',
            location: locationOf(yaml, item.keyNode),
            name: name ? `${name}/${item.key}` : item.key,
            // Pods mounting a ConfigMap start Flink with its standalone scripts (the image entrypoint).
            deployment: 'standalone',
            entries: read.entries,
            appendsToImageConf: format === 'properties' ? locationOf(yaml, item.keyNode) : undefined,
            // The containers that mount it say which processes it starts (the link stage); else its name.
            processes: processOf([name ?? '']) ? [processOf([name ?? ''])] : ['jobmanager', 'taskmanager'],
            annotations: metadataAnnotations(document),
            problems,
            version: { images: [], format: format === 'properties' ? 'none' : format },
            kubernetes: name === undefined ? { namespace } : { namespace, configMap: { name, key: item.key } },
        }));
    }
    return configs;
}

;// CONCATENATED MODULE: ./src/sources/formats/docker-compose.ts






/** A compose file: a `services` mapping whose services name an image or a build. */
function isComposeDocument(document) {
    const { doc, root } = document;
    const services = mapItems(doc, getPath(doc, root, 'services'));
    return (services.length > 0 &&
        services.some((s) => getPath(doc, s.value, 'image') !== null || getPath(doc, s.value, 'build') !== null));
}
/** Docker's byte units for `mem_limit` and `deploy.resources.limits.memory`: b, k, m, g (binary). */
const DOCKER_UNITS = {
    '': 1n,
    b: 1n,
    k: 1n << 10n,
    m: 1n << 20n,
    g: 1n << 30n,
    t: 1n << 40n,
};
function dockerBytes(text) {
    const match = /^(\d+)(?:\.(\d+))?\s*([bkmgt]?)b?$/i.exec(text.trim());
    if (!match)
        return undefined;
    const unit = DOCKER_UNITS[match[3].toLowerCase()];
    const fraction = match[2] ?? '';
    const scaled = BigInt(match[1] + fraction) * unit;
    return scaled / 10n ** BigInt(fraction.length);
}
/** `FLINK_PROPERTIES` from `environment` in map form or list form (`- FLINK_PROPERTIES=...`). */
function flinkProperties(yaml, document, service) {
    const { doc } = document;
    const environment = getPath(doc, service, 'environment');
    const item = getItem(doc, environment, FLINK_PROPERTIES);
    if (item) {
        if (!isStringScalar(doc, item.value))
            return undefined;
        const node = resolve(doc, item.value);
        const read = readFlinkConf(String(node.value), yaml.file, embeddedPositionMap(yaml, node));
        return { ...read, entries: asEnvironment(read.entries), location: locationOf(yaml, item.keyNode) };
    }
    const prefix = `${FLINK_PROPERTIES}=`;
    for (const node of seqItems(doc, environment)) {
        if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.value.startsWith(prefix))
            continue;
        const base = embeddedPositionMap(yaml, node);
        const read = readFlinkConf(node.value.slice(prefix.length), yaml.file, (line, column) => base(line, line === 1 ? column + prefix.length : column));
        return { ...read, entries: asEnvironment(read.entries), location: locationOf(yaml, node) };
    }
    return undefined;
}
/**
 * The service's environment variables besides `FLINK_PROPERTIES`, each with the line it is written
 * on, in map form (`JVM_ARGS: -Xmx2g`) or list form (`- JVM_ARGS=-Xmx2g`). A variable without a
 * value (`- JVM_ARGS`) is taken from the host: nothing in the file says what it holds.
 */
function environment(yaml, document, service) {
    const { doc } = document;
    const node = getPath(doc, service, 'environment');
    const found = { values: {}, locations: {} };
    const set = (name, value, at) => {
        if (name === FLINK_PROPERTIES)
            return;
        found.values[name] = value;
        found.locations[name] = locationOf(yaml, at);
    };
    for (const item of mapItems(doc, node)) {
        const text = scalarText(doc, item.value);
        if (text)
            set(item.key, text.text, item.keyNode);
    }
    for (const item of seqItems(doc, node)) {
        const text = scalarText(doc, item)?.text;
        const eq = text?.indexOf('=') ?? -1;
        if (text && eq > 0)
            set(text.slice(0, eq), text.slice(eq + 1), item);
    }
    return found;
}
function asEnvironment(entries) {
    return entries.map((entry) => ({ ...entry, origin: 'environment' }));
}
function memoryLimit(yaml, document, service) {
    const { doc } = document;
    for (const path of [['deploy', 'resources', 'limits', 'memory'], ['mem_limit']]) {
        const node = getPath(doc, service, ...path);
        const text = scalarText(doc, node);
        const bytes = text && !text.unresolved ? dockerBytes(text.text) : undefined;
        if (text && bytes !== undefined)
            return { bytes, text: text.text, source: path.join('.'), location: locationOf(yaml, node) };
    }
    return undefined;
}
function words(document, node) {
    const { doc } = document;
    const single = scalarText(doc, node);
    if (single)
        return [single.text];
    return seqItems(doc, node).map((n) => scalarText(doc, n)?.text ?? '');
}
/** A service's `environment` names `FLINK_PROPERTIES` (map or list form). */
const COMPOSE_MARKERS = { text: [FLINK_PROPERTIES] };
/** One config per service whose environment sets `FLINK_PROPERTIES`. */
function loadCompose(document, { yaml }) {
    const { doc, root } = document;
    const configs = [];
    const services = mapItems(doc, getPath(doc, root, 'services'));
    const images = services
        .map((s) => scalarText(doc, getPath(doc, s.value, 'image')))
        .filter((i) => i && !i.unresolved)
        .map((i) => i.text);
    for (const service of services) {
        const properties = flinkProperties(yaml, document, service.value);
        if (!properties)
            continue;
        const command = words(document, getPath(doc, service.value, 'command'));
        const process = processOf(command.length > 0 ? command : [service.key]);
        // A service that runs no Flink process (a SQL client, a job submitter) sizes nothing.
        const processes = process ? [process] : [];
        const image = scalarText(doc, getPath(doc, service.value, 'image'));
        const limit = memoryLimit(yaml, document, service.value);
        const replicasText = scalarText(doc, getPath(doc, service.value, 'deploy', 'replicas'))?.text ??
            scalarText(doc, getPath(doc, service.value, 'scale'))?.text;
        const env = environment(yaml, document, service.value);
        configs.push(buildConfig({
            part: `${document.index}/${service.key}`,
            kind: 'docker-compose',
            location: locationOf(yaml, service.keyNode),
            name: service.key,
            deployment: 'standalone',
            entries: properties.entries,
            appendsToImageConf: properties.location,
            processes,
            container: containerLimits(Object.fromEntries(processes.map((p) => [p, limit]))),
            replicas: process && replicasText && /^\d+$/.test(replicasText)
                ? { [process]: Number(replicasText) }
                : undefined,
            image: image?.text,
            env: env.values,
            envLocations: env.locations,
            problems: properties.problems,
            version: {
                images: [...(image && !image.unresolved ? [image.text] : []), ...images],
                format: 'none',
            },
        }));
    }
    return configs;
}

;// CONCATENATED MODULE: ./src/sources/formats/operator-memory.ts


/**
 * The Kubernetes operator's `parseResourceMemoryString` (spec §9.3): a Flink memory size where the
 * text is one (`2048m` → `2 gb`: `m` is MiB), else the Kubernetes quantity's amount in bytes.
 */
function operatorMemory(text, process) {
    try {
        const bytes = (0,flink/* parseMemorySize */.vq)(text);
        return { value: (0,flink/* memorySizeToString */.Vh)(bytes), bytes };
    }
    catch {
        const value = operatorQuantityText(text);
        if (value === undefined) {
            return {
                value: text,
                error: `${process} resource memory parse error: '${text}' is not a valid quantity`,
            };
        }
        try {
            return { value, bytes: (0,flink/* parseMemorySize */.vq)(value) };
        }
        catch (err) {
            return { value, error: `${process} resource memory parse error: ${err.message}` };
        }
    }
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-deployment.ts








const OPERATOR_API_GROUP = 'flink.apache.org/';
/** Its resources name the operator's API group in `apiVersion`. */
const OPERATOR_MARKERS = { text: [OPERATOR_API_GROUP] };
const OPERATOR_KINDS = {
    FlinkDeployment: 'flinkdeployment',
    FlinkSessionJob: 'flinksessionjob',
};
const PROCESS_SPECS = [
    { process: 'jobmanager', field: 'jobManager', label: 'JobManager' },
    { process: 'taskmanager', field: 'taskManager', label: 'TaskManager' },
];
/**
 * The operator's health probes: resources labelled `flink.apache.org/canary: "true"` (any case) start
 * no cluster (flink-kubernetes-operator `health/CanaryResourceManager.java`, `isCanaryResource`).
 */
const CANARY_LABEL = 'flink.apache.org/canary';
function isCanaryResource(document) {
    const { doc, root } = document;
    return (scalarText(doc, getPath(doc, root, 'metadata', 'labels', CANARY_LABEL))?.text.toLowerCase() === 'true');
}
/** Whether a document is one of the Kubernetes operator's resources this tool reads. */
function isOperatorResource(document) {
    const { doc, root } = document;
    const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
    return apiVersion.startsWith(OPERATOR_API_GROUP) && kind in OPERATOR_KINDS;
}
/**
 * A `FlinkDeployment` or `FlinkSessionJob` as the operator turns it into a Flink configuration:
 * `spec.flinkConfiguration` flattened to strings, then `resource.memory` / `resources` written over
 * `*.memory.process.size` (spec §9).
 */
function loadFlinkDeployment(document, file) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    return loadOperatorSpec(document, file, kind);
}
/** A resource whose `spec` is the operator's FlinkDeployment or FlinkSessionJob spec, read as that kind. */
function loadOperatorSpec(document, { yaml }, kind) {
    const { doc, root } = document;
    const spec = getPath(doc, root, 'spec');
    const problems = [];
    const entries = flinkConfiguration(yaml, document, getPath(doc, spec, 'flinkConfiguration'), problems);
    const container = {};
    const podTemplateLimits = {};
    const replicas = {};
    const isDeployment = kind === 'FlinkDeployment';
    for (const { process, field, label } of isDeployment ? PROCESS_SPECS : []) {
        const processSpec = getPath(doc, spec, field);
        const memory = resourceMemory(yaml, document, processSpec);
        if (memory) {
            const converted = memory.unresolved ? { value: memory.text } : operatorMemory(memory.text, label);
            if (converted.error) {
                problems.push({ code: 'operator-rejected', message: converted.error, location: memory.location });
            }
            const key = `${process}.memory.process.size`;
            const entry = { key, value: converted.value, location: memory.location, origin: 'operator' };
            if (memory.unresolved)
                entry.unresolved = true;
            entries.push(entry);
            const requestBytes = memory.requestBytes ?? converted.bytes;
            if (memory.limit && requestBytes !== undefined && requestBytes > 0n) {
                // Both a request and a limit: the operator sets the limit factor to limit / request.
                const factor = Number(memory.limit.bytes) / Number(requestBytes);
                entries.push({
                    key: `kubernetes.${process}.memory.limit-factor`,
                    value: (0,flink/* javaDoubleToString */.kx)(factor),
                    location: memory.limit.location ?? memory.location,
                    origin: 'operator',
                });
            }
            else if (converted.bytes !== undefined) {
                container[process] = podLimit(converted.bytes, entries, process, memory);
            }
        }
        const template = podTemplateLimit(yaml, document, processSpec, `spec.${field}.podTemplate`) ??
            podTemplateLimit(yaml, document, spec, 'spec.podTemplate');
        if (template)
            podTemplateLimits[process] = template;
        // Without the operator's memory the template's limit stands in, for pod-template-memory-ignored.
        const limit = memory?.limit ?? template;
        if (limit && !container[process])
            container[process] = limit;
        const count = scalarText(doc, getPath(doc, processSpec, 'replicas'));
        if (count && /^\d+$/.test(count.text))
            replicas[process] = Number(count.text);
    }
    const specVersion = scalarText(doc, getPath(doc, spec, 'flinkVersion'));
    if (specVersion && !/^v\d+_\d+$/.test(specVersion.text)) {
        problems.push({
            code: 'other',
            message: `spec.flinkVersion '${specVersion.text}' is not a version the operator accepts (written like v1_20)`,
            location: locationOf(yaml, getPath(doc, spec, 'flinkVersion')),
        });
    }
    const image = scalarText(doc, getPath(doc, spec, 'image'))?.text;
    const annotations = metadataAnnotations(document);
    const job = jobSpec(yaml, document, getItem(doc, spec, 'job'));
    const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text;
    const kubernetes = { namespace: namespaceOf(document) };
    if (isDeployment && name !== undefined)
        kubernetes.flinkDeployment = name;
    const deploymentName = getPath(doc, spec, 'deploymentName');
    const target = scalarText(doc, deploymentName);
    if (!isDeployment && target && !target.unresolved)
        kubernetes.sessionJobOf = { name: target.text, location: locationOf(yaml, deploymentName) };
    return [
        buildConfig({
            part: String(document.index),
            kind: OPERATOR_KINDS[kind],
            location: locationOf(yaml, root),
            name,
            deployment: 'kubernetes',
            entries,
            processes: isDeployment ? ['jobmanager', 'taskmanager'] : [],
            container: containerLimits(container),
            podTemplateLimits: containerLimits(podTemplateLimits),
            replicas,
            // The operator deploys an application cluster for `spec.job`, a session cluster without it
            // (FlinkConfigBuilder.applyJobOrSessionSpec).
            clusterMode: isDeployment ? (job ? 'application' : 'session') : undefined,
            job,
            image,
            annotations,
            problems,
            version: { specVersion: specVersion?.text, images: image ? [image] : [], format: 'none' },
            kubernetes,
        }),
    ];
}
/** `spec.job` as written: what the operator hands Flink about the job (parallelism, program arguments). */
function jobSpec(yaml, document, item) {
    const { doc } = document;
    const node = item?.value;
    if (!item || !node || !(0,dist/* isMap */.jh)(node))
        return undefined;
    const text = (field) => {
        const scalar = scalarText(doc, getPath(doc, node, field));
        return scalar && !scalar.unresolved ? scalar.text : undefined;
    };
    const parallelism = text('parallelism');
    const job = {
        location: locationOf(yaml, item.keyNode),
        args: seqItems(doc, getPath(doc, node, 'args')).map((item) => scalarText(doc, item)?.text ?? ''),
    };
    if (parallelism && /^\d+$/.test(parallelism))
        job.parallelism = Number(parallelism);
    for (const field of ['entryClass', 'jarURI', 'upgradeMode']) {
        const value = text(field);
        if (value !== undefined)
            job[field] = value;
    }
    return job;
}
/**
 * `spec.flinkConfiguration`, flat or nested, flattened as the operator does (1.13+): nested keys
 * joined with `.`, arrays joined with `;`, every scalar as its text.
 */
function flinkConfiguration(yaml, document, node, problems) {
    const { doc } = document;
    const entries = [];
    const visit = (map, prefix) => {
        for (const item of mapItems(doc, map)) {
            const key = prefix + item.key;
            const location = locationOf(yaml, item.keyNode);
            const value = resolve(doc, item.value);
            const template = scalarText(doc, value);
            if (value && (0,dist/* isMap */.jh)(value) && !template) {
                visit(value, `${key}.`);
                continue;
            }
            const entry = { key, value: operatorText(yaml, document, value), location, origin: 'file' };
            if (template?.unresolved) {
                entry.unresolved = true;
                problems.push({
                    code: 'unresolved-template',
                    message: `'${key}' is a template placeholder: ${template.text}`,
                    location,
                });
            }
            entries.push(entry);
        }
    };
    visit(node, '');
    return entries;
}
/** Jackson's `asText()` of a value, the way the operator stores each flattened entry. */
function operatorText(yaml, document, node) {
    const { doc } = document;
    if (!node)
        return 'null';
    if ((0,dist/* isSeq */.oP)(node))
        return seqItems(doc, node)
            .map((item) => operatorText(yaml, document, item))
            .join(';');
    if ((0,dist/* isScalar */.jn)(node)) {
        const value = node.value;
        if (value === null || value === undefined)
            return 'null';
        if (typeof value === 'number')
            return (0,flink/* javaDoubleToString */.kx)(value);
        return scalarString(value) ?? 'null';
    }
    return scalarText(doc, node)?.text ?? '';
}
/**
 * The pod memory limit Flink's Kubernetes integration sets: the process size in whole MiB times
 * `kubernetes.<process>.memory.limit-factor` (default 1), truncated to MiB.
 */
function podLimit(bytes, entries, process, memory) {
    const factorEntry = [...entries]
        .reverse()
        .find((e) => e.key === `kubernetes.${process}.memory.limit-factor`);
    const factor = factorEntry ? Number(String(factorEntry.value)) : 1;
    const mib = bytes >> 20n;
    const limitMib = Number.isFinite(factor) && factor >= 1 ? BigInt(Math.floor(Number(mib) * factor)) : mib;
    const source = factor !== 1 && factorEntry
        ? `${memory.source} × limit-factor ${String(factorEntry.value)}`
        : memory.source;
    return {
        bytes: limitMib << 20n,
        text: memory.text,
        source,
        location: memory.location,
        requestBytes: mib << 20n,
    };
}
/**
 * The memory the operator applies: `resources` (newer, wins when it has a request or a limit; the
 * request, else the limit) or the deprecated `resource.memory`.
 */
function resourceMemory(yaml, document, processSpec) {
    const { doc } = document;
    const field = processSpec ? getItem(doc, processSpec, 'resources') : undefined;
    const request = getItem(doc, getPath(doc, processSpec, 'resources', 'requests'), 'memory');
    const limit = getItem(doc, getPath(doc, processSpec, 'resources', 'limits'), 'memory');
    const chosen = request ?? limit;
    const chosenText = chosen && scalarText(doc, chosen.value);
    if (field && chosen && chosenText) {
        const limitText = limit && scalarText(doc, limit.value);
        const limitBytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
        const which = chosen === request ? 'requests' : 'limits';
        return {
            text: chosenText.text,
            unresolved: chosenText.unresolved,
            source: `resources.${which}.memory`,
            location: locationOf(yaml, chosen.value),
            limit: limitText && limitBytes !== undefined
                ? {
                    bytes: limitBytes,
                    text: limitText.text,
                    source: 'resources.limits.memory',
                    location: locationOf(yaml, limit.value),
                }
                : undefined,
            requestBytes: request && limit && !chosenText.unresolved ? quantityBytes(chosenText.text) : undefined,
        };
    }
    const memory = getItem(doc, getPath(doc, processSpec, 'resource'), 'memory');
    const text = memory && scalarText(doc, memory.value);
    if (!memory || !text)
        return undefined;
    return {
        text: text.text,
        unresolved: text.unresolved,
        source: 'resource.memory',
        location: locationOf(yaml, memory.value),
    };
}
/** The memory limit of the main container (`flink-main-container`) of a pod template. */
function podTemplateLimit(yaml, document, owner, path) {
    const { doc } = document;
    const containers = seqItems(doc, getPath(doc, owner, 'podTemplate', 'spec', 'containers'));
    const main = containers.find((c) => scalarText(doc, getPath(doc, c, 'name'))?.text === 'flink-main-container');
    const limit = main && getItem(doc, getPath(doc, main, 'resources', 'limits'), 'memory');
    const text = limit && scalarText(doc, limit.value);
    const bytes = text && !text.unresolved ? quantityBytes(text.text) : undefined;
    if (!limit || !text || bytes === undefined)
        return undefined;
    return {
        bytes,
        text: text.text,
        source: `${path} flink-main-container resources.limits.memory`,
        location: locationOf(yaml, limit.value),
    };
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-application.ts


/**
 * Confluent Platform for Apache Flink's `FlinkApplication`: `cmf.confluent.io/v1` through the
 * Confluent CLI or CMF's REST API, `platform.confluent.io/v1beta1` through Confluent for Kubernetes.
 * Its `spec` (`image`, `flinkVersion`, `flinkConfiguration`, `jobManager`/`taskManager.resource`,
 * `job`) is the Flink Kubernetes operator's FlinkDeployment spec, which CMF hands to Confluent's
 * build of that operator (docs.confluent.io, "Create Confluent Manager for Apache Flink
 * Applications" and "Manage Flink Applications Using Confluent for Kubernetes"); so it is read
 * as a FlinkDeployment, and a `resource.memory` the operator cannot parse (`1024ßm`) is refused
 * with the operator's message.
 */
const CONFLUENT_API_GROUPS = ['cmf.confluent.io/', 'platform.confluent.io/'];
function isConfluentFlinkApplication(document) {
    const { doc, root } = document;
    const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    return kind === 'FlinkApplication' && CONFLUENT_API_GROUPS.some((group) => apiVersion.startsWith(group));
}
function loadFlinkApplication(document, file) {
    return loadOperatorSpec(document, file, 'FlinkDeployment');
}

;// CONCATENATED MODULE: ./src/sources/formats/flink-cluster.ts






/**
 * The `FlinkCluster` of the Flink operator Google started and Spotify maintains
 * (`flinkoperator.k8s.io/v1beta1`; github.com/spotify/flink-on-k8s-operator, and
 * GoogleCloudPlatform/flink-on-k8s-operator before it). The operator writes the cluster's
 * `flink-conf.yaml` itself (`controllers/flinkcluster/flinkcluster_converter.go`, `newConfigMap`):
 * the process sizes it computes from each container's memory limit, then `spec.flinkProperties`
 * over them, except the addresses and ports it owns (`flinkSysProps`).
 */
const FLINK_CLUSTER_API_GROUP = 'flinkoperator.k8s.io/';
function isFlinkCluster(document) {
    const { doc, root } = document;
    const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text ?? '';
    return (apiVersion.startsWith(FLINK_CLUSTER_API_GROUP) &&
        scalarText(doc, getPath(doc, root, 'kind'))?.text === 'FlinkCluster');
}
/** Keys the operator sets from the deployed resources; `flinkProperties` cannot replace them (`flinkSysProps`). */
const SYSTEM_PROPERTIES = new Set([
    'jobmanager.rpc.address',
    'jobmanager.rpc.port',
    'blob.server.port',
    'query.server.port',
    'rest.port',
]);
/**
 * The operator's defaults (`apis/flinkcluster/v1beta1/flinkcluster_default.go`): a process spec
 * with no `resources` at all gets requests 512Mi and limits 2Gi (`DefaultResources`); Flink 1.10
 * and later `memoryProcessRatio` 80; older versions, or a `flinkVersion` that is missing or not a
 * version, `memoryOffHeapRatio` 25 and `memoryOffHeapMin` 600M; replicas 1 JobManager, 3 TaskManagers.
 */
const FLINK_CLUSTER_DEFAULTS = {
    limit: { text: '2Gi', bytes: 2n << 30n },
    request: { text: '512Mi', bytes: 512n << 20n },
    memoryProcessRatio: 80n,
    memoryOffHeapRatio: 25n,
    memoryOffHeapMin: 600000000n,
    replicas: { jobmanager: 1, taskmanager: 3 },
};
const PROCESSES = [
    { process: 'jobmanager', field: 'jobManager' },
    { process: 'taskmanager', field: 'taskManager' },
];
const MIB = 1_048_576;
/** Go's `int64(math.Ceil(float64(n) / d))` on an int64 product, as the operator computes it. */
function goCeilDiv(n, d) {
    return BigInt(Math.ceil(Number(BigInt.asIntN(64, n)) / d));
}
/** `calProcessMemorySize`: ceil(limit × ratio / 100) bytes, then ceil to MiB (flinkcluster_converter.go). */
function processSizeMb(limit, ratio) {
    const size = goCeilDiv(limit * ratio, 100);
    return goCeilDiv(size, MIB);
}
/** `calHeapSize`: the limit less max(ceil(limit × ratio / 100), min), ceil to MiB; 0 when nothing is left. */
function heapSizeMb(limit, offHeapMin, offHeapRatio) {
    let offHeap = goCeilDiv(limit * offHeapRatio, 100);
    if (offHeap < offHeapMin)
        offHeap = offHeapMin;
    const heap = limit - offHeap;
    return heap > 0n ? goCeilDiv(heap, MIB) : 0n;
}
/** hashicorp/go-version's `NewVersion`, enough to compare with 1.10: segments, and a pre-release. */
const GO_VERSION = /^v?(\d+(?:\.\d+)*)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;
/** Whether the operator takes Flink's memory model of 1.10 and later: `flinkVersion` parses and is not below 1.10. */
function usesProcessModel(flinkVersion) {
    const match = flinkVersion === undefined ? null : GO_VERSION.exec(flinkVersion);
    if (!match)
        return false;
    const segments = match[1].split('.').map(Number);
    const [major = 0, minor = 0, ...rest] = segments;
    if (major !== 1)
        return major > 1;
    if (minor !== 10)
        return minor > 10;
    // 1.10 itself: a pre-release of 1.10.0 sorts before it.
    return !(match[2] !== undefined && rest.every((n) => n === 0));
}
function processResources(yaml, document, spec, problems) {
    const { doc } = document;
    const at = locationOf(yaml, spec, locationOf(yaml, document.root));
    const resources = getItem(doc, spec, 'resources');
    const limitItem = getItem(doc, getPath(doc, spec, 'resources', 'limits'), 'memory');
    const requestText = scalarText(doc, getPath(doc, spec, 'resources', 'requests', 'memory'));
    const empty = !resources || mapItems(doc, resources.value).length === 0;
    const out = {
        at,
        ratio: (name, fallback) => {
            const item = getItem(doc, spec, name);
            const text = item && scalarText(doc, item.value);
            if (!item || !text || text.unresolved)
                return { value: fallback, written: false };
            if (!/^-?\d+$/.test(text.text)) {
                problems.push({
                    code: 'operator-rejected',
                    message: `${name} '${text.text}' is not an integer: the FlinkCluster is not accepted`,
                    location: locationOf(yaml, item.value),
                });
                return { value: fallback, written: false };
            }
            return { value: BigInt(text.text), location: locationOf(yaml, item.value), written: true };
        },
        quantity: (name, fallback) => {
            const text = scalarText(doc, getPath(doc, spec, name));
            const bytes = text && !text.unresolved ? quantityBytes(text.text) : undefined;
            return bytes ?? fallback;
        },
    };
    if (empty) {
        out.limit = { ...FLINK_CLUSTER_DEFAULTS.limit, location: at, defaulted: true };
        out.request = FLINK_CLUSTER_DEFAULTS.request.bytes;
        return out;
    }
    const limitText = limitItem && scalarText(doc, limitItem.value);
    const bytes = limitText && !limitText.unresolved ? quantityBytes(limitText.text) : undefined;
    if (limitItem && limitText && bytes !== undefined)
        out.limit = {
            bytes,
            text: limitText.text,
            location: locationOf(yaml, limitItem.value),
            defaulted: false,
        };
    const request = requestText && !requestText.unresolved ? quantityBytes(requestText.text) : undefined;
    if (request !== undefined)
        out.request = request;
    return out;
}
/** A FlinkCluster as the `flink-conf.yaml` its operator writes: computed sizes first, `flinkProperties` over them. */
function loadFlinkCluster(document, { yaml }) {
    const { doc, root } = document;
    const spec = getPath(doc, root, 'spec');
    const problems = [];
    const versionText = scalarText(doc, getPath(doc, spec, 'flinkVersion'))?.text;
    const processModel = usesProcessModel(versionText);
    const image = scalarText(doc, getPath(doc, spec, 'image', 'name'))?.text;
    // The heap sizes are for Flink before 1.10 where the image says so or says nothing: that model is
    // not judged. On a 1.10+ image they are a mistake worth judging (`flinkVersion` forgotten).
    const imageVersion = image && (0,flink/* flinkImageVersion */.UQ)(image);
    const oldFlink = !processModel && (!imageVersion || (0,flink/* readFlinkVersion */.dN)(imageVersion)?.beforeModel !== false);
    if (oldFlink)
        problems.push({
            code: 'not-judged',
            message: `The operator sizes this cluster for Flink's memory model before 1.10 (${versionText === undefined ? 'no spec.flinkVersion' : `spec.flinkVersion ${versionText}`}${image ? `, image ${image}` : ''}): its processes are not judged`,
            location: locationOf(yaml, getPath(doc, spec, 'flinkVersion') ?? root),
        });
    const entries = [];
    const container = {};
    const replicas = {};
    for (const { process, field } of PROCESSES) {
        const processSpec = getPath(doc, spec, field);
        const r = processResources(yaml, document, processSpec, problems);
        const limitField = `spec.${field}.resources.limits.memory`;
        let ratioNote = '';
        if (r.limit) {
            if (processModel) {
                const ratio = r.ratio('memoryProcessRatio', FLINK_CLUSTER_DEFAULTS.memoryProcessRatio);
                const mb = processSizeMb(r.limit.bytes, ratio.value);
                if (mb > 0n) {
                    entries.push({
                        key: `${process}.memory.process.size`,
                        value: `${mb}m`,
                        location: ratio.location ?? r.limit.location,
                        origin: 'operator',
                    });
                    ratioNote = ` × memoryProcessRatio ${ratio.value}%${ratio.written ? '' : ' (default)'}`;
                }
            }
            else {
                const ratio = r.ratio('memoryOffHeapRatio', FLINK_CLUSTER_DEFAULTS.memoryOffHeapRatio);
                const min = r.quantity('memoryOffHeapMin', FLINK_CLUSTER_DEFAULTS.memoryOffHeapMin);
                const mb = heapSizeMb(r.limit.bytes, min, ratio.value);
                if (mb > 0n && !oldFlink)
                    entries.push({
                        key: `${process}.heap.size`,
                        value: `${mb}m`,
                        location: ratio.location ?? r.limit.location,
                        origin: 'operator',
                    });
            }
            container[process] = {
                bytes: r.limit.bytes,
                text: r.limit.text,
                source: `${limitField}${r.limit.defaulted ? ' (the operator default)' : ''}${ratioNote}`,
                location: r.limit.location,
                ...(r.request !== undefined ? { requestBytes: r.request } : {}),
            };
        }
        const count = scalarText(doc, getPath(doc, processSpec, 'replicas'))?.text;
        replicas[process] =
            count && /^\d+$/.test(count) ? Number(count) : FLINK_CLUSTER_DEFAULTS.replicas[process];
    }
    for (const item of mapItems(doc, getPath(doc, spec, 'flinkProperties'))) {
        if (SYSTEM_PROPERTIES.has(item.key))
            continue;
        const text = scalarText(doc, item.value);
        if (!text)
            continue;
        entries.push({
            key: item.key,
            value: text.text,
            location: locationOf(yaml, item.keyNode),
            origin: 'file',
        });
        // A size written in `flinkProperties` replaces the one the ratio gave: the limit is a plain limit again.
        const process = /^(jobmanager|taskmanager)\.memory\.process\.size$/.exec(item.key)?.[1];
        const limit = process && container[process];
        if (limit)
            limit.source = limit.source.replace(/ × memoryProcessRatio.*$/, '');
    }
    const minor = versionText === undefined ? undefined : /^v?(\d+)\.(\d+)/.exec(versionText);
    return [
        buildConfig({
            part: String(document.index),
            kind: 'flinkcluster',
            location: locationOf(yaml, root),
            name: scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text,
            // The operator starts the processes with the image's standalone scripts in its own workloads.
            deployment: 'standalone',
            entries,
            processes: oldFlink ? [] : ['jobmanager', 'taskmanager'],
            container: containerLimits(container),
            replicas,
            clusterMode: getItem(doc, spec, 'job') ? 'application' : 'session',
            image,
            annotations: metadataAnnotations(document),
            problems,
            version: {
                specVersion: minor ? `v${minor[1]}_${minor[2]}` : undefined,
                images: image ? [image] : [],
                format: 'none',
            },
            kubernetes: { namespace: namespaceOf(document) },
        }),
    ];
}

;// CONCATENATED MODULE: ./src/sources/formats/helm-chart.ts

/** A Helm chart's own file: `Chart.yaml` (Helm 3 and 2), beside `values.yaml` and `templates/`. */
function isChartFileName(path) {
    return /(?:^|\/)Chart\.ya?ml$/.test(path);
}
/** A `Chart.yaml`'s `name` and `appVersion` (helm.sh/helm `pkg/chart/metadata.go`: both strings). */
function readChart(path, text) {
    const { yaml } = parseYamlFile(text, path);
    const document = yaml.documents[0];
    if (!document)
        return undefined;
    const { doc, root } = document;
    const name = scalarText(doc, getPath(doc, root, 'name'));
    if (!name || name.unresolved)
        return undefined;
    const node = getPath(doc, root, 'appVersion');
    const appVersion = scalarText(doc, node);
    const chart = { name: name.text, location: locationOf(yaml, node ?? root) };
    if (appVersion && !appVersion.unresolved)
        chart.appVersion = appVersion.text;
    return chart;
}

;// CONCATENATED MODULE: ./src/sources/formats/kustomization.ts

/** Kustomize's file names (sigs.k8s.io/kustomize `konfig.RecognizedKustomizationFileNames`). */
function isKustomizationFileName(file) {
    return /(?:^|\/)(?:kustomization\.ya?ml|Kustomization)$/.test(file);
}
/**
 * A path a kustomization names, against the kustomization's folder, lexically. Nothing is read:
 * the link stage only compares it with the paths of the files it was given, so a path that leaves
 * the linted tree simply names no file.
 */
function resolveIn(folder, relative) {
    if (relative === '' || relative.startsWith('/') || relative.includes('://'))
        return undefined;
    // Plain string work, no `node:path`: the browser playground loads files too.
    const parts = [];
    for (const part of `${folder}/${relative}`.split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part !== '..')
            parts.push(part);
        else if (parts.length === 0)
            return undefined;
        else
            parts.pop();
    }
    return parts.length > 0 ? parts.join('/') : undefined;
}
const dirname = (file) => (file.includes('/') ? file.slice(0, file.lastIndexOf('/')) : '');
const basename = (file) => file.slice(file.lastIndexOf('/') + 1);
/**
 * What a kustomization tells the link stage: its `namespace`, its file `resources`, and the files
 * each `configMapGenerator` puts in a ConfigMap (`files: [conf/flink-conf.yaml]`, or
 * `files: [flink-conf.yaml=conf/prod.yaml]` with the key before `=`). A generated ConfigMap's name
 * gets a hash suffix, and Kustomize rewrites the references of the resources it builds to it: they
 * keep naming it by the generator's `name`.
 */
function readKustomization(file, text) {
    const { yaml } = parseYamlFile(text, file);
    const document = yaml.documents[0];
    if (!document)
        return undefined;
    const { doc, root } = document;
    const folder = dirname(file);
    const str = (node) => {
        const scalar = scalarText(doc, node);
        return scalar && !scalar.unresolved ? scalar.text : undefined;
    };
    const facts = { resources: [], generated: [] };
    const namespace = str(getPath(doc, root, 'namespace'));
    if (namespace)
        facts.namespace = namespace;
    for (const item of seqItems(doc, getPath(doc, root, 'resources'))) {
        const resolved = resolveIn(folder, str(item) ?? '');
        if (resolved)
            facts.resources.push(resolved);
    }
    for (const generator of seqItems(doc, getPath(doc, root, 'configMapGenerator'))) {
        const name = str(getPath(doc, generator, 'name'));
        if (!name)
            continue;
        for (const entry of seqItems(doc, getPath(doc, generator, 'files'))) {
            const text = str(entry);
            if (!text)
                continue;
            const eq = text.indexOf('=');
            const source = eq >= 0 ? text.slice(eq + 1) : text;
            const key = eq >= 0 ? text.slice(0, eq) : basename(source);
            const resolved = resolveIn(folder, source);
            if (resolved)
                facts.generated.push({ name, key, path: resolved, location: locationOf(yaml, entry) });
        }
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/sources/formats/helm-values.ts









/** Helm values files: `values.yaml`, `values-prod.yaml`, `prod-values.yml`. */
function isValuesFileName(path) {
    const name = path.split('/').pop() ?? '';
    return /^(?:[\w.-]*[-_.])?values(?:[-_.][\w.-]*)?\.ya?ml$/i.test(name);
}
/** Prefix some charts put before Flink keys in a properties map (`flink-conf.taskmanager.memory...`). */
const KEY_PREFIX = 'flink-conf.';
/**
 * A Helm values file: every Flink configuration it carries (a `flinkConfiguration` map, an embedded
 * `flink-conf.yaml` / `config.yaml` text, `FLINK_PROPERTIES`, a map of Flink keys) becomes a config,
 * with the container limits and image the values give for its processes.
 */
function loadHelmValues(document, { yaml }) {
    const blocks = [];
    findBlocks(yaml, document, document.root ?? null, [], blocks, 0);
    if (blocks.length === 0)
        return [];
    const limits = containerLimitsIn(yaml, document);
    const images = imagesIn(document);
    const specVersion = flinkVersionIn(document);
    return blocks.map((block, i) => {
        const process = processInPath(block.path);
        const processes = process ? [process] : ['jobmanager', 'taskmanager'];
        return buildConfig({
            part: `${document.index}/${i}`,
            kind: 'helm-values',
            location: block.location,
            name: block.path.join('.'),
            deployment: block.deployment,
            entries: block.entries,
            appendsToImageConf: block.appendsToImageConf,
            processes,
            container: containerLimits(Object.fromEntries(processes.map((p) => [p, limits[p]]))),
            image: images[0],
            problems: block.problems,
            version: { specVersion, images, format: block.format },
        });
    });
}
function processInPath(path) {
    const text = path.join('.').toLowerCase();
    if (/task-?manager/.test(text))
        return 'taskmanager';
    if (/job-?manager/.test(text))
        return 'jobmanager';
    return undefined;
}
function remap(result, map) {
    return {
        entries: result.entries.map((e) => ({ ...e, location: map(e.location) })),
        problems: result.problems.map((p) => ({ ...p, location: map(p.location) })),
    };
}
function findBlocks(yaml, document, node, path, out, depth) {
    const { doc } = document;
    if (!node || depth > YAML_LIMITS.maxDepth)
        return;
    if ((0,dist/* isSeq */.oP)(node)) {
        for (const item of seqItems(doc, node)) {
            // An env list entry: `- name: FLINK_PROPERTIES` / `value: |`.
            const value = getPath(doc, item, 'value');
            if (scalarText(doc, getPath(doc, item, 'name'))?.text === FLINK_PROPERTIES &&
                isStringScalar(doc, value)) {
                const read = readFlinkProperties(yaml, resolve(doc, value));
                out.push({
                    path: [...path, FLINK_PROPERTIES],
                    location: locationOf(yaml, item),
                    ...read,
                    deployment: 'standalone',
                    format: 'none',
                    appendsToImageConf: locationOf(yaml, item),
                });
            }
            else {
                findBlocks(yaml, document, item, path, out, depth + 1);
            }
        }
        return;
    }
    if (!(0,dist/* isMap */.jh)(node))
        return;
    const items = mapItems(doc, node);
    const flinkKeys = items.filter((i) => i.key.startsWith(KEY_PREFIX) || (0,flink/* isMemoryKey */.nt)(i.key));
    if (flinkKeys.length > 0 && flinkKeys.some((i) => (0,flink/* isMemoryKey */.nt)(i.key.replace(KEY_PREFIX, '')))) {
        const problems = [];
        const entries = flinkConfiguration(yaml, document, node, problems)
            .filter((e) => e.key.startsWith(KEY_PREFIX) || /^(taskmanager|jobmanager)\./.test(e.key))
            .map((e) => ({ ...e, key: e.key.startsWith(KEY_PREFIX) ? e.key.slice(KEY_PREFIX.length) : e.key }));
        out.push({
            path,
            location: locationOf(yaml, flinkKeys[0].keyNode),
            entries,
            problems,
            deployment: 'standalone',
            format: 'none',
        });
        return;
    }
    for (const item of items) {
        const at = locationOf(yaml, item.keyNode);
        const childPath = [...path, item.key];
        if (item.key === 'flinkConfiguration' && item.value && (0,dist/* isMap */.jh)(item.value)) {
            const problems = [];
            const entries = flinkConfiguration(yaml, document, item.value, problems);
            out.push({
                path: childPath,
                location: at,
                entries,
                problems,
                deployment: 'kubernetes',
                format: 'none',
            });
            continue;
        }
        if (!isStringScalar(doc, item.value)) {
            findBlocks(yaml, document, item.value, childPath, out, depth + 1);
            continue;
        }
        const scalar = resolve(doc, item.value);
        const text = scalar.value;
        const map = embeddedPositionMap(yaml, scalar);
        if (item.key === FLINK_PROPERTIES) {
            out.push({
                path: childPath,
                location: at,
                ...readFlinkProperties(yaml, scalar),
                deployment: 'standalone',
                format: 'none',
                appendsToImageConf: at,
            });
        }
        else if (item.key === 'flink-conf.yaml' || item.key === 'config.yaml') {
            const read = item.key === 'config.yaml'
                ? readConfigYaml(text, yaml.file, map)
                : readFlinkConf(text, yaml.file, map);
            if (read.entries.length > 0) {
                out.push({
                    path: childPath,
                    location: at,
                    ...read,
                    deployment: 'standalone',
                    format: item.key === 'config.yaml' ? 'config-yaml' : 'flink-conf',
                });
            }
        }
        else if (text.includes('\n')) {
            embeddedText(yaml, text, childPath, at, map, out);
        }
    }
}
/** A multi-line string: a flink-conf fragment with memory keys, or a YAML text with `flinkConfiguration`. */
function embeddedText(yaml, text, path, at, map, out) {
    const toFile = (l) => ({ file: yaml.file, ...map(l.line, l.column) });
    if (/^\s*flinkConfiguration\s*:/m.test(text)) {
        const inner = parseYamlFile(text, yaml.file);
        const found = [];
        for (const document of inner.yaml.documents)
            findBlocks(inner.yaml, document, document.root ?? null, path, found, 0);
        for (const block of found) {
            const mapped = remap(block, toFile);
            out.push({ ...block, ...mapped, location: toFile(block.location) });
        }
        return;
    }
    const read = readFlinkConf(text, yaml.file, map);
    if (read.entries.some((e) => (0,flink/* isMemoryKey */.nt)(e.key)) && read.problems.every((p) => p.code !== 'invalid-line')) {
        out.push({ path, location: at, ...read, deployment: 'standalone', format: 'flink-conf' });
    }
}
/**
 * `resources.limits.memory` under a path naming a process (`taskmanager.resources`,
 * `resources.jobmanager`), with the `requests.memory` beside it.
 */
function containerLimitsIn(yaml, document) {
    const { doc } = document;
    const limits = {};
    const quantity = (node) => {
        const text = scalarText(doc, node);
        const bytes = text && !text.unresolved ? quantityBytes(text.text) : undefined;
        return text && bytes !== undefined ? { text: text.text, bytes } : undefined;
    };
    const visit = (node, path, depth) => {
        if (!node || depth > YAML_LIMITS.maxDepth || !(0,dist/* isMap */.jh)(node))
            return;
        const process = processInPath(path);
        const limitNode = getPath(doc, node, 'limits', 'memory');
        const limit = quantity(limitNode);
        if (process && limit && !limits[process]) {
            const request = quantity(getPath(doc, node, 'requests', 'memory'));
            limits[process] = {
                ...limit,
                source: [...path, 'limits', 'memory'].join('.'),
                location: locationOf(yaml, limitNode),
                ...(request ? { requestBytes: request.bytes } : {}),
            };
        }
        for (const item of mapItems(doc, node))
            visit(resolve(doc, item.value), [...path, item.key], depth + 1);
    };
    visit(document.root ?? null, [], 0);
    return limits;
}
/**
 * Images the values name, in the shapes charts use: `image: flink:1.18`; `image: {repository|name,
 * tag}`; `image: flink` or `image.repository` with `imageTag` beside it or `global.imageTag` /
 * `global.image.tag`; and a bare `imageTag` under a key naming Flink (`flink.imageTag`), read as
 * the `flink` image. A bare tag anywhere else may be an application's own version: not read.
 */
function imagesIn(document) {
    const { doc } = document;
    const images = [];
    const text = (node) => {
        const scalar = scalarText(doc, node);
        return scalar && !scalar.unresolved ? scalar.text : undefined;
    };
    const root = document.root ?? null;
    const globalTag = text(getPath(doc, root, 'global', 'imageTag')) ?? text(getPath(doc, root, 'global', 'image', 'tag'));
    const visit = (node, path, depth) => {
        if (!node || depth > YAML_LIMITS.maxDepth || !(0,dist/* isMap */.jh)(node))
            return;
        const siblingTag = text(getPath(doc, node, 'imageTag'));
        let named = false;
        for (const item of mapItems(doc, node)) {
            const value = resolve(doc, item.value);
            if (/^image$/i.test(item.key)) {
                const single = value && (0,dist/* isScalar */.jn)(value) ? text(value) : undefined;
                const repository = text(getPath(doc, value, 'repository')) ?? text(getPath(doc, value, 'name'));
                const tag = text(getPath(doc, value, 'tag')) ?? siblingTag ?? globalTag;
                const withTag = (repo) => (hasTag(repo) || tag === undefined ? repo : `${repo}:${tag}`);
                if (single !== undefined)
                    images.push(withTag(single));
                else if (repository !== undefined)
                    images.push(withTag(repository));
                named = true;
            }
            visit(value, [...path, item.key], depth + 1);
        }
        if (!named && siblingTag !== undefined && /flink/i.test(path.join('.')))
            images.push(`flink:${siblingTag}`);
    };
    visit(root, [], 0);
    return images;
}
/** Whether an image reference already names a tag or digest (a `:` after the last `/`). */
function hasTag(ref) {
    return ref.includes('@') || ref.lastIndexOf(':') > ref.lastIndexOf('/');
}
/** `flinkVersion` in the values (what a chart puts into `spec.flinkVersion`): `v1_18`, or `1.18` read as it. */
function flinkVersionIn(document) {
    const { doc } = document;
    let found;
    const visit = (node, depth) => {
        if (found !== undefined || !node || depth > YAML_LIMITS.maxDepth || !(0,dist/* isMap */.jh)(node))
            return;
        for (const item of mapItems(doc, node)) {
            const value = resolve(doc, item.value);
            const scalar = item.key === 'flinkVersion' ? scalarText(doc, value) : undefined;
            const match = scalar && !scalar.unresolved ? /^v?(\d+)[._](\d+)/.exec(scalar.text) : null;
            if (match) {
                found = `v${match[1]}_${match[2]}`;
                return;
            }
            visit(value, depth + 1);
        }
    };
    visit(document.root ?? null, 0);
    return found;
}

;// CONCATENATED MODULE: ./src/sources/formats/vvp-deployment.ts




/**
 * Ververica Platform's own resources (`apiVersion: v1`): a `Deployment`, whose Flink job is
 * described by `spec.template.spec` (its `artifact` names `flinkVersion` and `flinkImageTag`), and a
 * `SessionCluster`, described by `spec`. Both carry `flinkConfiguration` and
 * `resources.{jobmanager,taskmanager}`.
 *
 * How VVP turns `resources` into Flink's memory (docs.ververica.com, "Resources (CPU, Memory)" of
 * Deployments and SessionClusters, VVP 2.x): the memory is a decimal number with an optional
 * unit, case ignored, each unit a power of ten (`k` 1000 bytes, `m`, `g`), none meaning bytes;
 * `resources.taskmanager.memory` becomes `taskmanager.memory.process.size` and
 * `resources.jobmanager.memory` `jobmanager.memory.process.size`, and by default also the
 * container's memory request and limit. Without `resources`, 1G for the JobManager and 2G for the
 * TaskManager. The docs say the size is "translated to base 2" before Flink gets it, without the
 * rounding: it is given to Flink here as its exact number of bytes.
 */
function isVervericaResource(document) {
    const { doc, root } = document;
    const apiVersion = scalarText(doc, getPath(doc, root, 'apiVersion'))?.text;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    if (apiVersion !== 'v1' || (kind !== 'Deployment' && kind !== 'SessionCluster'))
        return false;
    const spec = vvpSpec(document);
    return (['flinkConfiguration', 'flinkVersion', 'flinkImageTag', 'resources'].some((field) => getItem(doc, spec, field)) || getItem(doc, getPath(doc, spec, 'artifact'), 'flinkVersion') !== undefined);
}
function vvpSpec(document) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    return kind === 'SessionCluster'
        ? getPath(doc, root, 'spec')
        : getPath(doc, root, 'spec', 'template', 'spec');
}
const VVP_DEFAULT_MEMORY = { jobmanager: '1G', taskmanager: '2G' };
const UNITS = { '': 0, k: 3, m: 6, g: 9, t: 12 };
const VVP_MEMORY = /^(\d+(?:\.\d*)?|\.\d+)([kmgt]?)$/i;
/** A VVP memory size in bytes (powers of ten), rounded up; undefined where VVP would not accept it. */
function vvpMemoryBytes(text) {
    const match = VVP_MEMORY.exec(text.trim());
    if (!match)
        return undefined;
    const [whole, fraction = ''] = match[1].split('.');
    const exponent = UNITS[match[2].toLowerCase()];
    const digits = BigInt(`${whole || '0'}${fraction}`);
    const shift = exponent - fraction.length;
    if (shift >= 0)
        return digits * 10n ** BigInt(shift);
    const divisor = 10n ** BigInt(-shift);
    return (digits + divisor - 1n) / divisor;
}
function loadVervericaResource(document, { yaml }) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text;
    const spec = vvpSpec(document);
    const problems = [];
    const entries = flinkConfiguration(yaml, document, getPath(doc, spec, 'flinkConfiguration'), problems);
    // A Deployment in session mode runs on a SessionCluster: its resources are that cluster's.
    const session = kind === 'Deployment' &&
        /^session$/i.test(scalarText(doc, getPath(doc, root, 'spec', 'mode'))?.text ?? '');
    const container = {};
    for (const process of session ? [] : ['jobmanager', 'taskmanager']) {
        const item = getItem(doc, getPath(doc, spec, 'resources', process), 'memory');
        const written = item && scalarText(doc, item.value);
        if (written?.unresolved)
            continue;
        const text = written?.text ?? VVP_DEFAULT_MEMORY[process];
        const location = item ? locationOf(yaml, item.value) : locationOf(yaml, spec ?? root);
        const bytes = vvpMemoryBytes(text);
        if (bytes === undefined) {
            problems.push({
                code: 'operator-rejected',
                message: `resources.${process}.memory '${text}' is not a memory size Ververica Platform reads (a decimal number with an optional unit k, m, g)`,
                location,
            });
            continue;
        }
        const source = `${kind === 'SessionCluster' ? 'spec' : 'spec.template.spec'}.resources.${process}.memory${item ? '' : ' (the platform default)'}`;
        entries.push({ key: `${process}.memory.process.size`, value: `${bytes}b`, location, origin: 'operator' });
        container[process] = { bytes, text, source, location, requestBytes: bytes };
    }
    // A Deployment names its Flink in `artifact`; a SessionCluster in its spec.
    const field = (name) => scalarText(doc, getPath(doc, spec, 'artifact', name))?.text ??
        scalarText(doc, getPath(doc, spec, name))?.text;
    const tag = field('flinkImageTag');
    const image = tag ? `${field('flinkImageRepository') ?? 'flink'}:${tag}` : undefined;
    const version = field('flinkVersion');
    const minor = version === undefined ? undefined : /^(\d+)\.(\d+)/.exec(version);
    const replicas = scalarText(doc, getPath(doc, spec, kind === 'SessionCluster' ? 'numberOfTaskManagers' : 'parallelism'));
    return [
        buildConfig({
            part: String(document.index),
            kind: 'vvp-deployment',
            location: locationOf(yaml, root),
            name: scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text,
            // VVP runs Flink on Kubernetes with the sizes above as its containers' memory.
            deployment: 'kubernetes',
            entries,
            processes: session ? [] : ['jobmanager', 'taskmanager'],
            container: containerLimits(container),
            replicas: kind === 'SessionCluster' && replicas && /^\d+$/.test(replicas.text)
                ? { taskmanager: Number(replicas.text) }
                : undefined,
            clusterMode: kind === 'SessionCluster' || session ? 'session' : 'application',
            image,
            annotations: metadataAnnotations(document),
            problems,
            version: {
                specVersion: minor ? `v${minor[1]}_${minor[2]}` : undefined,
                images: image ? [image] : [],
                format: 'none',
            },
        }),
    ];
}

;// CONCATENATED MODULE: ./src/sources/formats/index.ts














function kubernetesKind(document) {
    const { doc, root } = document;
    if (!scalarText(doc, getPath(doc, root, 'apiVersion')))
        return undefined;
    return scalarText(doc, getPath(doc, root, 'kind'))?.text;
}
const isKubernetes = (document) => kubernetesKind(document) !== undefined;
/**
 * The formats a YAML document can hold a Flink configuration in, in the order they are tried:
 * the first that matches reads the document. A Kubernetes resource is only ever read as one.
 */
const DOCUMENT_FORMATS = [
    {
        kind: 'flinkdeployment',
        markers: OPERATOR_MARKERS,
        matches: (d) => isKubernetes(d) && isOperatorResource(d),
        load: loadFlinkDeployment,
    },
    {
        kind: 'flinkdeployment',
        markers: { text: ['FlinkApplication'] },
        matches: (d) => isConfluentFlinkApplication(d),
        load: loadFlinkApplication,
    },
    {
        kind: 'flinkcluster',
        markers: { text: ['FlinkCluster'] },
        matches: (d) => isFlinkCluster(d),
        load: loadFlinkCluster,
    },
    {
        kind: 'configmap',
        markers: CONFIGMAP_MARKERS,
        matches: (d) => kubernetesKind(d) === 'ConfigMap' && isFlinkConfigMap(d),
        load: loadConfigMap,
    },
    // Before workloads: VVP's `v1` Deployment is no `apps/v1` Deployment.
    {
        kind: 'vvp-deployment',
        markers: { text: ['Deployment', 'SessionCluster'] },
        matches: (d) => isVervericaResource(d),
        load: loadVervericaResource,
    },
    {
        kind: 'kubernetes-workload',
        markers: WORKLOAD_MARKERS,
        matches: (d) => isWorkload(kubernetesKind(d) ?? ''),
        load: loadWorkload,
    },
    {
        kind: 'docker-compose',
        markers: COMPOSE_MARKERS,
        matches: (d) => !isKubernetes(d) && isComposeDocument(d),
        load: loadCompose,
    },
    {
        kind: 'helm-values',
        markers: { name: isValuesFileName },
        matches: (d, f) => !isKubernetes(d) && isValuesFileName(f.path),
        load: loadHelmValues,
    },
    {
        kind: 'config-yaml',
        markers: CONFIG_YAML_MARKERS,
        matches: (d, f) => !isKubernetes(d) && f.yaml.documents.length === 1 && isFlinkConfigYaml(d, f.path),
        load: (_d, f) => [loadWholeFile(f.path, f.text, 'config-yaml', f.yaml.parsed)],
    },
];
/**
 * The raw-text markers of every format `loadFile` reads, whole-file formats first: a file none of
 * them matches gives no config, and is ruled out before it is parsed (`sources/prefilter.ts`).
 */
const FORMAT_MARKERS = [
    FLINK_CONF_MARKERS,
    // A `config.yaml` that does not parse is read by Flink's reader when it names a process (below).
    CONFIG_YAML_MARKERS,
    ...DOCUMENT_FORMATS.map((f) => f.markers),
];
/**
 * What a file that holds no config shows when it places configs of other files (the link stage's
 * sources): a Kubernetes workload that mounts a ConfigMap or reads one into its environment
 * (`configMap`, `configMapRef`, `configMapKeyRef`), a compose file or Dockerfile that names a Flink
 * image, mounts, copies or builds one (`flink` in any case), and Compose's override file, which may
 * only change limits. `Dockerfile`s, `Chart.yaml` and `kustomization.yaml` are read by name.
 */
const LINK_MARKERS = {
    text: ['configMap', 'flink', 'Flink', 'FLINK'],
    name: (path) => /(?:^|\/)(?:docker-)?compose\.override\.ya?ml$/i.test(path),
};
/** Reads one file into the Flink configs it holds, by its name and each document's shape. */
function loadFile(path, text) {
    // A Dockerfile holds no config: the link stage reads it for the image it builds on.
    if (dockerfile_name_isDockerfileName(path))
        return { configs: [], problems: [] };
    if (isKustomizationFileName(path)) {
        const kustomization = readKustomization(path, text);
        return kustomization ? { configs: [], problems: [], kustomization } : { configs: [], problems: [] };
    }
    if (isChartFileName(path)) {
        const chart = readChart(path, text);
        return chart ? { configs: [], problems: [], chart } : { configs: [], problems: [] };
    }
    if (whole_file_isFlinkConfName(path))
        return { configs: [loadWholeFile(path, text, 'flink-conf')], problems: [] };
    const { yaml, problems } = parseYamlFile(text, path);
    if (problems.length > 0 && CONFIG_YAML_NAME.test(path) && /^(taskmanager|jobmanager)[.:]/m.test(text)) {
        // Flink's own config.yaml that does not parse: Flink's reader says why, in its words.
        return { configs: [loadWholeFile(path, text, 'config-yaml')], problems: [] };
    }
    const file = { path, text, yaml };
    const configs = [];
    const containers = [];
    for (const document of yaml.documents) {
        if (isKubernetes(document)) {
            containers.push(...workloadContainerFacts(yaml, document));
            if (isOperatorResource(document) && isCanaryResource(document)) {
                problems.push(canaryNotice(document, yaml));
                continue;
            }
        }
        const format = DOCUMENT_FORMATS.find((f) => f.matches(document, file));
        if (format)
            configs.push(...format.load(document, file));
    }
    return containers.length > 0 ? { configs, problems, containers } : { configs, problems };
}
function canaryNotice(document, yaml) {
    const { doc, root } = document;
    const kind = scalarText(doc, getPath(doc, root, 'kind'))?.text ?? '';
    const name = scalarText(doc, getPath(doc, root, 'metadata', 'name'))?.text ?? '';
    return {
        code: 'not-judged',
        message: `${kind} ${name} is labelled ${CANARY_LABEL}: the operator's health probe, which starts no Flink cluster; not judged`,
        location: locationOf(yaml, root),
    };
}

;// CONCATENATED MODULE: ./src/sources/prefilter.ts
// The prefilter: rules a file out from its raw bytes before any parser runs. Every format declares
// what the files it reads must show (`RawMarkers` beside its row in `formats/index.ts`); a file
// none of them matches cannot give a config, and is never decoded or parsed. Safe by construction
// and by test (__tests__/properties/prefilter.test.ts): when in doubt, the file is kept.

/**
 * Files kept by their name whatever they hold: their facts (images, versions, overlays, charts)
 * place the configs of other files, in formats the link stage reads (`Dockerfile`,
 * `Dockerfile.flink`, `flink.Dockerfile`, `kustomization.yaml`, `Chart.yaml`, `values*.yaml`).
 */
const ALWAYS_READ_NAME = /(?:^|\/)(?:[^/]*\.)?(?:dockerfile|containerfile)(?:\.[^/]*)?$|(?:^|\/)(?:kustomization|chart)\.ya?ml$|(?:^|\/)(?:[^/]*[-_.])?values(?:[-_.][^/]*)?\.ya?ml$/i;
/**
 * Builds the prefilter of a set of formats' markers (by default every format `loadFile` reads) and
 * of the link stage's sources.
 */
function makePrefilter(markers = FORMAT_MARKERS, link = LINK_MARKERS) {
    const names = markers.flatMap((m) => (m.name ? [m.name] : []));
    const needles = needlesOf(markers.flatMap((m) => m.text ?? []));
    const linkNeedles = needlesOf(link.text ?? []);
    return (path, bytes) => {
        const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
        // The text first: a file kept by its name alone is one whose problems nobody asked about.
        if (needles.some((needle) => buffer.includes(needle)) || mayBeEscaped(buffer))
            return 'text';
        if (ALWAYS_READ_NAME.test(path) || names.some((accepts) => accepts(path)))
            return 'name';
        if (linkNeedles.some((needle) => buffer.includes(needle)) || link.name?.(path))
            return 'link';
        return undefined;
    };
}
/**
 * ASCII markers are found in UTF-8 bytes exactly where they are in the decoded text (a decoder
 * never joins an ASCII byte into a replacement character), so the file need not be decoded.
 */
function needlesOf(markers) {
    const texts = [...new Set(markers)];
    for (const text of texts)
        if (text === '' || !/^[\x20-\x7e]+$/.test(text))
            throw new Error(`a raw-text marker must be printable ASCII: ${JSON.stringify(text)}`);
    return texts.map((t) => Buffer.from(t, 'latin1'));
}
/**
 * Escapes YAML's double-quoted scalars decode into the characters markers are made of: `\x74`,
 * `\u0074`, `\U00000074`, `\/`, a line break joined by a backslash (`"task\⏎manager"`), and any
 * escape YAML does not know (parsers differ on those). The harmless ones: `\0 \a \b \e \f \n \r
 * \t \v \N \_ \L \P`, an escaped space, quote, backslash or tab. A text holding any other escape
 * is kept: the markers may be spelled in it.
 */
const HARMLESS_ESCAPE = new Set([...'0abefnrtvNLP_ "\\\t'].map((c) => c.charCodeAt(0)));
const BACKSLASH = 0x5c;
function mayBeEscaped(buffer) {
    for (let at = buffer.indexOf(BACKSLASH); at >= 0; at = buffer.indexOf(BACKSLASH, at + 2)) {
        if (at + 1 >= buffer.length || !HARMLESS_ESCAPE.has(buffer[at + 1]))
            return true;
    }
    return false;
}
/** The prefilter of every format `loadFile` reads. */
const prefilter = makePrefilter();

;// CONCATENATED MODULE: ./src/sources/discover/discover.ts











/** YAML files, also as templates (`.yaml.template`, `.yml.tpl`, `.yaml.j2`). */
const YAML_NAME = /\.ya?ml(?:\.(?:template|tmpl|tpl|j2|jinja2?|in|example|sample|dist))?$/i;
/** Whether discovery would look at a file of this name (a YAML file, a `flink-conf.yaml` template, a Dockerfile). */
function discover_isCandidateName(name) {
    return YAML_NAME.test(name) || isFlinkConfName(name) || isDockerfileName(name);
}
/** Never a user's config: git's own files and installed packages, even where git does not ignore them. */
const ALWAYS_SKIPPED = new Set(['.git', 'node_modules']);
/** Finds the files that may hold Flink configurations under the given paths. */
function discover(options) {
    const { listed, notices } = listCandidates(options);
    const stats = { ruledOut: 0 };
    const candidates = readCandidates(listed, notices, stats);
    return Promise.resolve({ candidates, notices, files: listed.length, ruledOut: stats.ruledOut });
}
/** The files under the given paths that may hold Flink configurations, by name; none read. */
function listCandidates(options) {
    const cwd = path.resolve(options.cwd);
    const notices = [];
    const include = options.include?.length ? picomatch([...options.include], { dot: true }) : undefined;
    const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
    const seen = new Set();
    const listed = [];
    for (const given of options.paths.length > 0 ? options.paths : ['.']) {
        const absolute = path.resolve(cwd, given);
        let stat;
        try {
            stat = statSync(absolute);
        }
        catch {
            notices.push({ code: 'path-not-found', message: `${given}: no such file or folder` });
            continue;
        }
        const base = stat.isDirectory() ? absolute : path.dirname(absolute);
        // A path in the workspace reads only the workspace, even through a committed symbolic link;
        // one the caller names outside it is read where it is.
        const root = (lexicallyInside(cwd, given) ? realRoot(cwd) : realRoot(base)) ?? base;
        const where = confinedPath(absolute, [root]);
        if (!where.ok) {
            notices.push({ code: where.code, message: `${toPosix(given)}: ${where.message}` });
            continue;
        }
        const names = stat.isDirectory() ? listFiles(absolute) : [path.basename(absolute)];
        for (const name of names) {
            // The name decides first: most files of a large tree are not YAML, and paths cost.
            if (!discover_isCandidateName(name))
                continue;
            if (name.split('/').some((part) => ALWAYS_SKIPPED.has(part)))
                continue;
            const file = path.join(base, name);
            const relative = toPosix(path.relative(cwd, file));
            if (seen.has(relative))
                continue;
            seen.add(relative);
            if (include && !include(relative))
                continue;
            if (exclude?.(relative))
                continue;
            listed.push({ file, relative, root });
        }
    }
    listed.sort((a, b) => (a.relative < b.relative ? -1 : a.relative > b.relative ? 1 : 0));
    return { listed, notices };
}
/** Reads the listed files, in order, keeping those that may hold a Flink configuration. */
function readCandidates(listed, notices, stats = { ruledOut: 0 }) {
    const candidates = [];
    const folders = new Map();
    for (const listedFile of listed) {
        const candidate = readCandidate(listedFile, notices, stats, folders);
        if (candidate)
            candidates.push(candidate);
    }
    return candidates;
}
/**
 * Of files given by path (a base revision's), those discovery would list under the same options:
 * by name, never under `.git` or `node_modules`, inside the include and outside the exclude globs.
 */
function selectListed(files, options) {
    const include = options.include?.length ? picomatch([...options.include], { dot: true }) : undefined;
    const exclude = options.exclude?.length ? picomatch([...options.exclude], { dot: true }) : undefined;
    return files.filter(({ path: file }) => discover_isCandidateName(path.posix.basename(file)) &&
        !file.split('/').some((part) => ALWAYS_SKIPPED.has(part)) &&
        (!include || include(file)) &&
        !exclude?.(file));
}
/**
 * Reads one file, synchronously: for the many small files of a repository, a blocking read is
 * several times faster than a round trip through libuv's thread pool per call.
 */
function readCandidate(listed, notices, stats, folders) {
    const { relative } = listed;
    let bytes;
    if (listed.bytes) {
        // Given, and passed to a worker thread as a plain Uint8Array: a view, not a copy.
        bytes = Buffer.from(listed.bytes.buffer, listed.bytes.byteOffset, listed.bytes.byteLength);
    }
    else {
        const read = confined_file_readConfined(listed.file, [listed.root], undefined, folders);
        if (!read.ok) {
            notices.push({
                code: read.code,
                message: read.message,
                location: { file: relative, line: 1, column: 1 },
            });
            return undefined;
        }
        bytes = read.bytes;
    }
    const utf16 = UTF16_BOMS.find(([bom]) => bytes.subarray(0, 2).equals(bom));
    if (utf16) {
        notices.push({
            code: 'unsupported-encoding',
            message: `Encoded as UTF-16 ${utf16[1]} (it starts with its byte-order mark); Flink and this tool read UTF-8; not read`,
            location: { file: relative, line: 1, column: 1 },
        });
        return undefined;
    }
    // A NUL byte in the first 8 KB: a binary file, named like YAML but not one.
    if (bytes.subarray(0, 8000).includes(0)) {
        notices.push({
            code: 'binary-file',
            message: 'A binary file (it holds NUL bytes); not read',
            location: { file: relative, line: 1, column: 1 },
        });
        return undefined;
    }
    // Ruled out on the raw bytes: most YAML of a repository is never decoded, let alone parsed.
    const keptBy = prefilter(relative, bytes);
    if (!keptBy) {
        stats.ruledOut++;
        return undefined;
    }
    return { path: relative, text: bytes.toString('utf8'), keptBy };
}
const UTF16_BOMS = [
    [Buffer.from([0xff, 0xfe]), 'LE'],
    [Buffer.from([0xfe, 0xff]), 'BE'],
];
function toPosix(p) {
    return p.split(path.sep).join('/');
}
/** Files under a folder: git's view (tracked and untracked, not ignored) in a work tree, else a walk. */
/** Files under `dir`, relative to it with `/` separators. */
function listFiles(dir) {
    return gitFiles(dir) ?? walk(dir);
}
function gitFiles(dir) {
    const git = spawnSync('git', [...SAFE_GIT, 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--', '.'], {
        cwd: dir,
        env: { ...process.env, ...GIT_ENV },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
        stdio: ['ignore', 'pipe', 'ignore'],
    });
    if (git.error || git.status !== 0)
        return undefined;
    return git.stdout.split('\0').filter((f) => f !== '');
}
/** A walk honouring the `.gitignore` files it meets (outside a git work tree). */
function walk(root) {
    const files = [];
    const real = realRoot(root) ?? root;
    const visit = (dir, rules) => {
        let names;
        try {
            names = readdirSync(dir).sort();
        }
        catch {
            return;
        }
        const own = names.includes('.gitignore') ? readIgnore(path.join(dir, '.gitignore'), real) : undefined;
        const active = own ? [...rules, { base: dir, ig: own }] : rules;
        for (const name of names) {
            if (ALWAYS_SKIPPED.has(name))
                continue;
            const full = path.join(dir, name);
            let isDir = false;
            try {
                const stat = lstatSync(full);
                // Symbolic links to folders are not walked: they could lead out of the root or loop.
                isDir = stat.isDirectory();
            }
            catch {
                continue;
            }
            const ignored = active.some(({ base, ig }) => {
                const rel = toPosix(path.relative(base, full));
                return ig.ignores(isDir ? `${rel}/` : rel);
            });
            if (ignored)
                continue;
            if (isDir)
                visit(full, active);
            else
                files.push(toPosix(path.relative(root, full)));
        }
    };
    visit(root, []);
    return files;
}
function readIgnore(file, root) {
    const read = readConfined(file, [root]);
    return read.ok ? ignore().add(read.bytes.toString('utf8')) : undefined;
}

;// CONCATENATED MODULE: ./src/sources/discover/git-revision.ts







/** A repository path that stays inside the folder it is relative to. */
function safeRelative(file) {
    return (file !== '' && !path.isAbsolute(file) && !file.split(/[\\/]/).some((part) => part === '..' || part === ''));
}
/** Whether `cwd` lies inside a git work tree. */
async function insideWorkTree(cwd) {
    const result = await git(['rev-parse', '--is-inside-work-tree'], cwd);
    return result.ok && result.stdout.toString('utf8').trim() === 'true';
}
async function haveCommit(cwd, ref) {
    const result = await git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], cwd);
    return result.ok ? result.stdout.toString('utf8').trim() : undefined;
}
/**
 * The commit a ref names in the local clone (or `origin/REF`); with `fetch`, fetched shallowly
 * from origin when the clone lacks it.
 */
async function resolveCommit(cwd, ref, options = {}) {
    // A ref is never an option to git.
    if (ref.startsWith('-'))
        return undefined;
    const local = (await haveCommit(cwd, ref)) ?? (await haveCommit(cwd, `origin/${ref}`));
    if (local || !options.fetch)
        return local;
    const fetched = await git(['fetch', '--no-tags', '--no-recurse-submodules', '--depth=1', 'origin', ref], cwd);
    return fetched.ok ? haveCommit(cwd, 'FETCH_HEAD') : undefined;
}
/**
 * The files that differ between `commit` and the head side, renames followed, with paths
 * relative to `cwd` (as `lint()` reports them). The head side is the `HEAD` commit, or the work
 * tree: then untracked files that git does not ignore count as added.
 */
async function changedFiles(cwd, commit, head) {
    if (head === 'work-tree')
        return workTreeChanges(cwd, commit);
    // Two commits: git reads only blobs, never the work tree, so no filter driver can run.
    const diff = await git([
        'diff',
        '--name-status',
        '-z',
        '-M',
        '--relative',
        '--no-ext-diff',
        '--no-textconv',
        commit,
        'HEAD',
        '--',
    ], cwd);
    return diff.ok ? parseNameStatus(diff.stdout.toString('utf8')) : undefined;
}
/**
 * The files whose work-tree content differs from `commit`, compared here and not by git: git
 * reads work-tree files through the filter drivers `.gitattributes` names (`filter=lfs` runs
 * git-lfs, and any `filter.NAME.clean` in a git config runs), and the attributes are the
 * repository's. Only files discovery would read are compared; renames are followed as git's
 * rename detection would (`pairRenames`).
 */
async function workTreeChanges(cwd, commit) {
    const [format, tree, listed] = await Promise.all([
        git(['rev-parse', '--show-object-format'], cwd),
        treeEntries(cwd, commit),
        git(['ls-files', '-z', '--cached', '--others', '--exclude-standard'], cwd),
    ]);
    if (!tree || !listed.ok)
        return undefined;
    const algorithm = format.ok && format.stdout.toString('utf8').trim() === 'sha256' ? 'sha256' : 'sha1';
    const base = new Map();
    // Submodules (commits) are not files.
    for (const [file, entry] of tree)
        if (entry.type === 'blob' && isCandidateName(file))
            base.set(file, entry);
    const root = realRoot(cwd) ?? cwd;
    const folders = new Map();
    const touched = [];
    const present = new Set();
    for (const file of new Set(listed.stdout.toString('utf8').split('\0'))) {
        if (file === '' || !isCandidateName(file))
            continue;
        present.add(file);
        const object = base.get(file);
        if (object === undefined)
            touched.push({ path: file });
        else if (blobId(path.join(cwd, file), root, algorithm, object.size, folders) !== object.id)
            touched.push({ path: file, basePath: file });
    }
    const removed = [...base.keys()].filter((file) => !present.has(file));
    for (const file of removed)
        touched.push({ path: file, basePath: file });
    return pairRenames(cwd, tree, root, touched, new Set(removed));
}
/** Git's rename threshold: half of the larger file's content is found in the other (`-M50%`). */
const RENAME_SIMILARITY = 0.5;
/**
 * Pairs each removed file with the added file most like it, where at least half of the larger
 * one's bytes are lines the other has too (git's default rename detection, measured by lines);
 * the pair becomes one touched file renamed from the removed path.
 */
async function pairRenames(cwd, tree, root, touched, removedPaths) {
    const removed = touched.filter((f) => removedPaths.has(f.path));
    const added = touched.filter((f) => f.basePath === undefined);
    if (removed.length === 0 || added.length === 0)
        return touched;
    const read = await readEntries(cwd, tree, removed.map((f) => f.path));
    const before = removed.map((f) => {
        const file = read?.get(f.path);
        return file?.ok ? file.bytes : undefined;
    });
    const after = added.map((f) => {
        const read = readConfined(path.join(cwd, f.path), [root]);
        return read.ok ? read.bytes : undefined;
    });
    const candidates = [];
    for (const [from, a] of before.entries())
        for (const [to, b] of after.entries()) {
            const score = a && b ? similarity(a, b) : 0;
            if (score >= RENAME_SIMILARITY)
                candidates.push({ score, from, to });
        }
    candidates.sort((x, y) => y.score - x.score || x.from - y.from || x.to - y.to);
    const renamedFrom = new Map();
    const gone = new Set();
    for (const { from, to } of candidates) {
        if (gone.has(removed[from]) || renamedFrom.has(added[to]))
            continue;
        gone.add(removed[from]);
        renamedFrom.set(added[to], removed[from].path);
    }
    return touched
        .filter((f) => !gone.has(f))
        .map((f) => (renamedFrom.has(f) ? { path: f.path, basePath: renamedFrom.get(f) } : f));
}
/** The share of the larger content, in bytes, made of lines the other content has too. */
function similarity(a, b) {
    const count = new Map();
    for (const line of a.toString('utf8').split('\n'))
        count.set(line, (count.get(line) ?? 0) + 1);
    let common = 0;
    for (const line of b.toString('utf8').split('\n')) {
        const left = count.get(line) ?? 0;
        if (left === 0)
            continue;
        count.set(line, left - 1);
        common += Buffer.byteLength(line) + 1;
    }
    return common / Math.max(a.length, b.length, 1);
}
/**
 * The object id git gives a work-tree file's content as it is (a symbolic link: its target);
 * undefined where it cannot be the base's, a file of another size than `baseSize` among them.
 */
function blobId(file, root, algorithm, baseSize, folders) {
    let content;
    try {
        const stat = lstatSync(file);
        if (stat.isSymbolicLink())
            content = Buffer.from(readlinkSync(file));
        else if (baseSize !== undefined && stat.size !== baseSize)
            return undefined;
        else {
            const read = readConfined(file, [root], undefined, folders);
            if (!read.ok)
                return undefined;
            content = read.bytes;
        }
    }
    catch {
        return undefined;
    }
    return createHash(algorithm).update(`blob ${content.length}\0`).update(content).digest('hex');
}
/** A file's content at a commit, or undefined where the commit has no such file. */
async function fileAtCommit(cwd, commit, file) {
    const result = await git(['cat-file', 'blob', `${commit}:./${file}`], cwd);
    return result.ok ? result.stdout : undefined;
}
/** The whole tree of a commit under `cwd`, paths relative to it: one `git ls-tree`. */
async function treeEntries(cwd, commit) {
    const tree = await git(['ls-tree', '-r', '-z', '-l', commit], cwd);
    if (!tree.ok)
        return undefined;
    const entries = new Map();
    for (const line of tree.stdout.toString('utf8').split('\0')) {
        // `<mode> <type> <object> <size, padded; - for a commit>\t<path>`.
        const match = /^(\d+) (\w+) ([0-9a-f]+) +(-|\d+)\t(.+)$/s.exec(line);
        if (!match)
            continue;
        const [, mode, type, id, size, file] = match;
        entries.set(file, { mode, type, id, size: size === '-' ? undefined : Number(size) });
    }
    return entries;
}
/**
 * Files as they are at a commit, paths relative to `cwd`, read in one batch: one `git ls-tree` and
 * one `git cat-file --batch`, however many files. Git reads only blobs (no work tree, no filter or
 * textconv driver); symbolic links, submodules and files over the size limit are refused as the
 * head side refuses them, without reading them. A path the commit lacks is absent from the map;
 * undefined where git cannot list the commit.
 */
async function filesAtCommit(cwd, commit, files) {
    const tree = await treeEntries(cwd, commit);
    return tree && readEntries(cwd, tree, files);
}
async function readEntries(cwd, tree, files) {
    const result = new Map();
    const blobs = [];
    for (const file of new Set(files)) {
        const entry = tree.get(file);
        if (!entry)
            continue;
        const refusal = entry.type !== 'blob'
            ? 'A submodule, not a regular file; not read'
            : entry.mode === '120000'
                ? 'A symbolic link; not followed at the base revision'
                : entry.size !== undefined && entry.size > MAX_FILE_BYTES
                    ? `${entry.size} bytes, above the ${MAX_FILE_BYTES}-byte limit; not read`
                    : undefined;
        if (refusal)
            result.set(file, { ok: false, message: refusal });
        else
            blobs.push({ file, id: entry.id });
    }
    if (blobs.length === 0)
        return result;
    const contents = await catFileBatch(cwd, blobs.map((b) => b.id));
    if (!contents)
        return undefined;
    blobs.forEach(({ file }, i) => {
        const bytes = contents[i];
        result.set(file, bytes ? { ok: true, bytes } : { ok: false, message: 'Missing from the repository; not read' });
    });
    return result;
}
/**
 * The contents of blobs by object id, through one `git cat-file --batch` process: ids in on its
 * standard input, `<id> blob <size>\n<bytes>\n` out (`<id> missing` for an unknown one).
 */
function catFileBatch(cwd, ids) {
    return new Promise((resolve) => {
        const child = spawn('git', [...SAFE_GIT, 'cat-file', '--batch'], {
            cwd,
            env: { ...process.env, ...GIT_ENV },
            stdio: ['pipe', 'pipe', 'ignore'],
            timeout: 120_000,
        });
        const chunks = [];
        child.stdout.on('data', (chunk) => chunks.push(chunk));
        child.on('error', () => resolve(undefined));
        child.stdin.on('error', () => undefined);
        child.on('close', (code) => {
            if (code !== 0)
                return resolve(undefined);
            resolve(parseBatch(Buffer.concat(chunks), ids.length));
        });
        child.stdin.end(ids.map((id) => `${id}\n`).join(''));
    });
}
function parseBatch(out, count) {
    const contents = [];
    let at = 0;
    while (contents.length < count) {
        const eol = out.indexOf(0x0a, at);
        if (eol < 0)
            return undefined;
        const header = out.toString('latin1', at, eol).split(' ');
        at = eol + 1;
        if (header.length !== 3) {
            contents.push(undefined);
            continue;
        }
        const size = Number(header[2]);
        if (!Number.isSafeInteger(size) || at + size > out.length)
            return undefined;
        contents.push(header[1] === 'blob' ? out.subarray(at, at + size) : undefined);
        // The content, then a newline.
        at += size + 1;
    }
    return contents;
}
/** Whether a repository path lies inside one of the linted paths (relative to the same folder). */
function insidePaths(paths) {
    const roots = paths.map((p) => path.posix.normalize(p.replace(/\\/g, '/')).replace(/\/$/, ''));
    return (file) => roots.some((root) => root === '.' || file === root || file.startsWith(`${root}/`));
}

;// CONCATENATED MODULE: ./src/sources/index.ts
// The door of src/sources: listing and reading files, YAML, and the formats Flink configs come in.


















/***/ }),

/***/ 181:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("buffer");

/***/ }),

/***/ 7598:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:crypto");

/***/ }),

/***/ 3024:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:fs");

/***/ }),

/***/ 6760:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:path");

/***/ }),

/***/ 3136:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:url");

/***/ }),

/***/ 932:
/***/ ((module) => {

module.exports = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("process");

/***/ }),

/***/ 7349:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveBlockMap = __nccwpck_require__(7103);
var resolveBlockSeq = __nccwpck_require__(334);
var resolveFlowCollection = __nccwpck_require__(3142);

function resolveCollection(CN, ctx, token, onError, tagName, tag) {
    const coll = token.type === 'block-map'
        ? resolveBlockMap.resolveBlockMap(CN, ctx, token, onError, tag)
        : token.type === 'block-seq'
            ? resolveBlockSeq.resolveBlockSeq(CN, ctx, token, onError, tag)
            : resolveFlowCollection.resolveFlowCollection(CN, ctx, token, onError, tag);
    const Coll = coll.constructor;
    // If we got a tagName matching the class, or the tag name is '!',
    // then use the tagName from the node class used to create it.
    if (tagName === '!' || tagName === Coll.tagName) {
        coll.tag = Coll.tagName;
        return coll;
    }
    if (tagName)
        coll.tag = tagName;
    return coll;
}
function composeCollection(CN, ctx, token, props, onError) {
    const tagToken = props.tag;
    const tagName = !tagToken
        ? null
        : ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg));
    if (token.type === 'block-seq') {
        const { anchor, newlineAfterProp: nl } = props;
        const lastProp = anchor && tagToken
            ? anchor.offset > tagToken.offset
                ? anchor
                : tagToken
            : (anchor ?? tagToken);
        if (lastProp && (!nl || nl.offset < lastProp.offset)) {
            const message = 'Missing newline after block sequence props';
            onError(lastProp, 'MISSING_CHAR', message);
        }
    }
    const expType = token.type === 'block-map'
        ? 'map'
        : token.type === 'block-seq'
            ? 'seq'
            : token.start.source === '{'
                ? 'map'
                : 'seq';
    // shortcut: check if it's a generic YAMLMap or YAMLSeq
    // before jumping into the custom tag logic.
    if (!tagToken ||
        !tagName ||
        tagName === '!' ||
        (tagName === YAMLMap.YAMLMap.tagName && expType === 'map') ||
        (tagName === YAMLSeq.YAMLSeq.tagName && expType === 'seq')) {
        return resolveCollection(CN, ctx, token, onError, tagName);
    }
    let tag = ctx.schema.tags.find(t => t.tag === tagName && t.collection === expType);
    if (!tag) {
        const kt = ctx.schema.knownTags[tagName];
        if (kt?.collection === expType) {
            ctx.schema.tags.push(Object.assign({}, kt, { default: false }));
            tag = kt;
        }
        else {
            if (kt) {
                onError(tagToken, 'BAD_COLLECTION_TYPE', `${kt.tag} used for ${expType} collection, but expects ${kt.collection ?? 'scalar'}`, true);
            }
            else {
                onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, true);
            }
            return resolveCollection(CN, ctx, token, onError, tagName);
        }
    }
    const coll = resolveCollection(CN, ctx, token, onError, tagName, tag);
    const res = tag.resolve?.(coll, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg), ctx.options) ?? coll;
    const node = identity.isNode(res)
        ? res
        : new Scalar.Scalar(res);
    node.range = coll.range;
    node.tag = tagName;
    if (tag?.format)
        node.format = tag.format;
    return node;
}

exports.composeCollection = composeCollection;


/***/ }),

/***/ 3683:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Document = __nccwpck_require__(3021);
var composeNode = __nccwpck_require__(5937);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);

function composeDoc(options, directives, { offset, start, value, end }, onError) {
    const opts = Object.assign({ _directives: directives }, options);
    const doc = new Document.Document(undefined, opts);
    const ctx = {
        atKey: false,
        atRoot: true,
        directives: doc.directives,
        options: doc.options,
        schema: doc.schema
    };
    const props = resolveProps.resolveProps(start, {
        indicator: 'doc-start',
        next: value ?? end?.[0],
        offset,
        onError,
        parentIndent: 0,
        startOnNewline: true
    });
    if (props.found) {
        doc.directives.docStart = true;
        if (value &&
            (value.type === 'block-map' || value.type === 'block-seq') &&
            !props.hasNewline)
            onError(props.end, 'MISSING_CHAR', 'Block collection cannot start on same line with directives-end marker');
    }
    // @ts-expect-error If Contents is set, let's trust the user
    doc.contents = value
        ? composeNode.composeNode(ctx, value, props, onError)
        : composeNode.composeEmptyNode(ctx, props.end, start, null, props, onError);
    const contentEnd = doc.contents.range[2];
    const re = resolveEnd.resolveEnd(end, contentEnd, false, onError);
    if (re.comment)
        doc.comment = re.comment;
    doc.range = [offset, contentEnd, re.offset];
    return doc;
}

exports.composeDoc = composeDoc;


/***/ }),

/***/ 5937:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var composeCollection = __nccwpck_require__(7349);
var composeScalar = __nccwpck_require__(5413);
var resolveEnd = __nccwpck_require__(7788);
var utilEmptyScalarPosition = __nccwpck_require__(2599);

const CN = { composeNode, composeEmptyNode };
function composeNode(ctx, token, props, onError) {
    const atKey = ctx.atKey;
    const { spaceBefore, comment, anchor, tag } = props;
    let node;
    let isSrcToken = true;
    switch (token.type) {
        case 'alias':
            node = composeAlias(ctx, token, onError);
            if (anchor || tag)
                onError(token, 'ALIAS_PROPS', 'An alias node must not specify any properties');
            break;
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'block-scalar':
            node = composeScalar.composeScalar(ctx, token, tag, onError);
            if (anchor)
                node.anchor = anchor.source.substring(1);
            break;
        case 'block-map':
        case 'block-seq':
        case 'flow-collection':
            try {
                node = composeCollection.composeCollection(CN, ctx, token, props, onError);
                if (anchor)
                    node.anchor = anchor.source.substring(1);
            }
            catch (error) {
                // Almost certainly here due to a stack overflow
                const message = error instanceof Error ? error.message : String(error);
                onError(token, 'RESOURCE_EXHAUSTION', message);
            }
            break;
        default: {
            const message = token.type === 'error'
                ? token.message
                : `Unsupported token (type: ${token.type})`;
            onError(token, 'UNEXPECTED_TOKEN', message);
            isSrcToken = false;
        }
    }
    node ?? (node = composeEmptyNode(ctx, token.offset, undefined, null, props, onError));
    if (anchor && node.anchor === '')
        onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    if (atKey &&
        ctx.options.stringKeys &&
        (!identity.isScalar(node) ||
            typeof node.value !== 'string' ||
            (node.tag && node.tag !== 'tag:yaml.org,2002:str'))) {
        const msg = 'With stringKeys, all keys must be strings';
        onError(tag ?? token, 'NON_STRING_KEY', msg);
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        if (token.type === 'scalar' && token.source === '')
            node.comment = comment;
        else
            node.commentBefore = comment;
    }
    // @ts-expect-error Type checking misses meaning of isSrcToken
    if (ctx.options.keepSourceTokens && isSrcToken)
        node.srcToken = token;
    return node;
}
function composeEmptyNode(ctx, offset, before, pos, { spaceBefore, comment, anchor, tag, end }, onError) {
    const token = {
        type: 'scalar',
        offset: utilEmptyScalarPosition.emptyScalarPosition(offset, before, pos),
        indent: -1,
        source: ''
    };
    const node = composeScalar.composeScalar(ctx, token, tag, onError);
    if (anchor) {
        node.anchor = anchor.source.substring(1);
        if (node.anchor === '')
            onError(anchor, 'BAD_ALIAS', 'Anchor cannot be an empty string');
    }
    if (spaceBefore)
        node.spaceBefore = true;
    if (comment) {
        node.comment = comment;
        node.range[2] = end;
    }
    return node;
}
function composeAlias({ options }, { offset, source, end }, onError) {
    const alias = new Alias.Alias(source.substring(1));
    if (alias.source === '')
        onError(offset, 'BAD_ALIAS', 'Alias cannot be an empty string');
    if (alias.source.endsWith(':'))
        onError(offset + source.length - 1, 'BAD_ALIAS', 'Alias ending in : is ambiguous', true);
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, options.strict, onError);
    alias.range = [offset, valueEnd, re.offset];
    if (re.comment)
        alias.comment = re.comment;
    return alias;
}

exports.composeEmptyNode = composeEmptyNode;
exports.composeNode = composeNode;


/***/ }),

/***/ 5413:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);

function composeScalar(ctx, token, tagToken, onError) {
    const { value, type, comment, range } = token.type === 'block-scalar'
        ? resolveBlockScalar.resolveBlockScalar(ctx, token, onError)
        : resolveFlowScalar.resolveFlowScalar(token, ctx.options.strict, onError);
    const tagName = tagToken
        ? ctx.directives.tagName(tagToken.source, msg => onError(tagToken, 'TAG_RESOLVE_FAILED', msg))
        : null;
    let tag;
    if (ctx.options.stringKeys && ctx.atKey) {
        tag = ctx.schema[identity.SCALAR];
    }
    else if (tagName)
        tag = findScalarTagByName(ctx.schema, value, tagName, tagToken, onError);
    else if (token.type === 'scalar')
        tag = findScalarTagByTest(ctx, value, token, onError);
    else
        tag = ctx.schema[identity.SCALAR];
    let scalar;
    try {
        const res = tag.resolve(value, msg => onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg), ctx.options);
        scalar = identity.isScalar(res) ? res : new Scalar.Scalar(res);
    }
    catch (error) {
        const msg = error instanceof Error ? error.message : String(error);
        onError(tagToken ?? token, 'TAG_RESOLVE_FAILED', msg);
        scalar = new Scalar.Scalar(value);
    }
    scalar.range = range;
    scalar.source = value;
    if (type)
        scalar.type = type;
    if (tagName)
        scalar.tag = tagName;
    if (tag.format)
        scalar.format = tag.format;
    if (comment)
        scalar.comment = comment;
    return scalar;
}
function findScalarTagByName(schema, value, tagName, tagToken, onError) {
    if (tagName === '!')
        return schema[identity.SCALAR]; // non-specific tag
    const matchWithTest = [];
    for (const tag of schema.tags) {
        if (!tag.collection && tag.tag === tagName) {
            if (tag.default && tag.test)
                matchWithTest.push(tag);
            else
                return tag;
        }
    }
    for (const tag of matchWithTest)
        if (tag.test?.test(value))
            return tag;
    const kt = schema.knownTags[tagName];
    if (kt && !kt.collection) {
        // Ensure that the known tag is available for stringifying,
        // but does not get used by default.
        schema.tags.push(Object.assign({}, kt, { default: false, test: undefined }));
        return kt;
    }
    onError(tagToken, 'TAG_RESOLVE_FAILED', `Unresolved tag: ${tagName}`, tagName !== 'tag:yaml.org,2002:str');
    return schema[identity.SCALAR];
}
function findScalarTagByTest({ atKey, directives, schema }, value, token, onError) {
    const tag = schema.tags.find(tag => (tag.default === true || (atKey && tag.default === 'key')) &&
        tag.test?.test(value)) || schema[identity.SCALAR];
    if (schema.compat) {
        const compat = schema.compat.find(tag => tag.default && tag.test?.test(value)) ??
            schema[identity.SCALAR];
        if (tag.tag !== compat.tag) {
            const ts = directives.tagString(tag.tag);
            const cs = directives.tagString(compat.tag);
            const msg = `Value may be parsed as either ${ts} or ${cs}`;
            onError(token, 'TAG_RESOLVE_FAILED', msg, true);
        }
    }
    return tag;
}

exports.composeScalar = composeScalar;


/***/ }),

/***/ 9984:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var directives = __nccwpck_require__(1342);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var identity = __nccwpck_require__(1127);
var composeDoc = __nccwpck_require__(3683);
var resolveEnd = __nccwpck_require__(7788);

function getErrorPos(src) {
    if (typeof src === 'number')
        return [src, src + 1];
    if (Array.isArray(src))
        return src.length === 2 ? src : [src[0], src[1]];
    const { offset, source } = src;
    return [offset, offset + (typeof source === 'string' ? source.length : 1)];
}
function parsePrelude(prelude) {
    let comment = '';
    let atComment = false;
    let afterEmptyLine = false;
    for (let i = 0; i < prelude.length; ++i) {
        const source = prelude[i];
        switch (source[0]) {
            case '#':
                comment +=
                    (comment === '' ? '' : afterEmptyLine ? '\n\n' : '\n') +
                        (source.substring(1) || ' ');
                atComment = true;
                afterEmptyLine = false;
                break;
            case '%':
                if (prelude[i + 1]?.[0] !== '#')
                    i += 1;
                atComment = false;
                break;
            default:
                // This may be wrong after doc-end, but in that case it doesn't matter
                if (!atComment)
                    afterEmptyLine = true;
                atComment = false;
        }
    }
    return { comment, afterEmptyLine };
}
/**
 * Compose a stream of CST nodes into a stream of YAML Documents.
 *
 * ```ts
 * import { Composer, Parser } from 'yaml'
 *
 * const src: string = ...
 * const tokens = new Parser().parse(src)
 * const docs = new Composer().compose(tokens)
 * ```
 */
class Composer {
    constructor(options = {}) {
        this.doc = null;
        this.atDirectives = false;
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
        this.onError = (source, code, message, warning) => {
            const pos = getErrorPos(source);
            if (warning)
                this.warnings.push(new errors.YAMLWarning(pos, code, message));
            else
                this.errors.push(new errors.YAMLParseError(pos, code, message));
        };
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        this.directives = new directives.Directives({ version: options.version || '1.2' });
        this.options = options;
    }
    decorate(doc, afterDoc) {
        const { comment, afterEmptyLine } = parsePrelude(this.prelude);
        //console.log({ dc: doc.comment, prelude, comment })
        if (comment) {
            const dc = doc.contents;
            if (afterDoc) {
                doc.comment = doc.comment ? `${doc.comment}\n${comment}` : comment;
            }
            else if (afterEmptyLine || doc.directives.docStart || !dc) {
                doc.commentBefore = comment;
            }
            else if (identity.isCollection(dc) && !dc.flow && dc.items.length > 0) {
                let it = dc.items[0];
                if (identity.isPair(it))
                    it = it.key;
                const cb = it.commentBefore;
                it.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
            else {
                const cb = dc.commentBefore;
                dc.commentBefore = cb ? `${comment}\n${cb}` : comment;
            }
        }
        if (afterDoc) {
            for (let i = 0; i < this.errors.length; ++i)
                doc.errors.push(this.errors[i]);
            for (let i = 0; i < this.warnings.length; ++i)
                doc.warnings.push(this.warnings[i]);
        }
        else {
            doc.errors = this.errors;
            doc.warnings = this.warnings;
        }
        this.prelude = [];
        this.errors = [];
        this.warnings = [];
    }
    /**
     * Current stream status information.
     *
     * Mostly useful at the end of input for an empty stream.
     */
    streamInfo() {
        return {
            comment: parsePrelude(this.prelude).comment,
            directives: this.directives,
            errors: this.errors,
            warnings: this.warnings
        };
    }
    /**
     * Compose tokens into documents.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *compose(tokens, forceDoc = false, endOffset = -1) {
        for (const token of tokens)
            yield* this.next(token);
        yield* this.end(forceDoc, endOffset);
    }
    /** Advance the composer by one CST token. */
    *next(token) {
        if (node_process.env.LOG_STREAM)
            console.dir(token, { depth: null });
        switch (token.type) {
            case 'directive':
                this.directives.add(token.source, (offset, message, warning) => {
                    const pos = getErrorPos(token);
                    pos[0] += offset;
                    this.onError(pos, 'BAD_DIRECTIVE', message, warning);
                });
                this.prelude.push(token.source);
                this.atDirectives = true;
                break;
            case 'document': {
                const doc = composeDoc.composeDoc(this.options, this.directives, token, this.onError);
                if (this.atDirectives && !doc.directives.docStart)
                    this.onError(token, 'MISSING_CHAR', 'Missing directives-end/doc-start indicator line');
                this.decorate(doc, false);
                if (this.doc)
                    yield this.doc;
                this.doc = doc;
                this.atDirectives = false;
                break;
            }
            case 'byte-order-mark':
            case 'space':
                break;
            case 'comment':
            case 'newline':
                this.prelude.push(token.source);
                break;
            case 'error': {
                const msg = token.source
                    ? `${token.message}: ${JSON.stringify(token.source)}`
                    : token.message;
                const error = new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg);
                if (this.atDirectives || !this.doc)
                    this.errors.push(error);
                else
                    this.doc.errors.push(error);
                break;
            }
            case 'doc-end': {
                if (!this.doc) {
                    const msg = 'Unexpected doc-end without preceding document';
                    this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', msg));
                    break;
                }
                this.doc.directives.docEnd = true;
                const end = resolveEnd.resolveEnd(token.end, token.offset + token.source.length, this.doc.options.strict, this.onError);
                this.decorate(this.doc, true);
                if (end.comment) {
                    const dc = this.doc.comment;
                    this.doc.comment = dc ? `${dc}\n${end.comment}` : end.comment;
                }
                this.doc.range[2] = end.offset;
                break;
            }
            default:
                this.errors.push(new errors.YAMLParseError(getErrorPos(token), 'UNEXPECTED_TOKEN', `Unsupported token ${token.type}`));
        }
    }
    /**
     * Call at end of input to yield any remaining document.
     *
     * @param forceDoc - If the stream contains no document, still emit a final document including any comments and directives that would be applied to a subsequent document.
     * @param endOffset - Should be set if `forceDoc` is also set, to set the document range end and to indicate errors correctly.
     */
    *end(forceDoc = false, endOffset = -1) {
        if (this.doc) {
            this.decorate(this.doc, true);
            yield this.doc;
            this.doc = null;
        }
        else if (forceDoc) {
            const opts = Object.assign({ _directives: this.directives }, this.options);
            const doc = new Document.Document(undefined, opts);
            if (this.atDirectives)
                this.onError(endOffset, 'MISSING_CHAR', 'Missing directives-end indicator line');
            doc.range = [0, endOffset, endOffset];
            this.decorate(doc, false);
            yield doc;
        }
    }
}

exports.Composer = Composer;


/***/ }),

/***/ 7103:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilFlowIndentCheck = __nccwpck_require__(4051);
var utilMapIncludes = __nccwpck_require__(1187);

const startColMsg = 'All mapping items must start at the same column';
function resolveBlockMap({ composeNode, composeEmptyNode }, ctx, bm, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLMap.YAMLMap;
    const map = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    let offset = bm.offset;
    let commentEnd = null;
    for (const collItem of bm.items) {
        const { start, key, sep, value } = collItem;
        // key properties
        const keyProps = resolveProps.resolveProps(start, {
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: bm.indent,
            startOnNewline: true
        });
        const implicitKey = !keyProps.found;
        if (implicitKey) {
            if (key) {
                if (key.type === 'block-seq')
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'A block sequence may not be used as an implicit map key');
                else if ('indent' in key && key.indent !== bm.indent)
                    onError(offset, 'BAD_INDENT', startColMsg);
            }
            if (!keyProps.anchor && !keyProps.tag && !sep) {
                commentEnd = keyProps.end;
                if (keyProps.comment) {
                    if (map.comment)
                        map.comment += '\n' + keyProps.comment;
                    else
                        map.comment = keyProps.comment;
                }
                continue;
            }
            if (keyProps.newlineAfterProp || utilContainsNewline.containsNewline(key)) {
                onError(key ?? start[start.length - 1], 'MULTILINE_IMPLICIT_KEY', 'Implicit keys need to be on a single line');
            }
        }
        else if (keyProps.found?.indent !== bm.indent) {
            onError(offset, 'BAD_INDENT', startColMsg);
        }
        // key value
        ctx.atKey = true;
        const keyStart = keyProps.end;
        const keyNode = key
            ? composeNode(ctx, key, keyProps, onError)
            : composeEmptyNode(ctx, keyStart, start, null, keyProps, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bm.indent, key, onError);
        ctx.atKey = false;
        if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
            onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
        // value properties
        const valueProps = resolveProps.resolveProps(sep ?? [], {
            indicator: 'map-value-ind',
            next: value,
            offset: keyNode.range[2],
            onError,
            parentIndent: bm.indent,
            startOnNewline: !key || key.type === 'block-scalar'
        });
        offset = valueProps.end;
        if (valueProps.found) {
            if (implicitKey) {
                if (value?.type === 'block-map' && !valueProps.hasNewline)
                    onError(offset, 'BLOCK_AS_IMPLICIT_KEY', 'Nested mappings are not allowed in compact mappings');
                if (ctx.options.strict &&
                    keyProps.start < valueProps.found.offset - 1024)
                    onError(keyNode.range, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit block mapping key');
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : composeEmptyNode(ctx, offset, sep, null, valueProps, onError);
            if (ctx.schema.compat)
                utilFlowIndentCheck.flowIndentCheck(bm.indent, value, onError);
            offset = valueNode.range[2];
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
        else {
            // key with no value
            if (implicitKey)
                onError(keyNode.range, 'MISSING_CHAR', 'Implicit map keys need to be followed by map values');
            if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            map.items.push(pair);
        }
    }
    if (commentEnd && commentEnd < offset)
        onError(commentEnd, 'IMPOSSIBLE', 'Map comment with trailing content');
    map.range = [bm.offset, offset, commentEnd ?? offset];
    return map;
}

exports.resolveBlockMap = resolveBlockMap;


/***/ }),

/***/ 8913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function resolveBlockScalar(ctx, scalar, onError) {
    const start = scalar.offset;
    const header = parseBlockScalarHeader(scalar, ctx.options.strict, onError);
    if (!header)
        return { value: '', type: null, comment: '', range: [start, start, start] };
    const type = header.mode === '>' ? Scalar.Scalar.BLOCK_FOLDED : Scalar.Scalar.BLOCK_LITERAL;
    const lines = scalar.source ? splitLines(scalar.source) : [];
    // determine the end of content & start of chomping
    let chompStart = lines.length;
    for (let i = lines.length - 1; i >= 0; --i) {
        const content = lines[i][1];
        if (content === '' || content === '\r')
            chompStart = i;
        else
            break;
    }
    // shortcut for empty contents
    if (chompStart === 0) {
        const value = header.chomp === '+' && lines.length > 0
            ? '\n'.repeat(Math.max(1, lines.length - 1))
            : '';
        let end = start + header.length;
        if (scalar.source)
            end += scalar.source.length;
        return { value, type, comment: header.comment, range: [start, end, end] };
    }
    // find the indentation level to trim from start
    let trimIndent = scalar.indent + header.indent;
    let offset = scalar.offset + header.length;
    let contentStart = 0;
    for (let i = 0; i < chompStart; ++i) {
        const [indent, content] = lines[i];
        if (content === '' || content === '\r') {
            if (header.indent === 0 && indent.length > trimIndent)
                trimIndent = indent.length;
        }
        else {
            if (indent.length < trimIndent) {
                const message = 'Block scalars with more-indented leading empty lines must use an explicit indentation indicator';
                onError(offset + indent.length, 'MISSING_CHAR', message);
            }
            if (header.indent === 0)
                trimIndent = indent.length;
            contentStart = i;
            if (trimIndent === 0 && !ctx.atRoot) {
                const message = 'Block scalar values in collections must be indented';
                onError(offset, 'BAD_INDENT', message);
            }
            break;
        }
        offset += indent.length + content.length + 1;
    }
    // include trailing more-indented empty lines in content
    for (let i = lines.length - 1; i >= chompStart; --i) {
        if (lines[i][0].length > trimIndent)
            chompStart = i + 1;
    }
    let value = '';
    let sep = '';
    let prevMoreIndented = false;
    // leading whitespace is kept intact
    for (let i = 0; i < contentStart; ++i)
        value += lines[i][0].slice(trimIndent) + '\n';
    for (let i = contentStart; i < chompStart; ++i) {
        let [indent, content] = lines[i];
        offset += indent.length + content.length + 1;
        const crlf = content[content.length - 1] === '\r';
        if (crlf)
            content = content.slice(0, -1);
        /* istanbul ignore if already caught in lexer */
        if (content && indent.length < trimIndent) {
            const src = header.indent
                ? 'explicit indentation indicator'
                : 'first line';
            const message = `Block scalar lines must not be less indented than their ${src}`;
            onError(offset - content.length - (crlf ? 2 : 1), 'BAD_INDENT', message);
            indent = '';
        }
        if (type === Scalar.Scalar.BLOCK_LITERAL) {
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
        }
        else if (indent.length > trimIndent || content[0] === '\t') {
            // more-indented content within a folded block
            if (sep === ' ')
                sep = '\n';
            else if (!prevMoreIndented && sep === '\n')
                sep = '\n\n';
            value += sep + indent.slice(trimIndent) + content;
            sep = '\n';
            prevMoreIndented = true;
        }
        else if (content === '') {
            // empty line
            if (sep === '\n')
                value += '\n';
            else
                sep = '\n';
        }
        else {
            value += sep + content;
            sep = ' ';
            prevMoreIndented = false;
        }
    }
    switch (header.chomp) {
        case '-':
            break;
        case '+':
            for (let i = chompStart; i < lines.length; ++i)
                value += '\n' + lines[i][0].slice(trimIndent);
            if (value[value.length - 1] !== '\n')
                value += '\n';
            break;
        default:
            value += '\n';
    }
    const end = start + header.length + scalar.source.length;
    return { value, type, comment: header.comment, range: [start, end, end] };
}
function parseBlockScalarHeader({ offset, props }, strict, onError) {
    /* istanbul ignore if should not happen */
    if (props[0].type !== 'block-scalar-header') {
        onError(props[0], 'IMPOSSIBLE', 'Block scalar header not found');
        return null;
    }
    const { source } = props[0];
    const mode = source[0];
    let indent = 0;
    let chomp = '';
    let error = -1;
    for (let i = 1; i < source.length; ++i) {
        const ch = source[i];
        if (!chomp && (ch === '-' || ch === '+'))
            chomp = ch;
        else {
            const n = Number(ch);
            if (!indent && n)
                indent = n;
            else if (error === -1)
                error = offset + i;
        }
    }
    if (error !== -1)
        onError(error, 'UNEXPECTED_TOKEN', `Block scalar header includes extra characters: ${source}`);
    let hasSpace = false;
    let comment = '';
    let length = source.length;
    for (let i = 1; i < props.length; ++i) {
        const token = props[i];
        switch (token.type) {
            case 'space':
                hasSpace = true;
            // fallthrough
            case 'newline':
                length += token.source.length;
                break;
            case 'comment':
                if (strict && !hasSpace) {
                    const message = 'Comments must be separated from other tokens by white space characters';
                    onError(token, 'MISSING_CHAR', message);
                }
                length += token.source.length;
                comment = token.source.substring(1);
                break;
            case 'error':
                onError(token, 'UNEXPECTED_TOKEN', token.message);
                length += token.source.length;
                break;
            /* istanbul ignore next should not happen */
            default: {
                const message = `Unexpected token in block scalar header: ${token.type}`;
                onError(token, 'UNEXPECTED_TOKEN', message);
                const ts = token.source;
                if (ts && typeof ts === 'string')
                    length += ts.length;
            }
        }
    }
    return { mode, indent, chomp, comment, length };
}
/** @returns Array of lines split up as `[indent, content]` */
function splitLines(source) {
    const split = source.split(/\n( *)/);
    const first = split[0];
    const m = first.match(/^( *)/);
    const line0 = m?.[1]
        ? [m[1], first.slice(m[1].length)]
        : ['', first];
    const lines = [line0];
    for (let i = 1; i < split.length; i += 2)
        lines.push([split[i], split[i + 1]]);
    return lines;
}

exports.resolveBlockScalar = resolveBlockScalar;


/***/ }),

/***/ 334:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var YAMLSeq = __nccwpck_require__(2223);
var resolveProps = __nccwpck_require__(4631);
var utilFlowIndentCheck = __nccwpck_require__(4051);

function resolveBlockSeq({ composeNode, composeEmptyNode }, ctx, bs, onError, tag) {
    const NodeClass = tag?.nodeClass ?? YAMLSeq.YAMLSeq;
    const seq = new NodeClass(ctx.schema);
    if (ctx.atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = bs.offset;
    let commentEnd = null;
    for (const { start, value } of bs.items) {
        const props = resolveProps.resolveProps(start, {
            indicator: 'seq-item-ind',
            next: value,
            offset,
            onError,
            parentIndent: bs.indent,
            startOnNewline: true
        });
        if (!props.found) {
            if (props.anchor || props.tag || value) {
                if (value?.type === 'block-seq')
                    onError(props.end, 'BAD_INDENT', 'All sequence items must start at the same column');
                else
                    onError(offset, 'MISSING_CHAR', 'Sequence item without - indicator');
            }
            else {
                commentEnd = props.end;
                if (props.comment)
                    seq.comment = props.comment;
                continue;
            }
        }
        const node = value
            ? composeNode(ctx, value, props, onError)
            : composeEmptyNode(ctx, props.end, start, null, props, onError);
        if (ctx.schema.compat)
            utilFlowIndentCheck.flowIndentCheck(bs.indent, value, onError);
        offset = node.range[2];
        seq.items.push(node);
    }
    seq.range = [bs.offset, offset, commentEnd ?? offset];
    return seq;
}

exports.resolveBlockSeq = resolveBlockSeq;


/***/ }),

/***/ 7788:
/***/ ((__unused_webpack_module, exports) => {



function resolveEnd(end, offset, reqSpace, onError) {
    let comment = '';
    if (end) {
        let hasSpace = false;
        let sep = '';
        for (const token of end) {
            const { source, type } = token;
            switch (type) {
                case 'space':
                    hasSpace = true;
                    break;
                case 'comment': {
                    if (reqSpace && !hasSpace)
                        onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                    const cb = source.substring(1) || ' ';
                    if (!comment)
                        comment = cb;
                    else
                        comment += sep + cb;
                    sep = '';
                    break;
                }
                case 'newline':
                    if (comment)
                        sep += source;
                    hasSpace = true;
                    break;
                default:
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${type} at node end`);
            }
            offset += source.length;
        }
    }
    return { comment, offset };
}

exports.resolveEnd = resolveEnd;


/***/ }),

/***/ 3142:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var resolveEnd = __nccwpck_require__(7788);
var resolveProps = __nccwpck_require__(4631);
var utilContainsNewline = __nccwpck_require__(9499);
var utilMapIncludes = __nccwpck_require__(1187);

const blockMsg = 'Block collections are not allowed within flow collections';
const isBlock = (token) => token && (token.type === 'block-map' || token.type === 'block-seq');
function resolveFlowCollection({ composeNode, composeEmptyNode }, ctx, fc, onError, tag) {
    const isMap = fc.start.source === '{';
    const fcName = isMap ? 'flow map' : 'flow sequence';
    const NodeClass = (tag?.nodeClass ?? (isMap ? YAMLMap.YAMLMap : YAMLSeq.YAMLSeq));
    const coll = new NodeClass(ctx.schema);
    coll.flow = true;
    const atRoot = ctx.atRoot;
    if (atRoot)
        ctx.atRoot = false;
    if (ctx.atKey)
        ctx.atKey = false;
    let offset = fc.offset + fc.start.source.length;
    for (let i = 0; i < fc.items.length; ++i) {
        const collItem = fc.items[i];
        const { start, key, sep, value } = collItem;
        const props = resolveProps.resolveProps(start, {
            flow: fcName,
            indicator: 'explicit-key-ind',
            next: key ?? sep?.[0],
            offset,
            onError,
            parentIndent: fc.indent,
            startOnNewline: false
        });
        if (!props.found) {
            if (!props.anchor && !props.tag && !sep && !value) {
                if (i === 0 && props.comma)
                    onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
                else if (i < fc.items.length - 1)
                    onError(props.start, 'UNEXPECTED_TOKEN', `Unexpected empty item in ${fcName}`);
                if (props.comment) {
                    if (coll.comment)
                        coll.comment += '\n' + props.comment;
                    else
                        coll.comment = props.comment;
                }
                offset = props.end;
                continue;
            }
            if (!isMap && ctx.options.strict && utilContainsNewline.containsNewline(key))
                onError(key, // checked by containsNewline()
                'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
        }
        if (i === 0) {
            if (props.comma)
                onError(props.comma, 'UNEXPECTED_TOKEN', `Unexpected , in ${fcName}`);
        }
        else {
            if (!props.comma)
                onError(props.start, 'MISSING_CHAR', `Missing , between ${fcName} items`);
            if (props.comment) {
                let prevItemComment = '';
                loop: for (const st of start) {
                    switch (st.type) {
                        case 'comma':
                        case 'space':
                            break;
                        case 'comment':
                            prevItemComment = st.source.substring(1);
                            break loop;
                        default:
                            break loop;
                    }
                }
                if (prevItemComment) {
                    let prev = coll.items[coll.items.length - 1];
                    if (identity.isPair(prev))
                        prev = prev.value ?? prev.key;
                    if (prev.comment)
                        prev.comment += '\n' + prevItemComment;
                    else
                        prev.comment = prevItemComment;
                    props.comment = props.comment.substring(prevItemComment.length + 1);
                }
            }
        }
        if (!isMap && !sep && !props.found) {
            // item is a value in a seq
            // → key & sep are empty, start does not include ? or :
            const valueNode = value
                ? composeNode(ctx, value, props, onError)
                : composeEmptyNode(ctx, props.end, sep, null, props, onError);
            coll.items.push(valueNode);
            offset = valueNode.range[2];
            if (isBlock(value))
                onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
        }
        else {
            // item is a key+value pair
            // key value
            ctx.atKey = true;
            const keyStart = props.end;
            const keyNode = key
                ? composeNode(ctx, key, props, onError)
                : composeEmptyNode(ctx, keyStart, start, null, props, onError);
            if (isBlock(key))
                onError(keyNode.range, 'BLOCK_IN_FLOW', blockMsg);
            ctx.atKey = false;
            // value properties
            const valueProps = resolveProps.resolveProps(sep ?? [], {
                flow: fcName,
                indicator: 'map-value-ind',
                next: value,
                offset: keyNode.range[2],
                onError,
                parentIndent: fc.indent,
                startOnNewline: false
            });
            if (valueProps.found) {
                if (!isMap && !props.found && ctx.options.strict) {
                    if (sep)
                        for (const st of sep) {
                            if (st === valueProps.found)
                                break;
                            if (st.type === 'newline') {
                                onError(st, 'MULTILINE_IMPLICIT_KEY', 'Implicit keys of flow sequence pairs need to be on a single line');
                                break;
                            }
                        }
                    if (props.start < valueProps.found.offset - 1024)
                        onError(valueProps.found, 'KEY_OVER_1024_CHARS', 'The : indicator must be at most 1024 chars after the start of an implicit flow sequence key');
                }
            }
            else if (value) {
                if ('source' in value && value.source?.[0] === ':')
                    onError(value, 'MISSING_CHAR', `Missing space after : in ${fcName}`);
                else
                    onError(valueProps.start, 'MISSING_CHAR', `Missing , or : between ${fcName} items`);
            }
            // value value
            const valueNode = value
                ? composeNode(ctx, value, valueProps, onError)
                : valueProps.found
                    ? composeEmptyNode(ctx, valueProps.end, sep, null, valueProps, onError)
                    : null;
            if (valueNode) {
                if (isBlock(value))
                    onError(valueNode.range, 'BLOCK_IN_FLOW', blockMsg);
            }
            else if (valueProps.comment) {
                if (keyNode.comment)
                    keyNode.comment += '\n' + valueProps.comment;
                else
                    keyNode.comment = valueProps.comment;
            }
            const pair = new Pair.Pair(keyNode, valueNode);
            if (ctx.options.keepSourceTokens)
                pair.srcToken = collItem;
            if (isMap) {
                const map = coll;
                if (utilMapIncludes.mapIncludes(ctx, map.items, keyNode))
                    onError(keyStart, 'DUPLICATE_KEY', 'Map keys must be unique');
                map.items.push(pair);
            }
            else {
                const map = new YAMLMap.YAMLMap(ctx.schema);
                map.flow = true;
                map.items.push(pair);
                const endRange = (valueNode ?? keyNode).range;
                map.range = [keyNode.range[0], endRange[1], endRange[2]];
                coll.items.push(map);
            }
            offset = valueNode ? valueNode.range[2] : valueProps.end;
        }
    }
    const expectedEnd = isMap ? '}' : ']';
    const [ce, ...ee] = fc.end;
    let cePos = offset;
    if (ce?.source === expectedEnd)
        cePos = ce.offset + ce.source.length;
    else {
        const name = fcName[0].toUpperCase() + fcName.substring(1);
        const msg = atRoot
            ? `${name} must end with a ${expectedEnd}`
            : `${name} in block collection must be sufficiently indented and end with a ${expectedEnd}`;
        onError(offset, atRoot ? 'MISSING_CHAR' : 'BAD_INDENT', msg);
        if (ce && ce.source.length !== 1)
            ee.unshift(ce);
    }
    if (ee.length > 0) {
        const end = resolveEnd.resolveEnd(ee, cePos, ctx.options.strict, onError);
        if (end.comment) {
            if (coll.comment)
                coll.comment += '\n' + end.comment;
            else
                coll.comment = end.comment;
        }
        coll.range = [fc.offset, cePos, end.offset];
    }
    else {
        coll.range = [fc.offset, cePos, cePos];
    }
    return coll;
}

exports.resolveFlowCollection = resolveFlowCollection;


/***/ }),

/***/ 6842:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var resolveEnd = __nccwpck_require__(7788);

function resolveFlowScalar(scalar, strict, onError) {
    const { offset, type, source, end } = scalar;
    let _type;
    let value;
    const _onError = (rel, code, msg) => onError(offset + rel, code, msg);
    switch (type) {
        case 'scalar':
            _type = Scalar.Scalar.PLAIN;
            value = plainValue(source, _onError);
            break;
        case 'single-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_SINGLE;
            value = singleQuotedValue(source, _onError);
            break;
        case 'double-quoted-scalar':
            _type = Scalar.Scalar.QUOTE_DOUBLE;
            value = doubleQuotedValue(source, _onError);
            break;
        /* istanbul ignore next should not happen */
        default:
            onError(scalar, 'UNEXPECTED_TOKEN', `Expected a flow scalar value, but found: ${type}`);
            return {
                value: '',
                type: null,
                comment: '',
                range: [offset, offset + source.length, offset + source.length]
            };
    }
    const valueEnd = offset + source.length;
    const re = resolveEnd.resolveEnd(end, valueEnd, strict, onError);
    return {
        value,
        type: _type,
        comment: re.comment,
        range: [offset, valueEnd, re.offset]
    };
}
function plainValue(source, onError) {
    let badChar = '';
    switch (source[0]) {
        /* istanbul ignore next should not happen */
        case '\t':
            badChar = 'a tab character';
            break;
        case ',':
            badChar = 'flow indicator character ,';
            break;
        case '%':
            badChar = 'directive indicator character %';
            break;
        case '|':
        case '>': {
            badChar = `block scalar indicator ${source[0]}`;
            break;
        }
        case '@':
        case '`': {
            badChar = `reserved character ${source[0]}`;
            break;
        }
    }
    if (badChar)
        onError(0, 'BAD_SCALAR_START', `Plain value cannot start with ${badChar}`);
    return unfoldLines(source);
}
function singleQuotedValue(source, onError) {
    if (source[source.length - 1] !== "'" || source.length === 1)
        onError(source.length, 'MISSING_CHAR', "Missing closing 'quote");
    return unfoldLines(source.slice(1, -1)).replace(/''/g, "'");
}
function unfoldLines(source) {
    const line = /(.*?)\r?\n/sy;
    let match = line.exec(source);
    if (!match)
        return source;
    /**
     * The negative lookbehinds in these RegExps are to
     * prevent causing a polynomial search time in certain cases.
     *
     * The try-catch is for Safari < 16.4 and other old browsers:
     * https://caniuse.com/js-regexp-lookbehind
     */
    let trimEnd, trimBoth;
    try {
        trimEnd = new RegExp('(?<![ \t])[ \t]+$');
        trimBoth = new RegExp('^[ \t]+|(?<![ \t])[ \t]+$', 'g');
    }
    catch {
        trimEnd = /[ \t]+$/;
        trimBoth = /^[ \t]+|[ \t]+$/g;
    }
    let res = match[1].replace(trimEnd, '');
    let sep = ' ';
    let pos = line.lastIndex;
    while ((match = line.exec(source))) {
        const lm = match[1].replace(trimBoth, '');
        if (lm === '') {
            if (sep === '\n')
                res += sep;
            else
                sep = '\n';
        }
        else {
            res += sep + lm;
            sep = ' ';
        }
        pos = line.lastIndex;
    }
    const last = /[ \t]*(.*)/sy;
    last.lastIndex = pos;
    match = last.exec(source);
    return res + sep + (match?.[1] ?? '');
}
function doubleQuotedValue(source, onError) {
    let res = '';
    for (let i = 1; i < source.length - 1; ++i) {
        const ch = source[i];
        if (ch === '\r' && source[i + 1] === '\n')
            continue;
        if (ch === '\n') {
            const { fold, offset } = foldNewline(source, i);
            res += fold;
            i = offset;
        }
        else if (ch === '\\') {
            let next = source[++i];
            const cc = escapeCodes[next];
            if (cc)
                res += cc;
            else if (next === '\n') {
                // skip escaped newlines, but still trim the following line
                next = source[i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === '\r' && source[i + 1] === '\n') {
                // skip escaped CRLF newlines, but still trim the following line
                next = source[++i + 1];
                while (next === ' ' || next === '\t')
                    next = source[++i + 1];
            }
            else if (next === 'x' || next === 'u' || next === 'U') {
                const length = next === 'x' ? 2 : next === 'u' ? 4 : 8;
                res += parseCharCode(source, i + 1, length, onError);
                i += length;
            }
            else {
                const raw = source.substr(i - 1, 2);
                onError(i - 1, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
                res += raw;
            }
        }
        else if (ch === ' ' || ch === '\t') {
            // trim trailing whitespace
            const wsStart = i;
            let next = source[i + 1];
            while (next === ' ' || next === '\t')
                next = source[++i + 1];
            if (next !== '\n' && !(next === '\r' && source[i + 2] === '\n'))
                res += i > wsStart ? source.slice(wsStart, i + 1) : ch;
        }
        else {
            res += ch;
        }
    }
    if (source[source.length - 1] !== '"' || source.length === 1)
        onError(source.length, 'MISSING_CHAR', 'Missing closing "quote');
    return res;
}
/**
 * Fold a single newline into a space, multiple newlines to N - 1 newlines.
 * Presumes `source[offset] === '\n'`
 */
function foldNewline(source, offset) {
    let fold = '';
    let ch = source[offset + 1];
    while (ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r') {
        if (ch === '\r' && source[offset + 2] !== '\n')
            break;
        if (ch === '\n')
            fold += '\n';
        offset += 1;
        ch = source[offset + 1];
    }
    if (!fold)
        fold = ' ';
    return { fold, offset };
}
const escapeCodes = {
    '0': '\0', // null character
    a: '\x07', // bell character
    b: '\b', // backspace
    e: '\x1b', // escape character
    f: '\f', // form feed
    n: '\n', // line feed
    r: '\r', // carriage return
    t: '\t', // horizontal tab
    v: '\v', // vertical tab
    N: '\u0085', // Unicode next line
    _: '\u00a0', // Unicode non-breaking space
    L: '\u2028', // Unicode line separator
    P: '\u2029', // Unicode paragraph separator
    ' ': ' ',
    '"': '"',
    '/': '/',
    '\\': '\\',
    '\t': '\t'
};
function parseCharCode(source, offset, length, onError) {
    const cc = source.substr(offset, length);
    const ok = cc.length === length && /^[0-9a-fA-F]+$/.test(cc);
    const code = ok ? parseInt(cc, 16) : NaN;
    try {
        return String.fromCodePoint(code);
    }
    catch {
        const raw = source.substr(offset - 2, length + 2);
        onError(offset - 2, 'BAD_DQ_ESCAPE', `Invalid escape sequence ${raw}`);
        return raw;
    }
}

exports.resolveFlowScalar = resolveFlowScalar;


/***/ }),

/***/ 4631:
/***/ ((__unused_webpack_module, exports) => {



function resolveProps(tokens, { flow, indicator, next, offset, onError, parentIndent, startOnNewline }) {
    let spaceBefore = false;
    let atNewline = startOnNewline;
    let hasSpace = startOnNewline;
    let comment = '';
    let commentSep = '';
    let hasNewline = false;
    let reqSpace = false;
    let tab = null;
    let anchor = null;
    let tag = null;
    let newlineAfterProp = null;
    let comma = null;
    let found = null;
    let start = null;
    for (const token of tokens) {
        if (reqSpace) {
            if (token.type !== 'space' &&
                token.type !== 'newline' &&
                token.type !== 'comma')
                onError(token.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
            reqSpace = false;
        }
        if (tab) {
            if (atNewline && token.type !== 'comment' && token.type !== 'newline') {
                onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
            }
            tab = null;
        }
        switch (token.type) {
            case 'space':
                // At the doc level, tabs at line start may be parsed
                // as leading white space rather than indentation.
                // In a flow collection, only the parser handles indent.
                if (!flow &&
                    (indicator !== 'doc-start' || next?.type !== 'flow-collection') &&
                    token.source.includes('\t')) {
                    tab = token;
                }
                hasSpace = true;
                break;
            case 'comment': {
                if (!hasSpace)
                    onError(token, 'MISSING_CHAR', 'Comments must be separated from other tokens by white space characters');
                const cb = token.source.substring(1) || ' ';
                if (!comment)
                    comment = cb;
                else
                    comment += commentSep + cb;
                commentSep = '';
                atNewline = false;
                break;
            }
            case 'newline':
                if (atNewline) {
                    if (comment)
                        comment += token.source;
                    else if (!found || indicator !== 'seq-item-ind')
                        spaceBefore = true;
                }
                else
                    commentSep += token.source;
                atNewline = true;
                hasNewline = true;
                if (anchor || tag)
                    newlineAfterProp = token;
                hasSpace = true;
                break;
            case 'anchor':
                if (anchor)
                    onError(token, 'MULTIPLE_ANCHORS', 'A node can have at most one anchor');
                if (token.source.endsWith(':'))
                    onError(token.offset + token.source.length - 1, 'BAD_ALIAS', 'Anchor ending in : is ambiguous', true);
                anchor = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            case 'tag': {
                if (tag)
                    onError(token, 'MULTIPLE_TAGS', 'A node can have at most one tag');
                tag = token;
                start ?? (start = token.offset);
                atNewline = false;
                hasSpace = false;
                reqSpace = true;
                break;
            }
            case indicator:
                // Could here handle preceding comments differently
                if (anchor || tag)
                    onError(token, 'BAD_PROP_ORDER', `Anchors and tags must be after the ${token.source} indicator`);
                if (found)
                    onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.source} in ${flow ?? 'collection'}`);
                found = token;
                atNewline =
                    indicator === 'seq-item-ind' || indicator === 'explicit-key-ind';
                hasSpace = false;
                break;
            case 'comma':
                if (flow) {
                    if (comma)
                        onError(token, 'UNEXPECTED_TOKEN', `Unexpected , in ${flow}`);
                    comma = token;
                    atNewline = false;
                    hasSpace = false;
                    break;
                }
            // else fallthrough
            default:
                onError(token, 'UNEXPECTED_TOKEN', `Unexpected ${token.type} token`);
                atNewline = false;
                hasSpace = false;
        }
    }
    const last = tokens[tokens.length - 1];
    const end = last ? last.offset + last.source.length : offset;
    if (reqSpace &&
        next &&
        next.type !== 'space' &&
        next.type !== 'newline' &&
        next.type !== 'comma' &&
        (next.type !== 'scalar' || next.source !== '')) {
        onError(next.offset, 'MISSING_CHAR', 'Tags and anchors must be separated from the next token by white space');
    }
    if (tab &&
        ((atNewline && tab.indent <= parentIndent) ||
            next?.type === 'block-map' ||
            next?.type === 'block-seq'))
        onError(tab, 'TAB_AS_INDENT', 'Tabs are not allowed as indentation');
    return {
        comma,
        found,
        spaceBefore,
        comment,
        hasNewline,
        anchor,
        tag,
        newlineAfterProp,
        end,
        start: start ?? end
    };
}

exports.resolveProps = resolveProps;


/***/ }),

/***/ 9499:
/***/ ((__unused_webpack_module, exports) => {



function containsNewline(key) {
    if (!key)
        return null;
    switch (key.type) {
        case 'alias':
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            if (key.source.includes('\n'))
                return true;
            if (key.end)
                for (const st of key.end)
                    if (st.type === 'newline')
                        return true;
            return false;
        case 'flow-collection':
            for (const it of key.items) {
                for (const st of it.start)
                    if (st.type === 'newline')
                        return true;
                if (it.sep)
                    for (const st of it.sep)
                        if (st.type === 'newline')
                            return true;
                if (containsNewline(it.key) || containsNewline(it.value))
                    return true;
            }
            return false;
        default:
            return true;
    }
}

exports.containsNewline = containsNewline;


/***/ }),

/***/ 2599:
/***/ ((__unused_webpack_module, exports) => {



function emptyScalarPosition(offset, before, pos) {
    if (before) {
        pos ?? (pos = before.length);
        for (let i = pos - 1; i >= 0; --i) {
            let st = before[i];
            switch (st.type) {
                case 'space':
                case 'comment':
                case 'newline':
                    offset -= st.source.length;
                    continue;
            }
            // Technically, an empty scalar is immediately after the last non-empty
            // node, but it's more useful to place it after any whitespace.
            st = before[++i];
            while (st?.type === 'space') {
                offset += st.source.length;
                st = before[++i];
            }
            break;
        }
    }
    return offset;
}

exports.emptyScalarPosition = emptyScalarPosition;


/***/ }),

/***/ 4051:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var utilContainsNewline = __nccwpck_require__(9499);

function flowIndentCheck(indent, fc, onError) {
    if (fc?.type === 'flow-collection') {
        const end = fc.end[0];
        if (end.indent === indent &&
            (end.source === ']' || end.source === '}') &&
            utilContainsNewline.containsNewline(fc)) {
            const msg = 'Flow end indicator should be more indented than parent';
            onError(end, 'BAD_INDENT', msg, true);
        }
    }
}

exports.flowIndentCheck = flowIndentCheck;


/***/ }),

/***/ 1187:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

function mapIncludes(ctx, items, search) {
    const { uniqueKeys } = ctx.options;
    if (uniqueKeys === false)
        return false;
    const isEqual = typeof uniqueKeys === 'function'
        ? uniqueKeys
        : (a, b) => a === b || (identity.isScalar(a) && identity.isScalar(b) && a.value === b.value);
    return items.some(pair => isEqual(pair.key, search));
}

exports.mapIncludes = mapIncludes;


/***/ }),

/***/ 3021:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var toJS = __nccwpck_require__(4043);
var Schema = __nccwpck_require__(5840);
var stringifyDocument = __nccwpck_require__(6829);
var anchors = __nccwpck_require__(1596);
var applyReviver = __nccwpck_require__(3661);
var createNode = __nccwpck_require__(2404);
var directives = __nccwpck_require__(1342);

class Document {
    constructor(value, replacer, options) {
        /** A comment before this Document */
        this.commentBefore = null;
        /** A comment immediately after this Document */
        this.comment = null;
        /** Errors encountered during parsing. */
        this.errors = [];
        /** Warnings encountered during parsing. */
        this.warnings = [];
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.DOC });
        let _replacer = null;
        if (typeof replacer === 'function' || Array.isArray(replacer)) {
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const opt = Object.assign({
            intAsBigInt: false,
            keepSourceTokens: false,
            logLevel: 'warn',
            prettyErrors: true,
            strict: true,
            stringKeys: false,
            uniqueKeys: true,
            version: '1.2'
        }, options);
        this.options = opt;
        let { version } = opt;
        if (options?._directives) {
            this.directives = options._directives.atDocument();
            if (this.directives.yaml.explicit)
                version = this.directives.yaml.version;
        }
        else
            this.directives = new directives.Directives({ version });
        this.setSchema(version, options);
        // @ts-expect-error We can't really know that this matches Contents.
        this.contents =
            value === undefined ? null : this.createNode(value, _replacer, options);
    }
    /**
     * Create a deep copy of this Document and its contents.
     *
     * Custom Node values that inherit from `Object` still refer to their original instances.
     */
    clone() {
        const copy = Object.create(Document.prototype, {
            [identity.NODE_TYPE]: { value: identity.DOC }
        });
        copy.commentBefore = this.commentBefore;
        copy.comment = this.comment;
        copy.errors = this.errors.slice();
        copy.warnings = this.warnings.slice();
        copy.options = Object.assign({}, this.options);
        if (this.directives)
            copy.directives = this.directives.clone();
        copy.schema = this.schema.clone();
        // @ts-expect-error We can't really know that this matches Contents.
        copy.contents = identity.isNode(this.contents)
            ? this.contents.clone(copy.schema)
            : this.contents;
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** Adds a value to the document. */
    add(value) {
        if (assertCollection(this.contents))
            this.contents.add(value);
    }
    /** Adds a value to the document. */
    addIn(path, value) {
        if (assertCollection(this.contents))
            this.contents.addIn(path, value);
    }
    /**
     * Create a new `Alias` node, ensuring that the target `node` has the required anchor.
     *
     * If `node` already has an anchor, `name` is ignored.
     * Otherwise, the `node.anchor` value will be set to `name`,
     * or if an anchor with that name is already present in the document,
     * `name` will be used as a prefix for a new unique anchor.
     * If `name` is undefined, the generated anchor will use 'a' as a prefix.
     */
    createAlias(node, name) {
        if (!node.anchor) {
            const prev = anchors.anchorNames(this);
            node.anchor =
                // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
                !name || prev.has(name) ? anchors.findNewAnchor(name || 'a', prev) : name;
        }
        return new Alias.Alias(node.anchor);
    }
    createNode(value, replacer, options) {
        let _replacer = undefined;
        if (typeof replacer === 'function') {
            value = replacer.call({ '': value }, '', value);
            _replacer = replacer;
        }
        else if (Array.isArray(replacer)) {
            const keyToStr = (v) => typeof v === 'number' || v instanceof String || v instanceof Number;
            const asStr = replacer.filter(keyToStr).map(String);
            if (asStr.length > 0)
                replacer = replacer.concat(asStr);
            _replacer = replacer;
        }
        else if (options === undefined && replacer) {
            options = replacer;
            replacer = undefined;
        }
        const { aliasDuplicateObjects, anchorPrefix, flow, keepUndefined, onTagObj, tag } = options ?? {};
        const { onAnchor, setAnchors, sourceObjects } = anchors.createNodeAnchors(this, 
        // eslint-disable-next-line @typescript-eslint/prefer-nullish-coalescing
        anchorPrefix || 'a');
        const ctx = {
            aliasDuplicateObjects: aliasDuplicateObjects ?? true,
            keepUndefined: keepUndefined ?? false,
            onAnchor,
            onTagObj,
            replacer: _replacer,
            schema: this.schema,
            sourceObjects
        };
        const node = createNode.createNode(value, tag, ctx);
        if (flow && identity.isCollection(node))
            node.flow = true;
        setAnchors();
        return node;
    }
    /**
     * Convert a key and a value into a `Pair` using the current schema,
     * recursively wrapping all values as `Scalar` or `Collection` nodes.
     */
    createPair(key, value, options = {}) {
        const k = this.createNode(key, null, options);
        const v = this.createNode(value, null, options);
        return new Pair.Pair(k, v);
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        return assertCollection(this.contents) ? this.contents.delete(key) : false;
    }
    /**
     * Removes a value from the document.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        if (Collection.isEmptyPath(path)) {
            if (this.contents == null)
                return false;
            // @ts-expect-error Presumed impossible if Strict extends false
            this.contents = null;
            return true;
        }
        return assertCollection(this.contents)
            ? this.contents.deleteIn(path)
            : false;
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    get(key, keepScalar) {
        return identity.isCollection(this.contents)
            ? this.contents.get(key, keepScalar)
            : undefined;
    }
    /**
     * Returns item at `path`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        if (Collection.isEmptyPath(path))
            return !keepScalar && identity.isScalar(this.contents)
                ? this.contents.value
                : this.contents;
        return identity.isCollection(this.contents)
            ? this.contents.getIn(path, keepScalar)
            : undefined;
    }
    /**
     * Checks if the document includes a value with the key `key`.
     */
    has(key) {
        return identity.isCollection(this.contents) ? this.contents.has(key) : false;
    }
    /**
     * Checks if the document includes a value at `path`.
     */
    hasIn(path) {
        if (Collection.isEmptyPath(path))
            return this.contents !== undefined;
        return identity.isCollection(this.contents) ? this.contents.hasIn(path) : false;
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    set(key, value) {
        if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, [key], value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.set(key, value);
        }
    }
    /**
     * Sets a value in this document. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        if (Collection.isEmptyPath(path)) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = value;
        }
        else if (this.contents == null) {
            // @ts-expect-error We can't really know that this matches Contents.
            this.contents = Collection.collectionFromPath(this.schema, Array.from(path), value);
        }
        else if (assertCollection(this.contents)) {
            this.contents.setIn(path, value);
        }
    }
    /**
     * Change the YAML version and schema used by the document.
     * A `null` version disables support for directives, explicit tags, anchors, and aliases.
     * It also requires the `schema` option to be given as a `Schema` instance value.
     *
     * Overrides all previously set schema options.
     */
    setSchema(version, options = {}) {
        if (typeof version === 'number')
            version = String(version);
        let opt;
        switch (version) {
            case '1.1':
                if (this.directives)
                    this.directives.yaml.version = '1.1';
                else
                    this.directives = new directives.Directives({ version: '1.1' });
                opt = { resolveKnownTags: false, schema: 'yaml-1.1' };
                break;
            case '1.2':
            case 'next':
                if (this.directives)
                    this.directives.yaml.version = version;
                else
                    this.directives = new directives.Directives({ version });
                opt = { resolveKnownTags: true, schema: 'core' };
                break;
            case null:
                if (this.directives)
                    delete this.directives;
                opt = null;
                break;
            default: {
                const sv = JSON.stringify(version);
                throw new Error(`Expected '1.1', '1.2' or null as first argument, but found: ${sv}`);
            }
        }
        // Not using `instanceof Schema` to allow for duck typing
        if (options.schema instanceof Object)
            this.schema = options.schema;
        else if (opt)
            this.schema = new Schema.Schema(Object.assign(opt, options));
        else
            throw new Error(`With a null YAML version, the { schema: Schema } option is required`);
    }
    // json & jsonArg are only used from toJSON()
    toJS({ json, jsonArg, mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        const ctx = {
            anchors: new Map(),
            doc: this,
            keep: !json,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this.contents, jsonArg ?? '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
    /**
     * A JSON representation of the document `contents`.
     *
     * @param jsonArg Used by `JSON.stringify` to indicate the array index or
     *   property name.
     */
    toJSON(jsonArg, onAnchor) {
        return this.toJS({ json: true, jsonArg, mapAsMap: false, onAnchor });
    }
    /** A YAML representation of the document. */
    toString(options = {}) {
        if (this.errors.length > 0)
            throw new Error('Document with errors cannot be stringified');
        if ('indent' in options &&
            (!Number.isInteger(options.indent) || Number(options.indent) <= 0)) {
            const s = JSON.stringify(options.indent);
            throw new Error(`"indent" option must be a positive integer, not ${s}`);
        }
        return stringifyDocument.stringifyDocument(this, options);
    }
}
function assertCollection(contents) {
    if (identity.isCollection(contents))
        return true;
    throw new Error('Expected a YAML collection as document contents');
}

exports.Document = Document;


/***/ }),

/***/ 1596:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

/**
 * Verify that the input string is a valid anchor.
 *
 * Will throw on errors.
 */
function anchorIsValid(anchor) {
    if (/[\x00-\x19\s,[\]{}]/.test(anchor)) {
        const sa = JSON.stringify(anchor);
        const msg = `Anchor must not contain whitespace or control characters: ${sa}`;
        throw new Error(msg);
    }
    return true;
}
function anchorNames(root) {
    const anchors = new Set();
    visit.visit(root, {
        Value(_key, node) {
            if (node.anchor)
                anchors.add(node.anchor);
        }
    });
    return anchors;
}
/** Find a new anchor name with the given `prefix` and a one-indexed suffix. */
function findNewAnchor(prefix, exclude) {
    for (let i = 1; true; ++i) {
        const name = `${prefix}${i}`;
        if (!exclude.has(name))
            return name;
    }
}
function createNodeAnchors(doc, prefix) {
    const aliasObjects = [];
    const sourceObjects = new Map();
    let prevAnchors = null;
    return {
        onAnchor: (source) => {
            aliasObjects.push(source);
            prevAnchors ?? (prevAnchors = anchorNames(doc));
            const anchor = findNewAnchor(prefix, prevAnchors);
            prevAnchors.add(anchor);
            return anchor;
        },
        /**
         * With circular references, the source node is only resolved after all
         * of its child nodes are. This is why anchors are set only after all of
         * the nodes have been created.
         */
        setAnchors: () => {
            for (const source of aliasObjects) {
                const ref = sourceObjects.get(source);
                if (typeof ref === 'object' &&
                    ref.anchor &&
                    (identity.isScalar(ref.node) || identity.isCollection(ref.node))) {
                    ref.node.anchor = ref.anchor;
                }
                else {
                    const error = new Error('Failed to resolve repeated object (this should not happen)');
                    error.source = source;
                    throw error;
                }
            }
        },
        sourceObjects
    };
}

exports.anchorIsValid = anchorIsValid;
exports.anchorNames = anchorNames;
exports.createNodeAnchors = createNodeAnchors;
exports.findNewAnchor = findNewAnchor;


/***/ }),

/***/ 3661:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Applies the JSON.parse reviver algorithm as defined in the ECMA-262 spec,
 * in section 24.5.1.1 "Runtime Semantics: InternalizeJSONProperty" of the
 * 2021 edition: https://tc39.es/ecma262/#sec-json.parse
 *
 * Includes extensions for handling Map and Set objects.
 */
function applyReviver(reviver, obj, key, val) {
    if (val && typeof val === 'object') {
        if (Array.isArray(val)) {
            for (let i = 0, len = val.length; i < len; ++i) {
                const v0 = val[i];
                const v1 = applyReviver(reviver, val, String(i), v0);
                // eslint-disable-next-line @typescript-eslint/no-array-delete
                if (v1 === undefined)
                    delete val[i];
                else if (v1 !== v0)
                    val[i] = v1;
            }
        }
        else if (val instanceof Map) {
            for (const k of Array.from(val.keys())) {
                const v0 = val.get(k);
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    val.delete(k);
                else if (v1 !== v0)
                    val.set(k, v1);
            }
        }
        else if (val instanceof Set) {
            for (const v0 of Array.from(val)) {
                const v1 = applyReviver(reviver, val, v0, v0);
                if (v1 === undefined)
                    val.delete(v0);
                else if (v1 !== v0) {
                    val.delete(v0);
                    val.add(v1);
                }
            }
        }
        else {
            for (const [k, v0] of Object.entries(val)) {
                const v1 = applyReviver(reviver, val, k, v0);
                if (v1 === undefined)
                    delete val[k];
                else if (v1 !== v0)
                    val[k] = v1;
            }
        }
    }
    return reviver.call(obj, key, val);
}

exports.applyReviver = applyReviver;


/***/ }),

/***/ 2404:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

const defaultTagPrefix = 'tag:yaml.org,2002:';
function findTagObject(value, tagName, tags) {
    if (tagName) {
        const match = tags.filter(t => t.tag === tagName);
        const tagObj = match.find(t => !t.format) ?? match[0];
        if (!tagObj)
            throw new Error(`Tag ${tagName} not found`);
        return tagObj;
    }
    return tags.find(t => t.identify?.(value) && !t.format);
}
function createNode(value, tagName, ctx) {
    if (identity.isDocument(value))
        value = value.contents;
    if (identity.isNode(value))
        return value;
    if (identity.isPair(value)) {
        const map = ctx.schema[identity.MAP].createNode?.(ctx.schema, null, ctx);
        map.items.push(value);
        return map;
    }
    if (value instanceof String ||
        value instanceof Number ||
        value instanceof Boolean ||
        (typeof BigInt !== 'undefined' && value instanceof BigInt) // not supported everywhere
    ) {
        // https://tc39.es/ecma262/#sec-serializejsonproperty
        value = value.valueOf();
    }
    const { aliasDuplicateObjects, onAnchor, onTagObj, schema, sourceObjects } = ctx;
    // Detect duplicate references to the same object & use Alias nodes for all
    // after first. The `ref` wrapper allows for circular references to resolve.
    let ref = undefined;
    if (aliasDuplicateObjects && value && typeof value === 'object') {
        ref = sourceObjects.get(value);
        if (ref) {
            ref.anchor ?? (ref.anchor = onAnchor(value));
            return new Alias.Alias(ref.anchor);
        }
        else {
            ref = { anchor: null, node: null };
            sourceObjects.set(value, ref);
        }
    }
    if (tagName?.startsWith('!!'))
        tagName = defaultTagPrefix + tagName.slice(2);
    let tagObj = findTagObject(value, tagName, schema.tags);
    if (!tagObj) {
        if (value && typeof value.toJSON === 'function') {
            // eslint-disable-next-line @typescript-eslint/no-unsafe-call
            value = value.toJSON();
        }
        if (!value || typeof value !== 'object') {
            const node = new Scalar.Scalar(value);
            if (ref)
                ref.node = node;
            return node;
        }
        tagObj =
            value instanceof Map
                ? schema[identity.MAP]
                : Symbol.iterator in Object(value)
                    ? schema[identity.SEQ]
                    : schema[identity.MAP];
    }
    if (onTagObj) {
        onTagObj(tagObj);
        delete ctx.onTagObj;
    }
    const node = tagObj?.createNode
        ? tagObj.createNode(ctx.schema, value, ctx)
        : typeof tagObj?.nodeClass?.from === 'function'
            ? tagObj.nodeClass.from(ctx.schema, value, ctx)
            : new Scalar.Scalar(value);
    if (tagName)
        node.tag = tagName;
    else if (!tagObj.default)
        node.tag = tagObj.tag;
    if (ref)
        ref.node = node;
    return node;
}

exports.createNode = createNode;


/***/ }),

/***/ 1342:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var visit = __nccwpck_require__(204);

const escapeChars = {
    '!': '%21',
    ',': '%2C',
    '[': '%5B',
    ']': '%5D',
    '{': '%7B',
    '}': '%7D'
};
const escapeTagName = (tn) => tn.replace(/[!,[\]{}]/g, ch => escapeChars[ch]);
class Directives {
    constructor(yaml, tags) {
        /**
         * The directives-end/doc-start marker `---`. If `null`, a marker may still be
         * included in the document's stringified representation.
         */
        this.docStart = null;
        /** The doc-end marker `...`.  */
        this.docEnd = false;
        this.yaml = Object.assign({}, Directives.defaultYaml, yaml);
        this.tags = Object.assign({}, Directives.defaultTags, tags);
    }
    clone() {
        const copy = new Directives(this.yaml, this.tags);
        copy.docStart = this.docStart;
        return copy;
    }
    /**
     * During parsing, get a Directives instance for the current document and
     * update the stream state according to the current version's spec.
     */
    atDocument() {
        const res = new Directives(this.yaml, this.tags);
        switch (this.yaml.version) {
            case '1.1':
                this.atNextDocument = true;
                break;
            case '1.2':
                this.atNextDocument = false;
                this.yaml = {
                    explicit: Directives.defaultYaml.explicit,
                    version: '1.2'
                };
                this.tags = Object.assign({}, Directives.defaultTags);
                break;
        }
        return res;
    }
    /**
     * @param onError - May be called even if the action was successful
     * @returns `true` on success
     */
    add(line, onError) {
        if (this.atNextDocument) {
            this.yaml = { explicit: Directives.defaultYaml.explicit, version: '1.1' };
            this.tags = Object.assign({}, Directives.defaultTags);
            this.atNextDocument = false;
        }
        const parts = line.trim().split(/[ \t]+/);
        const name = parts.shift();
        switch (name) {
            case '%TAG': {
                if (parts.length !== 2) {
                    onError(0, '%TAG directive should contain exactly two parts');
                    if (parts.length < 2)
                        return false;
                }
                const [handle, prefix] = parts;
                this.tags[handle] = prefix;
                return true;
            }
            case '%YAML': {
                this.yaml.explicit = true;
                if (parts.length !== 1) {
                    onError(0, '%YAML directive should contain exactly one part');
                    return false;
                }
                const [version] = parts;
                if (version === '1.1' || version === '1.2') {
                    this.yaml.version = version;
                    return true;
                }
                else {
                    const isValid = /^\d+\.\d+$/.test(version);
                    onError(6, `Unsupported YAML version ${version}`, isValid);
                    return false;
                }
            }
            default:
                onError(0, `Unknown directive ${name}`, true);
                return false;
        }
    }
    /**
     * Resolves a tag, matching handles to those defined in %TAG directives.
     *
     * @returns Resolved tag, which may also be the non-specific tag `'!'` or a
     *   `'!local'` tag, or `null` if unresolvable.
     */
    tagName(source, onError) {
        if (source === '!')
            return '!'; // non-specific tag
        if (source[0] !== '!') {
            onError(`Not a valid tag: ${source}`);
            return null;
        }
        if (source[1] === '<') {
            const verbatim = source.slice(2, -1);
            if (verbatim === '!' || verbatim === '!!') {
                onError(`Verbatim tags aren't resolved, so ${source} is invalid.`);
                return null;
            }
            if (source[source.length - 1] !== '>')
                onError('Verbatim tags must end with a >');
            return verbatim;
        }
        const [, handle, suffix] = source.match(/^(.*!)([^!]*)$/s);
        if (!suffix)
            onError(`The ${source} tag has no suffix`);
        const prefix = this.tags[handle];
        if (prefix) {
            try {
                return prefix + decodeURIComponent(suffix);
            }
            catch (error) {
                onError(String(error));
                return null;
            }
        }
        if (handle === '!')
            return source; // local tag
        onError(`Could not resolve tag: ${source}`);
        return null;
    }
    /**
     * Given a fully resolved tag, returns its printable string form,
     * taking into account current tag prefixes and defaults.
     */
    tagString(tag) {
        for (const [handle, prefix] of Object.entries(this.tags)) {
            if (tag.startsWith(prefix))
                return handle + escapeTagName(tag.substring(prefix.length));
        }
        return tag[0] === '!' ? tag : `!<${tag}>`;
    }
    toString(doc) {
        const lines = this.yaml.explicit
            ? [`%YAML ${this.yaml.version || '1.2'}`]
            : [];
        const tagEntries = Object.entries(this.tags);
        let tagNames;
        if (doc && tagEntries.length > 0 && identity.isNode(doc.contents)) {
            const tags = {};
            visit.visit(doc.contents, (_key, node) => {
                if (identity.isNode(node) && node.tag)
                    tags[node.tag] = true;
            });
            tagNames = Object.keys(tags);
        }
        else
            tagNames = [];
        for (const [handle, prefix] of tagEntries) {
            if (handle === '!!' && prefix === 'tag:yaml.org,2002:')
                continue;
            if (!doc || tagNames.some(tn => tn.startsWith(prefix)))
                lines.push(`%TAG ${handle} ${prefix}`);
        }
        return lines.join('\n');
    }
}
Directives.defaultYaml = { explicit: false, version: '1.2' };
Directives.defaultTags = { '!!': 'tag:yaml.org,2002:' };

exports.Directives = Directives;


/***/ }),

/***/ 1464:
/***/ ((__unused_webpack_module, exports) => {



class YAMLError extends Error {
    constructor(name, pos, code, message) {
        super();
        this.name = name;
        this.code = code;
        this.message = message;
        this.pos = pos;
    }
}
class YAMLParseError extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLParseError', pos, code, message);
    }
}
class YAMLWarning extends YAMLError {
    constructor(pos, code, message) {
        super('YAMLWarning', pos, code, message);
    }
}
const prettifyError = (src, lc) => (error) => {
    if (error.pos[0] === -1)
        return;
    error.linePos = error.pos.map(pos => lc.linePos(pos));
    const { line, col } = error.linePos[0];
    error.message += ` at line ${line}, column ${col}`;
    let ci = col - 1;
    let lineStr = src
        .substring(lc.lineStarts[line - 1], lc.lineStarts[line])
        .replace(/[\n\r]+$/, '');
    // Trim to max 80 chars, keeping col position near the middle
    if (ci >= 60 && lineStr.length > 80) {
        const trimStart = Math.min(ci - 39, lineStr.length - 79);
        lineStr = '…' + lineStr.substring(trimStart);
        ci -= trimStart - 1;
    }
    if (lineStr.length > 80)
        lineStr = lineStr.substring(0, 79) + '…';
    // Include previous line in context if pointing at line start
    if (line > 1 && /^ *$/.test(lineStr.substring(0, ci))) {
        // Regexp won't match if start is trimmed
        let prev = src.substring(lc.lineStarts[line - 2], lc.lineStarts[line - 1]);
        if (prev.length > 80)
            prev = prev.substring(0, 79) + '…\n';
        lineStr = prev + lineStr;
    }
    if (/[^ ]/.test(lineStr)) {
        let count = 1;
        const end = error.linePos[1];
        if (end?.line === line && end.col > col) {
            count = Math.max(1, Math.min(end.col - col, 80 - ci));
        }
        const pointer = ' '.repeat(ci) + '^'.repeat(count);
        error.message += `:\n\n${lineStr}\n${pointer}\n`;
    }
};

exports.YAMLError = YAMLError;
exports.YAMLParseError = YAMLParseError;
exports.YAMLWarning = YAMLWarning;
exports.prettifyError = prettifyError;


/***/ }),

/***/ 8815:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {

var __webpack_unused_export__;


var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var Schema = __nccwpck_require__(5840);
var errors = __nccwpck_require__(1464);
var Alias = __nccwpck_require__(4065);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);
var publicApi = __nccwpck_require__(4047);
var visit = __nccwpck_require__(204);



exports.Dk = composer.Composer;
__webpack_unused_export__ = Document.Document;
__webpack_unused_export__ = Schema.Schema;
__webpack_unused_export__ = errors.YAMLError;
exports.XT = errors.YAMLParseError;
__webpack_unused_export__ = errors.YAMLWarning;
__webpack_unused_export__ = Alias.Alias;
exports.Vj = identity.isAlias;
__webpack_unused_export__ = identity.isCollection;
__webpack_unused_export__ = identity.isDocument;
exports.jh = identity.isMap;
exports.Ll = identity.isNode;
__webpack_unused_export__ = identity.isPair;
exports.jn = identity.isScalar;
exports.oP = identity.isSeq;
__webpack_unused_export__ = Pair.Pair;
exports.X5 = Scalar.Scalar;
__webpack_unused_export__ = YAMLMap.YAMLMap;
__webpack_unused_export__ = YAMLSeq.YAMLSeq;
__webpack_unused_export__ = cst;
__webpack_unused_export__ = lexer.Lexer;
exports.HN = lineCounter.LineCounter;
exports.iX = parser.Parser;
__webpack_unused_export__ = publicApi.parse;
__webpack_unused_export__ = publicApi.parseAllDocuments;
__webpack_unused_export__ = publicApi.parseDocument;
exports.As = publicApi.stringify;
__webpack_unused_export__ = visit.visit;
__webpack_unused_export__ = visit.visitAsync;


/***/ }),

/***/ 7249:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);

function debug(logLevel, ...messages) {
    if (logLevel === 'debug')
        console.log(...messages);
}
function warn(logLevel, warning) {
    if (logLevel === 'debug' || logLevel === 'warn') {
        if (typeof node_process.emitWarning === 'function')
            node_process.emitWarning(warning);
        else
            console.warn(warning);
    }
}

exports.debug = debug;
exports.warn = warn;


/***/ }),

/***/ 4065:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var visit = __nccwpck_require__(204);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

class Alias extends Node.NodeBase {
    constructor(source) {
        super(identity.ALIAS);
        this.source = source;
        Object.defineProperty(this, 'tag', {
            set() {
                throw new Error('Alias nodes cannot have tags');
            }
        });
    }
    /**
     * Resolve the value of this alias within `doc`, finding the last
     * instance of the `source` anchor before this node.
     */
    resolve(doc, ctx) {
        if (ctx?.maxAliasCount === 0)
            throw new ReferenceError('Alias resolution is disabled');
        let nodes;
        if (ctx?.aliasResolveCache) {
            nodes = ctx.aliasResolveCache;
        }
        else {
            nodes = [];
            visit.visit(doc, {
                Node: (_key, node) => {
                    if (identity.isAlias(node) || identity.hasAnchor(node))
                        nodes.push(node);
                }
            });
            if (ctx)
                ctx.aliasResolveCache = nodes;
        }
        let found = undefined;
        for (const node of nodes) {
            if (node === this)
                break;
            if (node.anchor === this.source)
                found = node;
        }
        if (found && ctx) {
            const { anchors, doc, maxAliasCount } = ctx;
            let data = anchors.get(found);
            if (!data) {
                // Resolve anchors for Node.prototype.toJS()
                toJS.toJS(found, null, ctx);
                data = anchors.get(found);
            }
            /* istanbul ignore if */
            if (data?.res === undefined) {
                const msg = 'This should not happen: Alias anchor was not resolved?';
                throw new ReferenceError(msg);
            }
            if (maxAliasCount >= 0) {
                data.count += 1;
                if (data.aliasCount === 0)
                    data.aliasCount = getAliasCount(doc, found, anchors);
                if (data.count * data.aliasCount > maxAliasCount) {
                    const msg = 'Excessive alias count indicates a resource exhaustion attack';
                    throw new ReferenceError(msg);
                }
            }
        }
        return found;
    }
    toJSON(_arg, ctx) {
        if (!ctx)
            return { source: this.source };
        const source = this.resolve(ctx.doc, ctx);
        if (!source) {
            const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
            throw new ReferenceError(msg);
        }
        return ctx.anchors.get(source).res;
    }
    toString(ctx, _onComment, _onChompKeep) {
        const src = `*${this.source}`;
        if (ctx) {
            anchors.anchorIsValid(this.source);
            if (ctx.options.verifyAliasOrder && !ctx.anchors.has(this.source)) {
                const msg = `Unresolved alias (the anchor must be set before the alias): ${this.source}`;
                throw new Error(msg);
            }
            if (ctx.implicitKey)
                return `${src} `;
        }
        return src;
    }
}
function getAliasCount(doc, node, anchors) {
    if (identity.isAlias(node)) {
        const source = node.resolve(doc);
        const anchor = anchors && source && anchors.get(source);
        return anchor ? anchor.count * anchor.aliasCount : 0;
    }
    else if (identity.isCollection(node)) {
        let count = 0;
        for (const item of node.items) {
            const c = getAliasCount(doc, item, anchors);
            if (c > count)
                count = c;
        }
        return count;
    }
    else if (identity.isPair(node)) {
        const kc = getAliasCount(doc, node.key, anchors);
        const vc = getAliasCount(doc, node.value, anchors);
        return Math.max(kc, vc);
    }
    return 1;
}

exports.Alias = Alias;


/***/ }),

/***/ 101:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);

function collectionFromPath(schema, path, value) {
    let v = value;
    for (let i = path.length - 1; i >= 0; --i) {
        const k = path[i];
        if (typeof k === 'number' && Number.isInteger(k) && k >= 0) {
            const a = [];
            a[k] = v;
            v = a;
        }
        else {
            v = new Map([[k, v]]);
        }
    }
    return createNode.createNode(v, undefined, {
        aliasDuplicateObjects: false,
        keepUndefined: false,
        onAnchor: () => {
            throw new Error('This should not happen, please report a bug.');
        },
        schema,
        sourceObjects: new Map()
    });
}
// Type guard is intentionally a little wrong so as to be more useful,
// as it does not cover untypable empty non-string iterables (e.g. []).
const isEmptyPath = (path) => path == null ||
    (typeof path === 'object' && !!path[Symbol.iterator]().next().done);
class Collection extends Node.NodeBase {
    constructor(type, schema) {
        super(type);
        Object.defineProperty(this, 'schema', {
            value: schema,
            configurable: true,
            enumerable: false,
            writable: true
        });
    }
    /**
     * Create a copy of this collection.
     *
     * @param schema - If defined, overwrites the original's schema
     */
    clone(schema) {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (schema)
            copy.schema = schema;
        copy.items = copy.items.map(it => identity.isNode(it) || identity.isPair(it) ? it.clone(schema) : it);
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /**
     * Adds a value to the collection. For `!!map` and `!!omap` the value must
     * be a Pair instance or a `{ key, value }` object, which may not have a key
     * that already exists in the map.
     */
    addIn(path, value) {
        if (isEmptyPath(path))
            this.add(value);
        else {
            const [key, ...rest] = path;
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.addIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
    /**
     * Removes a value from the collection.
     * @returns `true` if the item was found and removed.
     */
    deleteIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.delete(key);
        const node = this.get(key, true);
        if (identity.isCollection(node))
            return node.deleteIn(rest);
        else
            throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
    }
    /**
     * Returns item at `key`, or `undefined` if not found. By default unwraps
     * scalar values from their surrounding node; to disable set `keepScalar` to
     * `true` (collections are always returned intact).
     */
    getIn(path, keepScalar) {
        const [key, ...rest] = path;
        const node = this.get(key, true);
        if (rest.length === 0)
            return !keepScalar && identity.isScalar(node) ? node.value : node;
        else
            return identity.isCollection(node) ? node.getIn(rest, keepScalar) : undefined;
    }
    hasAllNullValues(allowScalar) {
        return this.items.every(node => {
            if (!identity.isPair(node))
                return false;
            const n = node.value;
            return (n == null ||
                (allowScalar &&
                    identity.isScalar(n) &&
                    n.value == null &&
                    !n.commentBefore &&
                    !n.comment &&
                    !n.tag));
        });
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     */
    hasIn(path) {
        const [key, ...rest] = path;
        if (rest.length === 0)
            return this.has(key);
        const node = this.get(key, true);
        return identity.isCollection(node) ? node.hasIn(rest) : false;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     */
    setIn(path, value) {
        const [key, ...rest] = path;
        if (rest.length === 0) {
            this.set(key, value);
        }
        else {
            const node = this.get(key, true);
            if (identity.isCollection(node))
                node.setIn(rest, value);
            else if (node === undefined && this.schema)
                this.set(key, collectionFromPath(this.schema, rest, value));
            else
                throw new Error(`Expected YAML collection at ${key}. Remaining path: ${rest}`);
        }
    }
}

exports.Collection = Collection;
exports.collectionFromPath = collectionFromPath;
exports.isEmptyPath = isEmptyPath;


/***/ }),

/***/ 6673:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var applyReviver = __nccwpck_require__(3661);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

class NodeBase {
    constructor(type) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: type });
    }
    /** Create a copy of this node.  */
    clone() {
        const copy = Object.create(Object.getPrototypeOf(this), Object.getOwnPropertyDescriptors(this));
        if (this.range)
            copy.range = this.range.slice();
        return copy;
    }
    /** A plain JavaScript representation of this node. */
    toJS(doc, { mapAsMap, maxAliasCount, onAnchor, reviver } = {}) {
        if (!identity.isDocument(doc))
            throw new TypeError('A document argument is required');
        const ctx = {
            anchors: new Map(),
            doc,
            keep: true,
            mapAsMap: mapAsMap === true,
            mapKeyWarned: false,
            maxAliasCount: typeof maxAliasCount === 'number' ? maxAliasCount : 100
        };
        const res = toJS.toJS(this, '', ctx);
        if (typeof onAnchor === 'function')
            for (const { count, res } of ctx.anchors.values())
                onAnchor(res, count);
        return typeof reviver === 'function'
            ? applyReviver.applyReviver(reviver, { '': res }, '', res)
            : res;
    }
}

exports.NodeBase = NodeBase;


/***/ }),

/***/ 7165:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyPair = __nccwpck_require__(9748);
var addPairToJSMap = __nccwpck_require__(7104);
var identity = __nccwpck_require__(1127);

function createPair(key, value, ctx) {
    const k = createNode.createNode(key, undefined, ctx);
    const v = createNode.createNode(value, undefined, ctx);
    return new Pair(k, v);
}
class Pair {
    constructor(key, value = null) {
        Object.defineProperty(this, identity.NODE_TYPE, { value: identity.PAIR });
        this.key = key;
        this.value = value;
    }
    clone(schema) {
        let { key, value } = this;
        if (identity.isNode(key))
            key = key.clone(schema);
        if (identity.isNode(value))
            value = value.clone(schema);
        return new Pair(key, value);
    }
    toJSON(_, ctx) {
        const pair = ctx?.mapAsMap ? new Map() : {};
        return addPairToJSMap.addPairToJSMap(ctx, pair, this);
    }
    toString(ctx, onComment, onChompKeep) {
        return ctx?.doc
            ? stringifyPair.stringifyPair(this, ctx, onComment, onChompKeep)
            : JSON.stringify(this);
    }
}

exports.Pair = Pair;
exports.createPair = createPair;


/***/ }),

/***/ 3301:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Node = __nccwpck_require__(6673);
var toJS = __nccwpck_require__(4043);

const isScalarValue = (value) => !value || (typeof value !== 'function' && typeof value !== 'object');
class Scalar extends Node.NodeBase {
    constructor(value) {
        super(identity.SCALAR);
        this.value = value;
    }
    toJSON(arg, ctx) {
        return ctx?.keep ? this.value : toJS.toJS(this.value, arg, ctx);
    }
    toString() {
        return String(this.value);
    }
}
Scalar.BLOCK_FOLDED = 'BLOCK_FOLDED';
Scalar.BLOCK_LITERAL = 'BLOCK_LITERAL';
Scalar.PLAIN = 'PLAIN';
Scalar.QUOTE_DOUBLE = 'QUOTE_DOUBLE';
Scalar.QUOTE_SINGLE = 'QUOTE_SINGLE';

exports.Scalar = Scalar;
exports.isScalarValue = isScalarValue;


/***/ }),

/***/ 4454:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyCollection = __nccwpck_require__(1212);
var addPairToJSMap = __nccwpck_require__(7104);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);

function findPair(items, key) {
    const k = identity.isScalar(key) ? key.value : key;
    for (const it of items) {
        if (identity.isPair(it)) {
            if (it.key === key || it.key === k)
                return it;
            if (identity.isScalar(it.key) && it.key.value === k)
                return it;
        }
    }
    return undefined;
}
class YAMLMap extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:map';
    }
    constructor(schema) {
        super(identity.MAP, schema);
        this.items = [];
    }
    /**
     * A generic collection parsing method that can be extended
     * to other node classes that inherit from YAMLMap
     */
    static from(schema, obj, ctx) {
        const { keepUndefined, replacer } = ctx;
        const map = new this(schema);
        const add = (key, value) => {
            if (typeof replacer === 'function')
                value = replacer.call(obj, key, value);
            else if (Array.isArray(replacer) && !replacer.includes(key))
                return;
            if (value !== undefined || keepUndefined)
                map.items.push(Pair.createPair(key, value, ctx));
        };
        if (obj instanceof Map) {
            for (const [key, value] of obj)
                add(key, value);
        }
        else if (obj && typeof obj === 'object') {
            for (const key of Object.keys(obj))
                add(key, obj[key]);
        }
        if (typeof schema.sortMapEntries === 'function') {
            map.items.sort(schema.sortMapEntries);
        }
        return map;
    }
    /**
     * Adds a value to the collection.
     *
     * @param overwrite - If not set `true`, using a key that is already in the
     *   collection will throw. Otherwise, overwrites the previous value.
     */
    add(pair, overwrite) {
        let _pair;
        if (identity.isPair(pair))
            _pair = pair;
        else if (!pair || typeof pair !== 'object' || !('key' in pair)) {
            // In TypeScript, this never happens.
            _pair = new Pair.Pair(pair, pair?.value);
        }
        else
            _pair = new Pair.Pair(pair.key, pair.value);
        const prev = findPair(this.items, _pair.key);
        const sortEntries = this.schema?.sortMapEntries;
        if (prev) {
            if (!overwrite)
                throw new Error(`Key ${_pair.key} already set`);
            // For scalars, keep the old node & its comments and anchors
            if (identity.isScalar(prev.value) && Scalar.isScalarValue(_pair.value))
                prev.value.value = _pair.value;
            else
                prev.value = _pair.value;
        }
        else if (sortEntries) {
            const i = this.items.findIndex(item => sortEntries(_pair, item) < 0);
            if (i === -1)
                this.items.push(_pair);
            else
                this.items.splice(i, 0, _pair);
        }
        else {
            this.items.push(_pair);
        }
    }
    delete(key) {
        const it = findPair(this.items, key);
        if (!it)
            return false;
        const del = this.items.splice(this.items.indexOf(it), 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const it = findPair(this.items, key);
        const node = it?.value;
        return (!keepScalar && identity.isScalar(node) ? node.value : node) ?? undefined;
    }
    has(key) {
        return !!findPair(this.items, key);
    }
    set(key, value) {
        this.add(new Pair.Pair(key, value), true);
    }
    /**
     * @param ctx - Conversion context, originally set in Document#toJS()
     * @param {Class} Type - If set, forces the returned collection type
     * @returns Instance of Type, Map, or Object
     */
    toJSON(_, ctx, Type) {
        const map = Type ? new Type() : ctx?.mapAsMap ? new Map() : {};
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const item of this.items)
            addPairToJSMap.addPairToJSMap(ctx, map, item);
        return map;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        for (const item of this.items) {
            if (!identity.isPair(item))
                throw new Error(`Map items must all be pairs; found ${JSON.stringify(item)} instead`);
        }
        if (!ctx.allNullValues && this.hasAllNullValues(false))
            ctx = Object.assign({}, ctx, { allNullValues: true });
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '',
            flowChars: { start: '{', end: '}' },
            itemIndent: ctx.indent || '',
            onChompKeep,
            onComment
        });
    }
}

exports.YAMLMap = YAMLMap;
exports.findPair = findPair;


/***/ }),

/***/ 2223:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var createNode = __nccwpck_require__(2404);
var stringifyCollection = __nccwpck_require__(1212);
var Collection = __nccwpck_require__(101);
var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var toJS = __nccwpck_require__(4043);

class YAMLSeq extends Collection.Collection {
    static get tagName() {
        return 'tag:yaml.org,2002:seq';
    }
    constructor(schema) {
        super(identity.SEQ, schema);
        this.items = [];
    }
    add(value) {
        this.items.push(value);
    }
    /**
     * Removes a value from the collection.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     *
     * @returns `true` if the item was found and removed.
     */
    delete(key) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return false;
        const del = this.items.splice(idx, 1);
        return del.length > 0;
    }
    get(key, keepScalar) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            return undefined;
        const it = this.items[idx];
        return !keepScalar && identity.isScalar(it) ? it.value : it;
    }
    /**
     * Checks if the collection includes a value with the key `key`.
     *
     * `key` must contain a representation of an integer for this to succeed.
     * It may be wrapped in a `Scalar`.
     */
    has(key) {
        const idx = asItemIndex(key);
        return typeof idx === 'number' && idx < this.items.length;
    }
    /**
     * Sets a value in this collection. For `!!set`, `value` needs to be a
     * boolean to add/remove the item from the set.
     *
     * If `key` does not contain a representation of an integer, this will throw.
     * It may be wrapped in a `Scalar`.
     */
    set(key, value) {
        const idx = asItemIndex(key);
        if (typeof idx !== 'number')
            throw new Error(`Expected a valid index, not ${key}.`);
        const prev = this.items[idx];
        if (identity.isScalar(prev) && Scalar.isScalarValue(value))
            prev.value = value;
        else
            this.items[idx] = value;
    }
    toJSON(_, ctx) {
        const seq = [];
        if (ctx?.onCreate)
            ctx.onCreate(seq);
        let i = 0;
        for (const item of this.items)
            seq.push(toJS.toJS(item, String(i++), ctx));
        return seq;
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        return stringifyCollection.stringifyCollection(this, ctx, {
            blockItemPrefix: '- ',
            flowChars: { start: '[', end: ']' },
            itemIndent: (ctx.indent || '') + '  ',
            onChompKeep,
            onComment
        });
    }
    static from(schema, obj, ctx) {
        const { replacer } = ctx;
        const seq = new this(schema);
        if (obj && Symbol.iterator in Object(obj)) {
            let i = 0;
            for (let it of obj) {
                if (typeof replacer === 'function') {
                    const key = obj instanceof Set ? it : String(i++);
                    it = replacer.call(obj, key, it);
                }
                seq.items.push(createNode.createNode(it, undefined, ctx));
            }
        }
        return seq;
    }
}
function asItemIndex(key) {
    let idx = identity.isScalar(key) ? key.value : key;
    if (idx && typeof idx === 'string')
        idx = Number(idx);
    return typeof idx === 'number' && Number.isInteger(idx) && idx >= 0
        ? idx
        : null;
}

exports.YAMLSeq = YAMLSeq;


/***/ }),

/***/ 7104:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var log = __nccwpck_require__(7249);
var merge = __nccwpck_require__(452);
var stringify = __nccwpck_require__(2148);
var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);

function addPairToJSMap(ctx, map, { key, value }) {
    if (identity.isNode(key) && key.addToJSMap)
        key.addToJSMap(ctx, map, value);
    // TODO: Should drop this special case for bare << handling
    else if (merge.isMergeKey(ctx, key))
        merge.addMergeToJSMap(ctx, map, value);
    else {
        const jsKey = toJS.toJS(key, '', ctx);
        if (map instanceof Map) {
            map.set(jsKey, toJS.toJS(value, jsKey, ctx));
        }
        else if (map instanceof Set) {
            map.add(jsKey);
        }
        else {
            const stringKey = stringifyKey(key, jsKey, ctx);
            const jsValue = toJS.toJS(value, stringKey, ctx);
            if (stringKey in map)
                Object.defineProperty(map, stringKey, {
                    value: jsValue,
                    writable: true,
                    enumerable: true,
                    configurable: true
                });
            else
                map[stringKey] = jsValue;
        }
    }
    return map;
}
function stringifyKey(key, jsKey, ctx) {
    if (jsKey === null)
        return '';
    // eslint-disable-next-line @typescript-eslint/no-base-to-string
    if (typeof jsKey !== 'object')
        return String(jsKey);
    if (identity.isNode(key) && ctx?.doc) {
        const strCtx = stringify.createStringifyContext(ctx.doc, {});
        strCtx.anchors = new Set();
        for (const node of ctx.anchors.keys())
            strCtx.anchors.add(node.anchor);
        strCtx.inFlow = true;
        strCtx.inStringifyKey = true;
        const strKey = key.toString(strCtx);
        if (!ctx.mapKeyWarned) {
            let jsonStr = JSON.stringify(strKey);
            if (jsonStr.length > 40)
                jsonStr = jsonStr.substring(0, 36) + '..."';
            log.warn(ctx.doc.options.logLevel, `Keys with collection values will be stringified due to JS Object restrictions: ${jsonStr}. Set mapAsMap: true to use object keys.`);
            ctx.mapKeyWarned = true;
        }
        return strKey;
    }
    return JSON.stringify(jsKey);
}

exports.addPairToJSMap = addPairToJSMap;


/***/ }),

/***/ 1127:
/***/ ((__unused_webpack_module, exports) => {



const ALIAS = Symbol.for('yaml.alias');
const DOC = Symbol.for('yaml.document');
const MAP = Symbol.for('yaml.map');
const PAIR = Symbol.for('yaml.pair');
const SCALAR = Symbol.for('yaml.scalar');
const SEQ = Symbol.for('yaml.seq');
const NODE_TYPE = Symbol.for('yaml.node.type');
const isAlias = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === ALIAS;
const isDocument = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === DOC;
const isMap = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === MAP;
const isPair = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === PAIR;
const isScalar = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SCALAR;
const isSeq = (node) => !!node && typeof node === 'object' && node[NODE_TYPE] === SEQ;
function isCollection(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case MAP:
            case SEQ:
                return true;
        }
    return false;
}
function isNode(node) {
    if (node && typeof node === 'object')
        switch (node[NODE_TYPE]) {
            case ALIAS:
            case MAP:
            case SCALAR:
            case SEQ:
                return true;
        }
    return false;
}
const hasAnchor = (node) => (isScalar(node) || isCollection(node)) && !!node.anchor;

exports.ALIAS = ALIAS;
exports.DOC = DOC;
exports.MAP = MAP;
exports.NODE_TYPE = NODE_TYPE;
exports.PAIR = PAIR;
exports.SCALAR = SCALAR;
exports.SEQ = SEQ;
exports.hasAnchor = hasAnchor;
exports.isAlias = isAlias;
exports.isCollection = isCollection;
exports.isDocument = isDocument;
exports.isMap = isMap;
exports.isNode = isNode;
exports.isPair = isPair;
exports.isScalar = isScalar;
exports.isSeq = isSeq;


/***/ }),

/***/ 4043:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

/**
 * Recursively convert any node or its contents to native JavaScript
 *
 * @param value - The input value
 * @param arg - If `value` defines a `toJSON()` method, use this
 *   as its first argument
 * @param ctx - Conversion context, originally set in Document#toJS(). If
 *   `{ keep: true }` is not set, output should be suitable for JSON
 *   stringification.
 */
function toJS(value, arg, ctx) {
    // eslint-disable-next-line @typescript-eslint/no-unsafe-return
    if (Array.isArray(value))
        return value.map((v, i) => toJS(v, String(i), ctx));
    if (value && typeof value.toJSON === 'function') {
        // eslint-disable-next-line @typescript-eslint/no-unsafe-call
        if (!ctx || !identity.hasAnchor(value))
            return value.toJSON(arg, ctx);
        const data = { aliasCount: 0, count: 1, res: undefined };
        ctx.anchors.set(value, data);
        ctx.onCreate = res => {
            data.res = res;
            delete ctx.onCreate;
        };
        const res = value.toJSON(arg, ctx);
        if (ctx.onCreate)
            ctx.onCreate(res);
        return res;
    }
    if (typeof value === 'bigint' && !ctx?.keep)
        return Number(value);
    return value;
}

exports.toJS = toJS;


/***/ }),

/***/ 110:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var resolveBlockScalar = __nccwpck_require__(8913);
var resolveFlowScalar = __nccwpck_require__(6842);
var errors = __nccwpck_require__(1464);
var stringifyString = __nccwpck_require__(3069);

function resolveAsScalar(token, strict = true, onError) {
    if (token) {
        const _onError = (pos, code, message) => {
            const offset = typeof pos === 'number' ? pos : Array.isArray(pos) ? pos[0] : pos.offset;
            if (onError)
                onError(offset, code, message);
            else
                throw new errors.YAMLParseError([offset, offset + 1], code, message);
        };
        switch (token.type) {
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return resolveFlowScalar.resolveFlowScalar(token, strict, _onError);
            case 'block-scalar':
                return resolveBlockScalar.resolveBlockScalar({ options: { strict } }, token, _onError);
        }
    }
    return null;
}
/**
 * Create a new scalar token with `value`
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.end Comments and whitespace after the end of the value, or after the block scalar header. If undefined, a newline will be added.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.indent The indent level of the token.
 * @param context.inFlow Is this scalar within a flow collection? This may affect the resolved type of the token's value.
 * @param context.offset The offset position of the token.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function createScalarToken(value, context) {
    const { implicitKey = false, indent, inFlow = false, offset = -1, type = 'PLAIN' } = context;
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey,
        indent: indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    const end = context.end ?? [
        { type: 'newline', offset: -1, indent, source: '\n' }
    ];
    switch (source[0]) {
        case '|':
        case '>': {
            const he = source.indexOf('\n');
            const head = source.substring(0, he);
            const body = source.substring(he + 1) + '\n';
            const props = [
                { type: 'block-scalar-header', offset, indent, source: head }
            ];
            if (!addEndtoBlockProps(props, end))
                props.push({ type: 'newline', offset: -1, indent, source: '\n' });
            return { type: 'block-scalar', offset, indent, props, source: body };
        }
        case '"':
            return { type: 'double-quoted-scalar', offset, indent, source, end };
        case "'":
            return { type: 'single-quoted-scalar', offset, indent, source, end };
        default:
            return { type: 'scalar', offset, indent, source, end };
    }
}
/**
 * Set the value of `token` to the given string `value`, overwriting any previous contents and type that it may have.
 *
 * Best efforts are made to retain any comments previously associated with the `token`,
 * though all contents within a collection's `items` will be overwritten.
 *
 * Values that represent an actual string but may be parsed as a different type should use a `type` other than `'PLAIN'`,
 * as this function does not support any schema operations and won't check for such conflicts.
 *
 * @param token Any token. If it does not include an `indent` value, the value will be stringified as if it were an implicit key.
 * @param value The string representation of the value, which will have its content properly indented.
 * @param context.afterKey In most cases, values after a key should have an additional level of indentation.
 * @param context.implicitKey Being within an implicit key may affect the resolved type of the token's value.
 * @param context.inFlow Being within a flow collection may affect the resolved type of the token's value.
 * @param context.type The preferred type of the scalar token. If undefined, the previous type of the `token` will be used, defaulting to `'PLAIN'`.
 */
function setScalarValue(token, value, context = {}) {
    let { afterKey = false, implicitKey = false, inFlow = false, type } = context;
    let indent = 'indent' in token ? token.indent : null;
    if (afterKey && typeof indent === 'number')
        indent += 2;
    if (!type)
        switch (token.type) {
            case 'single-quoted-scalar':
                type = 'QUOTE_SINGLE';
                break;
            case 'double-quoted-scalar':
                type = 'QUOTE_DOUBLE';
                break;
            case 'block-scalar': {
                const header = token.props[0];
                if (header.type !== 'block-scalar-header')
                    throw new Error('Invalid block scalar header');
                type = header.source[0] === '>' ? 'BLOCK_FOLDED' : 'BLOCK_LITERAL';
                break;
            }
            default:
                type = 'PLAIN';
        }
    const source = stringifyString.stringifyString({ type, value }, {
        implicitKey: implicitKey || indent === null,
        indent: indent !== null && indent > 0 ? ' '.repeat(indent) : '',
        inFlow,
        options: { blockQuote: true, lineWidth: -1 }
    });
    switch (source[0]) {
        case '|':
        case '>':
            setBlockScalarValue(token, source);
            break;
        case '"':
            setFlowScalarValue(token, source, 'double-quoted-scalar');
            break;
        case "'":
            setFlowScalarValue(token, source, 'single-quoted-scalar');
            break;
        default:
            setFlowScalarValue(token, source, 'scalar');
    }
}
function setBlockScalarValue(token, source) {
    const he = source.indexOf('\n');
    const head = source.substring(0, he);
    const body = source.substring(he + 1) + '\n';
    if (token.type === 'block-scalar') {
        const header = token.props[0];
        if (header.type !== 'block-scalar-header')
            throw new Error('Invalid block scalar header');
        header.source = head;
        token.source = body;
    }
    else {
        const { offset } = token;
        const indent = 'indent' in token ? token.indent : -1;
        const props = [
            { type: 'block-scalar-header', offset, indent, source: head }
        ];
        if (!addEndtoBlockProps(props, 'end' in token ? token.end : undefined))
            props.push({ type: 'newline', offset: -1, indent, source: '\n' });
        for (const key of Object.keys(token))
            if (key !== 'type' && key !== 'offset')
                delete token[key];
        Object.assign(token, { type: 'block-scalar', indent, props, source: body });
    }
}
/** @returns `true` if last token is a newline */
function addEndtoBlockProps(props, end) {
    if (end)
        for (const st of end)
            switch (st.type) {
                case 'space':
                case 'comment':
                    props.push(st);
                    break;
                case 'newline':
                    props.push(st);
                    return true;
            }
    return false;
}
function setFlowScalarValue(token, source, type) {
    switch (token.type) {
        case 'scalar':
        case 'double-quoted-scalar':
        case 'single-quoted-scalar':
            token.type = type;
            token.source = source;
            break;
        case 'block-scalar': {
            const end = token.props.slice(1);
            let oa = source.length;
            if (token.props[0].type === 'block-scalar-header')
                oa -= token.props[0].source.length;
            for (const tok of end)
                tok.offset += oa;
            delete token.props;
            Object.assign(token, { type, source, end });
            break;
        }
        case 'block-map':
        case 'block-seq': {
            const offset = token.offset + source.length;
            const nl = { type: 'newline', offset, indent: token.indent, source: '\n' };
            delete token.items;
            Object.assign(token, { type, source, end: [nl] });
            break;
        }
        default: {
            const indent = 'indent' in token ? token.indent : -1;
            const end = 'end' in token && Array.isArray(token.end)
                ? token.end.filter(st => st.type === 'space' ||
                    st.type === 'comment' ||
                    st.type === 'newline')
                : [];
            for (const key of Object.keys(token))
                if (key !== 'type' && key !== 'offset')
                    delete token[key];
            Object.assign(token, { type, indent, source, end });
        }
    }
}

exports.createScalarToken = createScalarToken;
exports.resolveAsScalar = resolveAsScalar;
exports.setScalarValue = setScalarValue;


/***/ }),

/***/ 1733:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringify a CST document, token, or collection item
 *
 * Fair warning: This applies no validation whatsoever, and
 * simply concatenates the sources in their logical order.
 */
const stringify = (cst) => 'type' in cst ? stringifyToken(cst) : stringifyItem(cst);
function stringifyToken(token) {
    switch (token.type) {
        case 'block-scalar': {
            let res = '';
            for (const tok of token.props)
                res += stringifyToken(tok);
            return res + token.source;
        }
        case 'block-map':
        case 'block-seq': {
            let res = '';
            for (const item of token.items)
                res += stringifyItem(item);
            return res;
        }
        case 'flow-collection': {
            let res = token.start.source;
            for (const item of token.items)
                res += stringifyItem(item);
            for (const st of token.end)
                res += st.source;
            return res;
        }
        case 'document': {
            let res = stringifyItem(token);
            if (token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
        default: {
            let res = token.source;
            if ('end' in token && token.end)
                for (const st of token.end)
                    res += st.source;
            return res;
        }
    }
}
function stringifyItem({ start, key, sep, value }) {
    let res = '';
    for (const st of start)
        res += st.source;
    if (key)
        res += stringifyToken(key);
    if (sep)
        for (const st of sep)
            res += st.source;
    if (value)
        res += stringifyToken(value);
    return res;
}

exports.stringify = stringify;


/***/ }),

/***/ 7715:
/***/ ((__unused_webpack_module, exports) => {



const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove item');
/**
 * Apply a visitor to a CST document or item.
 *
 * Walks through the tree (depth-first) starting from the root, calling a
 * `visitor` function with two arguments when entering each item:
 *   - `item`: The current item, which included the following members:
 *     - `start: SourceToken[]` – Source tokens before the key or value,
 *       possibly including its anchor or tag.
 *     - `key?: Token | null` – Set for pair values. May then be `null`, if
 *       the key before the `:` separator is empty.
 *     - `sep?: SourceToken[]` – Source tokens between the key and the value,
 *       which should include the `:` map value indicator if `value` is set.
 *     - `value?: Token` – The value of a sequence item, or of a map pair.
 *   - `path`: The steps from the root to the current node, as an array of
 *     `['key' | 'value', number]` tuples.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this token, continue with
 *      next sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current item, then continue with the next one
 *   - `number`: Set the index of the next step. This is useful especially if
 *     the index of the current token has changed.
 *   - `function`: Define the next visitor for this item. After the original
 *     visitor is called on item entry, next visitors are called after handling
 *     a non-empty `key` and when exiting the item.
 */
function visit(cst, visitor) {
    if ('type' in cst && cst.type === 'document')
        cst = { start: cst.start, value: cst.value };
    _visit(Object.freeze([]), cst, visitor);
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current item */
visit.SKIP = SKIP;
/** Remove the current item */
visit.REMOVE = REMOVE;
/** Find the item at `path` from `cst` as the root */
visit.itemAtPath = (cst, path) => {
    let item = cst;
    for (const [field, index] of path) {
        const tok = item?.[field];
        if (tok && 'items' in tok) {
            item = tok.items[index];
        }
        else
            return undefined;
    }
    return item;
};
/**
 * Get the immediate parent collection of the item at `path` from `cst` as the root.
 *
 * Throws an error if the collection is not found, which should never happen if the item itself exists.
 */
visit.parentCollection = (cst, path) => {
    const parent = visit.itemAtPath(cst, path.slice(0, -1));
    const field = path[path.length - 1][0];
    const coll = parent?.[field];
    if (coll && 'items' in coll)
        return coll;
    throw new Error('Parent collection not found');
};
function _visit(path, item, visitor) {
    let ctrl = visitor(item, path);
    if (typeof ctrl === 'symbol')
        return ctrl;
    for (const field of ['key', 'value']) {
        const token = item[field];
        if (token && 'items' in token) {
            for (let i = 0; i < token.items.length; ++i) {
                const ci = _visit(Object.freeze(path.concat([[field, i]])), token.items[i], visitor);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    token.items.splice(i, 1);
                    i -= 1;
                }
            }
            if (typeof ctrl === 'function' && field === 'key')
                ctrl = ctrl(item, path);
        }
    }
    return typeof ctrl === 'function' ? ctrl(item, path) : ctrl;
}

exports.visit = visit;


/***/ }),

/***/ 3461:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cstScalar = __nccwpck_require__(110);
var cstStringify = __nccwpck_require__(1733);
var cstVisit = __nccwpck_require__(7715);

/** The byte order mark */
const BOM = '\u{FEFF}';
/** Start of doc-mode */
const DOCUMENT = '\x02'; // C0: Start of Text
/** Unexpected end of flow-mode */
const FLOW_END = '\x18'; // C0: Cancel
/** Next token is a scalar value */
const SCALAR = '\x1f'; // C0: Unit Separator
/** @returns `true` if `token` is a flow or block collection */
const isCollection = (token) => !!token && 'items' in token;
/** @returns `true` if `token` is a flow or block scalar; not an alias */
const isScalar = (token) => !!token &&
    (token.type === 'scalar' ||
        token.type === 'single-quoted-scalar' ||
        token.type === 'double-quoted-scalar' ||
        token.type === 'block-scalar');
/* istanbul ignore next */
/** Get a printable representation of a lexer token */
function prettyToken(token) {
    switch (token) {
        case BOM:
            return '<BOM>';
        case DOCUMENT:
            return '<DOC>';
        case FLOW_END:
            return '<FLOW_END>';
        case SCALAR:
            return '<SCALAR>';
        default:
            return JSON.stringify(token);
    }
}
/** Identify the type of a lexer token. May return `null` for unknown tokens. */
function tokenType(source) {
    switch (source) {
        case BOM:
            return 'byte-order-mark';
        case DOCUMENT:
            return 'doc-mode';
        case FLOW_END:
            return 'flow-error-end';
        case SCALAR:
            return 'scalar';
        case '---':
            return 'doc-start';
        case '...':
            return 'doc-end';
        case '':
        case '\n':
        case '\r\n':
            return 'newline';
        case '-':
            return 'seq-item-ind';
        case '?':
            return 'explicit-key-ind';
        case ':':
            return 'map-value-ind';
        case '{':
            return 'flow-map-start';
        case '}':
            return 'flow-map-end';
        case '[':
            return 'flow-seq-start';
        case ']':
            return 'flow-seq-end';
        case ',':
            return 'comma';
    }
    switch (source[0]) {
        case ' ':
        case '\t':
            return 'space';
        case '#':
            return 'comment';
        case '%':
            return 'directive-line';
        case '*':
            return 'alias';
        case '&':
            return 'anchor';
        case '!':
            return 'tag';
        case "'":
            return 'single-quoted-scalar';
        case '"':
            return 'double-quoted-scalar';
        case '|':
        case '>':
            return 'block-scalar-header';
    }
    return null;
}

exports.createScalarToken = cstScalar.createScalarToken;
exports.resolveAsScalar = cstScalar.resolveAsScalar;
exports.setScalarValue = cstScalar.setScalarValue;
exports.stringify = cstStringify.stringify;
exports.visit = cstVisit.visit;
exports.BOM = BOM;
exports.DOCUMENT = DOCUMENT;
exports.FLOW_END = FLOW_END;
exports.SCALAR = SCALAR;
exports.isCollection = isCollection;
exports.isScalar = isScalar;
exports.prettyToken = prettyToken;
exports.tokenType = tokenType;


/***/ }),

/***/ 361:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var cst = __nccwpck_require__(3461);

/*
START -> stream

stream
  directive -> line-end -> stream
  indent + line-end -> stream
  [else] -> line-start

line-end
  comment -> line-end
  newline -> .
  input-end -> END

line-start
  doc-start -> doc
  doc-end -> stream
  [else] -> indent -> block-start

block-start
  seq-item-start -> block-start
  explicit-key-start -> block-start
  map-value-start -> block-start
  [else] -> doc

doc
  line-end -> line-start
  spaces -> doc
  anchor -> doc
  tag -> doc
  flow-start -> flow -> doc
  flow-end -> error -> doc
  seq-item-start -> error -> doc
  explicit-key-start -> error -> doc
  map-value-start -> doc
  alias -> doc
  quote-start -> quoted-scalar -> doc
  block-scalar-header -> line-end -> block-scalar(min) -> line-start
  [else] -> plain-scalar(false, min) -> doc

flow
  line-end -> flow
  spaces -> flow
  anchor -> flow
  tag -> flow
  flow-start -> flow -> flow
  flow-end -> .
  seq-item-start -> error -> flow
  explicit-key-start -> flow
  map-value-start -> flow
  alias -> flow
  quote-start -> quoted-scalar -> flow
  comma -> flow
  [else] -> plain-scalar(true, 0) -> flow

quoted-scalar
  quote-end -> .
  [else] -> quoted-scalar

block-scalar(min)
  newline + peek(indent < min) -> .
  [else] -> block-scalar(min)

plain-scalar(is-flow, min)
  scalar-end(is-flow) -> .
  peek(newline + (indent < min)) -> .
  [else] -> plain-scalar(min)
*/
function isEmpty(ch) {
    switch (ch) {
        case undefined:
        case ' ':
        case '\n':
        case '\r':
        case '\t':
            return true;
        default:
            return false;
    }
}
const hexDigits = new Set('0123456789ABCDEFabcdef');
const tagChars = new Set("0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-#;/?:@&=+$_.!~*'()");
const flowIndicatorChars = new Set(',[]{}');
const invalidAnchorChars = new Set(' ,[]{}\n\r\t');
const isNotAnchorChar = (ch) => !ch || invalidAnchorChars.has(ch);
/**
 * Splits an input string into lexical tokens, i.e. smaller strings that are
 * easily identifiable by `tokens.tokenType()`.
 *
 * Lexing starts always in a "stream" context. Incomplete input may be buffered
 * until a complete token can be emitted.
 *
 * In addition to slices of the original input, the following control characters
 * may also be emitted:
 *
 * - `\x02` (Start of Text): A document starts with the next token
 * - `\x18` (Cancel): Unexpected end of flow-mode (indicates an error)
 * - `\x1f` (Unit Separator): Next token is a scalar value
 * - `\u{FEFF}` (Byte order mark): Emitted separately outside documents
 */
class Lexer {
    constructor() {
        /**
         * Flag indicating whether the end of the current buffer marks the end of
         * all input
         */
        this.atEnd = false;
        /**
         * Explicit indent set in block scalar header, as an offset from the current
         * minimum indent, so e.g. set to 1 from a header `|2+`. Set to -1 if not
         * explicitly set.
         */
        this.blockScalarIndent = -1;
        /**
         * Block scalars that include a + (keep) chomping indicator in their header
         * include trailing empty lines, which are otherwise excluded from the
         * scalar's contents.
         */
        this.blockScalarKeep = false;
        /** Current input */
        this.buffer = '';
        /**
         * Flag noting whether the map value indicator : can immediately follow this
         * node within a flow context.
         */
        this.flowKey = false;
        /** Count of surrounding flow collection levels. */
        this.flowLevel = 0;
        /**
         * Minimum level of indentation required for next lines to be parsed as a
         * part of the current scalar value.
         */
        this.indentNext = 0;
        /** Indentation level of the current line. */
        this.indentValue = 0;
        /** Position of the next \n character. */
        this.lineEndPos = null;
        /** Stores the state of the lexer if reaching the end of incpomplete input */
        this.next = null;
        /** A pointer to `buffer`; the current position of the lexer. */
        this.pos = 0;
    }
    /**
     * Generate YAML tokens from the `source` string. If `incomplete`,
     * a part of the last line may be left as a buffer for the next call.
     *
     * @returns A generator of lexical tokens
     */
    *lex(source, incomplete = false) {
        if (source) {
            if (typeof source !== 'string')
                throw TypeError('source is not a string');
            this.buffer = this.buffer ? this.buffer + source : source;
            this.lineEndPos = null;
        }
        this.atEnd = !incomplete;
        let next = this.next ?? 'stream';
        while (next && (incomplete || this.hasChars(1)))
            next = yield* this.parseNext(next);
    }
    atLineEnd() {
        let i = this.pos;
        let ch = this.buffer[i];
        while (ch === ' ' || ch === '\t')
            ch = this.buffer[++i];
        if (!ch || ch === '#' || ch === '\n')
            return true;
        if (ch === '\r')
            return this.buffer[i + 1] === '\n';
        return false;
    }
    charAt(n) {
        return this.buffer[this.pos + n];
    }
    continueScalar(offset) {
        let ch = this.buffer[offset];
        if (this.indentNext > 0) {
            let indent = 0;
            while (ch === ' ')
                ch = this.buffer[++indent + offset];
            if (ch === '\r') {
                const next = this.buffer[indent + offset + 1];
                if (next === '\n' || (!next && !this.atEnd))
                    return offset + indent + 1;
            }
            return ch === '\n' || indent >= this.indentNext || (!ch && !this.atEnd)
                ? offset + indent
                : -1;
        }
        if (ch === '-' || ch === '.') {
            const dt = this.buffer.substr(offset, 3);
            if ((dt === '---' || dt === '...') && isEmpty(this.buffer[offset + 3]))
                return -1;
        }
        return offset;
    }
    getLine() {
        let end = this.lineEndPos;
        if (typeof end !== 'number' || (end !== -1 && end < this.pos)) {
            end = this.buffer.indexOf('\n', this.pos);
            this.lineEndPos = end;
        }
        if (end === -1)
            return this.atEnd ? this.buffer.substring(this.pos) : null;
        if (this.buffer[end - 1] === '\r')
            end -= 1;
        return this.buffer.substring(this.pos, end);
    }
    hasChars(n) {
        return this.pos + n <= this.buffer.length;
    }
    setNext(state) {
        this.buffer = this.buffer.substring(this.pos);
        this.pos = 0;
        this.lineEndPos = null;
        this.next = state;
        return null;
    }
    peek(n) {
        return this.buffer.substr(this.pos, n);
    }
    *parseNext(next) {
        switch (next) {
            case 'stream':
                return yield* this.parseStream();
            case 'line-start':
                return yield* this.parseLineStart();
            case 'block-start':
                return yield* this.parseBlockStart();
            case 'doc':
                return yield* this.parseDocument();
            case 'flow':
                return yield* this.parseFlowCollection();
            case 'quoted-scalar':
                return yield* this.parseQuotedScalar();
            case 'block-scalar':
                return yield* this.parseBlockScalar();
            case 'plain-scalar':
                return yield* this.parsePlainScalar();
        }
    }
    *parseStream() {
        let line = this.getLine();
        if (line === null)
            return this.setNext('stream');
        if (line[0] === cst.BOM) {
            yield* this.pushCount(1);
            line = line.substring(1);
        }
        if (line[0] === '%') {
            let dirEnd = line.length;
            let cs = line.indexOf('#');
            while (cs !== -1) {
                const ch = line[cs - 1];
                if (ch === ' ' || ch === '\t') {
                    dirEnd = cs - 1;
                    break;
                }
                else {
                    cs = line.indexOf('#', cs + 1);
                }
            }
            while (true) {
                const ch = line[dirEnd - 1];
                if (ch === ' ' || ch === '\t')
                    dirEnd -= 1;
                else
                    break;
            }
            const n = (yield* this.pushCount(dirEnd)) + (yield* this.pushSpaces(true));
            yield* this.pushCount(line.length - n); // possible comment
            this.pushNewline();
            return 'stream';
        }
        if (this.atLineEnd()) {
            const sp = yield* this.pushSpaces(true);
            yield* this.pushCount(line.length - sp);
            yield* this.pushNewline();
            return 'stream';
        }
        yield cst.DOCUMENT;
        return yield* this.parseLineStart();
    }
    *parseLineStart() {
        const ch = this.charAt(0);
        if (!ch && !this.atEnd)
            return this.setNext('line-start');
        if (ch === '-' || ch === '.') {
            if (!this.atEnd && !this.hasChars(4))
                return this.setNext('line-start');
            const s = this.peek(3);
            if ((s === '---' || s === '...') && isEmpty(this.charAt(3))) {
                yield* this.pushCount(3);
                this.indentValue = 0;
                this.indentNext = 0;
                return s === '---' ? 'doc' : 'stream';
            }
        }
        this.indentValue = yield* this.pushSpaces(false);
        if (this.indentNext > this.indentValue && !isEmpty(this.charAt(1)))
            this.indentNext = this.indentValue;
        return yield* this.parseBlockStart();
    }
    *parseBlockStart() {
        const [ch0, ch1] = this.peek(2);
        if (!ch1 && !this.atEnd)
            return this.setNext('block-start');
        if ((ch0 === '-' || ch0 === '?' || ch0 === ':') && isEmpty(ch1)) {
            const n = (yield* this.pushCount(1)) + (yield* this.pushSpaces(true));
            this.indentNext = this.indentValue + 1;
            this.indentValue += n;
            return 'block-start';
        }
        return 'doc';
    }
    *parseDocument() {
        yield* this.pushSpaces(true);
        const line = this.getLine();
        if (line === null)
            return this.setNext('doc');
        let n = yield* this.pushIndicators();
        switch (line[n]) {
            case '#':
                yield* this.pushCount(line.length - n);
            // fallthrough
            case undefined:
                yield* this.pushNewline();
                return yield* this.parseLineStart();
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel = 1;
                return 'flow';
            case '}':
            case ']':
                // this is an error
                yield* this.pushCount(1);
                return 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'doc';
            case '"':
            case "'":
                return yield* this.parseQuotedScalar();
            case '|':
            case '>':
                n += yield* this.parseBlockScalarHeader();
                n += yield* this.pushSpaces(true);
                yield* this.pushCount(line.length - n);
                yield* this.pushNewline();
                return yield* this.parseBlockScalar();
            default:
                return yield* this.parsePlainScalar();
        }
    }
    *parseFlowCollection() {
        let nl, sp;
        let indent = -1;
        do {
            nl = yield* this.pushNewline();
            if (nl > 0) {
                sp = yield* this.pushSpaces(false);
                this.indentValue = indent = sp;
            }
            else {
                sp = 0;
            }
            sp += yield* this.pushSpaces(true);
        } while (nl + sp > 0);
        const line = this.getLine();
        if (line === null)
            return this.setNext('flow');
        if ((indent !== -1 && indent < this.indentNext && line[0] !== '#') ||
            (indent === 0 &&
                (line.startsWith('---') || line.startsWith('...')) &&
                isEmpty(line[3]))) {
            // Allowing for the terminal ] or } at the same (rather than greater)
            // indent level as the initial [ or { is technically invalid, but
            // failing here would be surprising to users.
            const atFlowEndMarker = indent === this.indentNext - 1 &&
                this.flowLevel === 1 &&
                (line[0] === ']' || line[0] === '}');
            if (!atFlowEndMarker) {
                // this is an error
                this.flowLevel = 0;
                yield cst.FLOW_END;
                return yield* this.parseLineStart();
            }
        }
        let n = 0;
        while (line[n] === ',') {
            n += yield* this.pushCount(1);
            n += yield* this.pushSpaces(true);
            this.flowKey = false;
        }
        n += yield* this.pushIndicators();
        switch (line[n]) {
            case undefined:
                return 'flow';
            case '#':
                yield* this.pushCount(line.length - n);
                return 'flow';
            case '{':
            case '[':
                yield* this.pushCount(1);
                this.flowKey = false;
                this.flowLevel += 1;
                return 'flow';
            case '}':
            case ']':
                yield* this.pushCount(1);
                this.flowKey = true;
                this.flowLevel -= 1;
                return this.flowLevel ? 'flow' : 'doc';
            case '*':
                yield* this.pushUntil(isNotAnchorChar);
                return 'flow';
            case '"':
            case "'":
                this.flowKey = true;
                return yield* this.parseQuotedScalar();
            case ':': {
                const next = this.charAt(1);
                if (this.flowKey || isEmpty(next) || next === ',') {
                    this.flowKey = false;
                    yield* this.pushCount(1);
                    yield* this.pushSpaces(true);
                    return 'flow';
                }
            }
            // fallthrough
            default:
                this.flowKey = false;
                return yield* this.parsePlainScalar();
        }
    }
    *parseQuotedScalar() {
        const quote = this.charAt(0);
        let end = this.buffer.indexOf(quote, this.pos + 1);
        if (quote === "'") {
            while (end !== -1 && this.buffer[end + 1] === "'")
                end = this.buffer.indexOf("'", end + 2);
        }
        else {
            // double-quote
            while (end !== -1) {
                let n = 0;
                while (this.buffer[end - 1 - n] === '\\')
                    n += 1;
                if (n % 2 === 0)
                    break;
                end = this.buffer.indexOf('"', end + 1);
            }
        }
        // Only looking for newlines within the quotes
        const qb = this.buffer.substring(0, end);
        let nl = qb.indexOf('\n', this.pos);
        if (nl !== -1) {
            while (nl !== -1) {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = qb.indexOf('\n', cs);
            }
            if (nl !== -1) {
                // this is an error caused by an unexpected unindent
                end = nl - (qb[nl - 1] === '\r' ? 2 : 1);
            }
        }
        if (end === -1) {
            if (!this.atEnd)
                return this.setNext('quoted-scalar');
            end = this.buffer.length;
        }
        yield* this.pushToIndex(end + 1, false);
        return this.flowLevel ? 'flow' : 'doc';
    }
    *parseBlockScalarHeader() {
        this.blockScalarIndent = -1;
        this.blockScalarKeep = false;
        let i = this.pos;
        while (true) {
            const ch = this.buffer[++i];
            if (ch === '+')
                this.blockScalarKeep = true;
            else if (ch > '0' && ch <= '9')
                this.blockScalarIndent = Number(ch) - 1;
            else if (ch !== '-')
                break;
        }
        return yield* this.pushUntil(ch => isEmpty(ch) || ch === '#');
    }
    *parseBlockScalar() {
        let nl = this.pos - 1; // may be -1 if this.pos === 0
        let indent = 0;
        let ch;
        loop: for (let i = this.pos; (ch = this.buffer[i]); ++i) {
            switch (ch) {
                case ' ':
                    indent += 1;
                    break;
                case '\n':
                    nl = i;
                    indent = 0;
                    break;
                case '\r': {
                    const next = this.buffer[i + 1];
                    if (!next && !this.atEnd)
                        return this.setNext('block-scalar');
                    if (next === '\n')
                        break;
                } // fallthrough
                default:
                    break loop;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('block-scalar');
        if (indent >= this.indentNext) {
            if (this.blockScalarIndent === -1)
                this.indentNext = indent;
            else {
                this.indentNext =
                    this.blockScalarIndent + (this.indentNext === 0 ? 1 : this.indentNext);
            }
            do {
                const cs = this.continueScalar(nl + 1);
                if (cs === -1)
                    break;
                nl = this.buffer.indexOf('\n', cs);
            } while (nl !== -1);
            if (nl === -1) {
                if (!this.atEnd)
                    return this.setNext('block-scalar');
                nl = this.buffer.length;
            }
        }
        // Trailing insufficiently indented tabs are invalid.
        // To catch that during parsing, we include them in the block scalar value.
        let i = nl + 1;
        ch = this.buffer[i];
        while (ch === ' ')
            ch = this.buffer[++i];
        if (ch === '\t') {
            while (ch === '\t' || ch === ' ' || ch === '\r' || ch === '\n')
                ch = this.buffer[++i];
            nl = i - 1;
        }
        else if (!this.blockScalarKeep) {
            do {
                let i = nl - 1;
                let ch = this.buffer[i];
                if (ch === '\r')
                    ch = this.buffer[--i];
                const lastChar = i; // Drop the line if last char not more indented
                while (ch === ' ')
                    ch = this.buffer[--i];
                if (ch === '\n' && i >= this.pos && i + 1 + indent > lastChar)
                    nl = i;
                else
                    break;
            } while (true);
        }
        yield cst.SCALAR;
        yield* this.pushToIndex(nl + 1, true);
        return yield* this.parseLineStart();
    }
    *parsePlainScalar() {
        const inFlow = this.flowLevel > 0;
        let end = this.pos - 1;
        let i = this.pos - 1;
        let ch;
        while ((ch = this.buffer[++i])) {
            if (ch === ':') {
                const next = this.buffer[i + 1];
                if (isEmpty(next) || (inFlow && flowIndicatorChars.has(next)))
                    break;
                end = i;
            }
            else if (isEmpty(ch)) {
                let next = this.buffer[i + 1];
                if (ch === '\r') {
                    if (next === '\n') {
                        i += 1;
                        ch = '\n';
                        next = this.buffer[i + 1];
                    }
                    else
                        end = i;
                }
                if (next === '#' || (inFlow && flowIndicatorChars.has(next)))
                    break;
                if (ch === '\n') {
                    const cs = this.continueScalar(i + 1);
                    if (cs === -1)
                        break;
                    i = Math.max(i, cs - 2); // to advance, but still account for ' #'
                }
            }
            else {
                if (inFlow && flowIndicatorChars.has(ch))
                    break;
                end = i;
            }
        }
        if (!ch && !this.atEnd)
            return this.setNext('plain-scalar');
        yield cst.SCALAR;
        yield* this.pushToIndex(end + 1, true);
        return inFlow ? 'flow' : 'doc';
    }
    *pushCount(n) {
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos += n;
            return n;
        }
        return 0;
    }
    *pushToIndex(i, allowEmpty) {
        const s = this.buffer.slice(this.pos, i);
        if (s) {
            yield s;
            this.pos += s.length;
            return s.length;
        }
        else if (allowEmpty)
            yield '';
        return 0;
    }
    *pushIndicators() {
        let n = 0;
        loop: while (true) {
            switch (this.charAt(0)) {
                case '!':
                    n += yield* this.pushTag();
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '&':
                    n += yield* this.pushUntil(isNotAnchorChar);
                    n += yield* this.pushSpaces(true);
                    continue loop;
                case '-': // this is an error
                case '?': // this is an error outside flow collections
                case ':': {
                    const inFlow = this.flowLevel > 0;
                    const ch1 = this.charAt(1);
                    if (isEmpty(ch1) || (inFlow && flowIndicatorChars.has(ch1))) {
                        if (!inFlow)
                            this.indentNext = this.indentValue + 1;
                        else if (this.flowKey)
                            this.flowKey = false;
                        n += yield* this.pushCount(1);
                        n += yield* this.pushSpaces(true);
                        continue loop;
                    }
                }
            }
            break loop;
        }
        return n;
    }
    *pushTag() {
        if (this.charAt(1) === '<') {
            let i = this.pos + 2;
            let ch = this.buffer[i];
            while (!isEmpty(ch) && ch !== '>')
                ch = this.buffer[++i];
            return yield* this.pushToIndex(ch === '>' ? i + 1 : i, false);
        }
        else {
            let i = this.pos + 1;
            let ch = this.buffer[i];
            while (ch) {
                if (tagChars.has(ch))
                    ch = this.buffer[++i];
                else if (ch === '%' &&
                    hexDigits.has(this.buffer[i + 1]) &&
                    hexDigits.has(this.buffer[i + 2])) {
                    ch = this.buffer[(i += 3)];
                }
                else
                    break;
            }
            return yield* this.pushToIndex(i, false);
        }
    }
    *pushNewline() {
        const ch = this.buffer[this.pos];
        if (ch === '\n')
            return yield* this.pushCount(1);
        else if (ch === '\r' && this.charAt(1) === '\n')
            return yield* this.pushCount(2);
        else
            return 0;
    }
    *pushSpaces(allowTabs) {
        let i = this.pos - 1;
        let ch;
        do {
            ch = this.buffer[++i];
        } while (ch === ' ' || (allowTabs && ch === '\t'));
        const n = i - this.pos;
        if (n > 0) {
            yield this.buffer.substr(this.pos, n);
            this.pos = i;
        }
        return n;
    }
    *pushUntil(test) {
        let i = this.pos;
        let ch = this.buffer[i];
        while (!test(ch))
            ch = this.buffer[++i];
        return yield* this.pushToIndex(i, false);
    }
}

exports.Lexer = Lexer;


/***/ }),

/***/ 6628:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Tracks newlines during parsing in order to provide an efficient API for
 * determining the one-indexed `{ line, col }` position for any offset
 * within the input.
 */
class LineCounter {
    constructor() {
        this.lineStarts = [];
        /**
         * Should be called in ascending order. Otherwise, call
         * `lineCounter.lineStarts.sort()` before calling `linePos()`.
         */
        this.addNewLine = (offset) => this.lineStarts.push(offset);
        /**
         * Performs a binary search and returns the 1-indexed { line, col }
         * position of `offset`. If `line === 0`, `addNewLine` has never been
         * called or `offset` is before the first known newline.
         */
        this.linePos = (offset) => {
            let low = 0;
            let high = this.lineStarts.length;
            while (low < high) {
                const mid = (low + high) >> 1; // Math.floor((low + high) / 2)
                if (this.lineStarts[mid] < offset)
                    low = mid + 1;
                else
                    high = mid;
            }
            if (this.lineStarts[low] === offset)
                return { line: low + 1, col: 1 };
            if (low === 0)
                return { line: 0, col: offset };
            const start = this.lineStarts[low - 1];
            return { line: low, col: offset - start + 1 };
        };
    }
}

exports.LineCounter = LineCounter;


/***/ }),

/***/ 3456:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_process = __nccwpck_require__(932);
var cst = __nccwpck_require__(3461);
var lexer = __nccwpck_require__(361);

function includesToken(list, type) {
    for (let i = 0; i < list.length; ++i)
        if (list[i].type === type)
            return true;
    return false;
}
function findNonEmptyIndex(list) {
    for (let i = 0; i < list.length; ++i) {
        switch (list[i].type) {
            case 'space':
            case 'comment':
            case 'newline':
                break;
            default:
                return i;
        }
    }
    return -1;
}
function isFlowToken(token) {
    switch (token?.type) {
        case 'alias':
        case 'scalar':
        case 'single-quoted-scalar':
        case 'double-quoted-scalar':
        case 'flow-collection':
            return true;
        default:
            return false;
    }
}
function getPrevProps(parent) {
    switch (parent.type) {
        case 'document':
            return parent.start;
        case 'block-map': {
            const it = parent.items[parent.items.length - 1];
            return it.sep ?? it.start;
        }
        case 'block-seq':
            return parent.items[parent.items.length - 1].start;
        /* istanbul ignore next should not happen */
        default:
            return [];
    }
}
/** Note: May modify input array */
function getFirstKeyStartProps(prev) {
    if (prev.length === 0)
        return [];
    let i = prev.length;
    loop: while (--i >= 0) {
        switch (prev[i].type) {
            case 'doc-start':
            case 'explicit-key-ind':
            case 'map-value-ind':
            case 'seq-item-ind':
            case 'newline':
                break loop;
        }
    }
    while (prev[++i]?.type === 'space') {
        /* loop */
    }
    return prev.splice(i, prev.length);
}
function arrayPushArray(target, source) {
    // May exhaust call stack with large `source` array
    if (source.length < 1e5)
        Array.prototype.push.apply(target, source);
    else
        for (let i = 0; i < source.length; ++i)
            target.push(source[i]);
}
function fixFlowSeqItems(fc) {
    if (fc.start.type === 'flow-seq-start') {
        for (const it of fc.items) {
            if (it.sep &&
                !it.value &&
                !includesToken(it.start, 'explicit-key-ind') &&
                !includesToken(it.sep, 'map-value-ind')) {
                if (it.key)
                    it.value = it.key;
                delete it.key;
                if (isFlowToken(it.value)) {
                    if (it.value.end)
                        arrayPushArray(it.value.end, it.sep);
                    else
                        it.value.end = it.sep;
                }
                else
                    arrayPushArray(it.start, it.sep);
                delete it.sep;
            }
        }
    }
}
/**
 * A YAML concrete syntax tree (CST) parser
 *
 * ```ts
 * const src: string = ...
 * for (const token of new Parser().parse(src)) {
 *   // token: Token
 * }
 * ```
 *
 * To use the parser with a user-provided lexer:
 *
 * ```ts
 * function* parse(source: string, lexer: Lexer) {
 *   const parser = new Parser()
 *   for (const lexeme of lexer.lex(source))
 *     yield* parser.next(lexeme)
 *   yield* parser.end()
 * }
 *
 * const src: string = ...
 * const lexer = new Lexer()
 * for (const token of parse(src, lexer)) {
 *   // token: Token
 * }
 * ```
 */
class Parser {
    /**
     * @param onNewLine - If defined, called separately with the start position of
     *   each new line (in `parse()`, including the start of input).
     */
    constructor(onNewLine) {
        /** If true, space and sequence indicators count as indentation */
        this.atNewLine = true;
        /** If true, next token is a scalar value */
        this.atScalar = false;
        /** Current indentation level */
        this.indent = 0;
        /** Current offset since the start of parsing */
        this.offset = 0;
        /** On the same line with a block map key */
        this.onKeyLine = false;
        /** Top indicates the node that's currently being built */
        this.stack = [];
        /** The source of the current token, set in parse() */
        this.source = '';
        /** The type of the current token, set in parse() */
        this.type = '';
        // Must be defined after `next()`
        this.lexer = new lexer.Lexer();
        this.onNewLine = onNewLine;
    }
    /**
     * Parse `source` as a YAML stream.
     * If `incomplete`, a part of the last line may be left as a buffer for the next call.
     *
     * Errors are not thrown, but yielded as `{ type: 'error', message }` tokens.
     *
     * @returns A generator of tokens representing each directive, document, and other structure.
     */
    *parse(source, incomplete = false) {
        if (this.onNewLine && this.offset === 0)
            this.onNewLine(0);
        for (const lexeme of this.lexer.lex(source, incomplete))
            yield* this.next(lexeme);
        if (!incomplete)
            yield* this.end();
    }
    /**
     * Advance the parser by the `source` of one lexical token.
     */
    *next(source) {
        this.source = source;
        if (node_process.env.LOG_TOKENS)
            console.log('|', cst.prettyToken(source));
        if (this.atScalar) {
            this.atScalar = false;
            yield* this.step();
            this.offset += source.length;
            return;
        }
        const type = cst.tokenType(source);
        if (!type) {
            const message = `Not a YAML token: ${source}`;
            yield* this.pop({ type: 'error', offset: this.offset, message, source });
            this.offset += source.length;
        }
        else if (type === 'scalar') {
            this.atNewLine = false;
            this.atScalar = true;
            this.type = 'scalar';
        }
        else {
            this.type = type;
            yield* this.step();
            switch (type) {
                case 'newline':
                    this.atNewLine = true;
                    this.indent = 0;
                    if (this.onNewLine)
                        this.onNewLine(this.offset + source.length);
                    break;
                case 'space':
                    if (this.atNewLine && source[0] === ' ')
                        this.indent += source.length;
                    break;
                case 'explicit-key-ind':
                case 'map-value-ind':
                case 'seq-item-ind':
                    if (this.atNewLine)
                        this.indent += source.length;
                    break;
                case 'doc-mode':
                case 'flow-error-end':
                    return;
                default:
                    this.atNewLine = false;
            }
            this.offset += source.length;
        }
    }
    /** Call at end of input to push out any remaining constructions */
    *end() {
        while (this.stack.length > 0)
            yield* this.pop();
    }
    get sourceToken() {
        const st = {
            type: this.type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
        return st;
    }
    *step() {
        const top = this.peek(1);
        if (this.type === 'doc-end' && top?.type !== 'doc-end') {
            while (this.stack.length > 0)
                yield* this.pop();
            this.stack.push({
                type: 'doc-end',
                offset: this.offset,
                source: this.source
            });
            return;
        }
        if (!top)
            return yield* this.stream();
        switch (top.type) {
            case 'document':
                return yield* this.document(top);
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return yield* this.scalar(top);
            case 'block-scalar':
                return yield* this.blockScalar(top);
            case 'block-map':
                return yield* this.blockMap(top);
            case 'block-seq':
                return yield* this.blockSequence(top);
            case 'flow-collection':
                return yield* this.flowCollection(top);
            case 'doc-end':
                return yield* this.documentEnd(top);
        }
        /* istanbul ignore next should not happen */
        yield* this.pop();
    }
    peek(n) {
        return this.stack[this.stack.length - n];
    }
    *pop(error) {
        const token = error ?? this.stack.pop();
        /* istanbul ignore if should not happen */
        if (!token) {
            const message = 'Tried to pop an empty stack';
            yield { type: 'error', offset: this.offset, source: '', message };
        }
        else if (this.stack.length === 0) {
            yield token;
        }
        else {
            const top = this.peek(1);
            if (token.type === 'block-scalar') {
                // Block scalars use their parent rather than header indent
                token.indent = 'indent' in top ? top.indent : 0;
            }
            else if (token.type === 'flow-collection' && top.type === 'document') {
                // Ignore all indent for top-level flow collections
                token.indent = 0;
            }
            if (token.type === 'flow-collection')
                fixFlowSeqItems(token);
            switch (top.type) {
                case 'document':
                    top.value = token;
                    break;
                case 'block-scalar':
                    top.props.push(token); // error
                    break;
                case 'block-map': {
                    const it = top.items[top.items.length - 1];
                    if (it.value) {
                        top.items.push({ start: [], key: token, sep: [] });
                        this.onKeyLine = true;
                        return;
                    }
                    else if (it.sep) {
                        it.value = token;
                    }
                    else {
                        Object.assign(it, { key: token, sep: [] });
                        this.onKeyLine = !it.explicitKey;
                        return;
                    }
                    break;
                }
                case 'block-seq': {
                    const it = top.items[top.items.length - 1];
                    if (it.value)
                        top.items.push({ start: [], value: token });
                    else
                        it.value = token;
                    break;
                }
                case 'flow-collection': {
                    const it = top.items[top.items.length - 1];
                    if (!it || it.value)
                        top.items.push({ start: [], key: token, sep: [] });
                    else if (it.sep)
                        it.value = token;
                    else
                        Object.assign(it, { key: token, sep: [] });
                    return;
                }
                /* istanbul ignore next should not happen */
                default:
                    yield* this.pop();
                    yield* this.pop(token);
            }
            if ((top.type === 'document' ||
                top.type === 'block-map' ||
                top.type === 'block-seq') &&
                (token.type === 'block-map' || token.type === 'block-seq')) {
                const last = token.items[token.items.length - 1];
                if (last &&
                    !last.sep &&
                    !last.value &&
                    last.start.length > 0 &&
                    findNonEmptyIndex(last.start) === -1 &&
                    (token.indent === 0 ||
                        last.start.every(st => st.type !== 'comment' || st.indent < token.indent))) {
                    if (top.type === 'document')
                        top.end = last.start;
                    else
                        top.items.push({ start: last.start });
                    token.items.splice(-1, 1);
                }
            }
        }
    }
    *stream() {
        switch (this.type) {
            case 'directive-line':
                yield { type: 'directive', offset: this.offset, source: this.source };
                return;
            case 'byte-order-mark':
            case 'space':
            case 'comment':
            case 'newline':
                yield this.sourceToken;
                return;
            case 'doc-mode':
            case 'doc-start': {
                const doc = {
                    type: 'document',
                    offset: this.offset,
                    start: []
                };
                if (this.type === 'doc-start')
                    doc.start.push(this.sourceToken);
                this.stack.push(doc);
                return;
            }
        }
        yield {
            type: 'error',
            offset: this.offset,
            message: `Unexpected ${this.type} token in YAML stream`,
            source: this.source
        };
    }
    *document(doc) {
        if (doc.value)
            return yield* this.lineEnd(doc);
        switch (this.type) {
            case 'doc-start': {
                if (findNonEmptyIndex(doc.start) !== -1) {
                    yield* this.pop();
                    yield* this.step();
                }
                else
                    doc.start.push(this.sourceToken);
                return;
            }
            case 'anchor':
            case 'tag':
            case 'space':
            case 'comment':
            case 'newline':
                doc.start.push(this.sourceToken);
                return;
        }
        const bv = this.startBlockValue(doc);
        if (bv)
            this.stack.push(bv);
        else {
            yield {
                type: 'error',
                offset: this.offset,
                message: `Unexpected ${this.type} token in YAML document`,
                source: this.source
            };
        }
    }
    *scalar(scalar) {
        if (this.type === 'map-value-ind') {
            const prev = getPrevProps(this.peek(2));
            const start = getFirstKeyStartProps(prev);
            let sep;
            if (scalar.end) {
                sep = scalar.end;
                sep.push(this.sourceToken);
                delete scalar.end;
            }
            else
                sep = [this.sourceToken];
            const map = {
                type: 'block-map',
                offset: scalar.offset,
                indent: scalar.indent,
                items: [{ start, key: scalar, sep }]
            };
            this.onKeyLine = true;
            this.stack[this.stack.length - 1] = map;
        }
        else
            yield* this.lineEnd(scalar);
    }
    *blockScalar(scalar) {
        switch (this.type) {
            case 'space':
            case 'comment':
            case 'newline':
                scalar.props.push(this.sourceToken);
                return;
            case 'scalar':
                scalar.source = this.source;
                // block-scalar source includes trailing newline
                this.atNewLine = true;
                this.indent = 0;
                if (this.onNewLine) {
                    let nl = this.source.indexOf('\n') + 1;
                    while (nl !== 0) {
                        this.onNewLine(this.offset + nl);
                        nl = this.source.indexOf('\n', nl) + 1;
                    }
                }
                yield* this.pop();
                break;
            /* istanbul ignore next should not happen */
            default:
                yield* this.pop();
                yield* this.step();
        }
    }
    *blockMap(map) {
        const it = map.items[map.items.length - 1];
        // it.sep is true-ish if pair already has key or : separator
        switch (this.type) {
            case 'newline':
                this.onKeyLine = false;
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    it.start.push(this.sourceToken);
                }
                return;
            case 'space':
            case 'comment':
                if (it.value) {
                    map.items.push({ start: [this.sourceToken] });
                }
                else if (it.sep) {
                    it.sep.push(this.sourceToken);
                }
                else {
                    if (this.atIndentedComment(it.start, map.indent)) {
                        const prev = map.items[map.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            map.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
        }
        if (this.indent >= map.indent) {
            const atMapIndent = !this.onKeyLine && this.indent === map.indent;
            const atNextItem = atMapIndent &&
                (it.sep || it.explicitKey) &&
                this.type !== 'seq-item-ind';
            // For empty nodes, assign newline-separated not indented empty tokens to following node
            let start = [];
            if (atNextItem && it.sep && !it.value) {
                const nl = [];
                for (let i = 0; i < it.sep.length; ++i) {
                    const st = it.sep[i];
                    switch (st.type) {
                        case 'newline':
                            nl.push(i);
                            break;
                        case 'space':
                            break;
                        case 'comment':
                            if (st.indent > map.indent)
                                nl.length = 0;
                            break;
                        default:
                            nl.length = 0;
                    }
                }
                if (nl.length >= 2)
                    start = it.sep.splice(nl[1]);
            }
            switch (this.type) {
                case 'anchor':
                case 'tag':
                    if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        it.sep.push(this.sourceToken);
                    }
                    else {
                        it.start.push(this.sourceToken);
                    }
                    return;
                case 'explicit-key-ind':
                    if (!it.sep && !it.explicitKey) {
                        it.start.push(this.sourceToken);
                        it.explicitKey = true;
                    }
                    else if (atNextItem || it.value) {
                        start.push(this.sourceToken);
                        map.items.push({ start, explicitKey: true });
                    }
                    else {
                        this.stack.push({
                            type: 'block-map',
                            offset: this.offset,
                            indent: this.indent,
                            items: [{ start: [this.sourceToken], explicitKey: true }]
                        });
                    }
                    this.onKeyLine = true;
                    return;
                case 'map-value-ind':
                    if (it.explicitKey) {
                        if (!it.sep) {
                            if (includesToken(it.start, 'newline')) {
                                Object.assign(it, { key: null, sep: [this.sourceToken] });
                            }
                            else {
                                const start = getFirstKeyStartProps(it.start);
                                this.stack.push({
                                    type: 'block-map',
                                    offset: this.offset,
                                    indent: this.indent,
                                    items: [{ start, key: null, sep: [this.sourceToken] }]
                                });
                            }
                        }
                        else if (it.value) {
                            map.items.push({ start: [], key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else if (isFlowToken(it.key) &&
                            !includesToken(it.sep, 'newline')) {
                            const start = getFirstKeyStartProps(it.start);
                            const key = it.key;
                            const sep = it.sep;
                            sep.push(this.sourceToken);
                            // @ts-expect-error type guard is wrong here
                            delete it.key;
                            // @ts-expect-error type guard is wrong here
                            delete it.sep;
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start, key, sep }]
                            });
                        }
                        else if (start.length > 0) {
                            // Not actually at next item
                            it.sep = it.sep.concat(start, this.sourceToken);
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    else {
                        if (!it.sep) {
                            Object.assign(it, { key: null, sep: [this.sourceToken] });
                        }
                        else if (it.value || atNextItem) {
                            map.items.push({ start, key: null, sep: [this.sourceToken] });
                        }
                        else if (includesToken(it.sep, 'map-value-ind')) {
                            this.stack.push({
                                type: 'block-map',
                                offset: this.offset,
                                indent: this.indent,
                                items: [{ start: [], key: null, sep: [this.sourceToken] }]
                            });
                        }
                        else {
                            it.sep.push(this.sourceToken);
                        }
                    }
                    this.onKeyLine = true;
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (atNextItem || it.value) {
                        map.items.push({ start, key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    else if (it.sep) {
                        this.stack.push(fs);
                    }
                    else {
                        Object.assign(it, { key: fs, sep: [] });
                        this.onKeyLine = true;
                    }
                    return;
                }
                default: {
                    const bv = this.startBlockValue(map);
                    if (bv) {
                        if (bv.type === 'block-seq') {
                            if (!it.explicitKey &&
                                it.sep &&
                                !includesToken(it.sep, 'newline')) {
                                yield* this.pop({
                                    type: 'error',
                                    offset: this.offset,
                                    message: 'Unexpected block-seq-ind on same line with key',
                                    source: this.source
                                });
                                return;
                            }
                        }
                        else if (atMapIndent) {
                            map.items.push({ start });
                        }
                        this.stack.push(bv);
                        return;
                    }
                }
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *blockSequence(seq) {
        const it = seq.items[seq.items.length - 1];
        switch (this.type) {
            case 'newline':
                if (it.value) {
                    const end = 'end' in it.value ? it.value.end : undefined;
                    const last = Array.isArray(end) ? end[end.length - 1] : undefined;
                    if (last?.type === 'comment')
                        end?.push(this.sourceToken);
                    else
                        seq.items.push({ start: [this.sourceToken] });
                }
                else
                    it.start.push(this.sourceToken);
                return;
            case 'space':
            case 'comment':
                if (it.value)
                    seq.items.push({ start: [this.sourceToken] });
                else {
                    if (this.atIndentedComment(it.start, seq.indent)) {
                        const prev = seq.items[seq.items.length - 2];
                        const end = prev?.value?.end;
                        if (Array.isArray(end)) {
                            arrayPushArray(end, it.start);
                            end.push(this.sourceToken);
                            seq.items.pop();
                            return;
                        }
                    }
                    it.start.push(this.sourceToken);
                }
                return;
            case 'anchor':
            case 'tag':
                if (it.value || this.indent <= seq.indent)
                    break;
                it.start.push(this.sourceToken);
                return;
            case 'seq-item-ind':
                if (this.indent !== seq.indent)
                    break;
                if (it.value || includesToken(it.start, 'seq-item-ind'))
                    seq.items.push({ start: [this.sourceToken] });
                else
                    it.start.push(this.sourceToken);
                return;
        }
        if (this.indent > seq.indent) {
            const bv = this.startBlockValue(seq);
            if (bv) {
                this.stack.push(bv);
                return;
            }
        }
        yield* this.pop();
        yield* this.step();
    }
    *flowCollection(fc) {
        const it = fc.items[fc.items.length - 1];
        if (this.type === 'flow-error-end') {
            let top;
            do {
                yield* this.pop();
                top = this.peek(1);
            } while (top?.type === 'flow-collection');
        }
        else if (fc.end.length === 0) {
            switch (this.type) {
                case 'comma':
                case 'explicit-key-ind':
                    if (!it || it.sep)
                        fc.items.push({ start: [this.sourceToken] });
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'map-value-ind':
                    if (!it || it.value)
                        fc.items.push({ start: [], key: null, sep: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        Object.assign(it, { key: null, sep: [this.sourceToken] });
                    return;
                case 'space':
                case 'comment':
                case 'newline':
                case 'anchor':
                case 'tag':
                    if (!it || it.value)
                        fc.items.push({ start: [this.sourceToken] });
                    else if (it.sep)
                        it.sep.push(this.sourceToken);
                    else
                        it.start.push(this.sourceToken);
                    return;
                case 'alias':
                case 'scalar':
                case 'single-quoted-scalar':
                case 'double-quoted-scalar': {
                    const fs = this.flowScalar(this.type);
                    if (!it || it.value)
                        fc.items.push({ start: [], key: fs, sep: [] });
                    else if (it.sep)
                        this.stack.push(fs);
                    else
                        Object.assign(it, { key: fs, sep: [] });
                    return;
                }
                case 'flow-map-end':
                case 'flow-seq-end':
                    fc.end.push(this.sourceToken);
                    return;
            }
            const bv = this.startBlockValue(fc);
            /* istanbul ignore else should not happen */
            if (bv)
                this.stack.push(bv);
            else {
                yield* this.pop();
                yield* this.step();
            }
        }
        else {
            const parent = this.peek(2);
            if (parent.type === 'block-map' &&
                ((this.type === 'map-value-ind' && parent.indent === fc.indent) ||
                    (this.type === 'newline' &&
                        !parent.items[parent.items.length - 1].sep))) {
                yield* this.pop();
                yield* this.step();
            }
            else if (this.type === 'map-value-ind' &&
                parent.type !== 'flow-collection') {
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                fixFlowSeqItems(fc);
                const sep = fc.end.splice(1, fc.end.length);
                sep.push(this.sourceToken);
                const map = {
                    type: 'block-map',
                    offset: fc.offset,
                    indent: fc.indent,
                    items: [{ start, key: fc, sep }]
                };
                this.onKeyLine = true;
                this.stack[this.stack.length - 1] = map;
            }
            else {
                yield* this.lineEnd(fc);
            }
        }
    }
    flowScalar(type) {
        if (this.onNewLine) {
            let nl = this.source.indexOf('\n') + 1;
            while (nl !== 0) {
                this.onNewLine(this.offset + nl);
                nl = this.source.indexOf('\n', nl) + 1;
            }
        }
        return {
            type,
            offset: this.offset,
            indent: this.indent,
            source: this.source
        };
    }
    startBlockValue(parent) {
        switch (this.type) {
            case 'alias':
            case 'scalar':
            case 'single-quoted-scalar':
            case 'double-quoted-scalar':
                return this.flowScalar(this.type);
            case 'block-scalar-header':
                return {
                    type: 'block-scalar',
                    offset: this.offset,
                    indent: this.indent,
                    props: [this.sourceToken],
                    source: ''
                };
            case 'flow-map-start':
            case 'flow-seq-start':
                return {
                    type: 'flow-collection',
                    offset: this.offset,
                    indent: this.indent,
                    start: this.sourceToken,
                    items: [],
                    end: []
                };
            case 'seq-item-ind':
                return {
                    type: 'block-seq',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start: [this.sourceToken] }]
                };
            case 'explicit-key-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                start.push(this.sourceToken);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, explicitKey: true }]
                };
            }
            case 'map-value-ind': {
                this.onKeyLine = true;
                const prev = getPrevProps(parent);
                const start = getFirstKeyStartProps(prev);
                return {
                    type: 'block-map',
                    offset: this.offset,
                    indent: this.indent,
                    items: [{ start, key: null, sep: [this.sourceToken] }]
                };
            }
        }
        return null;
    }
    atIndentedComment(start, indent) {
        if (this.type !== 'comment')
            return false;
        if (this.indent <= indent)
            return false;
        return start.every(st => st.type === 'newline' || st.type === 'space');
    }
    *documentEnd(docEnd) {
        if (this.type !== 'doc-mode') {
            if (docEnd.end)
                docEnd.end.push(this.sourceToken);
            else
                docEnd.end = [this.sourceToken];
            if (this.type === 'newline')
                yield* this.pop();
        }
    }
    *lineEnd(token) {
        switch (this.type) {
            case 'comma':
            case 'doc-start':
            case 'doc-end':
            case 'flow-seq-end':
            case 'flow-map-end':
            case 'map-value-ind':
                yield* this.pop();
                yield* this.step();
                break;
            case 'newline':
                this.onKeyLine = false;
            // fallthrough
            case 'space':
            case 'comment':
            default:
                // all other values are errors
                if (token.end)
                    token.end.push(this.sourceToken);
                else
                    token.end = [this.sourceToken];
                if (this.type === 'newline')
                    yield* this.pop();
        }
    }
}

exports.Parser = Parser;


/***/ }),

/***/ 4047:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var composer = __nccwpck_require__(9984);
var Document = __nccwpck_require__(3021);
var errors = __nccwpck_require__(1464);
var log = __nccwpck_require__(7249);
var identity = __nccwpck_require__(1127);
var lineCounter = __nccwpck_require__(6628);
var parser = __nccwpck_require__(3456);

function parseOptions(options) {
    const prettyErrors = options.prettyErrors !== false;
    const lineCounter$1 = options.lineCounter || (prettyErrors && new lineCounter.LineCounter()) || null;
    return { lineCounter: lineCounter$1, prettyErrors };
}
/**
 * Parse the input as a stream of YAML documents.
 *
 * Documents should be separated from each other by `...` or `---` marker lines.
 *
 * @returns If an empty `docs` array is returned, it will be of type
 *   EmptyStream and contain additional stream information. In
 *   TypeScript, you should use `'empty' in docs` as a type guard for it.
 */
function parseAllDocuments(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    const docs = Array.from(composer$1.compose(parser$1.parse(source)));
    if (prettyErrors && lineCounter)
        for (const doc of docs) {
            doc.errors.forEach(errors.prettifyError(source, lineCounter));
            doc.warnings.forEach(errors.prettifyError(source, lineCounter));
        }
    if (docs.length > 0)
        return docs;
    return Object.assign([], { empty: true }, composer$1.streamInfo());
}
/** Parse an input string into a single YAML.Document */
function parseDocument(source, options = {}) {
    const { lineCounter, prettyErrors } = parseOptions(options);
    const parser$1 = new parser.Parser(lineCounter?.addNewLine);
    const composer$1 = new composer.Composer(options);
    // `doc` is always set by compose.end(true) at the very latest
    let doc = null;
    for (const _doc of composer$1.compose(parser$1.parse(source), true, source.length)) {
        if (!doc)
            doc = _doc;
        else if (doc.options.logLevel !== 'silent') {
            doc.errors.push(new errors.YAMLParseError(_doc.range.slice(0, 2), 'MULTIPLE_DOCS', 'Source contains multiple documents; please use YAML.parseAllDocuments()'));
            break;
        }
    }
    if (prettyErrors && lineCounter) {
        doc.errors.forEach(errors.prettifyError(source, lineCounter));
        doc.warnings.forEach(errors.prettifyError(source, lineCounter));
    }
    return doc;
}
function parse(src, reviver, options) {
    let _reviver = undefined;
    if (typeof reviver === 'function') {
        _reviver = reviver;
    }
    else if (options === undefined && reviver && typeof reviver === 'object') {
        options = reviver;
    }
    const doc = parseDocument(src, options);
    if (!doc)
        return null;
    doc.warnings.forEach(warning => log.warn(doc.options.logLevel, warning));
    if (doc.errors.length > 0) {
        if (doc.options.logLevel !== 'silent')
            throw doc.errors[0];
        else
            doc.errors = [];
    }
    return doc.toJS(Object.assign({ reviver: _reviver }, options));
}
function stringify(value, replacer, options) {
    let _replacer = null;
    if (typeof replacer === 'function' || Array.isArray(replacer)) {
        _replacer = replacer;
    }
    else if (options === undefined && replacer) {
        options = replacer;
    }
    if (typeof options === 'string')
        options = options.length;
    if (typeof options === 'number') {
        const indent = Math.round(options);
        options = indent < 1 ? undefined : indent > 8 ? { indent: 8 } : { indent };
    }
    if (value === undefined) {
        const { keepUndefined } = options ?? replacer ?? {};
        if (!keepUndefined)
            return undefined;
    }
    if (identity.isDocument(value) && !_replacer)
        return value.toString(options);
    return new Document.Document(value, _replacer, options).toString(options);
}

exports.parse = parse;
exports.parseAllDocuments = parseAllDocuments;
exports.parseDocument = parseDocument;
exports.stringify = stringify;


/***/ }),

/***/ 5840:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var tags = __nccwpck_require__(18);

const sortMapEntriesByKey = (a, b) => a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
class Schema {
    constructor({ compat, customTags, merge, resolveKnownTags, schema, sortMapEntries, toStringDefaults }) {
        this.compat = Array.isArray(compat)
            ? tags.getTags(compat, 'compat')
            : compat
                ? tags.getTags(null, compat)
                : null;
        this.name = (typeof schema === 'string' && schema) || 'core';
        this.knownTags = resolveKnownTags ? tags.coreKnownTags : {};
        this.tags = tags.getTags(customTags, this.name, merge);
        this.toStringOptions = toStringDefaults ?? null;
        Object.defineProperty(this, identity.MAP, { value: map.map });
        Object.defineProperty(this, identity.SCALAR, { value: string.string });
        Object.defineProperty(this, identity.SEQ, { value: seq.seq });
        // Used by createMap()
        this.sortMapEntries =
            typeof sortMapEntries === 'function'
                ? sortMapEntries
                : sortMapEntries === true
                    ? sortMapEntriesByKey
                    : null;
    }
    clone() {
        const copy = Object.create(Schema.prototype, Object.getOwnPropertyDescriptors(this));
        copy.tags = this.tags.slice();
        return copy;
    }
}

exports.Schema = Schema;


/***/ }),

/***/ 7451:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLMap = __nccwpck_require__(4454);

const map = {
    collection: 'map',
    default: true,
    nodeClass: YAMLMap.YAMLMap,
    tag: 'tag:yaml.org,2002:map',
    resolve(map, onError) {
        if (!identity.isMap(map))
            onError('Expected a mapping for this tag');
        return map;
    },
    createNode: (schema, obj, ctx) => YAMLMap.YAMLMap.from(schema, obj, ctx)
};

exports.map = map;


/***/ }),

/***/ 3632:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const nullTag = {
    identify: value => value == null,
    createNode: () => new Scalar.Scalar(null),
    default: true,
    tag: 'tag:yaml.org,2002:null',
    test: /^(?:~|[Nn]ull|NULL)?$/,
    resolve: () => new Scalar.Scalar(null),
    stringify: ({ source }, ctx) => typeof source === 'string' && nullTag.test.test(source)
        ? source
        : ctx.options.nullStr
};

exports.nullTag = nullTag;


/***/ }),

/***/ 1706:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var YAMLSeq = __nccwpck_require__(2223);

const seq = {
    collection: 'seq',
    default: true,
    nodeClass: YAMLSeq.YAMLSeq,
    tag: 'tag:yaml.org,2002:seq',
    resolve(seq, onError) {
        if (!identity.isSeq(seq))
            onError('Expected a sequence for this tag');
        return seq;
    },
    createNode: (schema, obj, ctx) => YAMLSeq.YAMLSeq.from(schema, obj, ctx)
};

exports.seq = seq;


/***/ }),

/***/ 6464:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyString = __nccwpck_require__(3069);

const string = {
    identify: value => typeof value === 'string',
    default: true,
    tag: 'tag:yaml.org,2002:str',
    resolve: str => str,
    stringify(item, ctx, onComment, onChompKeep) {
        ctx = Object.assign({ actualString: true }, ctx);
        return stringifyString.stringifyString(item, ctx, onComment, onChompKeep);
    }
};

exports.string = string;


/***/ }),

/***/ 3959:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

const boolTag = {
    identify: value => typeof value === 'boolean',
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/,
    resolve: str => new Scalar.Scalar(str[0] === 't' || str[0] === 'T'),
    stringify({ source, value }, ctx) {
        if (source && boolTag.test.test(source)) {
            const sv = source[0] === 't' || source[0] === 'T';
            if (value === sv)
                return source;
        }
        return value ? ctx.options.trueStr : ctx.options.falseStr;
    }
};

exports.boolTag = boolTag;


/***/ }),

/***/ 8405:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: str => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/,
    resolve: str => parseFloat(str),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str));
        const dot = str.indexOf('.');
        if (dot !== -1 && str[str.length - 1] === '0')
            node.minFractionDigits = str.length - dot - 1;
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 9874:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
const intResolve = (str, offset, radix, { intAsBigInt }) => (intAsBigInt ? BigInt(str) : parseInt(str.substring(offset), radix));
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value) && value >= 0)
        return prefix + value.toString(radix);
    return stringifyNumber.stringifyNumber(node);
}
const intOct = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^0o[0-7]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 8, opt),
    stringify: node => intStringify(node, 8, '0o')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: value => intIdentify(value) && value >= 0,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^0x[0-9a-fA-F]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 896:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.boolTag,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float
];

exports.schema = schema;


/***/ }),

/***/ 3559:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var map = __nccwpck_require__(7451);
var seq = __nccwpck_require__(1706);

function intIdentify(value) {
    return typeof value === 'bigint' || Number.isInteger(value);
}
const stringifyJSON = ({ value }) => JSON.stringify(value);
const jsonScalars = [
    {
        identify: value => typeof value === 'string',
        default: true,
        tag: 'tag:yaml.org,2002:str',
        resolve: str => str,
        stringify: stringifyJSON
    },
    {
        identify: value => value == null,
        createNode: () => new Scalar.Scalar(null),
        default: true,
        tag: 'tag:yaml.org,2002:null',
        test: /^null$/,
        resolve: () => null,
        stringify: stringifyJSON
    },
    {
        identify: value => typeof value === 'boolean',
        default: true,
        tag: 'tag:yaml.org,2002:bool',
        test: /^true$|^false$/,
        resolve: str => str === 'true',
        stringify: stringifyJSON
    },
    {
        identify: intIdentify,
        default: true,
        tag: 'tag:yaml.org,2002:int',
        test: /^-?(?:0|[1-9][0-9]*)$/,
        resolve: (str, _onError, { intAsBigInt }) => intAsBigInt ? BigInt(str) : parseInt(str, 10),
        stringify: ({ value }) => intIdentify(value) ? value.toString() : JSON.stringify(value)
    },
    {
        identify: value => typeof value === 'number',
        default: true,
        tag: 'tag:yaml.org,2002:float',
        test: /^-?(?:0|[1-9][0-9]*)(?:\.[0-9]*)?(?:[eE][-+]?[0-9]+)?$/,
        resolve: str => parseFloat(str),
        stringify: stringifyJSON
    }
];
const jsonError = {
    default: true,
    tag: '',
    test: /^/,
    resolve(str, onError) {
        onError(`Unresolved plain scalar ${JSON.stringify(str)}`);
        return str;
    }
};
const schema = [map.map, seq.seq].concat(jsonScalars, jsonError);

exports.schema = schema;


/***/ }),

/***/ 18:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var bool = __nccwpck_require__(3959);
var float = __nccwpck_require__(8405);
var int = __nccwpck_require__(9874);
var schema = __nccwpck_require__(896);
var schema$1 = __nccwpck_require__(3559);
var binary = __nccwpck_require__(6083);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var schema$2 = __nccwpck_require__(5913);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schemas = new Map([
    ['core', schema.schema],
    ['failsafe', [map.map, seq.seq, string.string]],
    ['json', schema$1.schema],
    ['yaml11', schema$2.schema],
    ['yaml-1.1', schema$2.schema]
]);
const tagsByName = {
    binary: binary.binary,
    bool: bool.boolTag,
    float: float.float,
    floatExp: float.floatExp,
    floatNaN: float.floatNaN,
    floatTime: timestamp.floatTime,
    int: int.int,
    intHex: int.intHex,
    intOct: int.intOct,
    intTime: timestamp.intTime,
    map: map.map,
    merge: merge.merge,
    null: _null.nullTag,
    omap: omap.omap,
    pairs: pairs.pairs,
    seq: seq.seq,
    set: set.set,
    timestamp: timestamp.timestamp
};
const coreKnownTags = {
    'tag:yaml.org,2002:binary': binary.binary,
    'tag:yaml.org,2002:merge': merge.merge,
    'tag:yaml.org,2002:omap': omap.omap,
    'tag:yaml.org,2002:pairs': pairs.pairs,
    'tag:yaml.org,2002:set': set.set,
    'tag:yaml.org,2002:timestamp': timestamp.timestamp
};
function getTags(customTags, schemaName, addMergeTag) {
    const schemaTags = schemas.get(schemaName);
    if (schemaTags && !customTags) {
        return addMergeTag && !schemaTags.includes(merge.merge)
            ? schemaTags.concat(merge.merge)
            : schemaTags.slice();
    }
    let tags = schemaTags;
    if (!tags) {
        if (Array.isArray(customTags))
            tags = [];
        else {
            const keys = Array.from(schemas.keys())
                .filter(key => key !== 'yaml11')
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown schema "${schemaName}"; use one of ${keys} or define customTags array`);
        }
    }
    if (Array.isArray(customTags)) {
        for (const tag of customTags)
            tags = tags.concat(tag);
    }
    else if (typeof customTags === 'function') {
        tags = customTags(tags.slice());
    }
    if (addMergeTag)
        tags = tags.concat(merge.merge);
    return tags.reduce((tags, tag) => {
        const tagObj = typeof tag === 'string' ? tagsByName[tag] : tag;
        if (!tagObj) {
            const tagName = JSON.stringify(tag);
            const keys = Object.keys(tagsByName)
                .map(key => JSON.stringify(key))
                .join(', ');
            throw new Error(`Unknown custom tag ${tagName}; use one of ${keys}`);
        }
        if (!tags.includes(tagObj))
            tags.push(tagObj);
        return tags;
    }, []);
}

exports.coreKnownTags = coreKnownTags;
exports.getTags = getTags;


/***/ }),

/***/ 6083:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var node_buffer = __nccwpck_require__(181);
var Scalar = __nccwpck_require__(3301);
var stringifyString = __nccwpck_require__(3069);

const binary = {
    identify: value => value instanceof Uint8Array, // Buffer inherits from Uint8Array
    default: false,
    tag: 'tag:yaml.org,2002:binary',
    /**
     * Returns a Buffer in node and an Uint8Array in browsers
     *
     * To use the resulting buffer as an image, you'll want to do something like:
     *
     *   const blob = new Blob([buffer], { type: 'image/jpeg' })
     *   document.querySelector('#photo').src = URL.createObjectURL(blob)
     */
    resolve(src, onError) {
        if (typeof node_buffer.Buffer === 'function') {
            return node_buffer.Buffer.from(src, 'base64');
        }
        else if (typeof atob === 'function') {
            // On IE 11, atob() can't handle newlines
            const str = atob(src.replace(/[\n\r]/g, ''));
            const buffer = new Uint8Array(str.length);
            for (let i = 0; i < str.length; ++i)
                buffer[i] = str.charCodeAt(i);
            return buffer;
        }
        else {
            onError('This environment does not support reading binary tags; either Buffer or atob is required');
            return src;
        }
    },
    stringify({ comment, type, value }, ctx, onComment, onChompKeep) {
        if (!value)
            return '';
        const buf = value; // checked earlier by binary.identify()
        let str;
        if (typeof node_buffer.Buffer === 'function') {
            str =
                buf instanceof node_buffer.Buffer
                    ? buf.toString('base64')
                    : node_buffer.Buffer.from(buf.buffer).toString('base64');
        }
        else if (typeof btoa === 'function') {
            let s = '';
            for (let i = 0; i < buf.length; ++i)
                s += String.fromCharCode(buf[i]);
            str = btoa(s);
        }
        else {
            throw new Error('This environment does not support writing binary tags; either Buffer or btoa is required');
        }
        type ?? (type = Scalar.Scalar.BLOCK_LITERAL);
        if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
            const lineWidth = Math.max(ctx.options.lineWidth - ctx.indent.length, ctx.options.minContentWidth);
            const n = Math.ceil(str.length / lineWidth);
            const lines = new Array(n);
            for (let i = 0, o = 0; i < n; ++i, o += lineWidth) {
                lines[i] = str.substr(o, lineWidth);
            }
            str = lines.join(type === Scalar.Scalar.BLOCK_LITERAL ? '\n' : ' ');
        }
        return stringifyString.stringifyString({ comment, type, value: str }, ctx, onComment, onChompKeep);
    }
};

exports.binary = binary;


/***/ }),

/***/ 8398:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);

function boolStringify({ value, source }, ctx) {
    const boolObj = value ? trueTag : falseTag;
    if (source && boolObj.test.test(source))
        return source;
    return value ? ctx.options.trueStr : ctx.options.falseStr;
}
const trueTag = {
    identify: value => value === true,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:Y|y|[Yy]es|YES|[Tt]rue|TRUE|[Oo]n|ON)$/,
    resolve: () => new Scalar.Scalar(true),
    stringify: boolStringify
};
const falseTag = {
    identify: value => value === false,
    default: true,
    tag: 'tag:yaml.org,2002:bool',
    test: /^(?:N|n|[Nn]o|NO|[Ff]alse|FALSE|[Oo]ff|OFF)$/,
    resolve: () => new Scalar.Scalar(false),
    stringify: boolStringify
};

exports.falseTag = falseTag;
exports.trueTag = trueTag;


/***/ }),

/***/ 5782:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var stringifyNumber = __nccwpck_require__(8689);

const floatNaN = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/,
    resolve: (str) => str.slice(-3).toLowerCase() === 'nan'
        ? NaN
        : str[0] === '-'
            ? Number.NEGATIVE_INFINITY
            : Number.POSITIVE_INFINITY,
    stringify: stringifyNumber.stringifyNumber
};
const floatExp = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'EXP',
    test: /^[-+]?(?:[0-9][0-9_]*)?(?:\.[0-9_]*)?[eE][-+]?[0-9]+$/,
    resolve: (str) => parseFloat(str.replace(/_/g, '')),
    stringify(node) {
        const num = Number(node.value);
        return isFinite(num) ? num.toExponential() : stringifyNumber.stringifyNumber(node);
    }
};
const float = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    test: /^[-+]?(?:[0-9][0-9_]*)?\.[0-9_]*$/,
    resolve(str) {
        const node = new Scalar.Scalar(parseFloat(str.replace(/_/g, '')));
        const dot = str.indexOf('.');
        if (dot !== -1) {
            const f = str.substring(dot + 1).replace(/_/g, '');
            if (f[f.length - 1] === '0')
                node.minFractionDigits = f.length;
        }
        return node;
    },
    stringify: stringifyNumber.stringifyNumber
};

exports.float = float;
exports.floatExp = floatExp;
exports.floatNaN = floatNaN;


/***/ }),

/***/ 873:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

const intIdentify = (value) => typeof value === 'bigint' || Number.isInteger(value);
function intResolve(str, offset, radix, { intAsBigInt }) {
    const sign = str[0];
    if (sign === '-' || sign === '+')
        offset += 1;
    str = str.substring(offset).replace(/_/g, '');
    if (intAsBigInt) {
        switch (radix) {
            case 2:
                str = `0b${str}`;
                break;
            case 8:
                str = `0o${str}`;
                break;
            case 16:
                str = `0x${str}`;
                break;
        }
        const n = BigInt(str);
        return sign === '-' ? BigInt(-1) * n : n;
    }
    const n = parseInt(str, radix);
    return sign === '-' ? -1 * n : n;
}
function intStringify(node, radix, prefix) {
    const { value } = node;
    if (intIdentify(value)) {
        const str = value.toString(radix);
        return value < 0 ? '-' + prefix + str.substr(1) : prefix + str;
    }
    return stringifyNumber.stringifyNumber(node);
}
const intBin = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'BIN',
    test: /^[-+]?0b[0-1_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 2, opt),
    stringify: node => intStringify(node, 2, '0b')
};
const intOct = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'OCT',
    test: /^[-+]?0[0-7_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 1, 8, opt),
    stringify: node => intStringify(node, 8, '0')
};
const int = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    test: /^[-+]?[0-9][0-9_]*$/,
    resolve: (str, _onError, opt) => intResolve(str, 0, 10, opt),
    stringify: stringifyNumber.stringifyNumber
};
const intHex = {
    identify: intIdentify,
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'HEX',
    test: /^[-+]?0x[0-9a-fA-F_]+$/,
    resolve: (str, _onError, opt) => intResolve(str, 2, 16, opt),
    stringify: node => intStringify(node, 16, '0x')
};

exports.int = int;
exports.intBin = intBin;
exports.intHex = intHex;
exports.intOct = intOct;


/***/ }),

/***/ 452:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);

// If the value associated with a merge key is a single mapping node, each of
// its key/value pairs is inserted into the current mapping, unless the key
// already exists in it. If the value associated with the merge key is a
// sequence, then this sequence is expected to contain mapping nodes and each
// of these nodes is merged in turn according to its order in the sequence.
// Keys in mapping nodes earlier in the sequence override keys specified in
// later mapping nodes. -- http://yaml.org/type/merge.html
const MERGE_KEY = '<<';
const merge = {
    identify: value => value === MERGE_KEY ||
        (typeof value === 'symbol' && value.description === MERGE_KEY),
    default: 'key',
    tag: 'tag:yaml.org,2002:merge',
    test: /^<<$/,
    resolve: () => Object.assign(new Scalar.Scalar(Symbol(MERGE_KEY)), {
        addToJSMap: addMergeToJSMap
    }),
    stringify: () => MERGE_KEY
};
const isMergeKey = (ctx, key) => (merge.identify(key) ||
    (identity.isScalar(key) &&
        (!key.type || key.type === Scalar.Scalar.PLAIN) &&
        merge.identify(key.value))) &&
    ctx?.doc.schema.tags.some(tag => tag.tag === merge.tag && tag.default);
function addMergeToJSMap(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (identity.isSeq(source))
        for (const it of source.items)
            mergeValue(ctx, map, it);
    else if (Array.isArray(source))
        for (const it of source)
            mergeValue(ctx, map, it);
    else
        mergeValue(ctx, map, source);
}
function mergeValue(ctx, map, value) {
    const source = resolveAliasValue(ctx, value);
    if (!identity.isMap(source))
        throw new Error('Merge sources must be maps or map aliases');
    const srcMap = source.toJSON(null, ctx, Map);
    for (const [key, value] of srcMap) {
        if (map instanceof Map) {
            if (!map.has(key))
                map.set(key, value);
        }
        else if (map instanceof Set) {
            map.add(key);
        }
        else if (!Object.prototype.hasOwnProperty.call(map, key)) {
            Object.defineProperty(map, key, {
                value,
                writable: true,
                enumerable: true,
                configurable: true
            });
        }
    }
    return map;
}
function resolveAliasValue(ctx, value) {
    return ctx && identity.isAlias(value) ? value.resolve(ctx.doc, ctx) : value;
}

exports.addMergeToJSMap = addMergeToJSMap;
exports.isMergeKey = isMergeKey;
exports.merge = merge;


/***/ }),

/***/ 303:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var toJS = __nccwpck_require__(4043);
var YAMLMap = __nccwpck_require__(4454);
var YAMLSeq = __nccwpck_require__(2223);
var pairs = __nccwpck_require__(8385);

class YAMLOMap extends YAMLSeq.YAMLSeq {
    constructor() {
        super();
        this.add = YAMLMap.YAMLMap.prototype.add.bind(this);
        this.delete = YAMLMap.YAMLMap.prototype.delete.bind(this);
        this.get = YAMLMap.YAMLMap.prototype.get.bind(this);
        this.has = YAMLMap.YAMLMap.prototype.has.bind(this);
        this.set = YAMLMap.YAMLMap.prototype.set.bind(this);
        this.tag = YAMLOMap.tag;
    }
    /**
     * If `ctx` is given, the return type is actually `Map<unknown, unknown>`,
     * but TypeScript won't allow widening the signature of a child method.
     */
    toJSON(_, ctx) {
        if (!ctx)
            return super.toJSON(_);
        const map = new Map();
        if (ctx?.onCreate)
            ctx.onCreate(map);
        for (const pair of this.items) {
            let key, value;
            if (identity.isPair(pair)) {
                key = toJS.toJS(pair.key, '', ctx);
                value = toJS.toJS(pair.value, key, ctx);
            }
            else {
                key = toJS.toJS(pair, '', ctx);
            }
            if (map.has(key))
                throw new Error('Ordered maps must not include duplicate keys');
            map.set(key, value);
        }
        return map;
    }
    static from(schema, iterable, ctx) {
        const pairs$1 = pairs.createPairs(schema, iterable, ctx);
        const omap = new this();
        omap.items = pairs$1.items;
        return omap;
    }
}
YAMLOMap.tag = 'tag:yaml.org,2002:omap';
const omap = {
    collection: 'seq',
    identify: value => value instanceof Map,
    nodeClass: YAMLOMap,
    default: false,
    tag: 'tag:yaml.org,2002:omap',
    resolve(seq, onError) {
        const pairs$1 = pairs.resolvePairs(seq, onError);
        const seenKeys = [];
        for (const { key } of pairs$1.items) {
            if (identity.isScalar(key)) {
                if (seenKeys.includes(key.value)) {
                    onError(`Ordered maps must not include duplicate keys: ${key.value}`);
                }
                else {
                    seenKeys.push(key.value);
                }
            }
        }
        return Object.assign(new YAMLOMap(), pairs$1);
    },
    createNode: (schema, iterable, ctx) => YAMLOMap.from(schema, iterable, ctx)
};

exports.YAMLOMap = YAMLOMap;
exports.omap = omap;


/***/ }),

/***/ 8385:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var Scalar = __nccwpck_require__(3301);
var YAMLSeq = __nccwpck_require__(2223);

function resolvePairs(seq, onError) {
    if (identity.isSeq(seq)) {
        for (let i = 0; i < seq.items.length; ++i) {
            let item = seq.items[i];
            if (identity.isPair(item))
                continue;
            else if (identity.isMap(item)) {
                if (item.items.length > 1)
                    onError('Each pair must have its own sequence indicator');
                const pair = item.items[0] || new Pair.Pair(new Scalar.Scalar(null));
                if (item.commentBefore)
                    pair.key.commentBefore = pair.key.commentBefore
                        ? `${item.commentBefore}\n${pair.key.commentBefore}`
                        : item.commentBefore;
                if (item.comment) {
                    const cn = pair.value ?? pair.key;
                    cn.comment = cn.comment
                        ? `${item.comment}\n${cn.comment}`
                        : item.comment;
                }
                item = pair;
            }
            seq.items[i] = identity.isPair(item) ? item : new Pair.Pair(item);
        }
    }
    else
        onError('Expected a sequence for this tag');
    return seq;
}
function createPairs(schema, iterable, ctx) {
    const { replacer } = ctx;
    const pairs = new YAMLSeq.YAMLSeq(schema);
    pairs.tag = 'tag:yaml.org,2002:pairs';
    let i = 0;
    if (iterable && Symbol.iterator in Object(iterable))
        for (let it of iterable) {
            if (typeof replacer === 'function')
                it = replacer.call(iterable, String(i++), it);
            let key, value;
            if (Array.isArray(it)) {
                if (it.length === 2) {
                    key = it[0];
                    value = it[1];
                }
                else
                    throw new TypeError(`Expected [key, value] tuple: ${it}`);
            }
            else if (it && it instanceof Object) {
                const keys = Object.keys(it);
                if (keys.length === 1) {
                    key = keys[0];
                    value = it[key];
                }
                else {
                    throw new TypeError(`Expected tuple with one key, not ${keys.length} keys`);
                }
            }
            else {
                key = it;
            }
            pairs.items.push(Pair.createPair(key, value, ctx));
        }
    return pairs;
}
const pairs = {
    collection: 'seq',
    default: false,
    tag: 'tag:yaml.org,2002:pairs',
    resolve: resolvePairs,
    createNode: createPairs
};

exports.createPairs = createPairs;
exports.pairs = pairs;
exports.resolvePairs = resolvePairs;


/***/ }),

/***/ 5913:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var map = __nccwpck_require__(7451);
var _null = __nccwpck_require__(3632);
var seq = __nccwpck_require__(1706);
var string = __nccwpck_require__(6464);
var binary = __nccwpck_require__(6083);
var bool = __nccwpck_require__(8398);
var float = __nccwpck_require__(5782);
var int = __nccwpck_require__(873);
var merge = __nccwpck_require__(452);
var omap = __nccwpck_require__(303);
var pairs = __nccwpck_require__(8385);
var set = __nccwpck_require__(1528);
var timestamp = __nccwpck_require__(6752);

const schema = [
    map.map,
    seq.seq,
    string.string,
    _null.nullTag,
    bool.trueTag,
    bool.falseTag,
    int.intBin,
    int.intOct,
    int.int,
    int.intHex,
    float.floatNaN,
    float.floatExp,
    float.float,
    binary.binary,
    merge.merge,
    omap.omap,
    pairs.pairs,
    set.set,
    timestamp.intTime,
    timestamp.floatTime,
    timestamp.timestamp
];

exports.schema = schema;


/***/ }),

/***/ 1528:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Pair = __nccwpck_require__(7165);
var YAMLMap = __nccwpck_require__(4454);

class YAMLSet extends YAMLMap.YAMLMap {
    constructor(schema) {
        super(schema);
        this.tag = YAMLSet.tag;
    }
    add(key) {
        let pair;
        if (identity.isPair(key))
            pair = key;
        else if (key &&
            typeof key === 'object' &&
            'key' in key &&
            'value' in key &&
            key.value === null)
            pair = new Pair.Pair(key.key, null);
        else
            pair = new Pair.Pair(key, null);
        const prev = YAMLMap.findPair(this.items, pair.key);
        if (!prev)
            this.items.push(pair);
    }
    /**
     * If `keepPair` is `true`, returns the Pair matching `key`.
     * Otherwise, returns the value of that Pair's key.
     */
    get(key, keepPair) {
        const pair = YAMLMap.findPair(this.items, key);
        return !keepPair && identity.isPair(pair)
            ? identity.isScalar(pair.key)
                ? pair.key.value
                : pair.key
            : pair;
    }
    set(key, value) {
        if (typeof value !== 'boolean')
            throw new Error(`Expected boolean value for set(key, value) in a YAML set, not ${typeof value}`);
        const prev = YAMLMap.findPair(this.items, key);
        if (prev && !value) {
            this.items.splice(this.items.indexOf(prev), 1);
        }
        else if (!prev && value) {
            this.items.push(new Pair.Pair(key));
        }
    }
    toJSON(_, ctx) {
        return super.toJSON(_, ctx, Set);
    }
    toString(ctx, onComment, onChompKeep) {
        if (!ctx)
            return JSON.stringify(this);
        if (this.hasAllNullValues(true))
            return super.toString(Object.assign({}, ctx, { allNullValues: true }), onComment, onChompKeep);
        else
            throw new Error('Set items must all have null values');
    }
    static from(schema, iterable, ctx) {
        const { replacer } = ctx;
        const set = new this(schema);
        if (iterable && Symbol.iterator in Object(iterable))
            for (let value of iterable) {
                if (typeof replacer === 'function')
                    value = replacer.call(iterable, value, value);
                set.items.push(Pair.createPair(value, null, ctx));
            }
        return set;
    }
}
YAMLSet.tag = 'tag:yaml.org,2002:set';
const set = {
    collection: 'map',
    identify: value => value instanceof Set,
    nodeClass: YAMLSet,
    default: false,
    tag: 'tag:yaml.org,2002:set',
    createNode: (schema, iterable, ctx) => YAMLSet.from(schema, iterable, ctx),
    resolve(map, onError) {
        if (identity.isMap(map)) {
            if (map.hasAllNullValues(true))
                return Object.assign(new YAMLSet(), map);
            else
                onError('Set items must all have null values');
        }
        else
            onError('Expected a mapping for this tag');
        return map;
    }
};

exports.YAMLSet = YAMLSet;
exports.set = set;


/***/ }),

/***/ 6752:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var stringifyNumber = __nccwpck_require__(8689);

/** Internal types handle bigint as number, because TS can't figure it out. */
function parseSexagesimal(str, asBigInt) {
    const sign = str[0];
    const parts = sign === '-' || sign === '+' ? str.substring(1) : str;
    const num = (n) => asBigInt ? BigInt(n) : Number(n);
    const res = parts
        .replace(/_/g, '')
        .split(':')
        .reduce((res, p) => res * num(60) + num(p), num(0));
    return (sign === '-' ? num(-1) * res : res);
}
/**
 * hhhh:mm:ss.sss
 *
 * Internal types handle bigint as number, because TS can't figure it out.
 */
function stringifySexagesimal(node) {
    let { value } = node;
    let num = (n) => n;
    if (typeof value === 'bigint')
        num = n => BigInt(n);
    else if (isNaN(value) || !isFinite(value))
        return stringifyNumber.stringifyNumber(node);
    let sign = '';
    if (value < 0) {
        sign = '-';
        value *= num(-1);
    }
    const _60 = num(60);
    const parts = [value % _60]; // seconds, including ms
    if (value < 60) {
        parts.unshift(0); // at least one : is required
    }
    else {
        value = (value - parts[0]) / _60;
        parts.unshift(value % _60); // minutes
        if (value >= 60) {
            value = (value - parts[0]) / _60;
            parts.unshift(value); // hours
        }
    }
    return (sign +
        parts
            .map(n => String(n).padStart(2, '0'))
            .join(':')
            .replace(/000000\d*$/, '') // % 60 may introduce error
    );
}
const intTime = {
    identify: value => typeof value === 'bigint' || Number.isInteger(value),
    default: true,
    tag: 'tag:yaml.org,2002:int',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+$/,
    resolve: (str, _onError, { intAsBigInt }) => parseSexagesimal(str, intAsBigInt),
    stringify: stringifySexagesimal
};
const floatTime = {
    identify: value => typeof value === 'number',
    default: true,
    tag: 'tag:yaml.org,2002:float',
    format: 'TIME',
    test: /^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*$/,
    resolve: str => parseSexagesimal(str, false),
    stringify: stringifySexagesimal
};
const timestamp = {
    identify: value => value instanceof Date,
    default: true,
    tag: 'tag:yaml.org,2002:timestamp',
    // If the time zone is omitted, the timestamp is assumed to be specified in UTC. The time part
    // may be omitted altogether, resulting in a date format. In such a case, the time part is
    // assumed to be 00:00:00Z (start of day, UTC).
    test: RegExp('^([0-9]{4})-([0-9]{1,2})-([0-9]{1,2})' + // YYYY-Mm-Dd
        '(?:' + // time is optional
        '(?:t|T|[ \\t]+)' + // t | T | whitespace
        '([0-9]{1,2}):([0-9]{1,2}):([0-9]{1,2}(\\.[0-9]+)?)' + // Hh:Mm:Ss(.ss)?
        '(?:[ \\t]*(Z|[-+][012]?[0-9](?::[0-9]{2})?))?' + // Z | +5 | -03:30
        ')?$'),
    resolve(str) {
        const match = str.match(timestamp.test);
        if (!match)
            throw new Error('!!timestamp expects a date, starting with yyyy-mm-dd');
        const [, year, month, day, hour, minute, second] = match.map(Number);
        const millisec = match[7] ? Number((match[7] + '00').substr(1, 3)) : 0;
        let date = Date.UTC(year, month - 1, day, hour || 0, minute || 0, second || 0, millisec);
        const tz = match[8];
        if (tz && tz !== 'Z') {
            let d = parseSexagesimal(tz, false);
            if (Math.abs(d) < 30)
                d *= 60;
            date -= 60000 * d;
        }
        return new Date(date);
    },
    stringify: ({ value }) => value?.toISOString().replace(/(T00:00:00)?\.000Z$/, '') ?? ''
};

exports.floatTime = floatTime;
exports.intTime = intTime;
exports.timestamp = timestamp;


/***/ }),

/***/ 4475:
/***/ ((__unused_webpack_module, exports) => {



const FOLD_FLOW = 'flow';
const FOLD_BLOCK = 'block';
const FOLD_QUOTED = 'quoted';
/**
 * Tries to keep input at up to `lineWidth` characters, splitting only on spaces
 * not followed by newlines or spaces unless `mode` is `'quoted'`. Lines are
 * terminated with `\n` and started with `indent`.
 */
function foldFlowLines(text, indent, mode = 'flow', { indentAtStart, lineWidth = 80, minContentWidth = 20, onFold, onOverflow } = {}) {
    if (!lineWidth || lineWidth < 0)
        return text;
    if (lineWidth < minContentWidth)
        minContentWidth = 0;
    const endStep = Math.max(1 + minContentWidth, 1 + lineWidth - indent.length);
    if (text.length <= endStep)
        return text;
    const folds = [];
    const escapedFolds = {};
    let end = lineWidth - indent.length;
    if (typeof indentAtStart === 'number') {
        if (indentAtStart > lineWidth - Math.max(2, minContentWidth))
            folds.push(0);
        else
            end = lineWidth - indentAtStart;
    }
    let split = undefined;
    let prev = undefined;
    let overflow = false;
    let i = -1;
    let escStart = -1;
    let escEnd = -1;
    if (mode === FOLD_BLOCK) {
        i = consumeMoreIndentedLines(text, i, indent.length);
        if (i !== -1)
            end = i + endStep;
    }
    for (let ch; (ch = text[(i += 1)]);) {
        if (mode === FOLD_QUOTED && ch === '\\') {
            escStart = i;
            switch (text[i + 1]) {
                case 'x':
                    i += 3;
                    break;
                case 'u':
                    i += 5;
                    break;
                case 'U':
                    i += 9;
                    break;
                default:
                    i += 1;
            }
            escEnd = i;
        }
        if (ch === '\n') {
            if (mode === FOLD_BLOCK)
                i = consumeMoreIndentedLines(text, i, indent.length);
            end = i + indent.length + endStep;
            split = undefined;
        }
        else {
            if (ch === ' ' &&
                prev &&
                prev !== ' ' &&
                prev !== '\n' &&
                prev !== '\t') {
                // space surrounded by non-space can be replaced with newline + indent
                const next = text[i + 1];
                if (next && next !== ' ' && next !== '\n' && next !== '\t')
                    split = i;
            }
            if (i >= end) {
                if (split) {
                    folds.push(split);
                    end = split + endStep;
                    split = undefined;
                }
                else if (mode === FOLD_QUOTED) {
                    // white-space collected at end may stretch past lineWidth
                    while (prev === ' ' || prev === '\t') {
                        prev = ch;
                        ch = text[(i += 1)];
                        overflow = true;
                    }
                    // Account for newline escape, but don't break preceding escape
                    const j = i > escEnd + 1 ? i - 2 : escStart - 1;
                    // Bail out if lineWidth & minContentWidth are shorter than an escape string
                    if (escapedFolds[j])
                        return text;
                    folds.push(j);
                    escapedFolds[j] = true;
                    end = j + endStep;
                    split = undefined;
                }
                else {
                    overflow = true;
                }
            }
        }
        prev = ch;
    }
    if (overflow && onOverflow)
        onOverflow();
    if (folds.length === 0)
        return text;
    if (onFold)
        onFold();
    let res = text.slice(0, folds[0]);
    for (let i = 0; i < folds.length; ++i) {
        const fold = folds[i];
        const end = folds[i + 1] || text.length;
        if (fold === 0)
            res = `\n${indent}${text.slice(0, end)}`;
        else {
            if (mode === FOLD_QUOTED && escapedFolds[fold])
                res += `${text[fold]}\\`;
            res += `\n${indent}${text.slice(fold + 1, end)}`;
        }
    }
    return res;
}
/**
 * Presumes `i + 1` is at the start of a line
 * @returns index of last newline in more-indented block
 */
function consumeMoreIndentedLines(text, i, indent) {
    let end = i;
    let start = i + 1;
    let ch = text[start];
    while (ch === ' ' || ch === '\t') {
        if (i < start + indent) {
            ch = text[++i];
        }
        else {
            do {
                ch = text[++i];
            } while (ch && ch !== '\n');
            end = i;
            start = i + 1;
            ch = text[start];
        }
    }
    return end;
}

exports.FOLD_BLOCK = FOLD_BLOCK;
exports.FOLD_FLOW = FOLD_FLOW;
exports.FOLD_QUOTED = FOLD_QUOTED;
exports.foldFlowLines = foldFlowLines;


/***/ }),

/***/ 2148:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var anchors = __nccwpck_require__(1596);
var identity = __nccwpck_require__(1127);
var stringifyComment = __nccwpck_require__(9799);
var stringifyString = __nccwpck_require__(3069);

function createStringifyContext(doc, options) {
    const opt = Object.assign({
        blockQuote: true,
        commentString: stringifyComment.stringifyComment,
        defaultKeyType: null,
        defaultStringType: 'PLAIN',
        directives: null,
        doubleQuotedAsJSON: false,
        doubleQuotedMinMultiLineLength: 40,
        falseStr: 'false',
        flowCollectionPadding: true,
        indentSeq: true,
        lineWidth: 80,
        minContentWidth: 20,
        nullStr: 'null',
        simpleKeys: false,
        singleQuote: null,
        trailingComma: false,
        trueStr: 'true',
        verifyAliasOrder: true
    }, doc.schema.toStringOptions, options);
    let inFlow;
    switch (opt.collectionStyle) {
        case 'block':
            inFlow = false;
            break;
        case 'flow':
            inFlow = true;
            break;
        default:
            inFlow = null;
    }
    return {
        anchors: new Set(),
        doc,
        flowCollectionPadding: opt.flowCollectionPadding ? ' ' : '',
        indent: '',
        indentStep: typeof opt.indent === 'number' ? ' '.repeat(opt.indent) : '  ',
        inFlow,
        options: opt
    };
}
function getTagObject(tags, item) {
    if (item.tag) {
        const match = tags.filter(t => t.tag === item.tag);
        if (match.length > 0)
            return match.find(t => t.format === item.format) ?? match[0];
    }
    let tagObj = undefined;
    let obj;
    if (identity.isScalar(item)) {
        obj = item.value;
        let match = tags.filter(t => t.identify?.(obj));
        if (match.length > 1) {
            const testMatch = match.filter(t => t.test);
            if (testMatch.length > 0)
                match = testMatch;
        }
        tagObj =
            match.find(t => t.format === item.format) ?? match.find(t => !t.format);
    }
    else {
        obj = item;
        tagObj = tags.find(t => t.nodeClass && obj instanceof t.nodeClass);
    }
    if (!tagObj) {
        const name = obj?.constructor?.name ?? (obj === null ? 'null' : typeof obj);
        throw new Error(`Tag not resolved for ${name} value`);
    }
    return tagObj;
}
// needs to be called before value stringifier to allow for circular anchor refs
function stringifyProps(node, tagObj, { anchors: anchors$1, doc }) {
    if (!doc.directives)
        return '';
    const props = [];
    const anchor = (identity.isScalar(node) || identity.isCollection(node)) && node.anchor;
    if (anchor && anchors.anchorIsValid(anchor)) {
        anchors$1.add(anchor);
        props.push(`&${anchor}`);
    }
    const tag = node.tag ?? (tagObj.default ? null : tagObj.tag);
    if (tag)
        props.push(doc.directives.tagString(tag));
    return props.join(' ');
}
function stringify(item, ctx, onComment, onChompKeep) {
    if (identity.isPair(item))
        return item.toString(ctx, onComment, onChompKeep);
    if (identity.isAlias(item)) {
        if (ctx.doc.directives)
            return item.toString(ctx);
        if (ctx.resolvedAliases?.has(item)) {
            throw new TypeError(`Cannot stringify circular structure without alias nodes`);
        }
        else {
            if (ctx.resolvedAliases)
                ctx.resolvedAliases.add(item);
            else
                ctx.resolvedAliases = new Set([item]);
            item = item.resolve(ctx.doc);
        }
    }
    let tagObj = undefined;
    const node = identity.isNode(item)
        ? item
        : ctx.doc.createNode(item, { onTagObj: o => (tagObj = o) });
    tagObj ?? (tagObj = getTagObject(ctx.doc.schema.tags, node));
    const props = stringifyProps(node, tagObj, ctx);
    if (props.length > 0)
        ctx.indentAtStart = (ctx.indentAtStart ?? 0) + props.length + 1;
    const str = typeof tagObj.stringify === 'function'
        ? tagObj.stringify(node, ctx, onComment, onChompKeep)
        : identity.isScalar(node)
            ? stringifyString.stringifyString(node, ctx, onComment, onChompKeep)
            : node.toString(ctx, onComment, onChompKeep);
    if (!props)
        return str;
    return identity.isScalar(node) || str[0] === '{' || str[0] === '['
        ? `${props} ${str}`
        : `${props}\n${ctx.indent}${str}`;
}

exports.createStringifyContext = createStringifyContext;
exports.stringify = stringify;


/***/ }),

/***/ 1212:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyCollection(collection, ctx, options) {
    const flow = ctx.inFlow ?? collection.flow;
    const stringify = flow ? stringifyFlowCollection : stringifyBlockCollection;
    return stringify(collection, ctx, options);
}
function stringifyBlockCollection({ comment, items }, ctx, { blockItemPrefix, flowChars, itemIndent, onChompKeep, onComment }) {
    const { indent, options: { commentString } } = ctx;
    const itemCtx = Object.assign({}, ctx, { indent: itemIndent, type: null });
    let chompKeep = false; // flag for the preceding node's status
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (!chompKeep && item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, chompKeep);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (!chompKeep && ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, chompKeep);
            }
        }
        chompKeep = false;
        let str = stringify.stringify(item, itemCtx, () => (comment = null), () => (chompKeep = true));
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        if (chompKeep && comment)
            chompKeep = false;
        lines.push(blockItemPrefix + str);
    }
    let str;
    if (lines.length === 0) {
        str = flowChars.start + flowChars.end;
    }
    else {
        str = lines[0];
        for (let i = 1; i < lines.length; ++i) {
            const line = lines[i];
            str += line ? `\n${indent}${line}` : '\n';
        }
    }
    if (comment) {
        str += '\n' + stringifyComment.indentComment(commentString(comment), indent);
        if (onComment)
            onComment();
    }
    else if (chompKeep && onChompKeep)
        onChompKeep();
    return str;
}
function stringifyFlowCollection({ items }, ctx, { flowChars, itemIndent }) {
    const { indent, indentStep, flowCollectionPadding: fcPadding, options: { commentString } } = ctx;
    itemIndent += indentStep;
    const itemCtx = Object.assign({}, ctx, {
        indent: itemIndent,
        inFlow: true,
        type: null
    });
    let reqNewline = false;
    let linesAtValue = 0;
    const lines = [];
    for (let i = 0; i < items.length; ++i) {
        const item = items[i];
        let comment = null;
        if (identity.isNode(item)) {
            if (item.spaceBefore)
                lines.push('');
            addCommentBefore(ctx, lines, item.commentBefore, false);
            if (item.comment)
                comment = item.comment;
        }
        else if (identity.isPair(item)) {
            const ik = identity.isNode(item.key) ? item.key : null;
            if (ik) {
                if (ik.spaceBefore)
                    lines.push('');
                addCommentBefore(ctx, lines, ik.commentBefore, false);
                if (ik.comment)
                    reqNewline = true;
            }
            const iv = identity.isNode(item.value) ? item.value : null;
            if (iv) {
                if (iv.comment)
                    comment = iv.comment;
                if (iv.commentBefore)
                    reqNewline = true;
            }
            else if (item.value == null && ik?.comment) {
                comment = ik.comment;
            }
        }
        if (comment)
            reqNewline = true;
        let str = stringify.stringify(item, itemCtx, () => (comment = null));
        reqNewline || (reqNewline = lines.length > linesAtValue || str.includes('\n'));
        if (i < items.length - 1) {
            str += ',';
        }
        else if (ctx.options.trailingComma) {
            if (ctx.options.lineWidth > 0) {
                reqNewline || (reqNewline = lines.reduce((sum, line) => sum + line.length + 2, 2) +
                    (str.length + 2) >
                    ctx.options.lineWidth);
            }
            if (reqNewline) {
                str += ',';
            }
        }
        if (comment)
            str += stringifyComment.lineComment(str, itemIndent, commentString(comment));
        lines.push(str);
        linesAtValue = lines.length;
    }
    const { start, end } = flowChars;
    if (lines.length === 0) {
        return start + end;
    }
    else {
        if (!reqNewline) {
            const len = lines.reduce((sum, line) => sum + line.length + 2, 2);
            reqNewline = ctx.options.lineWidth > 0 && len > ctx.options.lineWidth;
        }
        if (reqNewline) {
            let str = start;
            for (const line of lines)
                str += line ? `\n${indentStep}${indent}${line}` : '\n';
            return `${str}\n${indent}${end}`;
        }
        else {
            return `${start}${fcPadding}${lines.join(' ')}${fcPadding}${end}`;
        }
    }
}
function addCommentBefore({ indent, options: { commentString } }, lines, comment, chompKeep) {
    if (comment && chompKeep)
        comment = comment.replace(/^\n+/, '');
    if (comment) {
        const ic = stringifyComment.indentComment(commentString(comment), indent);
        lines.push(ic.trimStart()); // Avoid double indent on first line
    }
}

exports.stringifyCollection = stringifyCollection;


/***/ }),

/***/ 9799:
/***/ ((__unused_webpack_module, exports) => {



/**
 * Stringifies a comment.
 *
 * Empty comment lines are left empty,
 * lines consisting of a single space are replaced by `#`,
 * and all other lines are prefixed with a `#`.
 */
const stringifyComment = (str) => str.replace(/^(?!$)(?: $)?/gm, '#');
function indentComment(comment, indent) {
    if (/^\n+$/.test(comment))
        return comment.substring(1);
    return indent ? comment.replace(/^(?! *$)/gm, indent) : comment;
}
const lineComment = (str, indent, comment) => str.endsWith('\n')
    ? indentComment(comment, indent)
    : comment.includes('\n')
        ? '\n' + indentComment(comment, indent)
        : (str.endsWith(' ') ? '' : ' ') + comment;

exports.indentComment = indentComment;
exports.lineComment = lineComment;
exports.stringifyComment = stringifyComment;


/***/ }),

/***/ 6829:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyDocument(doc, options) {
    const lines = [];
    let hasDirectives = options.directives === true;
    if (options.directives !== false && doc.directives) {
        const dir = doc.directives.toString(doc);
        if (dir) {
            lines.push(dir);
            hasDirectives = true;
        }
        else if (doc.directives.docStart)
            hasDirectives = true;
    }
    if (hasDirectives)
        lines.push('---');
    const ctx = stringify.createStringifyContext(doc, options);
    const { commentString } = ctx.options;
    if (doc.commentBefore) {
        if (lines.length !== 1)
            lines.unshift('');
        const cs = commentString(doc.commentBefore);
        lines.unshift(stringifyComment.indentComment(cs, ''));
    }
    let chompKeep = false;
    let contentComment = null;
    if (doc.contents) {
        if (identity.isNode(doc.contents)) {
            if (doc.contents.spaceBefore && hasDirectives)
                lines.push('');
            if (doc.contents.commentBefore) {
                const cs = commentString(doc.contents.commentBefore);
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            // top-level block scalars need to be indented if followed by a comment
            ctx.forceBlockIndent = !!doc.comment;
            contentComment = doc.contents.comment;
        }
        const onChompKeep = contentComment ? undefined : () => (chompKeep = true);
        let body = stringify.stringify(doc.contents, ctx, () => (contentComment = null), onChompKeep);
        if (contentComment)
            body += stringifyComment.lineComment(body, '', commentString(contentComment));
        if ((body[0] === '|' || body[0] === '>') &&
            lines[lines.length - 1] === '---') {
            // Top-level block scalars with a preceding doc marker ought to use the
            // same line for their header.
            lines[lines.length - 1] = `--- ${body}`;
        }
        else
            lines.push(body);
    }
    else {
        lines.push(stringify.stringify(doc.contents, ctx));
    }
    if (doc.directives?.docEnd) {
        if (doc.comment) {
            const cs = commentString(doc.comment);
            if (cs.includes('\n')) {
                lines.push('...');
                lines.push(stringifyComment.indentComment(cs, ''));
            }
            else {
                lines.push(`... ${cs}`);
            }
        }
        else {
            lines.push('...');
        }
    }
    else {
        let dc = doc.comment;
        if (dc && chompKeep)
            dc = dc.replace(/^\n+/, '');
        if (dc) {
            if ((!chompKeep || contentComment) && lines[lines.length - 1] !== '')
                lines.push('');
            lines.push(stringifyComment.indentComment(commentString(dc), ''));
        }
    }
    return lines.join('\n') + '\n';
}

exports.stringifyDocument = stringifyDocument;


/***/ }),

/***/ 8689:
/***/ ((__unused_webpack_module, exports) => {



function stringifyNumber({ format, minFractionDigits, tag, value }) {
    if (typeof value === 'bigint')
        return String(value);
    const num = typeof value === 'number' ? value : Number(value);
    if (!isFinite(num))
        return isNaN(num) ? '.nan' : num < 0 ? '-.inf' : '.inf';
    let n = Object.is(value, -0) ? '-0' : JSON.stringify(value);
    if (!format &&
        minFractionDigits &&
        (!tag || tag === 'tag:yaml.org,2002:float') &&
        /^-?\d/.test(n) &&
        !n.includes('e')) {
        let i = n.indexOf('.');
        if (i < 0) {
            i = n.length;
            n += '.';
        }
        let d = minFractionDigits - (n.length - i - 1);
        while (d-- > 0)
            n += '0';
    }
    return n;
}

exports.stringifyNumber = stringifyNumber;


/***/ }),

/***/ 9748:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);
var Scalar = __nccwpck_require__(3301);
var stringify = __nccwpck_require__(2148);
var stringifyComment = __nccwpck_require__(9799);

function stringifyPair({ key, value }, ctx, onComment, onChompKeep) {
    const { allNullValues, doc, indent, indentStep, options: { commentString, indentSeq, simpleKeys } } = ctx;
    let keyComment = (identity.isNode(key) && key.comment) || null;
    if (simpleKeys) {
        if (keyComment) {
            throw new Error('With simple keys, key nodes cannot have comments');
        }
        if (identity.isCollection(key) || (!identity.isNode(key) && typeof key === 'object')) {
            const msg = 'With simple keys, collection cannot be used as a key value';
            throw new Error(msg);
        }
    }
    let explicitKey = !simpleKeys &&
        (!key ||
            (keyComment && value == null && !ctx.inFlow) ||
            identity.isCollection(key) ||
            (identity.isScalar(key)
                ? key.type === Scalar.Scalar.BLOCK_FOLDED || key.type === Scalar.Scalar.BLOCK_LITERAL
                : typeof key === 'object'));
    ctx = Object.assign({}, ctx, {
        allNullValues: false,
        implicitKey: !explicitKey && (simpleKeys || !allNullValues),
        indent: indent + indentStep
    });
    let keyCommentDone = false;
    let chompKeep = false;
    let str = stringify.stringify(key, ctx, () => (keyCommentDone = true), () => (chompKeep = true));
    if (!explicitKey && !ctx.inFlow && str.length > 1024) {
        if (simpleKeys)
            throw new Error('With simple keys, single line scalar must not span more than 1024 characters');
        explicitKey = true;
    }
    if (ctx.inFlow) {
        if (allNullValues || value == null) {
            if (keyCommentDone && onComment)
                onComment();
            return str === '' ? '?' : explicitKey ? `? ${str}` : str;
        }
    }
    else if ((allNullValues && !simpleKeys) || (value == null && explicitKey)) {
        str = `? ${str}`;
        if (keyComment && !keyCommentDone) {
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        }
        else if (chompKeep && onChompKeep)
            onChompKeep();
        return str;
    }
    if (keyCommentDone)
        keyComment = null;
    if (explicitKey) {
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
        str = `? ${str}\n${indent}:`;
    }
    else {
        str = `${str}:`;
        if (keyComment)
            str += stringifyComment.lineComment(str, ctx.indent, commentString(keyComment));
    }
    let vsb, vcb, valueComment;
    if (identity.isNode(value)) {
        vsb = !!value.spaceBefore;
        vcb = value.commentBefore;
        valueComment = value.comment;
    }
    else {
        vsb = false;
        vcb = null;
        valueComment = null;
        if (value && typeof value === 'object')
            value = doc.createNode(value);
    }
    ctx.implicitKey = false;
    if (!explicitKey && !keyComment && identity.isScalar(value))
        ctx.indentAtStart = str.length + 1;
    chompKeep = false;
    if (!indentSeq &&
        indentStep.length >= 2 &&
        !ctx.inFlow &&
        !explicitKey &&
        identity.isSeq(value) &&
        !value.flow &&
        !value.tag &&
        !value.anchor) {
        // If indentSeq === false, consider '- ' as part of indentation where possible
        ctx.indent = ctx.indent.substring(2);
    }
    let valueCommentDone = false;
    const valueStr = stringify.stringify(value, ctx, () => (valueCommentDone = true), () => (chompKeep = true));
    let ws = ' ';
    if (keyComment || vsb || vcb) {
        ws = vsb ? '\n' : '';
        if (vcb) {
            const cs = commentString(vcb);
            ws += `\n${stringifyComment.indentComment(cs, ctx.indent)}`;
        }
        if (valueStr === '' && !ctx.inFlow) {
            if (ws === '\n' && valueComment)
                ws = '\n\n';
        }
        else {
            ws += `\n${ctx.indent}`;
        }
    }
    else if (!explicitKey && identity.isCollection(value)) {
        const vs0 = valueStr[0];
        const nl0 = valueStr.indexOf('\n');
        const hasNewline = nl0 !== -1;
        const flow = ctx.inFlow ?? value.flow ?? value.items.length === 0;
        if (hasNewline || !flow) {
            let hasPropsLine = false;
            if (hasNewline && (vs0 === '&' || vs0 === '!')) {
                let sp0 = valueStr.indexOf(' ');
                if (vs0 === '&' &&
                    sp0 !== -1 &&
                    sp0 < nl0 &&
                    valueStr[sp0 + 1] === '!') {
                    sp0 = valueStr.indexOf(' ', sp0 + 1);
                }
                if (sp0 === -1 || nl0 < sp0)
                    hasPropsLine = true;
            }
            if (!hasPropsLine)
                ws = `\n${ctx.indent}`;
        }
    }
    else if (valueStr === '' || valueStr[0] === '\n') {
        ws = '';
    }
    str += ws + valueStr;
    if (ctx.inFlow) {
        if (valueCommentDone && onComment)
            onComment();
    }
    else if (valueComment && !valueCommentDone) {
        str += stringifyComment.lineComment(str, ctx.indent, commentString(valueComment));
    }
    else if (chompKeep && onChompKeep) {
        onChompKeep();
    }
    return str;
}

exports.stringifyPair = stringifyPair;


/***/ }),

/***/ 3069:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var Scalar = __nccwpck_require__(3301);
var foldFlowLines = __nccwpck_require__(4475);

const getFoldOptions = (ctx, isBlock) => ({
    indentAtStart: isBlock ? ctx.indent.length : ctx.indentAtStart,
    lineWidth: ctx.options.lineWidth,
    minContentWidth: ctx.options.minContentWidth
});
// Also checks for lines starting with %, as parsing the output as YAML 1.1 will
// presume that's starting a new document.
const containsDocumentMarker = (str) => /^(%|---|\.\.\.)/m.test(str);
function lineLengthOverLimit(str, lineWidth, indentLength) {
    if (!lineWidth || lineWidth < 0)
        return false;
    const limit = lineWidth - indentLength;
    const strLen = str.length;
    if (strLen <= limit)
        return false;
    for (let i = 0, start = 0; i < strLen; ++i) {
        if (str[i] === '\n') {
            if (i - start > limit)
                return true;
            start = i + 1;
            if (strLen - start <= limit)
                return false;
        }
    }
    return true;
}
function doubleQuotedString(value, ctx) {
    const json = JSON.stringify(value);
    if (ctx.options.doubleQuotedAsJSON)
        return json;
    const { implicitKey } = ctx;
    const minMultiLineLength = ctx.options.doubleQuotedMinMultiLineLength;
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    let str = '';
    let start = 0;
    for (let i = 0, ch = json[i]; ch; ch = json[++i]) {
        if (ch === ' ' && json[i + 1] === '\\' && json[i + 2] === 'n') {
            // space before newline needs to be escaped to not be folded
            str += json.slice(start, i) + '\\ ';
            i += 1;
            start = i;
            ch = '\\';
        }
        if (ch === '\\')
            switch (json[i + 1]) {
                case 'u':
                    {
                        str += json.slice(start, i);
                        const code = json.substr(i + 2, 4);
                        switch (code) {
                            case '0000':
                                str += '\\0';
                                break;
                            case '0007':
                                str += '\\a';
                                break;
                            case '000b':
                                str += '\\v';
                                break;
                            case '001b':
                                str += '\\e';
                                break;
                            case '0085':
                                str += '\\N';
                                break;
                            case '00a0':
                                str += '\\_';
                                break;
                            case '2028':
                                str += '\\L';
                                break;
                            case '2029':
                                str += '\\P';
                                break;
                            default:
                                if (code.substr(0, 2) === '00')
                                    str += '\\x' + code.substr(2);
                                else
                                    str += json.substr(i, 6);
                        }
                        i += 5;
                        start = i + 1;
                    }
                    break;
                case 'n':
                    if (implicitKey ||
                        json[i + 2] === '"' ||
                        json.length < minMultiLineLength) {
                        i += 1;
                    }
                    else {
                        // folding will eat first newline
                        str += json.slice(start, i) + '\n\n';
                        while (json[i + 2] === '\\' &&
                            json[i + 3] === 'n' &&
                            json[i + 4] !== '"') {
                            str += '\n';
                            i += 2;
                        }
                        str += indent;
                        // space after newline needs to be escaped to not be folded
                        if (json[i + 2] === ' ')
                            str += '\\';
                        i += 1;
                        start = i + 1;
                    }
                    break;
                default:
                    i += 1;
            }
    }
    str = start ? str + json.slice(start) : json;
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_QUOTED, getFoldOptions(ctx, false));
}
function singleQuotedString(value, ctx) {
    if (ctx.options.singleQuote === false ||
        (ctx.implicitKey && value.includes('\n')) ||
        /[ \t]\n|\n[ \t]/.test(value) // single quoted string can't have leading or trailing whitespace around newline
    )
        return doubleQuotedString(value, ctx);
    const indent = ctx.indent || (containsDocumentMarker(value) ? '  ' : '');
    const res = "'" + value.replace(/'/g, "''").replace(/\n+/g, `$&\n${indent}`) + "'";
    return ctx.implicitKey
        ? res
        : foldFlowLines.foldFlowLines(res, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function quotedString(value, ctx) {
    const { singleQuote } = ctx.options;
    let qs;
    if (singleQuote === false)
        qs = doubleQuotedString;
    else {
        const hasDouble = value.includes('"');
        const hasSingle = value.includes("'");
        if (hasDouble && !hasSingle)
            qs = singleQuotedString;
        else if (hasSingle && !hasDouble)
            qs = doubleQuotedString;
        else
            qs = singleQuote ? singleQuotedString : doubleQuotedString;
    }
    return qs(value, ctx);
}
// The negative lookbehind avoids a polynomial search,
// but isn't supported yet on Safari: https://caniuse.com/js-regexp-lookbehind
let blockEndNewlines;
try {
    blockEndNewlines = new RegExp('(^|(?<!\n))\n+(?!\n|$)', 'g');
}
catch {
    blockEndNewlines = /\n+(?!\n|$)/g;
}
function blockString({ comment, type, value }, ctx, onComment, onChompKeep) {
    const { blockQuote, commentString, lineWidth } = ctx.options;
    // 1. Block can't end in whitespace unless the last line is non-empty.
    // 2. Strings consisting of only whitespace are best rendered explicitly.
    if (!blockQuote || /\n[\t ]+$/.test(value)) {
        return quotedString(value, ctx);
    }
    const indent = ctx.indent ||
        (ctx.forceBlockIndent || containsDocumentMarker(value) ? '  ' : '');
    const literal = blockQuote === 'literal'
        ? true
        : blockQuote === 'folded' || type === Scalar.Scalar.BLOCK_FOLDED
            ? false
            : type === Scalar.Scalar.BLOCK_LITERAL
                ? true
                : !lineLengthOverLimit(value, lineWidth, indent.length);
    if (!value)
        return literal ? '|\n' : '>\n';
    // determine chomping from whitespace at value end
    let chomp;
    let endStart;
    for (endStart = value.length; endStart > 0; --endStart) {
        const ch = value[endStart - 1];
        if (ch !== '\n' && ch !== '\t' && ch !== ' ')
            break;
    }
    let end = value.substring(endStart);
    const endNlPos = end.indexOf('\n');
    if (endNlPos === -1) {
        chomp = '-'; // strip
    }
    else if (value === end || endNlPos !== end.length - 1) {
        chomp = '+'; // keep
        if (onChompKeep)
            onChompKeep();
    }
    else {
        chomp = ''; // clip
    }
    if (end) {
        value = value.slice(0, -end.length);
        if (end[end.length - 1] === '\n')
            end = end.slice(0, -1);
        end = end.replace(blockEndNewlines, `$&${indent}`);
    }
    // determine indent indicator from whitespace at value start
    let startWithSpace = false;
    let startEnd;
    let startNlPos = -1;
    for (startEnd = 0; startEnd < value.length; ++startEnd) {
        const ch = value[startEnd];
        if (ch === ' ')
            startWithSpace = true;
        else if (ch === '\n')
            startNlPos = startEnd;
        else
            break;
    }
    let start = value.substring(0, startNlPos < startEnd ? startNlPos + 1 : startEnd);
    if (start) {
        value = value.substring(start.length);
        start = start.replace(/\n+/g, `$&${indent}`);
    }
    const indentSize = indent ? '2' : '1'; // root is at -1
    // Leading | or > is added later
    let header = (startWithSpace ? indentSize : '') + chomp;
    if (comment) {
        header += ' ' + commentString(comment.replace(/ ?[\r\n]+/g, ' '));
        if (onComment)
            onComment();
    }
    if (!literal) {
        const foldedValue = value
            .replace(/\n+/g, '\n$&')
            .replace(/(?:^|\n)([\t ].*)(?:([\n\t ]*)\n(?![\n\t ]))?/g, '$1$2') // more-indented lines aren't folded
            //                ^ more-ind. ^ empty     ^ capture next empty lines only at end of indent
            .replace(/\n+/g, `$&${indent}`);
        let literalFallback = false;
        const foldOptions = getFoldOptions(ctx, true);
        if (blockQuote !== 'folded' && type !== Scalar.Scalar.BLOCK_FOLDED) {
            foldOptions.onOverflow = () => {
                literalFallback = true;
            };
        }
        const body = foldFlowLines.foldFlowLines(`${start}${foldedValue}${end}`, indent, foldFlowLines.FOLD_BLOCK, foldOptions);
        if (!literalFallback)
            return `>${header}\n${indent}${body}`;
    }
    value = value.replace(/\n+/g, `$&${indent}`);
    return `|${header}\n${indent}${start}${value}${end}`;
}
function plainString(item, ctx, onComment, onChompKeep) {
    const { type, value } = item;
    const { actualString, implicitKey, indent, indentStep, inFlow } = ctx;
    if ((implicitKey && value.includes('\n')) ||
        (inFlow && /[[\]{},]/.test(value))) {
        return quotedString(value, ctx);
    }
    if (/^[\n\t ,[\]{}#&*!|>'"%@`]|^[?-]$|^[?-][ \t]|[\n:][ \t]|[ \t]\n|[\n\t ]#|[\n\t :]$/.test(value)) {
        // not allowed:
        // - '-' or '?'
        // - start with an indicator character (except [?:-]) or /[?-] /
        // - '\n ', ': ' or ' \n' anywhere
        // - '#' not preceded by a non-space char
        // - end with ' ' or ':'
        return implicitKey || inFlow || !value.includes('\n')
            ? quotedString(value, ctx)
            : blockString(item, ctx, onComment, onChompKeep);
    }
    if (!implicitKey &&
        !inFlow &&
        type !== Scalar.Scalar.PLAIN &&
        value.includes('\n')) {
        // Where allowed & type not set explicitly, prefer block style for multiline strings
        return blockString(item, ctx, onComment, onChompKeep);
    }
    if (containsDocumentMarker(value)) {
        if (indent === '') {
            ctx.forceBlockIndent = true;
            return blockString(item, ctx, onComment, onChompKeep);
        }
        else if (implicitKey && indent === indentStep) {
            return quotedString(value, ctx);
        }
    }
    const str = value.replace(/\n+/g, `$&\n${indent}`);
    // Verify that output will be parsed as a string, as e.g. plain numbers and
    // booleans get parsed with those types in v1.2 (e.g. '42', 'true' & '0.9e-3'),
    // and others in v1.1.
    if (actualString) {
        const test = (tag) => tag.default && tag.tag !== 'tag:yaml.org,2002:str' && tag.test?.test(str);
        const { compat, tags } = ctx.doc.schema;
        if (tags.some(test) || compat?.some(test))
            return quotedString(value, ctx);
    }
    return implicitKey
        ? str
        : foldFlowLines.foldFlowLines(str, indent, foldFlowLines.FOLD_FLOW, getFoldOptions(ctx, false));
}
function stringifyString(item, ctx, onComment, onChompKeep) {
    const { implicitKey, inFlow } = ctx;
    const ss = typeof item.value === 'string'
        ? item
        : Object.assign({}, item, { value: String(item.value) });
    let { type } = item;
    if (type !== Scalar.Scalar.QUOTE_DOUBLE) {
        // force double quotes on control characters & unpaired surrogates
        if (/[\x00-\x08\x0b-\x1f\x7f-\x9f\u{D800}-\u{DFFF}]/u.test(ss.value))
            type = Scalar.Scalar.QUOTE_DOUBLE;
    }
    const _stringify = (_type) => {
        switch (_type) {
            case Scalar.Scalar.BLOCK_FOLDED:
            case Scalar.Scalar.BLOCK_LITERAL:
                return implicitKey || inFlow
                    ? quotedString(ss.value, ctx) // blocks are not valid inside flow containers
                    : blockString(ss, ctx, onComment, onChompKeep);
            case Scalar.Scalar.QUOTE_DOUBLE:
                return doubleQuotedString(ss.value, ctx);
            case Scalar.Scalar.QUOTE_SINGLE:
                return singleQuotedString(ss.value, ctx);
            case Scalar.Scalar.PLAIN:
                return plainString(ss, ctx, onComment, onChompKeep);
            default:
                return null;
        }
    };
    let res = _stringify(type);
    if (res === null) {
        const { defaultKeyType, defaultStringType } = ctx.options;
        const t = (implicitKey && defaultKeyType) || defaultStringType;
        res = _stringify(t);
        if (res === null)
            throw new Error(`Unsupported default string type ${t}`);
    }
    return res;
}

exports.stringifyString = stringifyString;


/***/ }),

/***/ 204:
/***/ ((__unused_webpack_module, exports, __nccwpck_require__) => {



var identity = __nccwpck_require__(1127);

const BREAK = Symbol('break visit');
const SKIP = Symbol('skip children');
const REMOVE = Symbol('remove node');
/**
 * Apply a visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
function visit(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = visit_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        visit_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visit.BREAK = BREAK;
/** Do not visit the children of the current node */
visit.SKIP = SKIP;
/** Remove the current node */
visit.REMOVE = REMOVE;
function visit_(key, node, visitor, path) {
    const ctrl = callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visit_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = visit_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = visit_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = visit_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
/**
 * Apply an async visitor to an AST node or document.
 *
 * Walks through the tree (depth-first) starting from `node`, calling a
 * `visitor` function with three arguments:
 *   - `key`: For sequence values and map `Pair`, the node's index in the
 *     collection. Within a `Pair`, `'key'` or `'value'`, correspondingly.
 *     `null` for the root node.
 *   - `node`: The current node.
 *   - `path`: The ancestry of the current node.
 *
 * The return value of the visitor may be used to control the traversal:
 *   - `Promise`: Must resolve to one of the following values
 *   - `undefined` (default): Do nothing and continue
 *   - `visit.SKIP`: Do not visit the children of this node, continue with next
 *     sibling
 *   - `visit.BREAK`: Terminate traversal completely
 *   - `visit.REMOVE`: Remove the current node, then continue with the next one
 *   - `Node`: Replace the current node, then continue by visiting it
 *   - `number`: While iterating the items of a sequence or map, set the index
 *     of the next step. This is useful especially if the index of the current
 *     node has changed.
 *
 * If `visitor` is a single function, it will be called with all values
 * encountered in the tree, including e.g. `null` values. Alternatively,
 * separate visitor functions may be defined for each `Map`, `Pair`, `Seq`,
 * `Alias` and `Scalar` node. To define the same visitor function for more than
 * one node type, use the `Collection` (map and seq), `Value` (map, seq & scalar)
 * and `Node` (alias, map, seq & scalar) targets. Of all these, only the most
 * specific defined one will be used for each node.
 */
async function visitAsync(node, visitor) {
    const visitor_ = initVisitor(visitor);
    if (identity.isDocument(node)) {
        const cd = await visitAsync_(null, node.contents, visitor_, Object.freeze([node]));
        if (cd === REMOVE)
            node.contents = null;
    }
    else
        await visitAsync_(null, node, visitor_, Object.freeze([]));
}
// Without the `as symbol` casts, TS declares these in the `visit`
// namespace using `var`, but then complains about that because
// `unique symbol` must be `const`.
/** Terminate visit traversal completely */
visitAsync.BREAK = BREAK;
/** Do not visit the children of the current node */
visitAsync.SKIP = SKIP;
/** Remove the current node */
visitAsync.REMOVE = REMOVE;
async function visitAsync_(key, node, visitor, path) {
    const ctrl = await callVisitor(key, node, visitor, path);
    if (identity.isNode(ctrl) || identity.isPair(ctrl)) {
        replaceNode(key, path, ctrl);
        return visitAsync_(key, ctrl, visitor, path);
    }
    if (typeof ctrl !== 'symbol') {
        if (identity.isCollection(node)) {
            path = Object.freeze(path.concat(node));
            for (let i = 0; i < node.items.length; ++i) {
                const ci = await visitAsync_(i, node.items[i], visitor, path);
                if (typeof ci === 'number')
                    i = ci - 1;
                else if (ci === BREAK)
                    return BREAK;
                else if (ci === REMOVE) {
                    node.items.splice(i, 1);
                    i -= 1;
                }
            }
        }
        else if (identity.isPair(node)) {
            path = Object.freeze(path.concat(node));
            const ck = await visitAsync_('key', node.key, visitor, path);
            if (ck === BREAK)
                return BREAK;
            else if (ck === REMOVE)
                node.key = null;
            const cv = await visitAsync_('value', node.value, visitor, path);
            if (cv === BREAK)
                return BREAK;
            else if (cv === REMOVE)
                node.value = null;
        }
    }
    return ctrl;
}
function initVisitor(visitor) {
    if (typeof visitor === 'object' &&
        (visitor.Collection || visitor.Node || visitor.Value)) {
        return Object.assign({
            Alias: visitor.Node,
            Map: visitor.Node,
            Scalar: visitor.Node,
            Seq: visitor.Node
        }, visitor.Value && {
            Map: visitor.Value,
            Scalar: visitor.Value,
            Seq: visitor.Value
        }, visitor.Collection && {
            Map: visitor.Collection,
            Seq: visitor.Collection
        }, visitor);
    }
    return visitor;
}
function callVisitor(key, node, visitor, path) {
    if (typeof visitor === 'function')
        return visitor(key, node, path);
    if (identity.isMap(node))
        return visitor.Map?.(key, node, path);
    if (identity.isSeq(node))
        return visitor.Seq?.(key, node, path);
    if (identity.isPair(node))
        return visitor.Pair?.(key, node, path);
    if (identity.isScalar(node))
        return visitor.Scalar?.(key, node, path);
    if (identity.isAlias(node))
        return visitor.Alias?.(key, node, path);
    return undefined;
}
function replaceNode(key, path, node) {
    const parent = path[path.length - 1];
    if (identity.isCollection(parent)) {
        parent.items[key] = node;
    }
    else if (identity.isPair(parent)) {
        if (key === 'key')
            parent.key = node;
        else
            parent.value = node;
    }
    else if (identity.isDocument(parent)) {
        parent.contents = node;
    }
    else {
        const pt = identity.isAlias(parent) ? 'alias' : 'scalar';
        throw new Error(`Cannot replace node with ${pt} parent`);
    }
}

exports.visit = visit;
exports.visitAsync = visitAsync;


/***/ })

/******/ });
/************************************************************************/
/******/ // The module cache
/******/ var __webpack_module_cache__ = {};
/******/ 
/******/ // The require function
/******/ function __nccwpck_require__(moduleId) {
/******/ 	// Check if module is in cache
/******/ 	var cachedModule = __webpack_module_cache__[moduleId];
/******/ 	if (cachedModule !== undefined) {
/******/ 		return cachedModule.exports;
/******/ 	}
/******/ 	// Create a new module (and put it into the cache)
/******/ 	var module = __webpack_module_cache__[moduleId] = {
/******/ 		// no module.id needed
/******/ 		// no module.loaded needed
/******/ 		exports: {}
/******/ 	};
/******/ 
/******/ 	// Execute the module function
/******/ 	var threw = true;
/******/ 	try {
/******/ 		__webpack_modules__[moduleId](module, module.exports, __nccwpck_require__);
/******/ 		threw = false;
/******/ 	} finally {
/******/ 		if(threw) delete __webpack_module_cache__[moduleId];
/******/ 	}
/******/ 
/******/ 	// Return the exports of the module
/******/ 	return module.exports;
/******/ }
/******/ 
/******/ // expose the modules object (__webpack_modules__)
/******/ __nccwpck_require__.m = __webpack_modules__;
/******/ 
/************************************************************************/
/******/ /* webpack/runtime/asset-relocator-loader */
/******/ if (typeof __nccwpck_require__ !== 'undefined') __nccwpck_require__.ab = decodeURIComponent(new URL('.', import.meta.url).pathname).slice(import.meta.url.match(/^file:\/\/\/\w:/) ? 1 : 0, -1) + "/";
/******/ 
/******/ /* webpack/runtime/compat get default export */
/******/ (() => {
/******/ 	// getDefaultExport function for compatibility with non-harmony modules
/******/ 	__nccwpck_require__.n = (module) => {
/******/ 		var getter = module && module.__esModule ?
/******/ 			() => (module['default']) :
/******/ 			() => (module);
/******/ 		__nccwpck_require__.d(getter, { a: getter });
/******/ 		return getter;
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/define property getters */
/******/ (() => {
/******/ 	// define getter functions for harmony exports
/******/ 	__nccwpck_require__.d = (exports, definition) => {
/******/ 		for(var key in definition) {
/******/ 			if(__nccwpck_require__.o(definition, key) && !__nccwpck_require__.o(exports, key)) {
/******/ 				Object.defineProperty(exports, key, { enumerable: true, get: definition[key] });
/******/ 			}
/******/ 		}
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/ensure chunk */
/******/ (() => {
/******/ 	__nccwpck_require__.f = {};
/******/ 	// This file contains only the entry chunk.
/******/ 	// The chunk loading function for additional chunks
/******/ 	__nccwpck_require__.e = (chunkId) => {
/******/ 		return Promise.all(Object.keys(__nccwpck_require__.f).reduce((promises, key) => {
/******/ 			__nccwpck_require__.f[key](chunkId, promises);
/******/ 			return promises;
/******/ 		}, []));
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/get javascript chunk filename */
/******/ (() => {
/******/ 	// This function allow to reference async chunks
/******/ 	__nccwpck_require__.u = (chunkId) => {
/******/ 		// return url for filenames based on template
/******/ 		return "lint-worker." + chunkId + ".js";
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/hasOwnProperty shorthand */
/******/ (() => {
/******/ 	__nccwpck_require__.o = (obj, prop) => (Object.prototype.hasOwnProperty.call(obj, prop))
/******/ })();
/******/ 
/******/ /* webpack/runtime/make namespace object */
/******/ (() => {
/******/ 	// define __esModule on exports
/******/ 	__nccwpck_require__.r = (exports) => {
/******/ 		if(typeof Symbol !== 'undefined' && Symbol.toStringTag) {
/******/ 			Object.defineProperty(exports, Symbol.toStringTag, { value: 'Module' });
/******/ 		}
/******/ 		Object.defineProperty(exports, '__esModule', { value: true });
/******/ 	};
/******/ })();
/******/ 
/******/ /* webpack/runtime/import chunk loading */
/******/ (() => {
/******/ 	// no baseURI
/******/ 	
/******/ 	// object to store loaded and loading chunks
/******/ 	// undefined = chunk not loaded, null = chunk preloaded/prefetched
/******/ 	// [resolve, Promise] = chunk loading, 0 = chunk loaded
/******/ 	var installedChunks = {
/******/ 		792: 0
/******/ 	};
/******/ 	
/******/ 	var installChunk = (data) => {
/******/ 		var {ids, modules, runtime} = data;
/******/ 		// add "modules" to the modules object,
/******/ 		// then flag all "ids" as loaded and fire callback
/******/ 		var moduleId, chunkId, i = 0;
/******/ 		for(moduleId in modules) {
/******/ 			if(__nccwpck_require__.o(modules, moduleId)) {
/******/ 				__nccwpck_require__.m[moduleId] = modules[moduleId];
/******/ 			}
/******/ 		}
/******/ 		if(runtime) runtime(__nccwpck_require__);
/******/ 		for(;i < ids.length; i++) {
/******/ 			chunkId = ids[i];
/******/ 			if(__nccwpck_require__.o(installedChunks, chunkId) && installedChunks[chunkId]) {
/******/ 				installedChunks[chunkId][0]();
/******/ 			}
/******/ 			installedChunks[ids[i]] = 0;
/******/ 		}
/******/ 	
/******/ 	}
/******/ 	
/******/ 	__nccwpck_require__.f.j = (chunkId, promises) => {
/******/ 			// import() chunk loading for javascript
/******/ 			var installedChunkData = __nccwpck_require__.o(installedChunks, chunkId) ? installedChunks[chunkId] : undefined;
/******/ 			if(installedChunkData !== 0) { // 0 means "already installed".
/******/ 	
/******/ 				// a Promise means "currently loading".
/******/ 				if(installedChunkData) {
/******/ 					promises.push(installedChunkData[1]);
/******/ 				} else {
/******/ 					if(true) { // all chunks have JS
/******/ 						// setup Promise in chunk cache
/******/ 						var promise = import("./" + __nccwpck_require__.u(chunkId)).then(installChunk, (e) => {
/******/ 							if(installedChunks[chunkId] !== 0) installedChunks[chunkId] = undefined;
/******/ 							throw e;
/******/ 						});
/******/ 						var promise = Promise.race([promise, new Promise((resolve) => (installedChunkData = installedChunks[chunkId] = [resolve]))])
/******/ 						promises.push(installedChunkData[1] = promise);
/******/ 					}
/******/ 				}
/******/ 			}
/******/ 	};
/******/ 	
/******/ 	// no prefetching
/******/ 	
/******/ 	// no preloaded
/******/ 	
/******/ 	// no external install chunk
/******/ 	
/******/ 	// no on chunks loaded
/******/ })();
/******/ 
/************************************************************************/
var __webpack_exports__ = {};

;// CONCATENATED MODULE: external "node:worker_threads"
const external_node_worker_threads_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:worker_threads");
// EXTERNAL MODULE: ./src/policy/settings-scope.ts
var settings_scope = __nccwpck_require__(9008);
// EXTERNAL MODULE: ./src/policy/builtin-dir.ts
var builtin_dir = __nccwpck_require__(6067);
;// CONCATENATED MODULE: ./src/policy/compile.ts

// ajv and what compiles with it (policies, the settings file's schema) load on demand: they are
// chunks of their own in the bundle, so a run that judges nothing and reads no settings file
// (`derive`, a tree without configs) never loads them.
/** Compiles the policies of `dirs` (`loadPolicies`), loading ajv and the compiler first. */
async function compilePolicies(dirs, options = {}) {
    const { loadPolicies } = await Promise.all(/* import() */[__nccwpck_require__.e(210), __nccwpck_require__.e(856), __nccwpck_require__.e(532)]).then(__nccwpck_require__.bind(__nccwpck_require__, 532));
    return loadPolicies(dirs, options);
}
/**
 * The settings of a run (`settings.ts` `loadSettings`): the defaults, without loading ajv, where
 * there is no settings file and none was named.
 */
async function loadSettings(cwd, configFile, workspace = cwd) {
    if (settingsFile(cwd, configFile) === undefined)
        return { settings: EMPTY_SETTINGS, problems: [] };
    return (await Promise.all(/* import() */[__nccwpck_require__.e(210), __nccwpck_require__.e(693)]).then(__nccwpck_require__.bind(__nccwpck_require__, 3693))).loadSettings(cwd, configFile, workspace);
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __nccwpck_require__(7598);
;// CONCATENATED MODULE: ./src/policy/baseline.ts


/**
 * A baseline records accepted findings by fingerprint so that later runs report only new ones.
 * The fingerprint leaves out line numbers and the message (which holds sizes), so moving a key or
 * resizing a process does not turn an accepted finding into a new one.
 */
const BASELINE_VERSION = 1;
function fingerprint(finding) {
    const parts = [
        finding.ruleId,
        finding.file,
        finding.configId ?? '',
        finding.key ?? '',
        finding.process ?? '',
    ];
    return (0,external_node_crypto_.createHash)('sha256').update(parts.join('\0')).digest('hex').slice(0, 32);
}
function createBaseline(findings, tool) {
    return {
        version: BASELINE_VERSION,
        tool,
        findings: findings
            .map((f) => ({
            fingerprint: fingerprint(f),
            ruleId: f.ruleId,
            file: f.file,
            line: f.line,
            message: f.message,
        }))
            .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.ruleId.localeCompare(b.ruleId)),
    };
}
/** Parses a baseline file; throws an Error with a readable message when it is not one. */
function parseBaseline(text, file) {
    const parsed = parseJsonText(text);
    if (!parsed.ok)
        throw new Error(`${file}: not a valid baseline (${parsed.message})`);
    const b = parsed.value;
    if (typeof b !== 'object' || b === null || b.version !== BASELINE_VERSION || !Array.isArray(b.findings)) {
        throw new Error(`${file}: not a flink-memory-lint baseline (version ${BASELINE_VERSION})`);
    }
    // Only the fingerprint is matched on; an entry without one would break every later run.
    const bad = b.findings.findIndex((f) => typeof f?.fingerprint !== 'string');
    if (bad >= 0)
        throw new Error(`${file}: findings[${bad}] has no fingerprint string`);
    return b;
}
/** Counts per fingerprint; each accepted finding covers one current finding. */
function baselineMatcher(baseline) {
    const counts = new Map();
    for (const f of baseline?.findings ?? [])
        counts.set(f.fingerprint, (counts.get(f.fingerprint) ?? 0) + 1);
    return (finding) => {
        const key = fingerprint(finding);
        const left = counts.get(key) ?? 0;
        if (left <= 0)
            return false;
        counts.set(key, left - 1);
        return true;
    };
}

// EXTERNAL MODULE: ./src/flink/index.ts + 39 modules
var flink = __nccwpck_require__(8132);
;// CONCATENATED MODULE: ./src/derive/flink-view.ts
/** The entries Flink applies, in order: the base file, then the config's own; placeholders left out. */
function effectiveEntries(config) {
    return [...(config.base?.entries ?? []), ...config.entries].filter((e) => !e.unresolved);
}
/** The configuration Flink ends up with: entries applied in order, later ones win. */
function toConfigMap(entries) {
    const map = new Map();
    for (const entry of entries)
        map.set(entry.key, entry.value);
    return map;
}
/** What Flink sees of a config: its effective entries as one configuration. */
function flinkView(config) {
    return toConfigMap(effectiveEntries(config));
}

;// CONCATENATED MODULE: ./src/derive/index.ts



/** The derive stage: both processes of a linked config, as Flink derives them for its version and mode. */
function deriveConfig(config) {
    return (0,flink/* derive */.CX)(flinkView(config), {
        flinkVersion: config.flinkVersion,
        deployment: config.deployment,
        env: config.env ?? {},
    });
}

// EXTERNAL MODULE: ./src/model/index.ts + 4 modules
var model = __nccwpck_require__(8228);
;// CONCATENATED MODULE: ./src/policy/facts/memory-values.ts

const KUBERNETES_BINARY = /^\s*[0-9.]+\s*[KMGTPE]i[Bb]?\s*$/;
const DECIMAL_STYLE = /^\s*\d+\s*[KMGTPE]\s*$/;
/** A Kubernetes quantity with a decimal suffix (`4G`, `500M`, `100k`). */
const KUBERNETES_DECIMAL = /^\s*[0-9.]+\s*[kMGTPE]\s*$/;
/** Up to this many bytes, a bare number is a missing unit rather than a size in bytes. */
const MISSING_UNIT_MAX_BYTES = 1 << 20;
function memoryValueFacts(text) {
    const facts = {
        valid: true,
        unitless: /^\s*\d+\s*$/.test(text),
        kubernetesUnit: KUBERNETES_BINARY.test(text),
        decimalStyleUnit: DECIMAL_STYLE.test(text),
        missingUnit: false,
    };
    try {
        facts.bytes = Number((0,flink/* parseMemorySize */.vq)(text));
    }
    catch (err) {
        facts.valid = false;
        facts.error = err.message;
    }
    facts.missingUnit =
        facts.unitless && facts.bytes !== undefined && facts.bytes > 0 && facts.bytes <= MISSING_UNIT_MAX_BYTES;
    const suggested = facts.missingUnit
        ? BigInt(text.trim()) * MIB
        : facts.valid
            ? undefined
            : meantBytes(text);
    if (suggested !== undefined)
        facts.suggested = (0,flink/* memorySizeToString */.Vh)(suggested);
    return facts;
}
const MIB = 1n << 20n;
const BINARY_UNITS = { k: 10, m: 20, g: 30, t: 40 };
/** `512Mi`, `1.5g`, `2 gigabytes`: the whole number of bytes a binary unit (by its first letter) means. */
function meantBytes(text) {
    const m = /^\s*(\d+)(?:\.(\d+))?\s*([kmgt])[a-z]*\s*$/i.exec(text);
    if (!m)
        return undefined;
    const fraction = m[2] ?? '';
    const scaled = BigInt(m[1] + fraction) << BigInt(BINARY_UNITS[m[3].toLowerCase()]);
    const divisor = 10n ** BigInt(fraction.length);
    return scaled % divisor === 0n ? scaled / divisor : undefined;
}
/**
 * Flink derives fractions in float arithmetic, so a size people think of as round comes out a few
 * bytes off it (0.4 × 1 GiB of managed memory leaves a task heap of 256 MiB − 8 bytes). Thresholds
 * compare sizes rounded to the nearest 64 KiB: below that, the difference is Flink's rounding (at
 * most about 64 bytes per GiB of Total Flink memory), not a smaller size.
 */
const ROUNDING = 64 * 1024;
function rounded(bytes) {
    return Math.round(bytes / ROUNDING) * ROUNDING;
}
/** The smallest size whose `rounded` value reaches `threshold`: what a fix must reach, exactly. */
function smallestRoundingTo(threshold) {
    const unit = BigInt(ROUNDING);
    const steps = (threshold + unit - 1n) / unit;
    return steps === 0n ? 0n : steps * unit - unit / 2n;
}

;// CONCATENATED MODULE: ./src/policy/facts/options.ts

/** The type of the option behind a key (its own, or the option it is a deprecated key of). */
function optionType(key, version) {
    const own = (0,flink/* findOption */.$K)(version, key)?.type;
    if (own)
        return own;
    for (const option of (0,flink/* optionRegistry */.tH)(version).values()) {
        if (option.fallbackKeys.some((f) => f.key === key))
            return option.type;
    }
    return undefined;
}
function typed(fact, value) {
    if (typeof value === 'bigint')
        fact.bytes = Number(value);
    else if (typeof value === 'number')
        fact.number = value;
    return fact;
}
/** Effective value of every option of the version's registry: main key, fallback keys, then the default. */
function optionFacts(config, version) {
    const out = {};
    const defaults = defaultFacts(version);
    const reader = new flink/* OptionReader */.F9(config);
    for (const [key, option] of (0,flink/* optionRegistry */.tH)(version)) {
        const by = (0,flink/* suppliedKey */._1)(config, option);
        if (by === undefined) {
            const fact = defaults.get(key);
            if (fact)
                out[key] = fact;
            continue;
        }
        let typedValue;
        try {
            typedValue = reader.get(option);
        }
        catch (err) {
            if (!(err instanceof flink/* FlinkError */.Fs))
                throw err;
        }
        const source = by === key ? 'explicit' : 'fallback';
        out[key] = typed({ value: (0,flink/* rawText */.iL)(config.get(by)), source, key: by }, typedValue);
    }
    return out;
}
/**
 * The facts of options a config leaves at their default: the same for every config of a version,
 * so built once and shared (facts are read, never changed).
 */
const DEFAULT_FACTS = new Map();
function defaultFacts(version) {
    let facts = DEFAULT_FACTS.get(version);
    if (facts)
        return facts;
    const built = new Map();
    for (const [key, option] of (0,flink/* optionRegistry */.tH)(version)) {
        if (option.defaultValue === undefined)
            continue;
        built.set(key, typed({ value: option.defaultText, source: 'default', key: undefined }, option.defaultValue));
    }
    DEFAULT_FACTS.set(version, (facts = built));
    return facts;
}
/** A raw value converted as the option's type, undefined where Flink would refuse it. */
function converted(type, value) {
    try {
        return convertValue(type, value);
    }
    catch {
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/policy/facts/entries.ts



/** What a config's entries say, read against the version and mode that run them. */
function entriesFacts(entries, version, deployment, view, env) {
    const byKey = {};
    const list = [];
    const written = new Map();
    for (const entry of entries)
        written.set(entry.key, (written.get(entry.key) ?? 0) + (entry.origin === 'file' ? 1 : 0));
    for (const entry of entries) {
        const value = valueText(entry.value);
        const facts = {
            key: entry.key,
            value,
            type: valueType(entry.value),
            line: entry.location.line,
            column: entry.location.column,
            origin: entry.origin,
            overridden: entry.overriddenBy !== undefined,
            duplicate: (written.get(entry.key) ?? 0) > 1,
            unresolved: entry.unresolved === true,
            memory: optionType(entry.key, version) === 'memory' && !entry.unresolved
                ? sizeFacts(entry.key, value, version)
                : undefined,
        };
        const legacy = (0,flink/* legacyKeyReading */.tT)(entry.key, value, version, deployment, view, env);
        if (legacy) {
            facts.legacy = legacyFacts(legacy, entry.key);
            if (legacy.successor && legacy.reading !== 'ignored')
                facts.replacedBy = legacy.successor;
        }
        list.push(facts);
        if (!entry.overriddenBy || !byKey[entry.key])
            byKey[entry.key] = facts;
    }
    return { byKey, list };
}
/** Smaller than this, an option's default says its sizes are bytes (`taskmanager.memory.segment-size: 32kb`). */
const BYTE_SCALE = 1n << 20n;
/** A memory size as Flink reads it; a bare number is a forgotten unit only for options sized in MiB or more. */
function sizeFacts(key, value, version) {
    const facts = memoryValueFacts(value);
    const fallback = (0,flink/* findOption */.$K)(version, key)?.defaultValue;
    if (facts.missingUnit && typeof fallback === 'bigint' && fallback > 0n && fallback < BYTE_SCALE) {
        facts.missingUnit = false;
        delete facts.suggested;
    }
    return facts;
}
function legacyFacts(legacy, key) {
    const facts = { reading: legacy.reading, effect: effect(legacy, key) };
    if (legacy.readAs)
        facts.readAs = legacy.readAs;
    if (legacy.because)
        facts.because = legacy.because;
    return facts;
}
function effect(legacy, key) {
    switch (legacy.reading) {
        case 'read':
            return 'still reads it';
        case 'read-as':
            if (legacy.unset)
                return `reads it as ${legacy.readAs}, under its old name; ${legacy.unset}`;
            return /\.heap\.(size|mb)$/.test(key)
                ? `reads it as ${legacy.readAs} for this deployment`
                : `reads it as ${legacy.readAs}, under its old name`;
        case 'ignored':
            return `ignores it (${legacy.because})`;
        case 'removed':
            return 'no longer reads it';
    }
}
function valueText(value) {
    if (typeof value === 'number')
        return (0,flink/* javaDoubleToString */.kx)(value);
    return String(value);
}
function valueType(value) {
    if (typeof value === 'bigint')
        return 'integer';
    if (typeof value === 'number')
        return 'float';
    if (typeof value === 'boolean')
        return 'boolean';
    return 'string';
}

;// CONCATENATED MODULE: ./src/policy/facts/job.ts

const DEFAULT_PARALLELISM_KEY = 'parallelism.default';
/** The source of a value nothing in the repository sets. */
const FLINK_DEFAULT = "Flink's default";
/** The jobs a config runs, as far as its file shows them. */
function jobRuntime(config, view, stateBackend, slots) {
    const assumed = {};
    const job = jobFacts(config, view, slots);
    if (job.parallelismSource === FLINK_DEFAULT)
        assumed.parallelism = {
            what: `jobs run with parallelism 1, Flink's default, as ${DEFAULT_PARALLELISM_KEY} is not declared (a job may set its own)`,
            certain: `declare ${DEFAULT_PARALLELISM_KEY}`,
        };
    if (job.cluster === 'session')
        assumed.jobs = {
            what: 'no job of this session cluster uses managed memory, though its jobs are submitted from elsewhere ' +
                '(FlinkSessionJob, the CLI, the SQL Gateway) and may use RocksDB, BATCH mode or PyFlink',
            certain: 'size managed memory for the jobs it runs',
        };
    const option = (0,flink/* runtimeModeOption */.JE)(config.flinkVersion);
    const fromArgs = (0,flink/* runtimeModeOfArgs */.oH)(job.args);
    const written = option && view.get(option.key);
    let runtimeMode = option?.default ?? 'STREAMING';
    let runtimeModeSource = FLINK_DEFAULT;
    if (fromArgs) {
        runtimeMode = fromArgs.mode;
        runtimeModeSource = `spec.job.args ${fromArgs.written}`;
    }
    else if (option && written !== undefined) {
        runtimeMode = String(written).trim().toUpperCase();
        runtimeModeSource = `${option.key}: ${String(written)}`;
    }
    // Flink's default, STREAMING, stands unless something says BATCH: a job chooses BATCH where it
    // is started (its arguments, execution.runtime-mode), and those the repository shows are read.
    // AUTOMATIC, and a Beam pipeline, run bounded jobs in BATCH mode: which mode is an assumption.
    if (runtimeMode === 'AUTOMATIC')
        assumed.runtimeMode = {
            what: `the jobs run in STREAMING mode, though with ${runtimeModeSource} a job whose sources are all bounded runs in BATCH mode`,
            certain: `declare ${option?.key ?? 'the runtime mode'}`,
        };
    if (!stateBackend.explicit)
        assumed.stateBackend = {
            what: `the state backend is ${stateBackend.value}, the default of Flink ${config.flinkVersion}, as the ` +
                'configuration declares none (a job may choose its own in its code or with SQL SET)',
            certain: `declare ${(0,flink/* stateBackendKeys */.Ug)(config.flinkVersion)[0]}`,
        };
    return { job, runtimeMode, runtimeModeSource, assumed };
}
function jobFacts(config, view, slots) {
    const spec = config.job;
    const facts = {
        cluster: config.clusterMode ?? 'unknown',
        parallelism: 1,
        parallelismSource: FLINK_DEFAULT,
        args: spec?.args ?? [],
    };
    if (spec?.entryClass)
        facts.entryClass = spec.entryClass;
    if (spec?.upgradeMode)
        facts.upgradeMode = spec.upgradeMode;
    // The operator's parallelism: TaskManager replicas × slots where replicas are set, else
    // `spec.job.parallelism` (FlinkConfigBuilder.getParallelism).
    const replicas = config.replicas?.taskmanager;
    const configured = (0,flink/* parseJavaInt */.rz)(String(view.get(DEFAULT_PARALLELISM_KEY) ?? ''));
    if (config.clusterMode === 'application' && replicas !== undefined && replicas > 0) {
        facts.parallelism = replicas * slots;
        facts.parallelismSource = 'spec.taskManager.replicas × taskmanager.numberOfTaskSlots';
    }
    else if (spec?.parallelism !== undefined && spec.parallelism > 0) {
        facts.parallelism = spec.parallelism;
        facts.parallelismSource = 'spec.job.parallelism';
    }
    else if (configured !== undefined && configured > 0) {
        facts.parallelism = configured;
        facts.parallelismSource = DEFAULT_PARALLELISM_KEY;
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/policy/facts/network.ts

/**
 * The network buffers a TaskManager has against those its tasks request, for the job the config
 * runs (its parallelism, or 1, the fewest buffers any job with an exchange needs), in the runtime
 * mode it runs in; where the mode is an assumption, in both modes, and the failure is an assumption
 * unless both fail.
 */
function networkFacts(config, view, tm, slots, job, runtimeMode, assumed) {
    if (!tm.ok || !config.processes.includes('taskmanager'))
        return undefined;
    const version = config.flinkVersion;
    let settings;
    try {
        settings = (0,flink/* networkBufferSettings */.ON)(view, version, tm.memory.network);
    }
    catch (err) {
        if (!(err instanceof flink/* FlinkError */.Fs))
            throw err;
        // The TaskManager refuses these settings when it starts its network stack.
        return {
            buffers: 0,
            segmentSize: 0,
            parallelism: job.parallelism,
            mode: 'streaming',
            required: 0,
            failure: { message: err.message, errorType: err.errorType, when: 'The TaskManager does not start' },
        };
    }
    const mode = runtimeMode === 'BATCH' ? 'batch' : 'streaming';
    const demand = (m) => (0,flink/* demandFor */.XL)(version, settings, tm.memory.network, m, job.parallelism, Math.max(slots, 1));
    const primary = demand(mode);
    const facts = {
        buffers: settings.totalBuffers,
        segmentSize: settings.segmentSize,
        buffersPerChannel: settings.buffersPerChannel,
        floatingBuffersPerGate: settings.floatingBuffersPerGate,
        parallelism: job.parallelism,
        mode,
        required: primary.required.total,
        remoteChannels: primary.remoteChannelsPerGate,
        defaultBytes: Number((0,flink/* defaultNetworkBytes */.vS)(version, tm.memory.totalFlink)),
    };
    const largest = (0,flink/* largestServableBuffersPerChannel */.Yj)(version, settings, Math.max(slots, 1), mode);
    if (largest !== undefined)
        facts.largestBuffersPerChannel = largest;
    const refused = primary.deploymentFailure;
    if (refused) {
        facts.failure = {
            message: refused.message,
            errorType: refused.errorType,
            when: `A ${mode} job of parallelism ${job.parallelism} (${job.parallelismSource}) with one all-to-all exchange fails to deploy its tasks`,
            ...(refused.required !== undefined && { required: refused.required }),
            ...(refused.available !== undefined && { available: refused.available }),
        };
        const other = mode === 'streaming' ? 'batch' : 'streaming';
        if (assumed.runtimeMode && !demand(other).deploymentFailure)
            assumed['network.failure'] = {
                what: `the jobs run in ${mode.toUpperCase()} mode: in ${other.toUpperCase()} mode this TaskManager deploys them`,
                certain: assumed.runtimeMode.certain,
            };
    }
    return facts;
}

;// CONCATENATED MODULE: ./src/policy/facts/managed.ts

/**
 * How managed memory is shared out among consumers (spec §10.3), and which of those this job has
 * that allocate it (`allocating`) an explicit list leaves without a weight.
 */
function weightFacts(view, version, allocating) {
    const raw = new Map();
    let text;
    const explicit = view.get(flink/* CONSUMER_WEIGHTS_KEY */.vk);
    if (explicit !== undefined) {
        text = String(explicit);
        for (const part of text.replace(/^[{[]|[}\]]$/g, '').split(/[,;]/)) {
            const [k, v] = part.split(':').map((s) => s.trim());
            if (k)
                raw.set(k.toUpperCase(), Number(v));
        }
    }
    for (const [key, value] of view) {
        if (key.startsWith(`${flink/* CONSUMER_WEIGHTS_KEY */.vk}.`)) {
            raw.set(key.slice(flink/* CONSUMER_WEIGHTS_KEY */.vk.length + 1).toUpperCase(), Number(value));
            text ??= '(map)';
        }
    }
    const isExplicit = text !== undefined;
    if (!isExplicit) {
        const defaults = (0,flink/* defaultConsumerWeights */.rI)(version);
        if (!defaults)
            return { explicit: false, weights: {}, missing: [] };
        for (const part of defaults.split(',')) {
            const [k, v] = part.split(':');
            raw.set(k, Number(v));
        }
    }
    const dataproc = (0,flink/* readsDataprocWeight */.U_)(version) ? raw.get('DATAPROC') : undefined;
    const weights = {
        OPERATOR: raw.get('OPERATOR') ?? dataproc ?? 0,
        STATE_BACKEND: raw.get('STATE_BACKEND') ?? dataproc ?? 0,
        PYTHON: raw.get('PYTHON') ?? 0,
    };
    const missing = isExplicit ? allocating.filter((c) => weights[c] === 0) : [];
    const facts = { explicit: isExplicit, value: text, weights, missing };
    if (missing.length > 0) {
        const kept = Object.entries(weights).filter(([, w]) => w > 0);
        const added = missing.map((c) => [c, flink/* CONSUMER_DEFAULT_WEIGHT */.gx[c]]);
        facts.suggested = [...kept, ...added].map(([c, w]) => `${c}:${w}`).join(',');
    }
    return facts;
}
/**
 * The managed memory per slot the state backend gets: its weight's share among the consumers the
 * job has (spec §10.3: only the use cases present count); the whole slot's before weights existed
 * (1.10–1.11), nothing where the explicit weights leave it out.
 */
function backendShare(weights, consumers, perSlot) {
    if (Object.keys(weights.weights).length === 0)
        return perSlot;
    const total = consumers.reduce((sum, c) => sum + (weights.weights[c] ?? 0), 0);
    const own = weights.weights.STATE_BACKEND ?? 0;
    return total > 0 ? Math.floor((perSlot * own) / total) : 0;
}

// EXTERNAL MODULE: ./src/sources/index.ts + 29 modules
var sources = __nccwpck_require__(8240);
;// CONCATENATED MODULE: ./src/policy/facts/failure.ts

/** The option a total of Flink's messages is, as the legacy heap keys are read. */
const LEGACY_TARGET = {
    'Total Flink Memory': '.memory.flink.size',
    'Total Process Memory': '.memory.process.size',
    'JVM Heap Memory': '.memory.heap.size',
};
const size = (bytes) => (0,flink/* formatSize */.Xq)(bytes);
const sum = (parts) => parts.reduce((a, p) => a + p.bytes, 0n);
const terms = (parts) => parts.map((p) => `${p.name} ${size(p.bytes)}`).join(' + ');
/**
 * Flink's refusal with its arithmetic spelled out: what the configuration fixed, what was left for
 * it, and by how much it fell short, where Flink's message names the sizes.
 */
function explainedFailure(failure, options, entries) {
    const arithmetic = (0,flink/* failureArithmetic */.jT)([failure.error, ...(failure.causes ?? [])]);
    if (!arithmetic)
        return failure.error;
    let text;
    if (arithmetic.kind === 'out-of-range') {
        const { derived, min, max } = arithmetic;
        const off = derived.bytes < min
            ? `${size(min - derived.bytes)} below its minimum of ${size(min)}`
            : `${size(derived.bytes - max)} above its maximum of ${size(max)}`;
        text = `the ${derived.name} left over is ${size(derived.bytes)}, ${off}`;
    }
    else {
        const { parts, total } = arithmetic;
        const needed = sum(parts);
        const whole = `the ${size(total.bytes)} of ${total.name}${origin(total, options, entries)}`;
        const sums = parts.length > 1 ? `${terms(parts)} = ${size(needed)}` : terms(parts);
        if (arithmetic.kind === 'mismatch')
            text = `${sums}, not ${whole}: ${size(needed > total.bytes ? needed - total.bytes : total.bytes - needed)} apart`;
        else
            text =
                needed > total.bytes
                    ? `${sums}, ${size(needed - total.bytes)} more than ${whole}`
                    : `${sums}, all of ${whole}`;
    }
    return `${failure.error} In MiB: ${text}.`;
}
/**
 * Where a total came from when no key of its own sets it: a legacy heap key Flink reads as it, or
 * Total Process Memory less metaspace and overhead.
 */
function origin(total, options, entries) {
    const legacy = Object.values(entries).find((e) => e.legacy?.reading === 'read-as' && e.legacy.readAs?.endsWith(LEGACY_TARGET[total.name] ?? '\0'));
    if (legacy)
        return ` (${legacy.key}: ${legacy.value}, which Flink reads as ${legacy.legacy?.readAs})`;
    const process = options['memory.process.size'];
    const metaspace = options['memory.jvm-metaspace.size']?.bytes;
    if (total.name !== 'Total Flink Memory' || process?.bytes === undefined || metaspace === undefined)
        return '';
    if (options['memory.flink.size']?.source !== undefined && options['memory.flink.size'].source !== 'default')
        return '';
    const overhead = BigInt(process.bytes) - BigInt(metaspace) - total.bytes;
    if (overhead < 0n)
        return '';
    return ` that Total Process Memory ${size(BigInt(process.bytes))} leaves after JVM Metaspace ${size(BigInt(metaspace))} and JVM Overhead ${size(overhead)}`;
}

;// CONCATENATED MODULE: ./src/policy/facts/java-opts.ts

const MEMORY_FLAG = /(^|\s)"?(-Xmx|-Xms|-XX:MaxDirectMemorySize=|-XX:MaxMetaspaceSize=)(\S*)/g;
/** The JVM memory flags in the options a process gets, and whether each lands after Flink's own. */
function javaOptsFlags(name, config, entries) {
    const flags = [];
    const scan = (text, source, overridesFlink, line, column) => {
        for (const m of text.matchAll(MEMORY_FLAG)) {
            const flag = m[2].replace(/=$/, '');
            const own = (m[2] + m[3]).replace(/"$/, '');
            const bytes = (0,flink/* jvmSizeBytes */._W)(m[3].replace(/"$/, ''));
            flags.push({
                flag,
                text: own,
                source,
                overridesFlink,
                remaining: text.replace(own, '').replace(/\s+/g, ' ').trim(),
                ...(bytes !== undefined && { bytes: Number(bytes) }),
                line,
                column,
            });
        }
    };
    for (const key of (0,flink/* javaOptsKeys */.hB)(name, config.flinkVersion)) {
        const entry = entries[key];
        if (entry)
            scan(entry.value, key, true, entry.line, entry.column);
    }
    for (const [variable, after] of Object.entries(flink/* JAVA_OPTS_ENV */.KU)) {
        const text = config.env?.[variable];
        const at = config.envLocations?.[variable] ?? config;
        if (text)
            scan(text, variable, after, at.line, at.column);
    }
    return flags;
}
const LIMIT_NAMES = {
    '-Xmx': { limit: 'JVM heap', error: 'Java heap space' },
    '-XX:MaxDirectMemorySize': { limit: 'direct memory limit', error: 'Direct buffer memory' },
    '-XX:MaxMetaspaceSize': { limit: 'metaspace limit', error: 'Metaspace' },
};
/**
 * What a flag that lands after Flink's own does to the process, where it changes anything: undefined
 * where Flink sets no such flag (the JobManager's direct memory limit is off by default), where the
 * size is not a number, or where it leaves the JVM as Flink sized it (the same size, an `-Xms` no
 * larger than Flink's `-Xmx`).
 */
function overrideEffect(flag) {
    const { bytes, flinkBytes } = flag;
    if (bytes === undefined || flinkBytes === undefined || bytes === flinkBytes)
        return undefined;
    const size = (0,flink/* formatSize */.Xq)(BigInt(bytes));
    if (flag.flag === '-Xms') {
        return bytes > flinkBytes
            ? `the initial heap (${size}) is larger than the -Xmx Flink sets, so the JVM refuses to start ("Initial heap size set to a larger value than the maximum heap size")`
            : undefined;
    }
    const { limit, error } = LIMIT_NAMES[flag.flag];
    return bytes > flinkBytes
        ? `the ${limit} grows to ${size}, more than Flink budgets, so the process can outgrow its Total Process memory and its container`
        : `the ${limit} shrinks to ${size}, so the process fails with \`OutOfMemoryError: ${error}\` before it uses what Flink planned`;
}

;// CONCATENATED MODULE: ./src/policy/facts/process.ts






const LABELS = {
    taskmanager: { label: 'TaskManager', specName: 'taskManager' },
    jobmanager: { label: 'JobManager', specName: 'jobManager' },
};
/** What one process of a config is: its options and entries, its derived sizes, its container. */
function processFacts(name, result, options, entries, context) {
    const { config, breakdown } = result;
    const derived = breakdown[name];
    const prefix = `${name}.`;
    const sizing = sizingKeys(config);
    const facts = {
        name,
        ...LABELS[name],
        options: withoutPrefix(options, prefix),
        entries: withoutPrefix(entries.byKey, prefix),
        overridden: entries.list.filter((e) => e.overridden && e.key.startsWith(prefix)),
        sizeMistakes: Object.values(entries.byKey)
            .filter((e) => e.key.startsWith(prefix) && e.memory && (!e.memory.valid || e.memory.missingUnit))
            .map((e) => e.key),
        present: config.processes.includes(name),
        sized: (0,flink/* processSizeKeys */.pR)(name, config.flinkVersion).some((k) => sizing.has(k)),
        unresolved: config.entries.some((e) => e.unresolved && e.key.startsWith(prefix) && optionType(e.key, config.flinkVersion) === 'memory'),
        operatorMemory: config.entries.some((e) => e.origin === 'operator' && e.key === `${name}.memory.process.size` && !e.overriddenBy),
        ok: derived.ok,
        unsupported: !derived.ok && 'unsupported' in derived,
        replicas: config.replicas?.[name],
        javaOptsMemoryFlags: javaOptsFlags(name, config, entries.byKey),
    };
    if (derived.ok) {
        const memory = {};
        for (const [k, v] of Object.entries(derived.memory))
            memory[k] = Number(v);
        facts.memory = memory;
        facts.rounded = Object.fromEntries(Object.entries(memory).map(([k, v]) => [k, rounded(v)]));
        facts.jvm = {
            heap: Number(derived.jvm.heap),
            directMemory: toNumber(derived.jvm.directMemory),
            metaspace: Number(derived.jvm.metaspace),
        };
        if (name === 'taskmanager')
            facts.nativeBudget = facts.memory.taskOffHeap + facts.memory.managed;
        for (const f of facts.javaOptsMemoryFlags) {
            const flinkBytes = facts.jvm[flink/* JVM_LIMIT_OF_FLAG */.Dq[f.flag]];
            if (flinkBytes === undefined)
                continue;
            f.flinkBytes = flinkBytes;
            const effect = f.overridesFlink ? overrideEffect(f) : undefined;
            if (effect)
                f.effect = effect;
        }
    }
    else if ('errorType' in derived) {
        facts.error = derived.error;
        facts.errorType = derived.errorType;
        facts.explained = explainedFailure(derived, facts.options, facts.entries);
    }
    else if (derived.error) {
        facts.error = derived.error;
    }
    const template = config.podTemplateLimits?.[name];
    if (template)
        facts.podTemplateLimit = containerFacts(template, config.file);
    const limit = config.container[name];
    const container = limit ? containerFacts(limit, config.file) : settingsContainer(name, context);
    if (container)
        facts.container = container;
    if (facts.container && facts.memory && facts.container.bytes > 0) {
        facts.processToLimit = facts.memory.totalProcess / facts.container.bytes;
    }
    const factor = options[`kubernetes.${name}.memory.limit-factor`];
    if (factor)
        facts.limitFactor = factor.number ?? (0,flink/* parseJavaDouble */.PZ)(factor.value);
    return facts;
}
/**
 * A limit written in another file (a compose service or a workload that mounts the config) has no
 * line in this one: its source names it.
 */
function containerFacts(limit, file) {
    return {
        bytes: Number(limit.bytes),
        text: limit.text,
        source: limit.source,
        line: limit.location?.file === file ? limit.location.line : undefined,
        requestBytes: toNumber(limit.requestBytes),
        decimalUnit: KUBERNETES_DECIMAL.test(limit.text),
    };
}
/** The container limit the settings give a process where the repository gives none. */
function settingsContainer(name, context) {
    const text = context.parameters?.[`containerMemory.${name}`] ?? context.parameters?.containerMemory;
    const bytes = text === undefined ? undefined : (0,sources/* quantityBytes */.zy)(String(text));
    if (bytes === undefined)
        return undefined;
    return {
        bytes: Number(bytes),
        text: String(text),
        source: 'settings',
        decimalUnit: KUBERNETES_DECIMAL.test(String(text)),
    };
}
/** Keys of the entries Flink applies (the image's default file too), without placeholders and replaced ones. */
function sizingKeys(config) {
    const keys = new Set();
    for (const entries of [config.base?.entries ?? [], config.entries])
        for (const e of entries)
            if (!e.unresolved && !e.overriddenBy)
                keys.add(e.key);
    return keys;
}
/** Keys without their process prefix ('' for another process's key): the same few hundred keys recur in every config. */
const MAX_SHORT_NAMES = 10_000;
const SHORT_NAMES = {
    'taskmanager.': new Map(),
    'jobmanager.': new Map(),
};
/** The same objects, keyed without the process prefix. */
function withoutPrefix(record, prefix) {
    const names = SHORT_NAMES[prefix];
    const out = {};
    for (const key in record) {
        let name = names.get(key);
        if (name === undefined) {
            name = key.startsWith(prefix) ? key.slice(prefix.length) : '';
            if (names.size < MAX_SHORT_NAMES)
                names.set(key, name);
        }
        if (name)
            out[name] = record[key];
    }
    return out;
}
function toNumber(value) {
    return value === undefined ? undefined : Number(value);
}

;// CONCATENATED MODULE: ./src/policy/facts/runtime.ts

/** The TaskManager's native allocator: jemalloc in Flink's images from 1.12 unless turned off. */
function allocatorFacts(config, view) {
    if ((0,flink/* imageAllocator */.z4)(config.flinkVersion) === 'glibc')
        return { name: 'glibc', reason: 'Flink images before 1.12 use glibc malloc' };
    if (isTrue(view.get(flink/* DISABLE_JEMALLOC_KEY */.zr)))
        return { name: 'glibc', reason: `${flink/* DISABLE_JEMALLOC_KEY */.zr}: true` };
    if (isTrue(config.env?.DISABLE_JEMALLOC))
        return { name: 'glibc', reason: 'DISABLE_JEMALLOC=true' };
    return { name: 'jemalloc', reason: "Flink's images preload jemalloc from 1.12 on" };
}
function isTrue(value) {
    return value !== undefined && String(value).trim().toLowerCase() === 'true';
}
const PYTHON_KEYS = /^python\.(files|archives|executable|client\.executable|requirements|pythonpath)$/;
/** A PyFlink application's entry point and program arguments (`PythonDriver`: `-py`, `-pym`). */
const PYTHON_DRIVER = 'org.apache.flink.client.python.PythonDriver';
const PYTHON_ARGS = /^(-py|--python|-pym|--pyModule)$/;
/** Whether the job runs Python (PyFlink), which takes managed memory for its workers. */
function pythonFacts(config, view) {
    const signals = [];
    for (const key of view.keys())
        if (PYTHON_KEYS.test(key))
            signals.push(key);
    if (config.image && /py(thon|flink)/i.test(config.image))
        signals.push(`image ${config.image}`);
    for (const key of ['pipeline.jars', 'pipeline.classpaths']) {
        const v = view.get(key);
        if (v !== undefined && /flink-python/.test(String(v)))
            signals.push(key);
    }
    if (config.job?.entryClass === PYTHON_DRIVER)
        signals.push(`spec.job.entryClass ${PYTHON_DRIVER}`);
    const pyArg = config.job?.args.find((arg) => PYTHON_ARGS.test(arg.trim()));
    if (pyArg)
        signals.push(`spec.job.args ${pyArg.trim()}`);
    const managed = view.get('python.fn-execution.memory.managed');
    return {
        detected: signals.length > 0,
        signals,
        memoryManaged: managed === undefined ? true : String(managed).toLowerCase() !== 'false',
    };
}

;// CONCATENATED MODULE: ./src/policy/facts/state-backend.ts



/** The state backend Flink loads for a config, and what its native memory settings come to. */
function stateBackendFacts(view, version, slots) {
    const key = (0,flink/* stateBackendKeys */.Ug)(version).find((k) => view.has(k));
    const value = key ? String(view.get(key)).trim() : (0,flink/* defaultStateBackend */.F2)(version);
    const name = (0,flink/* stateBackendName */.J4)(value, version);
    const prefix = (0,flink/* backendMemoryPrefix */.ED)(name);
    const managedText = view.get(`${prefix}managed`);
    const facts = {
        name,
        value,
        explicit: key !== undefined,
        key,
        origin: key ? `${key}: ${value}` : `the default of Flink ${version}`,
        usesManagedMemory: (0,flink/* usesManagedMemory */.Zq)(name),
        memoryKeyPrefix: prefix,
        memoryManaged: managedText === undefined ? true : String(managedText).toLowerCase() !== 'false',
        writeBufferRatio: doubleValue(view.get(`${prefix}write-buffer-ratio`)) ?? 0.5,
        highPrioPoolRatio: doubleValue(view.get(`${prefix}high-prio-pool-ratio`)) ?? 0.1,
    };
    const perSlot = worker_sizeValue(view.get(`${prefix}fixed-per-slot`));
    if (perSlot !== undefined)
        facts.fixedPerSlot = perSlot;
    const perTm = worker_sizeValue(view.get(`${prefix}fixed-per-tm`));
    if (perTm !== undefined)
        facts.fixedPerTm = perTm;
    // fixed-per-slot wins over fixed-per-tm (spec §10.4).
    if (perSlot !== undefined)
        facts.fixedTotal = perSlot * Math.max(slots, 1);
    else if (perTm !== undefined)
        facts.fixedTotal = perTm;
    const w = facts.writeBufferRatio ?? 0.5;
    facts.cacheRatioSum = (2 * w) / (3 - w) + (facts.highPrioPoolRatio ?? 0.1);
    return facts;
}
function doubleValue(value) {
    if (value === undefined)
        return undefined;
    if (typeof value === 'number')
        return value;
    return (0,flink/* parseJavaDouble */.PZ)(String(value));
}
function worker_sizeValue(value) {
    if (value === undefined)
        return undefined;
    return memoryValueFacts(valueText(value)).bytes;
}

;// CONCATENATED MODULE: ./src/policy/facts/index.ts














/**
 * Builds the Facts document of one config (docs/facts.md), from what Flink sees of it, the same
 * view the derivation reads. Pure; called once per config per run.
 */
function buildFacts(result, context = {}) {
    const { config } = result;
    const version = config.flinkVersion;
    const view = flinkView(config);
    const env = config.env ?? {};
    const entries = entriesFacts(config.entries, version, config.deployment, view, env);
    const options = optionFacts(view, version);
    const slots = intOption(options['taskmanager.numberOfTaskSlots'], 1);
    const taskmanager = processFacts('taskmanager', result, options, entries, context);
    const jobmanager = processFacts('jobmanager', result, options, entries, context);
    const managed = taskmanager.memory?.managed;
    // A removed heap key of a process another key sizes is only ignored: moving its value to the
    // successor would change the process.
    for (const entry of entries.list) {
        const owner = entry.key.startsWith('taskmanager.') ? taskmanager : jobmanager;
        if (entry.legacy?.reading === 'removed' && owner.sized)
            delete entry.replacedBy;
    }
    const stateBackend = stateBackendFacts(view, version, slots);
    const python = pythonFacts(config, view);
    const { job, runtimeMode, runtimeModeSource, assumed } = jobRuntime(config, view, stateBackend, slots);
    const batch = runtimeMode === 'BATCH';
    const network = networkFacts(config, view, result.breakdown.taskmanager, slots, job, runtimeMode, assumed);
    // The use cases the job declares share a slot's managed memory by weight (RocksDB/ForSt declares
    // STATE_BACKEND whatever its memory options); only those that then allocate it fail without a
    // weight: RocksDB takes fixed-per-slot memory first, and none at all with memory.managed false.
    const consumers = [
        ...(stateBackend.usesManagedMemory ? ['STATE_BACKEND'] : []),
        ...(python.detected && python.memoryManaged ? ['PYTHON'] : []),
        ...(batch ? ['OPERATOR'] : []),
    ];
    const backendAllocates = stateBackend.memoryManaged && stateBackend.fixedPerSlot === undefined;
    const allocating = consumers.filter((c) => c !== 'STATE_BACKEND' || backendAllocates);
    const managedWeights = weightFacts(view, version, allocating);
    const managedPerSlot = managed !== undefined && slots > 0 ? Math.floor(managed / slots) : undefined;
    if (stateBackend.usesManagedMemory && managedPerSlot !== undefined) {
        stateBackend.managedPerSlot = backendShare(managedWeights, consumers, managedPerSlot);
        stateBackend.managedPerSlotRounded = rounded(stateBackend.managedPerSlot);
    }
    let totalMemory = 0;
    for (const p of [taskmanager, jobmanager]) {
        if (p.present && p.memory)
            totalMemory += p.memory.totalProcess * (p.replicas ?? 1);
    }
    return {
        factsVersion: model/* FACTS_VERSION */.B5,
        config: {
            id: config.id,
            file: config.file,
            line: config.line,
            column: config.column,
            kind: config.kind,
            name: config.name,
            flinkVersion: version,
            versionCode: (0,flink/* versionCode */.EU)(version),
            flinkConfYaml: (0,flink/* flinkConfReading */.xS)(version),
            flinkVersionSource: config.flinkVersionSource,
            deployment: config.deployment,
            processes: config.processes,
            image: config.image,
            annotations: config.annotations ?? {},
            totalMemory,
            ...preMemoryModelFacts(result, entries.byKey),
        },
        entries: entries.byKey,
        entryList: entries.list,
        options,
        taskmanager,
        jobmanager,
        stateBackend,
        slots,
        managedPerSlot,
        runtimeMode,
        runtimeModeSource,
        batch,
        job,
        network,
        assumed,
        python,
        managedWeights,
        env,
        allocator: allocatorFacts(config, view),
        ...(config.preMemoryModel && !config.preMemoryModel.certain
            ? {
                assumed: {
                    ...assumed,
                    'config.preMemoryModel': {
                        what: 'that the file is written for a Flink version before 1.10, as its keys are: nothing in the repository names the version',
                        certain: 'name the version (a Flink image, a Dockerfile, the settings file’s flinkVersion or --flink-version)',
                    },
                },
            }
            : {}),
        problems: config.problems.map((p) => ({
            code: p.code,
            message: p.message,
            line: p.location.line,
            column: p.location.column,
        })),
    };
}
function intOption(option, fallback) {
    if (!option)
        return fallback;
    return option.number ?? (0,flink/* parseJavaInt */.rz)(option.value) ?? fallback;
}
/**
 * A config written for the memory model before Flink 1.10: its old keys, where the first is, and
 * what Flink 1.10 (the version it is judged as) makes of the same file.
 */
function preMemoryModelFacts(result, entries) {
    const model = result.config.preMemoryModel;
    if (!model)
        return {};
    const first = model.keys.map((k) => entries[k]).find((e) => e !== undefined);
    const tm = result.breakdown.taskmanager;
    const meaning = tm.ok
        ? `Flink ${result.config.flinkVersion} reads the same file as a TaskManager of ${(0,flink/* formatSize */.Xq)(tm.memory.totalProcess)} Total Process memory (${(0,flink/* formatSize */.Xq)(tm.memory.totalFlink)} Total Flink memory: ${(0,flink/* formatSize */.Xq)(tm.memory.taskHeap)} task heap, ${(0,flink/* formatSize */.Xq)(tm.memory.managed)} managed, ${(0,flink/* formatSize */.Xq)(tm.memory.network)} network)`
        : 'unsupported' in tm && tm.unsupported
            ? `Flink ${result.config.flinkVersion} starts no TaskManager from it`
            : `Flink ${result.config.flinkVersion} refuses the same file: ${tm.error}`;
    return {
        preMemoryModel: {
            keys: model.keys,
            certain: model.certain,
            evidence: model.certain
                ? `it runs on Flink ${result.config.versionBeforeMemoryModel ?? 'before 1.10'} (${result.config.flinkVersionSource.replace(/ \(outside [^)]*\)$/, '')})`
                : 'nothing in the repository names its Flink version',
            meaning,
            ...(first ? { line: first.line, column: first.column } : {}),
        },
    };
}

// EXTERNAL MODULE: ./src/policy/memory.ts
var memory = __nccwpck_require__(8067);
// EXTERNAL MODULE: ./src/policy/placeholders.ts
var placeholders = __nccwpck_require__(9022);
;// CONCATENATED MODULE: ./src/policy/solved-fix.ts




const solved_fix_MIB = 1n << 20n;
const LABEL = { taskmanager: 'TaskManager', jobmanager: 'JobManager' };
function target(template, facts, solve) {
    if (template === undefined)
        return undefined;
    const text = (0,placeholders/* renderDefined */.Me)(template, facts);
    if (text === undefined || !/^\d+$/.test(text))
        return undefined;
    return solve.rounded ? smallestRoundingTo(BigInt(text)) : BigInt(text);
}
function requestOf(solve, process, facts, result) {
    const { config } = result;
    const base = {
        version: config.flinkVersion,
        deployment: config.deployment,
        config: flinkView(config),
    };
    let container;
    if (solve.question === 'fit') {
        container = solve.bound !== undefined ? target(solve.bound, facts, {}) : config.container[process]?.bytes;
        if (container === undefined)
            return undefined;
    }
    const bound = container !== undefined ? { container } : {};
    const metaspace = target(solve.targets?.metaspace, facts, solve);
    const common = metaspace !== undefined ? { metaspace } : {};
    if (process === 'jobmanager') {
        const heap = target(solve.targets?.heap, facts, solve);
        return { ...base, ...bound, process, targets: { ...common, ...(heap !== undefined && { heap }) } };
    }
    const taskHeap = target(solve.targets?.taskHeap, facts, solve);
    const managedPerSlot = target(solve.targets?.managedPerSlot, facts, solve);
    return {
        ...base,
        ...bound,
        process,
        targets: {
            ...common,
            ...(taskHeap !== undefined && { taskHeap }),
            ...(managedPerSlot !== undefined && { managedPerSlot }),
        },
    };
}
/**
 * A "minimum" answer below the process's current size would shrink a process that only needed one
 * component raised: where the answer's other edits hold at the current size (derived again), the
 * process keeps its size.
 */
function keepCurrentSize(answer, request, result) {
    const current = result.breakdown[request.process];
    if (answer.question !== 'minimum' || !current.ok)
        return answer;
    const size = current.memory.totalProcess;
    if (size <= answer.processSize || size % solved_fix_MIB !== 0n)
        return answer;
    const key = `${request.process}.memory.process.size`;
    const config = new Map(answer.config);
    config.set(key, `${size / solved_fix_MIB}m`);
    const options = { flinkVersion: request.version, deployment: request.deployment ?? 'standalone' };
    const derived = request.process === 'taskmanager'
        ? (0,flink/* deriveTaskManager */.MC)(config, options)
        : (0,flink/* deriveJobManager */.WC)(config, options);
    if (!derived.ok || !meets(derived.memory, derived.numSlots, request))
        return answer;
    const set = { ...answer.set };
    const why = { ...answer.why };
    const written = request.config?.get(key);
    if (written !== undefined && String(written) !== '' && !answer.remove.length) {
        delete set[key];
        delete why[key];
    }
    else {
        set[key] = `${size / solved_fix_MIB}m`;
        why[key] = `The ${LABEL[request.process]} keeps its ${(0,flink/* formatSize */.Xq)(size)}.`;
    }
    return { ...answer, set, why, config, result: derived, processSize: size };
}
function meets(m, numSlots, request) {
    const metaspace = request.targets?.metaspace;
    if (metaspace !== undefined && m.jvmMetaspace < metaspace)
        return false;
    if (request.process !== 'taskmanager') {
        const heap = request.targets?.heap;
        return heap === undefined || m.jvmHeap >= heap;
    }
    const t = request.targets ?? {};
    const slots = BigInt(Math.max(1, numSlots ?? 1));
    return ((t.taskHeap === undefined || m.taskHeap >= t.taskHeap) &&
        (t.managedPerSlot === undefined || m.managed / slots >= t.managedPerSlot));
}
/**
 * The fix of a policy whose `fix.solve` asks the sizing solver: the edits of its answer (keys set,
 * keys removed), and the arithmetic that makes that size the one. Undefined where the solver finds
 * no answer: the policy's own fix stands.
 */
function solvedFix(policy, finding, facts, result) {
    const solve = policy.fix?.solve;
    const process = finding.process;
    if (!solve || !process)
        return undefined;
    // Placeholders name the finding's process, as in its message.
    const previous = facts.process;
    facts.process = facts[process];
    const request = requestOf(solve, process, facts, result);
    facts.process = previous;
    if (!request)
        return undefined;
    const solved = (0,flink/* rememberedSolve */.qx)(request, { blockers: false });
    if (!solved.feasible) {
        // No size in the container works with these settings: the limit is what has to change.
        if (request.container === undefined || solved.minimumContainer === undefined)
            return undefined;
        return {
            set: {},
            description: `No ${LABEL[process]} fits the ${(0,flink/* formatSize */.Xq)(request.container)} container with these settings: Flink accepts ${(0,flink/* formatSize */.Xq)(solved.minimumContainer)} at the least. Raise the container limit to ${(0,flink/* formatSize */.Xq)(solved.minimumContainer)} or more.`,
        };
    }
    const kept = keepCurrentSize(solved, request, result);
    const written = request.config ?? new Map();
    const answer = {
        ...kept,
        set: Object.fromEntries(Object.entries(kept.set).map(([k, v]) => [k, (0,flink/* sizeInUnitsOf */.Zh)(k, v, request.version, written)])),
    };
    const key = `${process}.memory.process.size`;
    // The operator writes resource.memory over the configuration's process size: that field is the one to change.
    const operator = result.config.entries.some((e) => e.key === key && e.origin === 'operator' && !e.overriddenBy);
    // Where the operator owns the process size, the other keys alone would not fit: the fix is described, not set.
    const set = {};
    if (!(operator && key in answer.set)) {
        for (const removed of answer.remove)
            set[removed] = null;
        for (const [k, v] of Object.entries(answer.set))
            set[k] = v;
    }
    const sentences = Object.entries(answer.set).map(([k, v]) => operator && k === key
        ? `Set spec.${process === 'taskmanager' ? 'taskManager' : 'jobManager'}.resource.memory to ${v}: ${answer.why[k]}`
        : `Set ${k} to ${v}: ${answer.why[k]}`);
    for (const removed of answer.remove)
        sentences.push(`Remove ${removed}: ${answer.why[removed]}`);
    if (sentences.length === 0)
        return undefined;
    return { set, description: sentences.join(' ') };
}

;// CONCATENATED MODULE: ./src/policy/suppressions.ts
/**
 * Suppression comments in a linted file:
 *   # flink-memory-lint-disable-next-line RULE[, RULE] -- reason
 *   # flink-memory-lint-disable-file RULE[, RULE] -- reason
 * "next line" is the next line that is neither blank nor a comment, so several directives can
 * stack above one key. Pure: it reads the text it is given.
 */
const DIRECTIVE = /#\s*flink-memory-lint-disable-(next-line|file)\b([^\n]*)/;
function scanSuppressions(text) {
    const result = { nextLine: new Map(), file: [] };
    if (!text.includes('flink-memory-lint-disable'))
        return result;
    const lines = text.split(/\r?\n/);
    let pending = [];
    for (let i = 0; i < lines.length; i++) {
        const trimmed = lines[i].trim();
        if (pending.length && trimmed !== '' && !trimmed.startsWith('#')) {
            addAll(result.nextLine, i + 1, pending);
            pending = [];
        }
        // Checked after attaching, so a directive after a key covers the line below it.
        const match = DIRECTIVE.exec(lines[i]);
        if (!match)
            continue;
        const directive = parseDirective(match[2], i + 1);
        if (match[1] === 'file')
            result.file.push(directive);
        else
            pending.push(directive);
    }
    return result;
}
function addAll(map, line, directives) {
    map.set(line, [...(map.get(line) ?? []), ...directives]);
}
function parseDirective(rest, line) {
    const [ruleText, ...reasonParts] = rest.split(/\s--\s?/);
    const reason = reasonParts.join(' -- ').trim();
    const rules = ruleText
        .split(/[\s,]+/)
        .map((r) => r.trim())
        .filter(Boolean);
    return { rules, reason: reason || undefined, line };
}
/** The directive that suppresses `ruleId` at `line`, if any. */
function suppressionFor(suppressions, ruleId, line) {
    const covers = (d) => d.rules.includes(ruleId) || d.rules.includes('all');
    return suppressions.file.find(covers) ?? suppressions.nextLine.get(line)?.find(covers);
}
const ANNOTATION_PREFIX = 'flink-memory-lint.io/ignore-';
/** `flink-memory-lint.io/ignore-RULE: "reason"` on a Kubernetes resource. */
function annotationFor(annotations, ruleId) {
    if (!annotations)
        return undefined;
    return annotations[ANNOTATION_PREFIX + ruleId] ?? annotations[ANNOTATION_PREFIX + 'all'];
}

;// CONCATENATED MODULE: ./src/policy/evaluate.ts










/**
 * Runs every policy of the pack over every config: facts are built once per config, schemas were
 * compiled once when the pack was loaded.
 */
function evaluate(results, pack, settings, options = {}) {
    const forFile = (0,settings_scope/* settingsForFile */.t8)(settings);
    const fileSettings = new Map();
    const fileSuppressions = new Map();
    const scopeRules = new Map();
    const inBaseline = options.baseline ? baselineMatcher(options.baseline) : () => false;
    const findings = [];
    const suppressed = [];
    const fileResults = fileProblemResults(options.fileProblems ?? []);
    const problemPolicies = {
        policies: pack.policies.filter((p) => p.policy.forEach === 'problems'),
    };
    const found = [];
    for (const [result, policies] of [
        ...results.map((r) => [r, pack]),
        ...fileResults.map((r) => [r, problemPolicies]),
    ]) {
        const file = result.config.file;
        let scoped = fileSettings.get(file);
        if (!scoped)
            fileSettings.set(file, (scoped = forFile(file)));
        let comments = fileSuppressions.get(file);
        if (!comments)
            fileSuppressions.set(file, (comments = scanSuppressions(options.sources?.get(file) ?? '')));
        const facts = buildFacts(result, { parameters: scoped.parameters });
        let written;
        const units = {
            version: result.config.flinkVersion,
            written: () => (written ??= flinkView(result.config)),
        };
        let rules = scopeRules.get(scoped);
        if (!rules)
            scopeRules.set(scoped, (rules = new Map()));
        for (let p = 0; p < policies.policies.length; p++) {
            const compiled = policies.policies[p];
            let cached = rules.get(compiled);
            if (!cached) {
                const resolved = scoped.rule(compiled.policy.id, compiled.policy.severity);
                cached = { rule: resolved, params: policyParameters(compiled.policy, resolved.parameters) };
                rules.set(compiled, cached);
            }
            const { rule } = cached;
            facts.params = cached.params;
            found.length = 0;
            check(compiled, facts, found, units);
            for (let f = 0; f < found.length; f++) {
                const finding = found[f];
                if (compiled.policy.fix?.solve) {
                    const solved = solvedFix(compiled.policy, finding, facts, result);
                    if (solved)
                        finding.fix = solved;
                }
                finding.severity = rule.severity === 'off' ? compiled.policy.severity : rule.severity;
                // A finding on an assumed default is a hint, unless the settings graded the rule themselves.
                if (finding.assumed && !rule.regraded)
                    finding.severity = 'info';
                const why = rule.severity === 'off'
                    ? { kind: 'settings', reason: `turned off in ${settings.file ?? 'the settings'}` }
                    : suppression(finding, comments, result.config.annotations);
                if (why)
                    suppressed.push({ ...finding, suppressed: why });
                else if (inBaseline(finding))
                    suppressed.push({ ...finding, suppressed: { kind: 'baseline', reason: 'in the baseline' } });
                else
                    findings.push(finding);
            }
        }
        facts.params = undefined;
    }
    return { findings: evaluate_sortFindings(findings), suppressed: evaluate_sortFindings(suppressed) };
}
/** A file that gave no config, as a config with nothing but its problems. */
function fileProblemResults(problems) {
    const byFile = new Map();
    for (const p of problems)
        byFile.set(p.location.file, [...(byFile.get(p.location.file) ?? []), p]);
    return [...byFile].map(([file, list]) => {
        const config = {
            id: `${file}#file`,
            file,
            line: 1,
            column: 1,
            kind: 'config-yaml',
            flinkVersion: model/* NEWEST_FLINK_VERSION */.Xv,
            flinkVersionSource: 'file',
            deployment: 'standalone',
            entries: [],
            container: {},
            processes: [],
            problems: list,
        };
        const failed = { ok: false, error: '', errorType: 'none' };
        return {
            config,
            breakdown: { flinkVersion: model/* NEWEST_FLINK_VERSION */.Xv, taskmanager: failed, jobmanager: failed },
        };
    });
}
function suppression(finding, comments, annotations) {
    const directive = suppressionFor(comments, finding.ruleId, finding.line);
    if (directive)
        return { kind: 'comment', reason: directive.reason };
    const annotation = annotationFor(annotations, finding.ruleId);
    if (annotation !== undefined)
        return { kind: 'annotation', reason: annotation || undefined };
    return undefined;
}
/** Declared parameters with their defaults, overridden by the settings; memory sizes in bytes. */
function policyParameters(policy, given) {
    const params = {};
    for (const [name, spec] of Object.entries(policy.parameters ?? {})) {
        const value = given[name] ?? spec.default;
        params[name] = spec.type === 'memory' ? ((0,memory/* memoryBytes */.Z)(value) ?? (0,memory/* memoryBytes */.Z)(spec.default)) : value;
    }
    return params;
}
/** The findings of one policy on one config (severity as the policy says), added to `out`. */
function check(compiled, facts, out = [], units) {
    const { appliesTo } = compiled.policy;
    // Called for every policy and config: no arrays of targets, one pass per target.
    if (appliesTo.includes('config'))
        checkTarget(compiled, facts, undefined, out, units);
    if (appliesTo.includes('taskmanager') && facts.taskmanager.present)
        checkTarget(compiled, facts, facts.taskmanager, out, units);
    if (appliesTo.includes('jobmanager') && facts.jobmanager.present)
        checkTarget(compiled, facts, facts.jobmanager, out, units);
    facts.process = undefined;
    facts.item = undefined;
    return out;
}
// Indexed loops here and in evaluate(): these run for every policy of every config, mostly
// before V8 optimises them, and a for-of loop there allocates an iterator and a result a step.
function checkTarget(compiled, facts, process, out, units) {
    const { policy } = compiled;
    facts.process = process;
    if (!policy.forEach) {
        checkItem(compiled, facts, undefined, out, units);
        return;
    }
    const list = items(facts, policy.forEach);
    for (let i = 0; i < list.length; i++)
        checkItem(compiled, facts, list[i], out, units);
}
function checkItem(compiled, facts, item, out, units) {
    facts.item = item;
    if (compiled.when && !compiled.when(facts))
        return;
    if (compiled.require && compiled.require(facts))
        return;
    out.push(finding(compiled.policy, facts, units));
}
/** `|flink` in a sentence about a finding whose fix makes `edits`. */
function sentenceSpelling(units, edits) {
    return units && ((bytes) => (0,flink/* sizeInSentence */._p)(bytes, edits, units.version, units.written()));
}
function items(facts, path) {
    const value = (0,placeholders/* resolvePath */.o1)(facts, path);
    if (Array.isArray(value))
        return value;
    if (value && typeof value === 'object')
        return Object.values(value);
    return [];
}
function finding(policy, facts, units) {
    const at = locate(policy, facts);
    const fix = policy.fix && renderFix(policy.fix, facts, units);
    const result = {
        ruleId: policy.id,
        severity: policy.severity,
        message: (0,placeholders/* render */.XX)(policy.message, facts, sentenceSpelling(units, fix?.set ?? {})),
        file: facts.config.file,
        line: at.line,
        column: at.column,
        configId: facts.config.id,
    };
    if (policy.docs)
        result.docs = policy.docs;
    const assumed = policy.restsOn?.filter((path) => Object.hasOwn(facts.assumed, path)) ?? [];
    if (assumed.length > 0) {
        result.assumed = assumed;
        result.message += ` ${assumptionText(assumed.map((path) => facts.assumed[path]))}`;
    }
    if (at.key)
        result.key = at.key;
    if (facts.process)
        result.process = facts.process.name;
    if (fix)
        result.fix = fix;
    return result;
}
/** What a finding assumed and how to make it certain, as sentences after its message. */
function assumptionText(assumptions) {
    const what = assumptions.map((a) => a.what).join('; and that ');
    const certain = [...new Set(assumptions.map((a) => a.certain))].join(' and ');
    return `This assumes ${what}. To make it certain, ${certain}; or suppress the finding.`;
}
/**
 * The fix for this config: a key or value naming a fact the config lacks is left out (a legacy key
 * with no successor is only removed), and an empty value removes its key.
 */
function renderFix(fix, facts, units) {
    const set = {};
    for (const [template, value] of Object.entries(fix.set ?? {})) {
        const key = (0,placeholders/* renderDefined */.Me)(template, facts);
        if (key === undefined)
            continue;
        // A `|flink` size as the file would write this key (a value copied from the file stays as is).
        const spell = units && ((bytes) => (0,flink/* sizeInUnitsOf */.Zh)(key, (0,flink/* memorySizeToString */.Vh)(bytes), units.version, units.written()));
        const text = value === null ? null : (0,placeholders/* renderDefined */.Me)(value, facts, spell);
        // A value that renders empty (the flag was all the option held) removes the key.
        if (text !== undefined)
            set[key] = text === '' ? null : text;
    }
    const out = { set };
    if (fix.description)
        out.description = (0,placeholders/* render */.XX)(fix.description, facts, sentenceSpelling(units, set));
    return out;
}
/** The first `locate` target present in this config; else the config itself. */
function locate(policy, facts) {
    for (const target of policy.locate ?? []) {
        const name = (0,placeholders/* render */.XX)(target, facts);
        if (name === 'config')
            break;
        if (name === 'container' || name === 'podTemplateLimit') {
            const line = facts.process?.[name]?.line;
            if (line !== undefined)
                return { line, column: 1 };
            continue;
        }
        if (name === 'item') {
            const item = facts.item;
            if (item?.line !== undefined)
                return { line: item.line, column: item.column ?? 1, key: item.key };
            continue;
        }
        // Own keys only: `constructor` or `__proto__` is not a config key.
        const entry = Object.hasOwn(facts.entries, name) ? facts.entries[name] : undefined;
        if (entry)
            return { line: entry.line, column: entry.column, key: name };
    }
    return { line: facts.config.line, column: facts.config.column };
}
const SEVERITY_ORDER = { error: 0, warning: 1, info: 2 };
function evaluate_sortFindings(findings) {
    return findings.sort((a, b) => a.file.localeCompare(b.file) ||
        a.line - b.line ||
        a.column - b.column ||
        a.ruleId.localeCompare(b.ruleId) ||
        SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

;// CONCATENATED MODULE: ./src/policy/index.ts






;// CONCATENATED MODULE: ./src/link/interpolate.ts
/**
 * `$VAR`, `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `${VAR:+alt}` and `$$` as Compose
 * (compose-spec/compose-spec 12-interpolation.md) and Dockerfiles (docs: Dockerfile reference,
 * "Environment replacement") substitute them. Only what the repository gives is known: a variable
 * with no value and no default leaves the text unresolved (undefined), never guessed.
 */
function interpolate_interpolate(text, vars = {}) {
    let unresolved = false;
    const known = (name) => (Object.hasOwn(vars, name) ? vars[name] : undefined);
    const out = text.replace(/\$\$|\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-+?])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g, (whole, braced, op, word, bare) => {
        if (whole === '$$')
            return '$';
        const value = known(braced ?? bare ?? '');
        if (op === ':-')
            return value !== undefined && value !== '' ? value : (word ?? '');
        if (op === '-')
            return value ?? word ?? '';
        if (op === ':+')
            return value !== undefined && value !== '' ? (word ?? '') : '';
        if (op === '+')
            return value !== undefined ? (word ?? '') : '';
        if (value !== undefined && (op === undefined || op.endsWith('?')))
            return value;
        unresolved = true;
        return whole;
    });
    return unresolved ? undefined : out;
}

;// CONCATENATED MODULE: ./src/link/compose.ts



/**
 * Reads the services of a compose file as plain data: what the link stage needs to place the
 * configs they mount (volumes, memory, command, image, build, extends). Field shapes from the
 * Compose specification (docker/docs content/reference/compose-file/services.md).
 */
function readCompose(file, text) {
    if (!/^services\s*:/m.test(text))
        return undefined;
    const { yaml } = (0,sources/* parseYamlFile */.BU)(text, file);
    const services = [];
    for (const document of yaml.documents) {
        for (const item of (0,sources/* mapItems */.Z9)(document.doc, (0,sources/* getPath */.Yn)(document.doc, document.root, 'services')))
            services.push(readService(yaml, document, item.key, item.keyNode, item.value));
    }
    return services.length > 0 ? { services } : undefined;
}
const MEMORY_KEYS = [
    ['mem_limit'],
    ['mem_reservation'],
    ['deploy', 'resources', 'limits', 'memory'],
    ['deploy', 'resources', 'reservations', 'memory'],
];
function readService(yaml, document, name, keyNode, service) {
    const { doc } = document;
    const line = (node) => (0,sources/* locationOf */.hD)(yaml, node).line;
    const written = (node) => {
        const text = (0,sources/* scalarText */.ws)(doc, node)?.text;
        return text === undefined ? undefined : { raw: text, value: interpolate_interpolate(text), line: line(node) };
    };
    const result = { name, line: line(keyNode), memory: {}, mounts: [] };
    const image = written((0,sources/* getPath */.Yn)(doc, service, 'image'));
    if (image)
        result.image = image;
    const command = (0,sources/* getPath */.Yn)(doc, service, 'command');
    const single = (0,sources/* scalarText */.ws)(doc, command)?.text;
    const list = (0,sources/* seqItems */.Sg)(doc, command).map((n) => (0,sources/* scalarText */.ws)(doc, n)?.text ?? '');
    if (single !== undefined || list.length > 0) {
        const words = single !== undefined ? single.split(/\s+/).filter(Boolean) : list;
        result.command = { words, line: line(command), text: words.join(' ') };
    }
    const build = (0,sources/* getPath */.Yn)(doc, service, 'build');
    if (build) {
        const context = written(build)?.value ?? written((0,sources/* getPath */.Yn)(doc, build, 'context'))?.value;
        const args = {};
        const argsNode = (0,sources/* getPath */.Yn)(doc, build, 'args');
        for (const item of (0,sources/* mapItems */.Z9)(doc, argsNode)) {
            const value = (0,sources/* scalarText */.ws)(doc, item.value)?.text;
            const resolved = value === undefined ? undefined : interpolate_interpolate(value);
            if (resolved !== undefined)
                args[item.key] = resolved;
        }
        for (const node of (0,sources/* seqItems */.Sg)(doc, argsNode)) {
            const text = (0,sources/* scalarText */.ws)(doc, node)?.text ?? '';
            const eq = text.indexOf('=');
            const resolved = eq > 0 ? interpolate_interpolate(text.slice(eq + 1)) : undefined;
            if (resolved !== undefined)
                args[text.slice(0, eq)] = resolved;
        }
        result.build = {
            context,
            dockerfile: written((0,sources/* getPath */.Yn)(doc, build, 'dockerfile'))?.value,
            target: written((0,sources/* getPath */.Yn)(doc, build, 'target'))?.value,
            args,
            line: line(build),
        };
    }
    for (const key of MEMORY_KEYS) {
        const value = written((0,sources/* getPath */.Yn)(doc, service, ...key));
        if (value)
            result.memory[key.join('.')] = value;
    }
    for (const node of (0,sources/* seqItems */.Sg)(doc, (0,sources/* getPath */.Yn)(doc, service, 'volumes'))) {
        const mount = readMount(yaml, document, node);
        if (mount)
            result.mounts.push(mount);
    }
    const extendsNode = (0,sources/* getPath */.Yn)(doc, service, 'extends');
    const base = (0,sources/* scalarText */.ws)(doc, extendsNode)?.text ?? (0,sources/* scalarText */.ws)(doc, (0,sources/* getPath */.Yn)(doc, extendsNode, 'service'))?.text;
    if (base) {
        const from = written((0,sources/* getPath */.Yn)(doc, extendsNode, 'file'))?.value;
        result.extends = { service: base, line: line(extendsNode), ...(from ? { file: from } : {}) };
    }
    return result;
}
/**
 * A bind mount, short (`./conf:/opt/flink/conf[:ro]`) or long (`type: bind`, `source`, `target`).
 * Named volumes (a source that is not a path) hold nothing of the repository.
 */
function readMount(yaml, document, node) {
    const { doc } = document;
    const at = (0,sources/* locationOf */.hD)(yaml, node).line;
    const short = (0,sources/* scalarText */.ws)(doc, node)?.text;
    if (short !== undefined) {
        const text = interpolate_interpolate(short);
        if (text === undefined)
            return undefined;
        const [source, target] = text.split(':');
        if (!target || !isHostPath(source))
            return undefined;
        return { source, target, line: at, text: short };
    }
    const type = (0,sources/* scalarText */.ws)(doc, (0,sources/* getPath */.Yn)(doc, node, 'type'))?.text;
    const source = (0,sources/* scalarText */.ws)(doc, (0,sources/* getPath */.Yn)(doc, node, 'source'))?.text;
    const target = (0,sources/* scalarText */.ws)(doc, (0,sources/* getPath */.Yn)(doc, node, 'target'))?.text;
    if (type !== 'bind' || source === undefined || target === undefined)
        return undefined;
    const from = interpolate_interpolate(source);
    const to = interpolate_interpolate(target);
    if (from === undefined || to === undefined)
        return undefined;
    return { source: from, target: to, line: at, text: `${source} -> ${target}` };
}
/** A host path, not a volume name: compose reads `.`/`/`/`~` prefixed sources as paths. */
const isHostPath = (source) => /^[./~]/.test(source);
/** The repository path a compose file's relative host path stands for; undefined outside the repository. */
function compose_repositoryPath(composeFile, source) {
    if (!source.startsWith('.'))
        return undefined;
    const joined = path.normalize(path.join(path.dirname(composeFile), source));
    if (joined === '..' || joined.startsWith('../'))
        return undefined;
    return joined.replace(/\/+$/, '') || '.';
}
/**
 * The override files Compose reads with a default compose file (compose-go cli/options.go
 * DefaultOverrideFileNames): `compose.override.yaml` beside `compose.yaml`, and so on.
 */
function compose_overridesOf(file) {
    const match = /^(.*\/)?((?:docker-)?compose)\.ya?ml$/.exec(file);
    return match ? ['yml', 'yaml'].map((ext) => `${match[1] ?? ''}${match[2]}.override.${ext}`) : [];
}
function compose_isOverrideFile(file) {
    return /(?:^|\/)(?:docker-)?compose\.override\.ya?ml$/.test(file);
}

;// CONCATENATED MODULE: ./src/link/version.ts


function described(what, text, read, named = text) {
    const resolved = {
        flinkVersion: read.version,
        flinkVersionSource: (read.clamped
            ? `${what} ${text} (outside 1.10–${NEWEST_FLINK_VERSION}: judged as ${read.version})`
            : `${what} ${text}`).trim(),
    };
    if (read.beforeModel)
        resolved.versionBeforeMemoryModel = named;
    return resolved;
}
/**
 * The version a config is judged against, and why, from the strongest evidence: `--flink-version`,
 * `spec.flinkVersion`, a Flink image beside the config, an image or Dockerfile that runs it, the
 * settings file, the Dockerfiles of its folder, then the format.
 */
function version_resolveFlinkVersion(evidence, context = {}, linked = {}) {
    const override = context.override && readFlinkVersion(context.override);
    if (override && context.override)
        return described('--flink-version', context.override, override);
    if (evidence.specVersion && /^v\d+_\d+$/.test(evidence.specVersion)) {
        const spec = readFlinkVersion(evidence.specVersion);
        if (spec)
            return described('spec.flinkVersion', evidence.specVersion, spec);
    }
    // The config's own service (its image, then its build) outranks the images of the rest of its file.
    for (const other of linked.own ?? []) {
        const read = readFlinkVersion(other.version);
        if (read)
            return described('', other.source, read, other.version);
    }
    for (const image of evidence.images ?? []) {
        const tag = flinkImage(image)?.version;
        const read = tag ? readFlinkVersion(tag) : undefined;
        if (read)
            return described('image', image, read, tag);
    }
    for (const other of linked.linked ?? []) {
        const read = readFlinkVersion(other.version);
        if (read)
            return described('', other.source, read, other.version);
    }
    const configured = context.fallback && readFlinkVersion(context.fallback);
    if (configured && context.fallback)
        return described('settings flinkVersion', context.fallback, configured);
    const folder = linked.folder && readFlinkVersion(linked.folder.version);
    if (folder && linked.folder)
        return described('', linked.folder.source, folder, linked.folder.version);
    const implied = FORMAT_IMPLIED[evidence.format];
    return { flinkVersion: implied.version, flinkVersionSource: implied.reason };
}
/** Whether a version was only implied by the file's format: nothing named one. */
function version_isFormatImplied(source) {
    return Object.values(FORMAT_IMPLIED).some((implied) => implied.reason === source);
}

;// CONCATENATED MODULE: ./src/link/container.ts


/** The processes a container of this role runs. */
function roleProcesses(role) {
    if (role === 'both')
        return ['jobmanager', 'taskmanager'];
    return role ? [role] : [];
}
/**
 * The contexts a config runs in, from where the files place it: one per Flink version, each with
 * at most one container per process; a config mounted into two TaskManager services of different
 * sizes, or into images of two versions, is judged in each. The first is the config's own.
 */
function container_contexts(evidence, placements, context) {
    const groups = [];
    // A container whose image names no Flink version (an application image) runs the version the
    // other contexts name, where one does: it adds its limits, not a guess of its own.
    const named = placements.find((p) => p.versions.length > 0)?.versions ?? [];
    for (const placement of placements) {
        const versions = placement.versions.length > 0 ? placement.versions : named;
        const resolved = resolveFlinkVersion(evidence, context, placement.own ? { own: versions } : { linked: versions });
        const processes = roleProcesses(placement.container?.role);
        const limit = placement.container?.limit?.bytes ?? 'none';
        // Containers of the same process with the same limit (replicas written as services) are one context.
        let group = groups.find((g) => sameVersion(g.resolved.flinkVersion, resolved.flinkVersion) &&
            g.resolved.versionBeforeMemoryModel === resolved.versionBeforeMemoryModel &&
            processes.every((p) => !g.taken.has(p) || g.taken.get(p) === limit));
        if (!group)
            groups.push((group = { resolved, containers: [], taken: new Map() }));
        if (placement.container && !group.containers.some((c) => sameContainer(c, placement.container))) {
            group.containers.push(placement.container);
            for (const p of processes)
                group.taken.set(p, limit);
        }
    }
    const links = groups.map((g) => {
        const link = { ...g.resolved };
        if (g.containers.length > 0)
            link.containers = g.containers;
        if (groups.length > 1)
            link.contextName =
                g.containers.length > 0
                    ? `${g.containers[0].kind}${g.containers.length > 1 ? 's' : ''} ${g.containers.map((c) => c.name).join(', ')}`
                    : `Flink ${g.resolved.flinkVersion}`;
        return link;
    });
    const [first, ...also] = links;
    if (also.length > 0)
        first.also = also;
    return first;
}
const sameContainer = (a, b) => a.name === b.name && a.at.file === b.at.file && a.at.line === b.at.line;
/**
 * Where a linked limit is written, for people. A compose key names itself on its line
 * (`docker-compose.yml:23 mem_limit`); a workload's container is named with the reason for its role,
 * which no line of its own says (`Deployment flink-tm container tm resources.limits.memory
 * (k8s/tm.yaml:12), role from args taskmanager`).
 */
function limitSource(container, limit) {
    const { file, line, text } = limit.evidence;
    return container.roleReason === undefined
        ? `${file}:${line} ${text}`
        : `${container.kind} ${container.name} ${text} (${file}:${line}), role ${container.roleReason}`;
}
/** The memory limits linked containers put on each process they run, located where the limit is written. */
function containerLimitsOf(containers) {
    const limits = {};
    for (const container of containers) {
        const { limit, request } = container;
        if (!limit)
            continue;
        for (const process of roleProcesses(container.role)) {
            if (limits[process])
                continue;
            const value = {
                bytes: limit.bytes,
                text: limit.text,
                source: limitSource(container, limit),
                location: { file: limit.evidence.file, line: limit.evidence.line, column: limit.column ?? 1 },
            };
            if (request)
                value.requestBytes = request.bytes;
            limits[process] = value;
        }
    }
    return limits;
}
/**
 * Gives a config what the containers that run it say: the limits of each process (its own file's
 * limits first), the processes they start where each container's role is known, the replicas of
 * single-process workloads, and their image where the config names none.
 */
function runIn(config, containers) {
    config.linkedContainers = [...containers];
    // The loaded config's own maps stay as loaded: a config may be linked more than once.
    config.container = { ...containerLimitsOf(containers), ...config.container };
    if (containers.every((c) => c.role !== undefined)) {
        const processes = new Set(containers.flatMap((c) => roleProcesses(c.role)));
        config.processes = ['jobmanager', 'taskmanager'].filter((p) => processes.has(p));
    }
    if (config.replicas)
        config.replicas = { ...config.replicas };
    for (const c of containers)
        if (c.replicas !== undefined && (c.role === 'jobmanager' || c.role === 'taskmanager')) {
            config.replicas ??= {};
            config.replicas[c.role] ??= c.replicas;
        }
    const image = containers.find((c) => c.image)?.image;
    if (config.image === undefined && image !== undefined)
        config.image = image;
}

;// CONCATENATED MODULE: ./src/link/dockerfile.ts


/**
 * Reads a Dockerfile as text (it is never built or run): the `ARG`, `FROM`, `COPY` and `ADD`
 * instructions, each with its line. Syntax from moby/buildkit frontend/dockerfile/parser
 * (line continuations with the escape character, the `# escape=` directive, comments, heredocs).
 */
function readDockerfile(text) {
    const lines = text.split(/\r?\n/);
    let escape = '\\';
    const directive = /^#\s*escape\s*=\s*([\\`])\s*$/i;
    for (const line of lines) {
        const match = directive.exec(line);
        if (match)
            escape = match[1];
        if (!/^#\s*\w+\s*=/.test(line))
            break;
    }
    const instructions = [];
    let heredoc;
    for (let i = 0; i < lines.length; i++) {
        if (heredoc) {
            const line = heredoc.strip ? lines[i].replace(/^\t+/, '') : lines[i];
            if (line === heredoc.word)
                heredoc = undefined;
            continue;
        }
        if (/^\s*(?:#.*)?$/.test(lines[i]))
            continue;
        const start = i;
        let logical = lines[i];
        while (logical.trimEnd().endsWith(escape) && i + 1 < lines.length) {
            logical = logical.trimEnd().slice(0, -1);
            i++;
            while (i < lines.length - 1 && /^\s*#/.test(lines[i]))
                i++;
            logical += ' ' + lines[i].trim();
        }
        const here = /<<(-?)["']?([A-Za-z_][A-Za-z0-9_]*)["']?/.exec(logical);
        if (here)
            heredoc = { word: here[2], strip: here[1] === '-' };
        const parsed = instruction(logical.trim(), start + 1);
        if (parsed)
            instructions.push(...parsed);
    }
    return { instructions };
}
/** Words of an instruction's arguments, quotes removed (shell-like, enough for image names and paths). */
function words(text) {
    const out = [];
    const pattern = /"((?:[^"\\]|\\.)*)"|'([^']*)'|(\S+)/g;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
        out.push(m[1] ?? m[2] ?? m[3]);
    return out;
}
const shortText = (text) => (text.length > 120 ? `${text.slice(0, 117)}...` : text);
function instruction(text, line) {
    const match = /^(\w+)\s+(.*)$/s.exec(text);
    if (!match)
        return undefined;
    const op = match[1].toUpperCase();
    const rest = match[2].trim();
    const shown = shortText(`${op} ${rest}`);
    if (op === 'ARG') {
        return words(rest).map((word) => {
            const eq = word.indexOf('=');
            return eq < 0
                ? { op, line, text: shown, name: word }
                : { op, line, text: shown, name: word.slice(0, eq), value: word.slice(eq + 1) };
        });
    }
    if (op === 'FROM') {
        const args = words(rest).filter((w) => !w.startsWith('--'));
        if (args.length === 0)
            return undefined;
        const stage = args.length >= 3 && args[1].toUpperCase() === 'AS' ? args[2] : undefined;
        return [{ op, line, text: shown, image: args[0], stage }];
    }
    if (op === 'COPY' || op === 'ADD') {
        const flags = words(rest).filter((w) => w.startsWith('--'));
        let args;
        const json = rest.replace(/^(?:--\S+\s+)*/, '');
        if (json.startsWith('[')) {
            try {
                const parsed = JSON.parse(json);
                args = Array.isArray(parsed) ? parsed.map(String) : [];
            }
            catch {
                args = [];
            }
        }
        else
            args = words(json);
        if (args.length < 2 || args.some((a) => a.startsWith('<<')))
            return undefined;
        const from = flags.find((f) => f.startsWith('--from='))?.slice('--from='.length);
        return [{ op: 'COPY', line, text: shown, sources: args.slice(0, -1), dest: args[args.length - 1], from }];
    }
    return undefined;
}
/**
 * The stages of a Dockerfile with their base images, as `docker build` would resolve them with these
 * build arguments: `FROM` sees only the `ARG`s declared before the first `FROM`, a build argument
 * replaces a declared `ARG`'s default, and `FROM <stage>` builds on that earlier stage.
 */
function dockerfile_dockerStages(facts, file, buildArgs = {}) {
    const globals = {};
    const argEvidence = {};
    const stages = [];
    for (const ins of facts.instructions) {
        if (ins.op === 'ARG' && stages.length === 0) {
            const given = Object.hasOwn(buildArgs, ins.name) ? buildArgs[ins.name] : undefined;
            if (given) {
                globals[ins.name] = given.value;
                argEvidence[ins.name] = given.evidence;
            }
            else if (ins.value !== undefined) {
                const value = interpolate(ins.value, globals);
                if (value !== undefined) {
                    globals[ins.name] = value;
                    argEvidence[ins.name] = { file, line: ins.line, text: ins.text };
                }
            }
        }
        if (ins.op !== 'FROM')
            continue;
        const from = { file, line: ins.line, text: ins.text };
        const used = [...ins.image.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1]);
        const image = interpolate(ins.image, globals);
        const stage = {
            index: stages.length,
            name: ins.stage,
            image,
            evidence: [from, ...used.flatMap((name) => (argEvidence[name] ? [argEvidence[name]] : []))],
        };
        const parent = image && stages.find((s) => s.name?.toLowerCase() === image.toLowerCase());
        if (parent) {
            stage.image = parent.image;
            stage.evidence = [...parent.evidence, from];
        }
        stages.push(stage);
    }
    return stages;
}
/** The stage a build runs: `target` where given, else the last. */
function dockerfile_finalStage(stages, target) {
    if (target)
        return stages.find((s) => s.name?.toLowerCase() === target.toLowerCase());
    return stages[stages.length - 1];
}
/**
 * Whether a `COPY`/`ADD` from the build context puts the repository file `config` into the image,
 * and in which stage. Only copies from the build context count (not `--from` another stage or
 * image, not URLs). A folder copy holds every file under it.
 */
function dockerfile_copiesOf(facts, file, context, config) {
    let stage = -1;
    // The last copy wins: a later stage (the one that runs) over a build stage that copies the whole context.
    let found;
    for (const ins of facts.instructions) {
        if (ins.op === 'FROM')
            stage++;
        if (ins.op !== 'COPY' || ins.from !== undefined || stage < 0)
            continue;
        for (const source of ins.sources) {
            if (/^[a-z]+:\/\//i.test(source) || source.includes('$'))
                continue;
            // Docker refuses sources outside the build context.
            const inContext = path.normalize(source.replace(/^\/+/, '') || '.');
            if (inContext === '..' || inContext.startsWith('../'))
                continue;
            const where = path.normalize(path.join(context, inContext));
            if (where.startsWith('../'))
                continue;
            if (matches(where, config))
                found = { stage, evidence: { file, line: ins.line, text: ins.text } };
        }
    }
    return found;
}
function matches(source, config) {
    const base = source === '.' ? '' : source.replace(/\/+$/, '');
    if (base === '' || config === base || config.startsWith(`${base}/`))
        return true;
    if (!/[*?]/.test(base))
        return false;
    // A wildcard source (`conf/*.yaml`): Go's filepath.Match, `*` and `?` within one path segment;
    // the pattern's segments match the config's first segments (a matched folder holds the rest).
    const wanted = base.split('/');
    const parts = config.split('/');
    return wanted.length <= parts.length && wanted.every((w, i) => segmentMatches(w, parts[i]));
}
/** `*` and `?` within one segment, in time linear in pattern × text (no regular expression to backtrack). */
function segmentMatches(pattern, text) {
    let p = 0;
    let t = 0;
    let star = -1;
    let resume = 0;
    while (t < text.length) {
        if (p < pattern.length && (pattern[p] === '?' || pattern[p] === text[t])) {
            p++;
            t++;
        }
        else if (p < pattern.length && pattern[p] === '*') {
            star = p++;
            resume = t;
        }
        else if (star >= 0) {
            p = star + 1;
            t = ++resume;
        }
        else
            return false;
    }
    while (p < pattern.length && pattern[p] === '*')
        p++;
    return p === pattern.length;
}

;// CONCATENATED MODULE: ./src/link/helm.ts

/**
 * The Helm charts of a run, by folder: a config in a file under a `Chart.yaml`'s folder (its
 * values files, its templates) belongs to the nearest such chart.
 */
function helm_helmCharts(files) {
    const charts = files
        .filter((f) => f.chart)
        .map((f) => ({
        ...f.chart,
        folder: f.path.includes('/') ? f.path.slice(0, f.path.lastIndexOf('/') + 1) : '',
    }))
        .sort((a, b) => b.folder.length - a.folder.length);
    return (path) => charts.find((c) => path.startsWith(c.folder));
}
/**
 * A chart's `appVersion` speaks for Flink only in a chart of Flink itself (a chart named `flink` or
 * `*-flink`, never the operator's chart or an application's), read as the image `flink:<appVersion>`
 * would be: linked evidence, after the images the config and its containers name, before the
 * settings file.
 */
function helm_chartVersion(chart) {
    if (!chart?.appVersion || !/^(?:.*-)?flink$/i.test(chart.name))
        return [];
    const version = flinkImage(`flink:${chart.appVersion}`)?.version;
    if (!version)
        return [];
    const at = chart.location;
    return [
        {
            version,
            source: `Chart.yaml appVersion ${chart.appVersion} of chart ${chart.name} (${at.file}:${at.line})`,
        },
    ];
}

;// CONCATENATED MODULE: ./src/link/kubernetes.ts



/** `FLINK_PROPERTIES` in a ConfigMap reaches a process through its environment, a config file through a volume. */
const ENV_KEY = 'FLINK_PROPERTIES';
/**
 * The Kubernetes side of the link stage. A ConfigMap's config runs in the containers, in its
 * namespace, that mount it as a volume (only the containers whose `volumeMounts` name that volume,
 * and only keys its `items` project) or read its `FLINK_PROPERTIES` into their environment; a
 * FlinkSessionJob runs on the FlinkDeployment its `spec.deploymentName` names. A name is only
 * ever compared with other names: it never becomes a path.
 */
function kubernetes_linkKubernetes(files) {
    const byMap = new Map();
    const deployments = new Map();
    const { namespacesOf, generatedFrom } = kustomized(files);
    for (const file of files) {
        for (const facts of file.containers ?? []) {
            const names = new Set([...facts.mounts.map((m) => m.name), ...facts.envFrom.map((e) => e.name)]);
            for (const name of names)
                for (const namespace of new Set(namespacesOf(file.path, facts.namespace))) {
                    const key = mapKey(namespace, name);
                    let list = byMap.get(key);
                    if (!list)
                        byMap.set(key, (list = []));
                    list.push({ path: file.path, facts });
                }
        }
        for (const config of file.configs) {
            const ref = config.kubernetes;
            if (ref?.flinkDeployment === undefined)
                continue;
            const key = mapKey(ref.namespace, ref.flinkDeployment);
            // The first one found stands: two resources of one name and namespace cannot both be applied.
            if (!deployments.has(key))
                deployments.set(key, { name: ref.flinkDeployment, path: file.path, evidence: config.evidence });
        }
    }
    const links = new Map();
    for (const file of files)
        for (const config of file.configs) {
            const own = config.kubernetes;
            // A ConfigMap written in a file, in each namespace it is built into; or one generated from the file.
            const refs = own?.configMap
                ? namespacesOf(file.path, own.namespace).map((namespace) => ({ ...own, namespace }))
                : generatedFrom(file.path);
            if (refs.length > 0) {
                const users = unique(refs.flatMap((r) => nearest(file.path, (byMap.get(mapKey(r.namespace, r.configMap.name)) ?? []).filter((u) => runs(u.facts, r)))));
                if (users.length > 0)
                    links.set(config.id, { containers: users.map((u) => u.facts.container) });
            }
            else if (own?.sessionJobOf) {
                const deployment = deployments.get(mapKey(own.namespace, own.sessionJobOf.name));
                links.set(config.id, deployment
                    ? { deployment }
                    : {
                        problems: [
                            {
                                code: 'unlinked',
                                message: `FlinkDeployment ${own.sessionJobOf.name} (spec.deploymentName) is not in the linted files in namespace ${own.namespace}: the session job's Flink version and cluster are unknown`,
                                location: own.sessionJobOf.location,
                            },
                        ],
                    });
            }
        }
    return links;
}
/** Each container once, in the order found. */
const unique = (placed) => [...new Set(placed)];
const mapKey = (namespace, name) => `${namespace}\0${name}`;
/** Deepest chain of kustomizations followed (overlay → base → …); a cycle stops at a folder seen before. */
const MAX_KUSTOMIZE_DEPTH = 16;
/**
 * What kustomizations do to names. A kustomization's `namespace` is set on every resource it
 * builds: its files, the bases it lists (folders holding a kustomization, followed), and the
 * ConfigMaps it or its bases generate; so one base file may run in several namespaces, one per
 * overlay. A `configMapGenerator` makes a ConfigMap of a file; an overlay's generator of the same
 * name (`behavior: replace` or `merge`) makes its own. Files keep their own namespace too (the
 * base built alone).
 */
function kustomized(files) {
    const byFolder = new Map();
    for (const file of files)
        if (file.kustomization)
            byFolder.set(file.path.slice(0, Math.max(0, file.path.lastIndexOf('/'))), file.kustomization);
    const namespaces = new Map();
    const generated = new Map();
    const add = (map, key, value) => {
        const found = map.get(key);
        if (found instanceof Set)
            found.add(value);
        else if (found)
            found.push(value);
    };
    const build = (folder, namespace, seen, depth) => {
        const k = byFolder.get(folder);
        if (!k || seen.has(folder) || depth > MAX_KUSTOMIZE_DEPTH)
            return;
        seen.add(folder);
        // The nearest kustomization that sets a namespace wins: an overlay's over its base's.
        const ns = namespace ?? k.namespace;
        for (const g of k.generated) {
            if (!generated.has(g.path))
                generated.set(g.path, []);
            add(generated, g.path, { namespace: ns ?? DEFAULT_NAMESPACE, configMap: { name: g.name, key: g.key } });
        }
        for (const resource of k.resources) {
            if (byFolder.has(resource))
                build(resource, ns, seen, depth + 1);
            else if (ns) {
                if (!namespaces.has(resource))
                    namespaces.set(resource, new Set());
                add(namespaces, resource, ns);
            }
        }
    };
    for (const folder of byFolder.keys())
        build(folder, undefined, new Set(), 0);
    return {
        namespacesOf: (path, own) => [own, ...(namespaces.get(path) ?? [])],
        generatedFrom: (path) => generated.get(path) ?? [],
    };
}
/** Whether the container reads this ConfigMap key: a config file through a mounted volume, `FLINK_PROPERTIES` through its environment. */
function runs(container, ref) {
    const { name, key } = ref.configMap;
    if (key === ENV_KEY)
        return container.envFrom.some((e) => e.name === name && e.key === key);
    return container.mounts.some((m) => m.name === name && (m.keys === undefined || m.keys.includes(key)));
}
/**
 * The containers nearest the config: those in its own file, else those whose file shares the
 * longest folder with it (one ConfigMap name reused by several overlays or environments).
 */
function nearest(path, users) {
    if (users.length === 0)
        return users;
    const same = users.filter((u) => u.path === path);
    if (same.length > 0)
        return same;
    const shared = (other) => {
        const a = path.split('/').slice(0, -1);
        const b = other.split('/').slice(0, -1);
        let n = 0;
        while (n < a.length && n < b.length && a[n] === b[n])
            n++;
        return n;
    };
    const best = Math.max(...users.map((u) => shared(u.path)));
    return users.filter((u) => shared(u.path) === best);
}
/**
 * The version of a config that runs elsewhere: on a FlinkDeployment (what that resource says), or
 * in containers (the config's own evidence, then their Flink images, then the chart's), with where
 * each is written.
 */
function kubernetes_kubernetesLink(evidence, placed, context, chart = []) {
    const link = placed.deployment
        ? onDeployment(placed.deployment, context)
        : resolveFlinkVersion(evidence, context, {
            linked: [...containerVersions(placed.containers ?? []), ...chart],
        });
    if (placed.containers)
        link.containers = placed.containers;
    if (placed.problems)
        link.problems = placed.problems;
    return link;
}
function onDeployment(deployment, context) {
    const resolved = resolveFlinkVersion(deployment.evidence, context);
    if (resolved.flinkVersionSource.startsWith('--flink-version'))
        return resolved;
    return {
        ...resolved,
        flinkVersionSource: `FlinkDeployment ${deployment.name} (${deployment.path}) ${resolved.flinkVersionSource}`,
    };
}
/** The Flink images of the containers that run a config: `image flink:1.17.2 (k8s/jm.yaml:20, Deployment flink-jm container jm)`. */
function containerVersions(containers) {
    return containers.flatMap((c) => {
        const version = c.image ? flinkImage(c.image)?.version : undefined;
        if (!version || !c.image)
            return [];
        const at = c.imageEvidence ?? c.at;
        return [{ version, source: `image ${c.image} (${at.file}:${at.line}, ${c.kind} ${c.name})` }];
    });
}

;// CONCATENATED MODULE: ./src/link/place.ts





const MAX_EXTENDS = 10;
function place_placeConfigs(files) {
    const dockerfiles = new Map();
    const composeFiles = new Map();
    for (const file of files) {
        if (file.dockerfile)
            dockerfiles.set(file.path, file.dockerfile);
        if (file.compose)
            composeFiles.set(file.path, file.compose.services);
    }
    const byConfig = new Map();
    const add = (id, placement) => {
        const list = byConfig.get(id);
        if (list)
            list.push(placement);
        else
            byConfig.set(id, [placement]);
    };
    const configs = files.flatMap((f) => f.configs.map((c) => ({ ...c, file: f.path })));
    // Files Flink reads as its configuration: only these are mounted or copied into an image.
    const wholeFiles = configs.filter((c) => c.kind === 'flink-conf' || c.kind === 'config-yaml');
    const under = pathIndex(wholeFiles);
    const ownConfigs = new Map();
    for (const config of configs)
        if (config.kind === 'docker-compose')
            ownConfigs.set(config.file, [...(ownConfigs.get(config.file) ?? []), config]);
    const buildsSeen = new Set();
    for (const [file, raw] of composeFiles) {
        if (isOverrideFile(file) &&
            ['yml', 'yaml'].some((ext) => composeFiles.has(file.replace(/\.override\.ya?ml$/, `.${ext}`))))
            continue;
        const services = project(file, raw, composeFiles);
        for (const service of services) {
            const container = containerOf(service);
            const versions = serviceVersions(service, dockerfiles);
            // Only configs under a mount's source or the build's context can be placed by this service.
            const reachable = under([
                ...[...service.mounts.values()].map((m) => m.source),
                service.build && service.build.context,
            ]);
            for (const config of reachable) {
                const mount = mountOf(service, config.file);
                if (mount)
                    add(config.id, { container: { ...container, via: mount }, versions });
                else if (service.build) {
                    const copied = builtCopy(service, dockerfiles, config.file);
                    if (copied) {
                        buildsSeen.add(`${config.id}\0${copied.dockerfile}`);
                        add(config.id, { container: { ...container, via: copied.evidence }, versions: copied.versions });
                    }
                }
            }
            // A service that sets FLINK_PROPERTIES is a config of its own: what its build and override files add.
            for (const config of ownConfigs.get(file) ?? [])
                if (config.name === service.name)
                    add(config.id, { container, versions, own: true });
        }
    }
    // A Dockerfile copies from its own folder when no compose file builds it.
    for (const [file, facts] of dockerfiles) {
        const stages = dockerStages(facts, file);
        for (const config of under([path.dirname(file)])) {
            if (buildsSeen.has(`${config.id}\0${file}`))
                continue;
            const copied = copiesOf(facts, file, path.dirname(file), config.file);
            const version = copied && stageVersion(stages[copied.stage]);
            if (copied && version)
                add(config.id, {
                    versions: [
                        {
                            ...version,
                            source: `${version.source}, which copies it in (${copied.evidence.file}:${copied.evidence.line})`,
                        },
                    ],
                });
        }
    }
    const folder = new Map();
    const finalVersions = dockerfileVersionsByFolder(dockerfiles);
    for (const config of wholeFiles) {
        if (byConfig.has(config.id))
            continue;
        const around = folderVersion(config.file, finalVersions);
        if (around)
            folder.set(config.id, around);
    }
    return { byConfig, folder };
}
/**
 * The configs at a path or anywhere under it (`.` is the whole repository), for a set of paths, in
 * the configs' own order: what a mount's source or a build context can reach, found without
 * comparing every service with every config.
 */
function pathIndex(configs) {
    const byPath = new Map();
    configs.forEach((config, i) => {
        for (let at = config.file;; at = path.dirname(at)) {
            const list = byPath.get(at);
            if (list)
                list.push(i);
            else
                byPath.set(at, [i]);
            if (at === '.' || at === '/' || at === '')
                break;
        }
    });
    return (paths) => {
        const found = new Set();
        for (const at of paths)
            if (at !== undefined)
                for (const i of byPath.get(path.normalize(at)) ?? [])
                    found.add(i);
        return [...found].sort((a, b) => a - b).map((i) => configs[i]);
    };
}
/** A compose file's services merged with its override file and what each `extends`. */
function project(file, raw, all) {
    const services = new Map(raw.map((s) => [s.name, resolveExtends(file, s, all, 0)]));
    const override = overridesOf(file).find((f) => all.has(f));
    for (const s of (override && all.get(override)) || []) {
        const over = resolveExtends(override, s, all, 0);
        const base = services.get(s.name);
        services.set(s.name, base ? mergeServices(base, over) : over);
    }
    return [...services.values()];
}
function resolveExtends(file, raw, all, depth) {
    const own = service(file, raw);
    if (!raw.extends || depth >= MAX_EXTENDS)
        return own;
    const from = raw.extends.file
        ? repositoryPath(file, raw.extends.file.startsWith('.') ? raw.extends.file : `./${raw.extends.file}`)
        : file;
    const base = from && all.get(from)?.find((s) => s.name === raw.extends?.service);
    if (!from || !base || base === raw)
        return own;
    return mergeServices(resolveExtends(from, base, all, depth + 1), own);
}
function service(file, s) {
    const at = (line, text) => ({ file, line, text });
    const result = {
        name: s.name,
        at: at(s.line, `service ${s.name}`),
        memory: {},
        mounts: new Map(),
    };
    if (s.image)
        result.image = { value: s.image.value, evidence: at(s.image.line, `image: ${s.image.raw}`) };
    if (s.command)
        result.command = { words: s.command.words, evidence: at(s.command.line, `command: ${s.command.text}`) };
    if (s.build) {
        const context = repositoryPath(file, asRelative(s.build.context ?? '.'));
        const evidence = at(s.build.line, `build: ${s.build.context ?? '.'}`);
        result.build = {
            context,
            dockerfile: context && repositoryPath(`${context}/x`, asRelative(s.build.dockerfile ?? 'Dockerfile')),
            target: s.build.target,
            args: Object.fromEntries(Object.entries(s.build.args).map(([k, v]) => [
                k,
                { value: v, evidence: at(s.build.line, `build args ${k}=${v}`) },
            ])),
            evidence,
        };
    }
    for (const [key, v] of Object.entries(s.memory))
        result.memory[key] = { raw: v.raw, value: v.value, evidence: at(v.line, key) };
    for (const m of s.mounts) {
        const source = m.source.startsWith('.') ? repositoryPath(file, m.source) : undefined;
        result.mounts.set(m.target.replace(/\/+$/, ''), {
            source,
            target: m.target.replace(/\/+$/, ''),
            evidence: at(m.line, `volume ${m.text}`),
        });
    }
    if (s.extends)
        result.extends = { service: s.extends.service, file: s.extends.file };
    return result;
}
/** A relative path as Compose reads it: `conf` and `./conf` are the same; absolute paths lead out of the repository. */
const asRelative = (p) => p.startsWith('/') || p.startsWith('~') || /^[a-z]+:\/\//i.test(p) ? '/' : p.startsWith('.') ? p : `./${p}`;
/**
 * Compose's merge (docker/docs content/reference/compose-file/merge.md): mappings merged key by
 * key, `command` and `image` replaced, `volumes` merged by container path.
 */
function mergeServices(base, over) {
    const mounts = new Map(base.mounts);
    for (const [target, m] of over.mounts)
        mounts.set(target, m);
    const build = base.build && over.build
        ? { ...base.build, ...defined(over.build), args: { ...base.build.args, ...over.build.args } }
        : (over.build ?? base.build);
    const merged = {
        name: over.name,
        at: over.at,
        memory: { ...base.memory, ...over.memory },
        mounts,
    };
    const image = over.image ?? base.image;
    const command = over.command ?? base.command;
    if (image)
        merged.image = image;
    if (command)
        merged.command = command;
    if (build)
        merged.build = build;
    return merged;
}
function defined(value) {
    return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined));
}
/** The processes a service runs, from its command (or, without one, its name), as the image's entrypoint reads it. */
function roleOf(service) {
    const words = service.command?.words ?? [service.name];
    const evidence = service.command?.evidence ?? service.at;
    // The image's entrypoint (apache/flink-docker docker-entrypoint.sh): `local` "Starting local cluster"
    // (jobmanager.sh start-foreground local, older images) runs both; `standalone-job` runs
    // standalone-job.sh, the JobManager of an application cluster only (processOf reads it so).
    if (service.command && words[0] === 'local')
        return { role: 'both', evidence };
    const process = processOf(words);
    return process ? { role: process, evidence } : undefined;
}
/** The memory limit and request of a service, as Docker reads compose-spec byte values (11-extension.md "Specifying byte values"). */
function memoryOf(service, keys) {
    for (const key of keys) {
        const written = service.memory[key];
        const bytes = written?.value !== undefined ? dockerBytes(written.value) : undefined;
        if (written && bytes !== undefined)
            return { bytes, text: written.raw, evidence: written.evidence };
    }
    return undefined;
}
function containerOf(service) {
    const container = { kind: 'compose service', name: service.name, at: service.at };
    const role = roleOf(service);
    if (role) {
        container.role = role.role;
        container.roleEvidence = role.evidence;
    }
    if (service.image?.value) {
        container.image = service.image.value;
        container.imageEvidence = service.image.evidence;
    }
    const limit = memoryOf(service, ['deploy.resources.limits.memory', 'mem_limit']);
    if (limit)
        container.limit = limit;
    const request = memoryOf(service, ['deploy.resources.reservations.memory', 'mem_reservation']);
    if (request)
        container.request = request;
    return container;
}
/** The service's Flink image, then the Flink image its build's Dockerfile runs. */
function serviceVersions(service, dockerfiles) {
    const versions = [];
    const image = service.image?.value && flinkImage(service.image.value);
    if (image && service.image)
        versions.push({ version: image.version, source: evidenceText(service.image.evidence) });
    const built = buildStages(service, dockerfiles);
    const stage = built && finalStage(built, service.build?.target);
    const version = stage && stageVersion(stage);
    if (version)
        versions.push(version);
    return versions;
}
function buildStages(service, dockerfiles) {
    const file = service.build?.dockerfile;
    const facts = file && dockerfiles.get(file);
    return facts && file ? dockerStages(facts, file, service.build?.args) : undefined;
}
/** A build whose Dockerfile copies the config into the image. */
function builtCopy(service, dockerfiles, config) {
    const file = service.build?.dockerfile;
    const facts = file && dockerfiles.get(file);
    if (!file || !facts || service.build?.context === undefined)
        return undefined;
    const copied = copiesOf(facts, file, service.build.context, config);
    if (!copied)
        return undefined;
    const stages = dockerStages(facts, file, service.build.args);
    const image = service.image?.value && flinkImage(service.image.value);
    const versions = [];
    if (image && service.image)
        versions.push({ version: image.version, source: evidenceText(service.image.evidence) });
    const version = stageVersion(stages[copied.stage]);
    if (version)
        versions.push(version);
    return { dockerfile: file, evidence: copied.evidence, versions };
}
/** The Flink version a stage's base image names, with the `FROM` (and `ARG`) lines that say so. */
function stageVersion(stage) {
    const image = stage?.image && flinkImage(stage.image);
    if (!stage || !image)
        return undefined;
    return { version: image.version, source: stage.evidence.map(evidenceText).join(' with ') };
}
const evidenceText = (e) => `${e.file}:${e.line} ${e.text}`;
/** The mount that puts a repository file where Flink reads its configuration, if any. */
function mountOf(service, config) {
    for (const mount of service.mounts.values()) {
        if (mount.source === undefined)
            continue;
        const inside = mount.source === config
            ? mount.target
            : mount.source === '.'
                ? `${mount.target}/${config}`
                : config.startsWith(`${mount.source}/`)
                    ? `${mount.target}/${config.slice(mount.source.length + 1)}`
                    : undefined;
        if (inside && FLINK_CONF_FILE.test(inside))
            return mount.evidence;
    }
    return undefined;
}
/** The files Flink reads from its configuration folder (`flink-conf.yaml` up to 1.20, `config.yaml` from 1.19). */
const FLINK_CONF_FILE = /(?:^|\/)(?:flink-conf|config)\.ya?ml$/;
/** The version each Dockerfile's final stage names, by the Dockerfile's folder, in the files' order. */
function dockerfileVersionsByFolder(dockerfiles) {
    const byFolder = new Map();
    let order = 0;
    for (const [file, facts] of dockerfiles) {
        const version = stageVersion(finalStage(dockerStages(facts, file)));
        if (!version)
            continue;
        const where = path.dirname(file);
        byFolder.set(where, [...(byFolder.get(where) ?? []), { ...version, order: order++ }]);
    }
    return byFolder;
}
/**
 * Weak evidence for a config nothing places: the Flink version of the Dockerfiles in its folder and
 * the folders above it, where they all name the same minor version.
 */
function folderVersion(config, byFolder) {
    const found = [];
    for (let dir = path.dirname(config);; dir = path.dirname(dir)) {
        found.push(...(byFolder.get(dir) ?? []));
        if (dir === '.' || dir === '/' || dir === '')
            break;
    }
    found.sort((a, b) => a.order - b.order);
    const minors = new Set(found.map((v) => minorLineOf(v.version)));
    if (minors.size !== 1)
        return undefined;
    return {
        version: found[0].version,
        source: `${found[0].source} (a Dockerfile in this config's folder or above it; nothing mounts or copies the config)`,
    };
}

;// CONCATENATED MODULE: ./src/link/index.ts










const OLDEST_FLINK_VERSION = model/* FLINK_VERSIONS */.tf[0];


/** Reads a file's text for the link stage (at load time, beside the loaders); undefined where it places nothing. */
function readLinkSources(path, text) {
    if ((0,sources/* isDockerfileName */.S2)(path))
        return { dockerfile: readDockerfile(text) };
    const compose = readCompose(path, text);
    return compose ? { compose } : undefined;
}
/** What a loaded file tells the link stage: its configs, and what it says of other files' configs. */
function linkFacts(path, configs, sources) {
    return {
        path,
        configs: configs.map((c) => ({
            id: c.id,
            evidence: c.evidence,
            kind: c.kind,
            ...(c.name !== undefined ? { name: c.name } : {}),
            ...(c.kubernetes ? { kubernetes: c.kubernetes } : {}),
            ...preModel(c),
        })),
        ...link_defined(sources),
    };
}
/** The sources that are given (an empty list of containers is none). */
function link_defined(sources) {
    const out = {};
    if (sources?.compose)
        out.compose = sources.compose;
    if (sources?.dockerfile)
        out.dockerfile = sources.dockerfile;
    if (sources?.containers && sources.containers.length > 0)
        out.containers = [...sources.containers];
    if (sources?.chart)
        out.chart = sources.chart;
    if (sources?.kustomization)
        out.kustomization = sources.kustomization;
    return out;
}
/** Links every config of a run, by id: each context it runs in, strongest version evidence first. */
function link_link(files, context = {}) {
    const links = new Map();
    const placed = placeConfigs(files);
    const kubernetes = linkKubernetes(files);
    const chartOf = helmCharts(files);
    for (const file of files) {
        const chart = chartVersion(chartOf(file.path));
        for (const config of file.configs) {
            const onKubernetes = kubernetes.get(config.id);
            const placements = placed.byConfig.get(config.id) ?? [];
            const folder = placed.folder.get(config.id);
            const linked = onKubernetes
                ? kubernetesLink(config.evidence, onKubernetes, context, chart)
                : placements.length === 0
                    ? resolveFlinkVersion(config.evidence, context, { linked: chart, folder })
                    : contexts(config.evidence, placements, context);
            const keys = config.preMemoryModelKeys;
            links.set(config.id, keys && linked.also
                ? { ...memoryModel(linked, keys), also: linked.also.map((l) => memoryModel(l, keys)) }
                : keys
                    ? memoryModel(linked, keys)
                    : linked);
        }
    }
    return links;
}
function preModel(config) {
    const keys = (0,flink/* preMemoryModelKeys */.OX)(config.entries.map((e) => e.key));
    return keys.length > 0 ? { preMemoryModelKeys: [...new Set(keys)] } : {};
}
/**
 * A config written for the memory model before Flink 1.10: where the evidence names a version
 * before 1.10, or none at all, it is judged as 1.10 (the lowest supported) and said to be old.
 * Any other version, `--flink-version` included, judges it as that version.
 */
function memoryModel(link, keys) {
    if (link.versionBeforeMemoryModel)
        return { ...link, preMemoryModel: { keys, certain: true } };
    if (!isFormatImplied(link.flinkVersionSource))
        return link;
    return {
        ...link,
        flinkVersion: OLDEST_FLINK_VERSION,
        flinkVersionSource: `no version given; ${keys.join(', ')} size the memory model before Flink 1.10: judged as ${OLDEST_FLINK_VERSION}, the lowest supported`,
        preMemoryModel: { keys, certain: false },
    };
}
/**
 * A loaded config in its context: the version it runs on and, where `FLINK_PROPERTIES` extends the
 * image's default configuration file, that file as the config's base.
 */
function applyLink(loaded, context) {
    // What the file said of itself has been weighed: the config carries the outcome.
    const { evidence, appendsToImageConf, kubernetes, ...rest } = loaded;
    const { containers, also, contextName, problems, ...version } = context;
    const config = { ...rest, ...version };
    if (containers && containers.length > 0)
        runIn(config, containers);
    if (problems)
        config.problems = [...config.problems, ...problems];
    if (contextName)
        config.contextName = contextName;
    if (appendsToImageConf)
        config.base = imageBase(config.flinkVersion, appendsToImageConf, config.entries);
    return config;
}
/** A loaded config in each context it runs in: the first keeps its id, the others are named after theirs. */
function applyLinks(loaded, context) {
    return [context, ...(context.also ?? [])].map((c, i) => {
        const config = applyLink(loaded, c);
        return i === 0 ? config : { ...config, id: `${loaded.id}@${c.contextName ?? i}` };
    });
}
/** Links the configs of one file read alone (one text given to `derive`, a policy example, the playground). */
function linkAlone(path, configs, context = {}, sources) {
    const links = link_link([linkFacts(path, configs, sources)], context);
    return configs.map((c) => applyLink(c, links.get(c.id)));
}
/** The image's default configuration as entries, located at the `FLINK_PROPERTIES` that extends it. */
function imageBase(version, at, later) {
    const entries = Object.entries((0,flink/* imageDefaultConf */.jR)(version)).map(([key, value]) => ({
        key,
        value,
        location: at,
        origin: 'file',
    }));
    return {
        source: `the Flink ${version} image's default configuration file`,
        entries: (0,sources/* markOverrides */.bV)(entries, later),
    };
}

;// CONCATENATED MODULE: ./src/engine/files.ts




/**
 * Reads the listed files and loads those that may hold a configuration, keeping at most
 * `maxConfigs` configs: the first half of a thread's work on its chunk.
 */
function loadListed(listed, context) {
    const notices = [];
    const files = [];
    const stats = { ruledOut: 0 };
    let configs = 0;
    for (const candidate of (0,sources/* readCandidates */.lH)(listed, notices, stats)) {
        const file = { path: candidate.path, configs: [], notices: [], fileProblems: [] };
        files.push(file);
        const room = context.maxConfigs - configs;
        if (room <= 0) {
            file.skipped = true;
            continue;
        }
        const loaded = (0,sources/* loadFile */.ZN)(candidate.path, candidate.text);
        // Kept only for what it says of other files (its name, a workload's ConfigMap, an image) and no
        // config in it: what fails to parse there (a Helm template) is nobody's concern here.
        if (candidate.keptBy !== 'text' && loaded.configs.length === 0)
            loaded.problems = [];
        const { containers, chart, kustomization } = loaded;
        const placing = {
            ...readLinkSources(candidate.path, candidate.text),
            ...(containers ? { containers } : {}),
            ...(chart ? { chart } : {}),
            ...(kustomization ? { kustomization } : {}),
        };
        if (Object.keys(placing).length > 0)
            file.placing = placing;
        if (loaded.configs.length > 0 || loaded.problems.length > 0)
            file.text = candidate.text;
        for (const problem of loaded.problems) {
            if (problem.code === 'yaml-error')
                file.fileProblems.push(problem);
            else
                file.notices.push({ code: problem.code, message: problem.message, location: problem.location });
        }
        if (loaded.configs.length > room)
            file.truncated = true;
        file.configs = loaded.configs.slice(0, room);
        configs += file.configs.length;
    }
    return { notices, files, ruledOut: stats.ruledOut };
}
/** What the link stage needs of a loaded chunk. */
function files_chunkLinkFacts(chunk) {
    return chunk.files
        .filter((f) => f.configs.length > 0 || f.placing)
        .map((f) => linkFacts(f.path, f.configs, f.placing));
}
/**
 * Derives and judges a loaded chunk whose configs the link stage has placed: the second half of a
 * thread's work. Pure apart from the pack, compiled on first use.
 */
function files_judgeChunk(chunk, links, context, pack) {
    const results = [];
    const sources = new Map();
    const fileProblems = [];
    const files = chunk.files.map(({ configs, placing: _placing, ...file }) => {
        const outcome = { ...file, results: configs.flatMap((c) => judged(c, links)) };
        if (file.text !== undefined)
            sources.set(file.path, file.text);
        fileProblems.push(...file.fileProblems);
        results.push(...outcome.results);
        return outcome;
    });
    const policies = results.length > 0 || fileProblems.length > 0 ? pack() : { policies: [] };
    const { findings, suppressed } = evaluate(results, policies, context.settings, {
        sources,
        baseline: context.baseline,
        fileProblems,
    });
    return { notices: chunk.notices, ruledOut: chunk.ruledOut, files, findings, suppressed };
}
function judged(loaded, links) {
    const link = links.get(loaded.id);
    if (!link)
        throw new Error(`the link stage did not place config ${loaded.id}`);
    return applyLinks(loaded, link).map((config) => ({ config, breakdown: deriveConfig(config) }));
}
/**
 * Joins the shares of a run, in file order, into what one thread linting every file would have
 * reported: the first `maxConfigs` configs; the files past them are left out, with what was
 * judged of them, and named in a `limit` notice.
 */
function mergeShares(shares, maxConfigs) {
    const merged = {
        results: [],
        findings: [],
        suppressed: [],
        // What reading noticed first, as discovery reports it; then what loading noticed, file by file.
        notices: shares.flatMap((share) => share.notices),
        sources: new Map(),
        judged: false,
        ruledOut: shares.reduce((sum, share) => sum + share.ruledOut, 0),
    };
    const unread = [];
    // Keys of what a share judged but the run has no room for: config ids, and whole files.
    const dropped = new Set();
    for (const file of shares.flatMap((share) => share.files)) {
        const room = maxConfigs - merged.results.length;
        if (room <= 0 || file.skipped) {
            unread.push(file.path);
            dropped.add(fileKey(file.path));
            continue;
        }
        if (file.text !== undefined)
            merged.sources.set(file.path, file.text);
        merged.judged ||= file.results.length > 0 || file.fileProblems.length > 0;
        merged.notices.push(...file.notices);
        if (file.truncated || file.results.length > room)
            unread.push(file.path);
        for (const [i, result] of file.results.entries()) {
            if (i >= room) {
                dropped.add(result.config.id);
                continue;
            }
            merged.results.push(result);
            if (isEmptyFile(result.config))
                merged.notices.push({
                    code: 'empty-config',
                    message: 'Sets no Flink option',
                    location: { file: result.config.file, line: 1, column: 1 },
                });
        }
    }
    if (unread.length > 0)
        merged.notices.push({
            code: 'limit',
            message: `Only the first ${maxConfigs} configs are linted: ${unread.length} files from ${unread[0]} on are left out, in whole or in part`,
            location: { file: unread[0], line: 1, column: 1 },
        });
    const kept = (f) => !dropped.has(f.configId ?? '') && !dropped.has(fileKey(f.file));
    merged.findings = sortFindings(shares.flatMap((share) => share.findings).filter(kept));
    merged.suppressed = sortFindings(shares.flatMap((share) => share.suppressed).filter(kept));
    return merged;
}
/** Cannot collide with a config id (`file#…`). */
const fileKey = (file) => `${file}\0`;
/** A whole-file config with nothing in it (empty, or comments only). */
function isEmptyFile(config) {
    return ((config.kind === 'flink-conf' || config.kind === 'config-yaml') &&
        config.entries.length === 0 &&
        config.problems.length === 0);
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __nccwpck_require__(3024);
;// CONCATENATED MODULE: external "node:os"
const external_node_os_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:os");
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __nccwpck_require__(6760);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __nccwpck_require__(3136);
;// CONCATENATED MODULE: external "node:v8"
const external_node_v8_namespaceObject = __WEBPACK_EXTERNAL_createRequire(import.meta.url)("node:v8");
;// CONCATENATED MODULE: ./src/engine/compiler-tier.ts

/**
 * V8 compiles hot functions a second time with its optimising compiler, TurboFan, on background
 * threads. A run over a few thousand files is over before that work pays off, and the compiling
 * takes the core a worker thread could use. Measured on two cores: a 10,000-file tree took 1.30 s
 * with TurboFan and one thread, 0.96 s without it and two threads; at 40,000 files it turns round,
 * 3.1 s against 3.4 s. So the command line and the action start with TurboFan off
 * (`startShortRun`); a run that lists more than `LONG_RUN_FILES` files turns it back on and
 * leaves it a core (threads.ts).
 */
const LONG_RUN_FILES = 16_000;
function compiler_tier_isLongRun(files) {
    return files > LONG_RUN_FILES;
}
function startShortRun() {
    setFlagsFromString('--no-turbofan');
}
/** Called once discovery knows how many files there are to read. */
function sizeRun(files) {
    if (compiler_tier_isLongRun(files))
        setFlagsFromString('--turbofan');
}

;// CONCATENATED MODULE: ./src/engine/threads.ts







/** Files a chunk: small enough that threads end close together, large enough to cost little. */
const CHUNK_FILES = 64;
/**
 * Fewer listed files than this a thread and `auto` keeps to one: a worker costs about as much to
 * start, compile the policies and hand back its results as reading and linting this many takes.
 */
const MIN_FILES_PER_THREAD = 1000;
/** The bundled worker entry beside this module; absent when running from the TypeScript sources. */
function workerEntry() {
    const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'lint-worker.js');
    return existsSync(file) ? file : undefined;
}
/**
 * How many threads share a tree of `files` files: as asked, or for `auto` by its size and the
 * cores, less one for V8's optimising compiler in a long run (compiler-tier.ts).
 */
function threadCount(files, concurrency) {
    if (concurrency !== 'auto')
        return Math.max(1, Math.min(concurrency, files));
    const cores = availableParallelism() - (isLongRun(files) ? 1 : 0);
    return Math.max(1, Math.min(Math.floor(files / MIN_FILES_PER_THREAD), cores));
}
/**
 * Claims chunks until none is left and loads each, keeping it in `loaded` and handing its link
 * facts to `done`. The configs a thread keeps stop at `maxConfigs`, counted over its own chunks:
 * those come in file order, so no file before the run's limit is ever cut short (mergeShares
 * applies the limit itself). `between` runs after each chunk: the main thread takes in the
 * workers' messages there, while they still work.
 */
async function loadChunks(chunks, context, loaded, done, between = () => undefined) {
    const next = new Int32Array(chunks.next);
    const count = Math.ceil(chunks.listed.length / chunks.size);
    let configs = 0;
    for (let index = Atomics.add(next, 0, 1); index < count; index = Atomics.add(next, 0, 1)) {
        const chunk = loadChunk(chunks, index, { ...context, maxConfigs: context.maxConfigs - configs });
        for (const file of chunk.files)
            configs += file.configs.length;
        loaded.set(index, chunk);
        done(index, files_chunkLinkFacts(chunk));
        await between();
    }
}
function loadChunk(chunks, index, context) {
    return loadListed(chunks.listed.slice(index * chunks.size, (index + 1) * chunks.size), context);
}
/** A worker's part of a run: the chunks it loaded, and its answers as they come. */
class WorkerShare {
    started;
    facts = new Map();
    linted = new Map();
    phase;
    constructor(started, progress) {
        this.started = started;
        started.worker.on('message', (message) => {
            if (message.kind === 'facts') {
                this.facts.set(message.index, message.facts);
                progress.loaded(message.index);
            }
            else if (message.kind === 'linted') {
                this.linted.set(message.index, message.linted);
                progress.judged(message.index);
            }
            else
                this.phase?.resolve();
        });
    }
    /** Posts a message and waits for the phase it starts to end (or the worker to fail). */
    async post(message) {
        const { worker, ended } = this.started;
        const phase = new Promise((resolve) => (this.phase = { resolve: () => resolve(true) }));
        worker.postMessage(message);
        worker.ref();
        const ok = await Promise.race([phase, ended.then(() => false)]);
        worker.unref();
        return ok;
    }
}
/**
 * This thread and the workers that share a run's files. Workers start as soon as the files are
 * listed (`start`) and compile the policies while this thread begins; then every thread claims
 * chunks of the list and loads them (`run`). The link stage then sees what every chunk holds and
 * places each config; each thread derives and judges the chunks it loaded. The report keeps the
 * order of the files. A worker that fails to start or dies leaves its chunks to this thread: the
 * result is the same, only slower.
 */
class LintThreads {
    setup;
    entry;
    workers = [];
    constructor(setup, entry = workerEntry()) {
        this.setup = setup;
        this.entry = entry;
    }
    /** Starts workers so that `threads` threads, this one included, can share the files. */
    start(threads) {
        if (!this.entry)
            return;
        while (this.workers.length < threads - 1) {
            const worker = new Worker(this.entry, { workerData: this.setup });
            // Kept alive only while its results are awaited: a run that ends early never waits for it.
            worker.unref();
            const ended = new Promise((resolve) => {
                worker.once('error', (error) => resolve({ ended: error }));
                worker.once('exit', (code) => resolve({ ended: code }));
            });
            this.workers.push({ worker, ended });
        }
    }
    /** Lints the listed files in every thread, the links made from all of them; one result a chunk, in file order. */
    async run(listed, link, pack, size = CHUNK_FILES, onProgress) {
        const { context } = this.setup;
        const chunks = { listed, size, next: new SharedArrayBuffer(4) };
        const count = Math.ceil(listed.length / size);
        const files = (index) => Math.min(size, listed.length - index * size);
        const done = { listed: listed.length, read: 0, judged: 0 };
        const progress = {
            loaded: (index) => {
                done.read += files(index);
                onProgress?.({ ...done });
            },
            judged: (index) => {
                done.judged += files(index);
                onProgress?.({ ...done });
            },
        };
        const shares = this.workers.map((started) => new WorkerShare(started, progress));
        // Workers' messages, and a progress line's timer, are taken in between this thread's chunks.
        const letIn = shares.length > 0 || onProgress
            ? () => new Promise((resolve) => setImmediate(resolve))
            : undefined;
        // Load: every thread claims chunks; this one keeps its own.
        const mine = new Map();
        const ownFacts = new Map();
        const loading = shares.map((share) => share.post({ kind: 'chunks', chunks }));
        await loadChunks(chunks, context, mine, (index, facts) => {
            ownFacts.set(index, facts);
            progress.loaded(index);
        }, letIn);
        const loadedBy = await Promise.all(loading);
        // Chunks a failed worker claimed and never reported are loaded here, in their place.
        const factsOf = (index) => ownFacts.get(index) ?? shares.find((s, i) => loadedBy[i] && s.facts.has(index))?.facts.get(index);
        for (let index = 0; index < count; index++) {
            if (factsOf(index))
                continue;
            const chunk = loadChunk(chunks, index, context);
            mine.set(index, chunk);
            ownFacts.set(index, chunkLinkFacts(chunk));
        }
        const facts = Array.from({ length: count }, (_, index) => factsOf(index) ?? []).flat();
        const links = link(facts);
        // Judge: each thread the chunks it loaded.
        const judging = shares.map((share, i) => loadedBy[i] ? share.post({ kind: 'links', links }) : Promise.resolve(false));
        // The pack is compiled (and ajv loaded) only where a chunk of this thread has something to judge.
        const judges = (chunk) => chunk.files.some((f) => f.configs.length > 0 || f.fileProblems.length > 0);
        let compiled;
        const packFor = async (chunk) => {
            if (judges(chunk))
                compiled ??= await pack();
            return () => compiled ?? { policies: [] };
        };
        const linted = new Map();
        for (const [index, chunk] of mine) {
            linted.set(index, judgeChunk(chunk, links, context, await packFor(chunk)));
            progress.judged(index);
            await letIn?.();
        }
        const judgedBy = await Promise.all(judging);
        const results = [];
        for (let index = 0; index < count; index++) {
            const done = linted.get(index) ?? shares.find((s, i) => judgedBy[i] && s.linted.has(index))?.linted.get(index);
            if (done) {
                results.push(done);
                continue;
            }
            // A worker that died after loading: its chunk is loaded and judged again here.
            const chunk = loadChunk(chunks, index, context);
            results.push(judgeChunk(chunk, links, context, await packFor(chunk)));
        }
        return results;
    }
}

;// CONCATENATED MODULE: ./src/engine/worker.ts
// Entry of a worker thread (see threads.ts): compiles the policies while discovery lists the
// files, claims and loads chunks of them with the other threads until none is left, then derives
// and judges the chunks it loaded once the main thread has linked the whole run.




const { context, policyDirs } = external_node_worker_threads_namespaceObject.workerData;
// Compiled while the files are listed and loaded; awaited before the first chunk is judged.
const compiling = compilePolicies(policyDirs, { trusted: [(0,builtin_dir/* builtinPolicyDir */.R)()] });
const loaded = new Map();
// Each message as soon as it is ready: the main thread reads them while it still works.
const post = (message) => external_node_worker_threads_namespaceObject.parentPort?.postMessage(message);
external_node_worker_threads_namespaceObject.parentPort?.on('message', (message) => {
    if (message.kind === 'chunks') {
        void loadChunks(message.chunks, context, loaded, (index, facts) => post({ kind: 'facts', index, facts })).then(() => post({ kind: 'loaded' }));
        return;
    }
    void compiling.then(({ pack }) => {
        for (const [index, chunk] of loaded)
            post({ kind: 'linted', index, linted: files_judgeChunk(chunk, message.links, context, () => pack) });
        post({ kind: 'done' });
        external_node_worker_threads_namespaceObject.parentPort?.close();
    });
});


//# sourceMappingURL=lint-worker.js.map
