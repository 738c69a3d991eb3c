//! One small function component per section of a guide.

mod checklist;
mod header;
mod notice;
mod progress_summary;
mod root;
mod step_item;
mod unknown_guide;
mod widget;

pub use root::{Root, RootProps};
