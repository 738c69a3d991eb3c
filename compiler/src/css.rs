//! Minifies the widget's stylesheet at build time: it is compiled into the wasm that every
//! reader downloads. Deliberately conservative (comments and white space only, never inside
//! quotes, and never next to `:`, which separates a descendant combinator from a pseudo-class
//! in `.dg :focus-visible`), so that the result means exactly what the source says.
//!
//! Hand-written rather than lightningcss: that crate would add a large dependency tree to
//! every cold build to save well under a kilobyte more.

/// Characters around which white space never matters in CSS.
const TIGHT: [char; 5] = ['{', '}', ';', ',', '>'];

pub fn minify(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut chars = css.chars().peekable();
    let mut quote: Option<char> = None;
    let mut pending_space = false;
    while let Some(c) = chars.next() {
        if let Some(q) = quote {
            out.push(c);
            if c == q {
                quote = None;
            }
            continue;
        }
        if c == '/' && chars.peek() == Some(&'*') {
            skip_comment(&mut chars);
            pending_space = true;
            continue;
        }
        if c.is_whitespace() {
            pending_space = true;
            continue;
        }
        if c == '}' && out.ends_with(';') {
            out.pop();
        }
        let after_tight = out.ends_with(TIGHT) || out.is_empty();
        if pending_space && !after_tight && !TIGHT.contains(&c) {
            out.push(' ');
        }
        pending_space = false;
        if c == '"' || c == '\'' {
            quote = Some(c);
        }
        out.push(c);
    }
    out
}

fn skip_comment(chars: &mut std::iter::Peekable<std::str::Chars<'_>>) {
    chars.next();
    let mut previous = ' ';
    for c in chars.by_ref() {
        if previous == '*' && c == '/' {
            return;
        }
        previous = c;
    }
}
