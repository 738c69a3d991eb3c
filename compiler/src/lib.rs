//! The guide compiler: turns `guides/*.toml` into `&'static` Rust data for the widget.
//!
//! `build.rs` calls [`compile_dir`]; the tests call [`check`] on one file's text. A guide with
//! problems never reaches a reader: the build fails with one line per problem.

mod codegen;
mod css;
// The widget's own calendar, shared so both agree on what a valid date is.
#[path = "../../src/date.rs"]
#[allow(dead_code)]
mod date;
// The widget's own rule for links, shared so both agree on what an https link is.
#[path = "../../src/fnv.rs"]
mod fnv;
#[path = "../../src/link.rs"]
mod link;
mod methods;
mod problem;
mod reader;
mod rules;
mod schema;
mod sources;
pub mod translation;

use std::collections::HashMap;
use std::path::{Path, PathBuf};

pub use css::minify as minify_css;
pub use problem::Problem;
pub use rules::https_url;
pub use schema::Guide;
use schema::MethodWindow;

use problem::Problems;
use reader::Reader;

/// Reads and checks one guide. `file` is how problems name it (`guides/x.toml`); the guide's
/// id must be that file's stem.
pub fn check(file: &str, source: &str) -> Result<Guide, Vec<Problem>> {
    let problems = Problems::new(file, source);
    let (document, syntax_errors) = toml::de::DeTable::parse_recoverable(source);
    for error in &syntax_errors {
        let span = error.span().unwrap_or(0..0);
        let field = syntax_field(source, span.start);
        problems.report(span, &field, error.message().trim().to_owned());
    }
    if syntax_errors.is_empty() {
        let mut reader = Reader::new(&document, String::new(), &problems);
        let guide = Guide::read(&mut reader);
        reader.finish();
        check_whole(&guide, file, &problems);
        let found = problems.into_vec();
        return if found.is_empty() {
            Ok(guide)
        } else {
            Err(found)
        };
    }
    Err(problems.into_vec())
}

/// A best guess at the field a syntax error is in, since a broken file has no tree to ask:
/// the key written on that line, under the last `[table]` header above it.
fn syntax_field(source: &str, offset: usize) -> String {
    let before = source.get(..offset).unwrap_or(source);
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let line = source[line_start..].lines().next().unwrap_or_default();
    let key = line
        .split_once('=')
        .map(|(key, _)| key.trim())
        .filter(|k| !k.is_empty());
    let header = before[..line_start]
        .lines()
        .rev()
        .map(str::trim)
        .find(|l| l.starts_with('['))
        .map(|l| l.trim_matches(|c| c == '[' || c == ']'));
    match (header, key) {
        (Some(header), Some(key)) => format!("{header}.{key}"),
        (None, Some(key)) => key.to_owned(),
        (Some(header), None) => header.to_owned(),
        (None, None) => "(document)".to_owned(),
    }
}

/// Rules about the guide as a whole, checked once every field is read.
fn check_whole(guide: &Guide, file: &str, problems: &Problems) {
    let stem = Path::new(file)
        .file_stem()
        .and_then(|s| s.to_str())
        .unwrap_or_default();
    if let Some(id) = guide.id.as_ref().filter(|id| id.value != stem) {
        let message = format!(
            "`{}` must match the file name, so it must be `{stem}`",
            id.value
        );
        problems.report(id.span.clone(), "id", message);
    }
    let mut seen: HashMap<&str, &str> = HashMap::new();
    for id in guide.ids() {
        if let Some(first) = seen.insert(&id.value, &id.field) {
            let message = format!(
                "`{}` is already the id of {first}; ids must be unique",
                id.value
            );
            problems.report(id.span.clone(), &id.field, message);
        }
    }
    check_shared_steps(guide, problems);
    sources::check(guide, problems);
    for step in guide.methods.iter().flat_map(|m| &m.steps) {
        for former in &step.formerly {
            if let Err(why) = rules::slug(&former.value) {
                problems.report(former.span.clone(), &former.field, why);
            }
        }
    }
    for (i, method) in guide.methods.iter().enumerate() {
        if method.processing_days == MethodWindow::Guide && guide.processing_days.is_none() {
            let span = method.id.as_ref().map_or(0..0, |id| id.span.clone());
            let why = "this method takes the guide's `processing_days`, which the guide does not \
                       give; add it to the guide or to this method, or write \
                       `processing_days_unknown = true` here";
            problems.report(span, &format!("methods[{}]", i + 1), why);
        }
        let senders = method
            .steps
            .iter()
            .filter_map(|s| guide.resolve(s))
            .filter(|s| s.sends_request)
            .count();
        if senders > 1 {
            let field = format!("methods[{}].steps", i + 1);
            let span = method.id.as_ref().map_or(0..0, |id| id.span.clone());
            problems.report(
                span,
                &field,
                "only one step may have `sends_request = true`",
            );
        }
    }
}

