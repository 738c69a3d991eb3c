//! `cargo run -p guide-compiler --bin check-guide -- <file.toml>…`: checks guide files where
//! they are, without building the widget, and prints every problem the build would. For
//! authors drafting a guide outside `guides/`, and for a quick check while writing one.
//!
//! `check-guide --translate es guides/aliexpress.toml > guides/aliexpress.es.toml` writes the
//! start of a translation: every item's id, the fingerprint of its text, and the text to replace.

use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
    // `--translate <lang> <guide.toml>`: the start of a translation, on standard output.
    if files.first().is_some_and(|a| a == "--translate") {
        return translate(&files[1..]);
    }
    if files.is_empty() {
        eprintln!("usage: check-guide <file.toml>…");
        return ExitCode::from(2);
    }
    let mut clean = true;
    for file in &files {
        let source = match std::fs::read_to_string(file) {
            Ok(source) => source,
            Err(error) => {
                eprintln!("{file}: cannot be read: {error}");
                clean = false;
                continue;
            }
        };
        match guide_compiler::check(file, &source) {
            Ok(_) => println!("{file}: ok"),
            Err(problems) => {
                clean = false;
                for problem in problems {
                    eprintln!("{problem}");
                }
            }
        }
    }
    if clean {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}

fn translate(args: &[String]) -> ExitCode {
    let [lang, file] = args else {
        eprintln!("usage: check-guide --translate <lang> <guide.toml>");
        return ExitCode::from(2);
    };
    let source = match std::fs::read_to_string(file) {
        Ok(source) => source,
        Err(error) => {
            eprintln!("{file}: cannot be read: {error}");
            return ExitCode::FAILURE;
        }
    };
    match guide_compiler::check(file, &source) {
        Ok(guide) => {
            print!("{}", guide_compiler::translation::skeleton(&guide, lang));
            ExitCode::SUCCESS
        }
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            ExitCode::FAILURE
        }
    }
}
