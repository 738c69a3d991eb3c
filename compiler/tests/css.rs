//! The stylesheet minifier keeps every meaning and drops only what cannot matter.

use guide_compiler::minify_css;

#[test]
fn comments_and_white_space_go() {
    let css = "/* a note */\n.dg {\n  color: red;\n  margin: 0 0 1em;\n}\n\n.a > .b,\n.c {\n  top: 0;\n}\n";
    assert_eq!(
        minify_css(css),
        ".dg{color: red;margin: 0 0 1em}.a>.b,.c{top: 0}"
    );
}

#[test]
fn meaningful_spaces_and_quoted_text_stay() {
    let css = ".dg :focus-visible { outline: 3px solid var(--x, #000); }\n\
               .s::before { content: counter(n) \".  /* not a comment */\"; }\n\
               .w { width: calc(100vw - 2em); font: 1em \"Segoe  UI\", sans-serif; }";
    assert_eq!(
        minify_css(css),
        ".dg :focus-visible{outline: 3px solid var(--x,#000)}\
         .s::before{content: counter(n) \".  /* not a comment */\"}\
         .w{width: calc(100vw - 2em);font: 1em \"Segoe  UI\",sans-serif}"
    );
}

#[test]
fn the_widget_stylesheet_shrinks_and_keeps_every_rule() {
    let source = guide_compiler::stylesheet(std::path::Path::new("../src/style")).unwrap();
    let small = minify_css(&source);
    assert!(
        small.len() < source.len() * 3 / 4,
        "{} of {}",
        small.len(),
        source.len()
    );
    assert_eq!(small.matches('{').count(), source.matches('{').count());
    assert!(small.contains(".dg :focus-visible{"));
    assert!(!small.contains("/*"));
}
