//! One small function component per section of a guide.
//!
//! Class lists are written as plain strings rather than with `classes!`: its ordered set of
//! class names costs every reader 0.5 KB of download, and none of our lists needs it.

mod alternatives;
mod checklist;
mod faq;
mod header;
mod heading;
mod method_picker;
mod notes;
mod notice;
mod option_problems;
mod orientation;
mod progress_summary;
mod references;
mod request_window;
mod root;
mod start_over;
mod step_item;
mod unknown_guide;
mod widget;

pub use root::{Root, RootProps};
