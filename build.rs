//! Bakes `guides/*.toml` into `$OUT_DIR/guides.rs` (see `compiler/`). A guide with problems
//! stops the build with one `file:line:column: field: problem` line each, and no backtrace.
//! `GUIDES=a,b` bakes only those guides, so a page that embeds one downloads one.
//! `GUIDES_DIR=path` reads guides from another folder (`make bench` bakes generated ones).
//! `REPORT_URL=https://…` is the site's report link (see `report_url`).
//! `LANGS=en,es` carries only those languages of the widget's own words (see `languages`).

use std::path::Path;
use std::process::exit;

fn main() {
    let dir = std::env::var("GUIDES_DIR").unwrap_or_else(|_| "guides".to_owned());
    println!("cargo:rerun-if-changed={dir}");
    println!("cargo:rerun-if-env-changed=GUIDES");
    println!("cargo:rerun-if-env-changed=GUIDES_DIR");
    let only = std::env::var("GUIDES").ok();
    let files = guide_compiler::guide_files(Path::new(&dir), only.as_deref())
        .unwrap_or_else(|message| fail(&[message]));
    let sources: Vec<(String, String)> = files.iter().map(|path| read(path)).collect();
    let langs = languages();
    // The translations of those guides into the languages this build carries.
    let translations: Vec<(String, String)> =
        guide_compiler::translation_files(Path::new(&dir), &files)
            .unwrap_or_else(|message| fail(&[message]))
            .iter()
            .filter(|path| {
                let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned());
                stem.and_then(|s| s.split_once('.').map(|(_, lang)| lang.to_owned()))
                    .is_some_and(|lang| langs.contains(&lang.as_str()))
            })
            .map(|path| read(path))
            .collect();
    let compiled =
        guide_compiler::compile_files(&sources, &translations, &langs, report_url().as_deref())
            .unwrap_or_else(|problems| {
                fail(&problems.iter().map(|p| p.to_string()).collect::<Vec<_>>())
            });
    // A stale translation does not stop the build: readers see the source's text for it.
    for warning in &compiled.warnings {
        println!("cargo:warning={warning}");
    }
    write_out("guides.rs", &format!("{}{}", compiled.code, site_url()));
    // The widget's stylesheet, minified: it is compiled into the wasm (see src/shadow.rs).
    println!("cargo:rerun-if-changed=src/style");
    let css = guide_compiler::stylesheet(Path::new("src/style")).unwrap_or_else(|e| fail(&[e]));
    write_out("style.css", &guide_compiler::minify_css(&css));
    prerendered_shapes();
}

/// A file's name as problems give it, and its text.
fn read(path: &Path) -> (String, String) {
    let name = path.display().to_string();
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| fail(&[format!("{name}: cannot be read: {e}")]));
    (name, text)
}

/// The languages of the widget's own words in `src/words/`, all of them unless `LANGS` names
/// some: `$OUT_DIR/languages.rs` lists their tables, and the others are left out of the wasm.
/// English is always there: it is what a reader gets when nothing else fits.
fn languages() -> Vec<&'static str> {
    const ALL: [&str; 6] = ["en", "es", "pt", "fr", "de", "ar"];
    println!("cargo:rerun-if-env-changed=LANGS");
    let wanted = std::env::var("LANGS").ok().filter(|l| !l.trim().is_empty());
    let mut chosen = vec!["en"];
    for code in wanted
        .as_deref()
        .map_or(ALL.to_vec(), |l| l.split(',').map(str::trim).collect())
    {
        match ALL.iter().find(|known| **known == code) {
            Some(known) if !chosen.contains(known) => chosen.push(known),
            Some(_) => {}
            None => fail(&[format!(
                "LANGS: \"{code}\" is not one of {}",
                ALL.join(", ")
            )]),
        }
    }
    // The modules of the others are not compiled at all (`#[cfg(dg_lang = "..")]` in
    // src/words/mod.rs), so a smaller build carries no dead code to warn about.
    let values: Vec<String> = ALL.iter().map(|code| format!("{code:?}")).collect();
    println!(
        "cargo:rustc-check-cfg=cfg(dg_lang, values({}))",
        values.join(", ")
    );
    for code in &chosen {
        println!("cargo:rustc-cfg=dg_lang={code:?}");
    }
    let tables: Vec<String> = chosen
        .iter()
        .map(|code| format!("&{code}::WORDS"))
        .collect();
    write_out(
        "languages.rs",
        &format!(
            "/// The languages this build carries, English first.\npub static LANGUAGES: &[&Words] = &[{}];\n",
            tables.join(", ")
        ),
    );
    chosen
}