/// A `same_as` names a step written in full in an earlier method, at most once per method.
fn check_shared_steps(guide: &Guide, problems: &Problems) {
    for (i, method) in guide.methods.iter().enumerate() {
        let earlier = &guide.methods[..i];
        let mut shared: Vec<&str> = Vec::new();
        for reference in method.steps.iter().filter_map(|s| s.same_as.as_ref()) {
            let known = earlier
                .iter()
                .flat_map(|m| &m.steps)
                .any(|s| s.id.as_ref().is_some_and(|id| id.value == reference.value));
            let why = if !known {
                format!(
                    "`{}` is not the id of a step of an earlier method; \
                     a shared step is written in full where it first appears",
                    reference.value
                )
            } else if shared.contains(&reference.value.as_str()) {
                format!("`{}` is already a step of this method", reference.value)
            } else {
                shared.push(&reference.value);
                continue;
            };
            problems.report(reference.span.clone(), &reference.field, why);
        }
    }
}

/// The widget's stylesheet: every `*.css` file in `dir`, in the order of their names (each
/// holds one part of the widget, numbered).
pub fn stylesheet(dir: &Path) -> Result<String, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("{}: cannot be read: {e}", dir.display()))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| Some(entry.ok()?.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "css"))
        .collect();
    files.sort();
    let parts: Result<Vec<String>, String> = files
        .iter()
        .map(|path| {
            std::fs::read_to_string(path)
                .map_err(|e| format!("{}: cannot be read: {e}", path.display()))
        })
        .collect();
    Ok(parts?.join("\n"))
}

/// The guide files to bake: every `*.toml` in `dir`, or only those named in `only`.
pub fn guide_files(dir: &Path, only: Option<&str>) -> Result<Vec<PathBuf>, String> {
    let mut all: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read the guides folder: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        // `<id>.<lang>.toml` is a translation (see `translation_files`).
        .filter(|path| {
            !path
                .file_stem()
                .is_some_and(|stem| stem.to_string_lossy().contains('.'))
        })
        .collect();
    all.sort();
    let Some(only) = only.map(str::trim).filter(|o| !o.is_empty()) else {
        return Ok(all);
    };
    only.split(',')
        .map(str::trim)
        .map(|id| {
            let path = dir.join(format!("{id}.toml"));
            all.contains(&path).then_some(path).ok_or_else(|| {
                format!(
                    "GUIDES names `{id}`, but there is no {}/{id}.toml",
                    dir.display()
                )
            })
        })
        .collect()
}

/// The translations of the guides `guides` names (`<id>.<lang>.toml` beside `<id>.toml`).
pub fn translation_files(dir: &Path, guides: &[PathBuf]) -> Result<Vec<PathBuf>, String> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: cannot read the guides folder: {e}", dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.extension().is_some_and(|ext| ext == "toml"))
        .filter(|path| {
            let stem = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_default();
            stem.split_once('.')
                .is_some_and(|(id, _)| guides.contains(&dir.join(format!("{id}.toml"))))
        })
        .collect();
    found.sort();
    Ok(found)
}

/// What the build bakes, and what it warns of without stopping (stale translations).
pub struct Compiled {
    pub code: String,
    pub warnings: Vec<Problem>,
}

/// Checks every file and returns the Rust source of `GUIDES`, or every problem in every file.
/// `report_url` is the site's report link (`REPORT_URL`), for guides that name none of their
/// own.
pub fn compile_files(
    files: &[(String, String)],
    translations: &[(String, String)],
    langs: &[&str],
    report_url: Option<&str>,
) -> Result<Compiled, Vec<Problem>> {
    let mut guides = Vec::new();
    let mut problems = Vec::new();
    for (file, source) in files {
        match check(file, source) {
            Ok(mut guide) => {
                guide.report_url = guide.report_url.or(report_url.map(str::to_owned));
                guides.push(guide)
            }
            Err(found) => problems.extend(found),
        }
    }
    let mut translated = Vec::new();
    let mut warnings = Vec::new();
    for (file, source) in translations {
        match translation::check(file, source, &guides, langs) {
            Ok(checked) => {
                warnings.extend(checked.warnings.iter().cloned());
                translated.push(checked);
            }
            Err(found) => problems.extend(found),
        }
    }
    if problems.is_empty() {
        let code = codegen::guides(&guides, &translated);
        Ok(Compiled { code, warnings })
    } else {
        Err(problems)
    }
}
