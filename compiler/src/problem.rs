//! A problem found in a guide file, told the way compilers tell them:
//! `guides/<file>.toml:<line>:<column>: <field path>: <what is wrong>`.

use std::cell::RefCell;
use std::fmt;
use std::ops::Range;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    pub line: usize,
    pub column: usize,
    /// Where in the guide, such as `methods[1].steps[2].title` (lists count from 1).
    pub field: String,
    pub message: String,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Problem {
            file,
            line,
            column,
            field,
            message,
        } = self;
        write!(f, "{file}:{line}:{column}: {field}: {message}")
    }
}

/// Collects the problems of one file, turning byte offsets into lines and columns.
pub struct Problems<'s> {
    file: &'s str,
    source: &'s str,
    found: RefCell<Vec<Problem>>,
}

impl<'s> Problems<'s> {
    pub fn new(file: &'s str, source: &'s str) -> Problems<'s> {
        Problems {
            file,
            source,
            found: RefCell::new(Vec::new()),
        }
    }

    pub fn report(&self, span: Range<usize>, field: &str, message: impl Into<String>) {
        let (line, column) = line_and_column(self.source, span.start);
        self.found.borrow_mut().push(Problem {
            file: self.file.to_owned(),
            line,
            column,
            field: field.to_owned(),
            message: message.into(),
        });
    }

    pub fn into_vec(self) -> Vec<Problem> {
        self.found.into_inner()
    }
}

/// 1-based line and column (in characters) of a byte offset.
fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let before = source.get(..offset).unwrap_or(source);
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}
