//! `cargo run -p guide-compiler --bin check-guide -- <file.toml>…`: checks guide files where
//! they are, without building the widget, and prints every problem the build would. For
//! authors drafting a guide outside `guides/`, and for a quick check while writing one.

use std::process::ExitCode;

fn main() -> ExitCode {
    let files: Vec<String> = std::env::args().skip(1).collect();
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
