//! Render: turn a [`Document`](crate::Document) into output for programs and people.
//!
//! Renderers are functions over the model that write into an [`io::Write`](std::io::Write):
//! [`json`] (the contract), [`nodes`] (lossless leaves), [`chunks`] (pieces for retrieval, as JSON
//! Lines), [`markdown`], [`tree`], [`text`] (the clean article) and [`explain`] (every line's role
//! and reason).

pub mod chunks;
pub mod explain;
pub mod json;
pub mod markdown;
pub mod nodes;
pub mod term;
pub mod text;
pub mod tree;