/// `REPORT_URL`: where readers of this site report a mistake, for every guide that names no
/// report link of its own (an embed's `data-report-url` still wins). Baked in, so the
/// standalone page, the prerendered pages and every embed from this build show it.
fn report_url() -> Option<String> {
    println!("cargo:rerun-if-env-changed=REPORT_URL");
    let given = std::env::var("REPORT_URL")
        .ok()
        .filter(|url| !url.trim().is_empty())?;
    match guide_compiler::https_url(given.trim()) {
        Ok(url) => Some(url),
        Err(why) => fail(&[format!("REPORT_URL: {why}")]),
    }
}

/// `SITE_URL`, where this build's guide pages are published (`make build SITE_URL=https://…`):
/// a widget given an unknown guide links the guides there are to their pages. Only an https
/// address is baked; the local default (http) leaves the guides named without links.
fn site_url() -> String {
    println!("cargo:rerun-if-env-changed=SITE_URL");
    let site = std::env::var("SITE_URL").ok();
    let https = site.filter(|url| guide_compiler::https_url(url.trim()).is_ok());
    let value = https.map_or("None".to_owned(), |url| {
        format!("Some({:?})", url.trim().trim_end_matches('/'))
    });
    format!("/// Where this build's guide pages are published, if at an https address.\npub const SITE_URL: Option<&str> = {value};\n")
}

/// The shapes of the markup the prerenderer wrote, for the hydrating bundle to check markup
/// against before adopting it (see src/prerendered.rs). The prerenderer writes them to
/// `DG_SHAPES_FILE` (set here for it); `make build` runs it before building that bundle. A
/// bundle built without them draws every prerendered widget afresh, which is safe but slower.
fn prerendered_shapes() {
    let manifest = std::env::var("CARGO_MANIFEST_DIR").unwrap_or_default();
    let file = Path::new(&manifest).join("target/prerendered-shapes.txt");
    println!("cargo:rustc-env=DG_SHAPES_FILE={}", file.display());
    let mut code = String::from("pub const SHAPES: &[(&str, u64)] = &[\n");
    if std::env::var_os("CARGO_FEATURE_HYDRATION").is_some() {
        println!("cargo:rerun-if-changed={}", file.display());
        // One line each: the shape in hex, a space, then the key (which may hold spaces).
        for line in std::fs::read_to_string(&file).unwrap_or_default().lines() {
            if let Some((shape, key)) = line.split_once(' ') {
                if let Ok(shape) = u64::from_str_radix(shape, 16) {
                    code.push_str(&format!("    ({key:?}, {shape:#x}),\n"));
                }
            }
        }
    }
    code.push_str("];\n");
    write_out("prerendered_shapes.rs", &code);
}

fn write_out(name: &str, contents: &str) {
    let out = Path::new(&std::env::var("OUT_DIR").unwrap_or_default()).join(name);
    std::fs::write(&out, contents)
        .unwrap_or_else(|e| fail(&[format!("{}: cannot be written: {e}", out.display())]));
}

fn fail(lines: &[String]) -> ! {
    eprintln!("The guides have problems; fix them and build again:");
    for line in lines {
        eprintln!("{line}");
    }
    exit(1)
}
