//! Render: turn a [`Document`](crate::Document) into output for programs and people.
//!
//! Renderers are functions over the model that write into an [`io::Write`](std::io::Write).

pub mod json;
pub mod nodes;
