//! An in-memory graph of the things an LLM conversation leaves behind: prompts, responses and
//! the concepts they mention, linked by labelled edges.

mod graph;
mod table;

pub use graph::{Edge, GraphError, MemoryGraph, Node, NodeId, NodeKind, Stats};
pub use table::TableBuilder;

/// The version shared by every binary of the workspace.
pub const VERSION: &str = env!("CARGO_PKG_VERSION");
