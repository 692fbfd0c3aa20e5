//! The server's line protocol: one command per line, one reply line per command.
//!
//! ```text
//! ADD <kind> <content>     -> OK #<id>
//! LINK <from> <to> <label> -> OK
//! PATH <from> <to>         -> OK #1 #2 #3 | ERR no path
//! STATS                    -> OK nodes=<n> edges=<n>
//! ```

use memory_graph::{MemoryGraph, NodeId, NodeKind};

/// Applies one command line to the graph and returns the reply (without line terminator).
pub fn handle(graph: &mut MemoryGraph, line: &str) -> String {
    let mut words = line.split_whitespace();
    let verb = words.next().unwrap_or("").to_ascii_uppercase();
    let rest: Vec<&str> = words.collect();
    let reply = match (verb.as_str(), rest.as_slice()) {
        ("ADD", [kind, content @ ..]) if !content.is_empty() => {
            add(graph, kind, &content.join(" "))
        }
        ("LINK", [from, to, label]) => link(graph, from, to, label),
        ("PATH", [from, to]) => path(graph, from, to),
        ("STATS", []) => {
            let stats = graph.stats();
            Ok(format!("nodes={} edges={}", stats.nodes(), stats.edges))
        }
        _ => Err(format!("cannot understand '{}'", line.trim())),
    };
    match reply {
        Ok(text) if text.is_empty() => "OK".to_string(),
        Ok(text) => format!("OK {text}"),
        Err(problem) => format!("ERR {problem}"),
    }
}

fn add(graph: &mut MemoryGraph, kind: &str, content: &str) -> Result<String, String> {
    let kind = NodeKind::parse(kind).ok_or(format!("unknown kind '{kind}'"))?;
    Ok(graph.add_node(kind, content).to_string())
}

fn link(graph: &mut MemoryGraph, from: &str, to: &str, label: &str) -> Result<String, String> {
    graph
        .link(parse_id(from)?, parse_id(to)?, label)
        .map(|()| String::new())
        .map_err(|error| error.to_string())
}

fn path(graph: &MemoryGraph, from: &str, to: &str) -> Result<String, String> {
    let ids = graph
        .shortest_path(parse_id(from)?, parse_id(to)?)
        .ok_or("no path")?;
    let names: Vec<String> = ids.iter().map(NodeId::to_string).collect();
    Ok(names.join(" "))
}

fn parse_id(text: &str) -> Result<NodeId, String> {
    text.trim_start_matches('#')
        .parse()
        .map(NodeId)
        .map_err(|_| format!("'{text}' is not a node id"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_session_builds_and_queries_the_graph() {
        let mut graph = MemoryGraph::new();
        let replies: Vec<String> = [
            "ADD prompt what is rust",
            "ADD concept Rust",
            "LINK #1 #2 mentions",
            "PATH 1 2",
            "STATS",
        ]
        .iter()
        .map(|line| handle(&mut graph, line))
        .collect();
        assert_eq!(
            replies,
            ["OK #1", "OK #2", "OK", "OK #1 #2", "OK nodes=2 edges=1"]
        );
    }

    #[test]
    fn mistakes_are_answered_not_fatal() {
        let mut graph = MemoryGraph::new();
        assert_eq!(
            handle(&mut graph, "ADD planet Mars"),
            "ERR unknown kind 'planet'"
        );
        assert_eq!(handle(&mut graph, "LINK x 2 y"), "ERR 'x' is not a node id");
        assert_eq!(handle(&mut graph, "LINK 1 2 y"), "ERR unknown node #1");
        assert_eq!(handle(&mut graph, "DROP"), "ERR cannot understand 'DROP'");
    }
}
