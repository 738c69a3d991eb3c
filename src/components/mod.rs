//! One small function component per section of a guide.

mod alternatives;
mod checklist;
mod faq;
mod header;
mod heading;
mod method_picker;
mod notes;
mod notice;
mod option_problems;
mod progress_summary;
mod references;
mod request_window;
mod root;
mod start_over;
mod step_item;
mod unknown_guide;
mod widget;

pub use root::{Root, RootProps};
